/**
 * Fact gold, end to end: read the article the gold names (with the project's readers), run the
 * pipeline with the gold's reference date and once more without any, and score every kind.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../../ingest/errors.js';
import { readInputs } from '../../ingest/read.js';
import type { Article } from '../../model/article.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { contextOf, type EvalError } from '../errors.js';
import { articleCandidates } from '../load.js';
import { accuracy, add, prf, sumAccuracy, zero, type Accuracy, type Counts, type Prf } from '../metrics.js';
import { EvidenceError } from './evidence.js';
import { FACT_KINDS, resolveFacts, type FactGoldFile, type FactKind } from './gold.js';
import type { KindResult } from './kind.js';
import { inventedDates, scoreDateFacts, scoreFacts, withoutReference } from './score.js';
import { resolveStructure, scoreStructure, type StructureScores } from './structure.js';

/** Where to find the articles: `article` overrides the gold's path, `articles` is its base folder. */
export interface ArticleOptions {
  article?: string;
  articles?: string;
}

export type KindTotal = Prf & { evidenceOnly: number };

export interface FactDocReport {
  gold: string;
  article: string;
  published: string | null;
  kinds: Record<FactKind, KindResult>;
  datesNoReference: KindResult & { invented: number };
  actorMentions: Accuracy;
  actorMap: { gold: string; ours: string; how: string }[];
  /** Stages that threw on this article (scored on the layers made before). */
  failed: { stage: string; message: string }[];
  /** Dateline and not-body spans, where the gold gives them. */
  structure: StructureScores;
}

export interface FactsReport {
  docs: FactDocReport[];
  total: Record<FactKind, KindTotal>;
  datesNoReference: KindTotal & { invented: number };
  actorMentions: Accuracy;
  /** Over the articles whose gold gives them. */
  structure: { dateline: KindTotal; notBody: KindTotal };
  stages: string[];
}

/** The article a fact gold names, read with the project's readers. */
export async function loadFactArticle(goldPath: string, gold: FactGoldFile, opts: ArticleOptions): Promise<{ path: string; article: Article }> {
  const candidates = articleCandidates(goldPath, gold.article, opts);
  const path = candidates.find((c) => existsSync(c));
  if (!path) throw new InputError(goldPath, `its article "${gold.article}" is not at ${candidates.join(' nor ')} (point --articles at the folder it is relative to)`);
  for await (const item of readInputs([path])) {
    if ('error' in item) throw item.error;
    return { path, article: item.article };
  }
  throw new InputError(path, 'holds no article');
}

export async function scoreFactGold(goldPath: string, gold: FactGoldFile, opts: ArticleOptions, pipeline: Pipeline, errors: EvalError[]): Promise<FactDocReport> {
  const { path, article } = await loadFactArticle(goldPath, gold, opts);
  let resolved;
  let structureGold;
  try {
    resolved = resolveFacts(gold, article.text);
    structureGold = resolveStructure(gold, article.text);
  } catch (err) {
    if (err instanceof EvidenceError) throw new InputError(goldPath, `${err.message} of ${path}`);
    throw err;
  }
  // The gold's reference date for date tests, else its publication date, else the article's own.
  const published = gold.publishedForDateTests !== undefined ? gold.publishedForDateTests : gold.published !== undefined ? gold.published : article.published;
  const doc = pipeline.run({ ...article, published });
  const noRef = pipeline.run({ ...article, published: null });
  const scores = scoreFacts(resolved, doc);
  const goldNoRef = withoutReference(resolved.dates, article.text);
  const datesNoReference = { ...scoreDateFacts(goldNoRef, noRef.dates ?? [], article.text), invented: inventedDates(goldNoRef, noRef.dates ?? []) };
  const structure = scoreStructure(structureGold, doc);
  const scored: [string, KindResult][] = [...FACT_KINDS.map((k) => [k, scores.kinds[k]] as [string, KindResult])];
  if (structure.dateline) scored.push(['dateline', structure.dateline]);
  if (structure.notBody) scored.push(['notBody', structure.notBody]);
  for (const [kind, r] of scored) {
    for (const m of r.misses) errors.push({ task: `facts:${kind}`, doc: goldPath, kind: 'miss', what: m.what, text: m.evidence, context: contextOf(article.text, m.at), ...(m.near ? { note: `near: ${m.near}` } : {}) });
    for (const x of r.extras) errors.push({ task: `facts:${kind}`, doc: goldPath, kind: 'extra', what: x.what, text: x.evidence, context: contextOf(article.text, x.at) });
  }
  const failed = [...doc.errors, ...noRef.errors].map(({ stage, message }) => ({ stage, message }));
  return { gold: goldPath, article: path, published, kinds: scores.kinds, datesNoReference, actorMentions: scores.actorMentions, actorMap: scores.actorMap, failed, structure };
}

export function totalFacts(docs: readonly FactDocReport[], stages: string[]): FactsReport {
  const total = {} as Record<FactKind, KindTotal>;
  const sum = (results: readonly KindResult[]): KindTotal => {
    const c: Counts = zero();
    let evidenceOnly = 0;
    for (const r of results) {
      add(c, r);
      evidenceOnly += r.evidenceOnly;
    }
    return { ...prf(c), evidenceOnly };
  };
  for (const kind of FACT_KINDS) total[kind] = sum(docs.map((d) => d.kinds[kind]));
  return {
    docs: [...docs],
    total,
    datesNoReference: { ...sum(docs.map((d) => d.datesNoReference)), invented: docs.reduce((s, d) => s + d.datesNoReference.invented, 0) },
    actorMentions: docs.length ? sumAccuracy(docs.map((d) => d.actorMentions)) : accuracy(0, 0),
    structure: {
      dateline: sum(docs.flatMap((d) => (d.structure.dateline ? [d.structure.dateline] : []))),
      notBody: sum(docs.flatMap((d) => (d.structure.notBody ? [d.structure.notBody] : []))),
    },
    stages,
  };
}

