/**
 * The benchmark corpus: the articles of shared/corpus (news/, open/) and the CoNLL-2003 dev
 * documents, repeated in order until there are at least `count` articles. Read with the project's
 * readers; nothing is copied into the repository.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeArticle } from '../ingest/article.js';
import { readInputs } from '../ingest/read.js';
import type { Article } from '../model/article.js';
import { parseSpanGold } from '../eval/load.js';

export interface BenchCorpus {
  /** Distinct articles, in order. */
  distinct: Article[];
  /** Where they came from, for the report. */
  sources: string[];
}

export async function loadBenchCorpus(shared: string): Promise<BenchCorpus> {
  const distinct: Article[] = [];
  const sources: string[] = [];
  const dirs = ['news', 'open'].map((d) => join(shared, 'corpus', d)).filter((d) => existsSync(d));
  let corpus = 0;
  for await (const item of readInputs(dirs)) {
    if ('error' in item) throw item.error;
    distinct.push(item.article);
    corpus++;
  }
  if (corpus > 0) sources.push(`${corpus} articles of corpus/news and corpus/open`);
  const conll = join(shared, 'eval', 'dev', 'conll2003.jsonl');
  if (existsSync(conll)) {
    const docs = parseSpanGold(conll, await readFile(conll, 'utf8')).filter((d) => d.split === 'dev');
    for (const d of docs) distinct.push(makeArticle({ text: d.text, published: d.published, source: `${conll}#${d.id}` }));
    sources.push(`${docs.length} CoNLL-2003 dev documents`);
  }
  return { distinct, sources };
}

/** `distinct` repeated in order to at least `count` articles (exactly `count` when smaller). */
export function repeatTo<T>(distinct: readonly T[], count: number): T[] {
  if (distinct.length === 0) return [];
  const out: T[] = [];
  while (out.length < count) out.push(distinct[out.length % distinct.length]);
  return out;
}
