/**
 * Gold files → what to score. Two shapes (see shared/eval/README.md and shared/seed/README.md):
 *   - eval gold, JSON Lines: one document a line with `text` and gold `entities`, `places`,
 *     `quotes` and/or `dates` as character spans;
 *   - fact gold, JSON: one object per article naming it (`article`) with actors, places, dates,
 *     quotes, events, demands, figures whose evidence is text of the article.
 * A directory is read for both (*.jsonl, *.json; other files are skipped). Every problem is an
 * InputError naming the file (and line) and what is wrong.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { InputError } from '../ingest/errors.js';
import { jsonLines, looksLikeJsonLines } from '../ingest/json.js';
import { statInput } from '../ingest/stat.js';
import type { TypedSpan } from './entities.js';
import { ENTITY_TYPES } from './entities.js';
import type { GoldTimex } from './dates.js';
import { factGoldProblem, type FactGoldFile } from './facts/gold.js';
import type { GoldToponym } from './places.js';
import type { GoldQuote } from './quotes.js';

export const SPAN_TASKS = ['entities', 'places', 'quotes', 'dates'] as const;
export type SpanTask = (typeof SPAN_TASKS)[number];
/** Every task `parley eval --task` knows: the span tasks and the fact gold. */
export type Task = SpanTask | 'facts';
export const TASKS: readonly Task[] = [...SPAN_TASKS, 'facts'];

export interface SpanGoldDoc {
  id: string;
  dataset: string | null;
  split: string | null;
  text: string;
  published: string | null;
  title: string | null;
  entities?: TypedSpan[];
  places?: GoldToponym[];
  quotes?: GoldQuote[];
  dates?: GoldTimex[];
}

export type GoldSource =
  | { shape: 'spans'; path: string; docs: SpanGoldDoc[] }
  | { shape: 'facts'; path: string; gold: FactGoldFile };

/** Read one gold argument (file or directory). */
export async function loadGold(path: string): Promise<GoldSource[]> {
  const info = await statInput(path);
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.') && ['.json', '.jsonl'].includes(extname(n).toLowerCase())).sort();
    if (names.length === 0) throw new InputError(path, 'is a directory with no gold files (.json, .jsonl)');
    const out: GoldSource[] = [];
    for (const name of names) out.push(...(await loadGold(join(path, name))));
    return out;
  }
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(path, `cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  if (content.trim() === '') throw new InputError(path, 'is empty');
  if (extname(path).toLowerCase() === '.jsonl' || looksLikeJsonLines(content)) return [{ shape: 'spans', path, docs: parseSpanGold(path, content) }];
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    throw new InputError(path, `is not valid JSON (${(err as Error).message})`);
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new InputError(path, 'holds an empty list: no gold');
  return items.map((item, i) => {
    const where = Array.isArray(value) ? `${path}[${i}]` : path;
    if (isSpanDoc(item)) return { shape: 'spans', path, docs: [checkSpanDoc(where, item, i)] };
    const problem = factGoldProblem(item);
    if (problem) {
      const known = item && typeof item === 'object' && 'article' in item;
      throw new InputError(where, known ? `is not fact gold: ${problem}` : 'is neither fact gold (an object naming its "article") nor eval gold (documents with "text" and spans): unknown shape');
    }
    return { shape: 'facts', path, gold: item as FactGoldFile };
  });
}

function isSpanDoc(value: unknown): boolean {
  return !!value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string' &&
    SPAN_TASKS.some((t) => t in (value as object));
}

export function parseSpanGold(path: string, content: string): SpanGoldDoc[] {
  const docs = jsonLines(path, content).map(({ value, line }, i) => checkSpanDoc(`${path}:${line}`, value, i));
  if (docs.length === 0) throw new InputError(path, 'holds no documents');
  return docs;
}

function checkSpanDoc(where: string, value: unknown, index: number): SpanGoldDoc {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(where, 'is not a JSON object');
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' || v.text === '') throw new InputError(where, 'has no string "text"');
  if (!SPAN_TASKS.some((t) => Array.isArray(v[t]))) throw new InputError(where, `has none of ${SPAN_TASKS.join(', ')}: unknown shape`);
  const text = v.text;
  for (const task of SPAN_TASKS) {
    const list = v[task];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new InputError(where, `"${task}" is not a list`);
    list.forEach((item: Record<string, unknown>, i: number) => {
      const ok = item && typeof item === 'object' && Number.isInteger(item.start) && Number.isInteger(item.end) &&
        (item.start as number) >= 0 && (item.start as number) <= (item.end as number) && (item.end as number) <= text.length;
      if (!ok) throw new InputError(where, `${task}[${i}] has no valid "start"/"end" inside the text`);
      if (task === 'entities' && !(ENTITY_TYPES as readonly unknown[]).includes(item.type)) {
        throw new InputError(where, `entities[${i}] has type ${JSON.stringify(item.type)}, not one of ${ENTITY_TYPES.join(', ')}`);
      }
    });
  }
  const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
  return {
    id: str(v.id) ?? (typeof v.id === 'number' ? String(v.id) : `#${index + 1}`),
    dataset: str(v.dataset),
    split: str(v.split),
    text,
    published: str(v.published),
    title: str(v.title),
    ...(Array.isArray(v.entities) ? { entities: v.entities as TypedSpan[] } : {}),
    ...(Array.isArray(v.places) ? { places: v.places as GoldToponym[] } : {}),
    ...(Array.isArray(v.quotes) ? { quotes: v.quotes as GoldQuote[] } : {}),
    ...(Array.isArray(v.dates) ? { dates: v.dates as GoldTimex[] } : {}),
  };
}

/**
 * Where a fact gold's article may be: the explicit `--article`, else `article` relative to
 * `--articles`, else relative to the gold file's folder, then to its parent (corpus/gold/*.json
 * name `news/001.json`, relative to corpus/).
 */
export function articleCandidates(goldPath: string, article: string, opts: { article?: string; articles?: string }): string[] {
  if (opts.article) return [opts.article];
  if (opts.articles) return [join(opts.articles, article)];
  const dir = dirname(goldPath);
  return [join(dir, article), join(dir, '..', article)];
}
