/**
 * Run the pipeline over gold and score it. The pipeline is Parley's own (`createDefaultPipeline`);
 * for span gold only the stages a task needs run (and what they need), so scoring CoNLL does not
 * wait for events.
 */
import { existsSync } from 'node:fs';
import { createDefaultPipeline } from '../extract.js';
import { makeArticle } from '../ingest/article.js';
import { InputError } from '../ingest/errors.js';
import { readInputs } from '../ingest/read.js';
import type { Article } from '../model/article.js';
import { DEFAULT_STAGES } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { dateReport, emptyDateCounts, scoreDates, type DateReport } from './dates.js';
import { emptyEntityCounts, entityReport, scoreEntities, type EntityReport } from './entities.js';
import { contextOf, type EvalError } from './errors.js';
import { EvidenceError } from './facts/evidence.js';
import { FACT_KINDS, resolveFacts, type FactGoldFile, type FactKind } from './facts/gold.js';
import type { KindResult } from './facts/kind.js';
import { inventedDates, scoreDateFacts, scoreFacts, withoutReference } from './facts/score.js';
import { entitiesOf, toponymsOf, type EntitySource } from './from-doc.js';
import { articleCandidates, SPAN_TASKS, type GoldSource, type SpanGoldDoc, type SpanTask } from './load.js';
import { accuracy, add, prf, sumAccuracy, zero, type Accuracy, type Counts, type Prf } from './metrics.js';
import { emptyPlaceCounts, placeReport, scorePlaces, type PlaceReport } from './places.js';
import { emptyQuoteCounts, quoteReport, scoreQuotes, type QuoteReport } from './quotes.js';

export type Task = SpanTask | 'facts';
export const TASKS: readonly Task[] = [...SPAN_TASKS, 'facts'];

export interface EvalOptions {
  split?: string;
  limit?: number;
  tasks?: readonly Task[];
  article?: string;
  articles?: string;
  /** Called once per document scored (progress). */
  onDoc?: () => void;
}

export interface SpanSetReport {
  path: string;
  dataset: string | null;
  split: string | null;
  docs: number;
  stages: string[];
  /** Stages a task needs that the pipeline does not have yet. */
  missing: string[];
  entities?: EntityReport & { source: Partial<Record<EntitySource, number>> };
  places?: PlaceReport;
  quotes?: QuoteReport;
  dates?: DateReport;
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
}

export interface FactsReport {
  docs: FactDocReport[];
  total: Record<FactKind, KindTotal>;
  datesNoReference: KindTotal & { invented: number };
  actorMentions: Accuracy;
  stages: string[];
}

export interface EvalReport {
  spans: SpanSetReport[];
  facts: FactsReport | null;
  errors: EvalError[];
}

/** Which stages each span task needs, best first; the first option the pipeline has is used. */
const TASK_STAGES: Record<SpanTask, string[][]> = {
  entities: [['mentions'], ['actors', 'places']],
  places: [['places']],
  quotes: [['quotes']],
  dates: [['dates']],
};

export function pipelineFor(tasks: readonly SpanTask[]): { pipeline: Pipeline; missing: string[] } {
  const have = new Set(DEFAULT_STAGES.map((s) => s.name));
  const wanted = new Set<string>();
  const missing: string[] = [];
  for (const task of tasks) {
    const option = TASK_STAGES[task].map((o) => o.filter((s) => have.has(s))).find((o) => o.length > 0);
    if (option) option.forEach((s) => wanted.add(s));
    else missing.push(TASK_STAGES[task][0].join('+'));
  }
  // With none of the needed stages built, run the whole pipeline: the score is then honestly 0.
  return { pipeline: createDefaultPipeline(wanted.size > 0 ? [...wanted] : undefined), missing };
}

/** Documents of a span gold file after --split and --limit. */
export function selectDocs(docs: readonly SpanGoldDoc[], opts: EvalOptions): SpanGoldDoc[] {
  const chosen = opts.split ? docs.filter((d) => d.split === opts.split) : [...docs];
  return opts.limit ? chosen.slice(0, opts.limit) : chosen;
}

export function tasksOf(docs: readonly SpanGoldDoc[], opts: EvalOptions): SpanTask[] {
  return SPAN_TASKS.filter((t) => docs.some((d) => d[t] !== undefined) && (!opts.tasks || opts.tasks.includes(t)));
}

export function scoreSpanSet(path: string, docs: readonly SpanGoldDoc[], opts: EvalOptions, errors: EvalError[]): SpanSetReport {
  const tasks = tasksOf(docs, opts);
  const { pipeline, missing } = pipelineFor(tasks);
  const counts = { entities: emptyEntityCounts(), places: emptyPlaceCounts(), quotes: emptyQuoteCounts(), dates: emptyDateCounts() };
  const sources: Partial<Record<EntitySource, number>> = {};
  for (const d of docs) {
    const article = makeArticle({ text: d.text, published: d.published, title: d.title, source: `${path}#${d.id}` });
    const doc = pipeline.run(article);
    const name = d.id;
    if (d.entities && tasks.includes('entities')) {
      const { source, entities } = entitiesOf(doc);
      sources[source] = (sources[source] ?? 0) + 1;
      errors.push(...scoreEntities(d.entities, entities, counts.entities, name, d.text));
    }
    if (d.places && tasks.includes('places')) errors.push(...scorePlaces(d.places, toponymsOf(doc), counts.places, name, d.text));
    if (d.quotes && tasks.includes('quotes')) errors.push(...scoreQuotes(d.quotes, doc.quotes ?? [], doc.actors ?? [], counts.quotes, name, d.text));
    if (d.dates && tasks.includes('dates')) errors.push(...scoreDates(d.dates, doc.dates ?? [], counts.dates, name, d.text));
    opts.onDoc?.();
  }
  const splits = [...new Set(docs.map((d) => d.split))];
  const datasets = [...new Set(docs.map((d) => d.dataset))];
  return {
    path,
    dataset: datasets.length === 1 ? datasets[0] : null,
    split: opts.split ?? (splits.length === 1 ? splits[0] : null),
    docs: docs.length,
    stages: pipeline.stages.map((s) => s.name),
    missing,
    ...(tasks.includes('entities') ? { entities: { ...entityReport(counts.entities), source: sources } } : {}),
    ...(tasks.includes('places') ? { places: placeReport(counts.places) } : {}),
    ...(tasks.includes('quotes') ? { quotes: quoteReport(counts.quotes) } : {}),
    ...(tasks.includes('dates') ? { dates: dateReport(counts.dates) } : {}),
  };
}

/** The article a fact gold names, read with the project's readers. */
export async function loadFactArticle(goldPath: string, gold: FactGoldFile, opts: EvalOptions): Promise<{ path: string; article: Article }> {
  const candidates = articleCandidates(goldPath, gold.article, opts);
  const path = candidates.find((c) => existsSync(c));
  if (!path) throw new InputError(goldPath, `its article "${gold.article}" is not at ${candidates.join(' nor ')} (point --articles at the folder it is relative to)`);
  for await (const item of readInputs([path])) {
    if ('error' in item) throw item.error;
    return { path, article: item.article };
  }
  throw new InputError(path, 'holds no article');
}

export async function scoreFactGold(goldPath: string, gold: FactGoldFile, opts: EvalOptions, pipeline: Pipeline, errors: EvalError[]): Promise<FactDocReport> {
  const { path, article } = await loadFactArticle(goldPath, gold, opts);
  let resolved;
  try {
    resolved = resolveFacts(gold, article.text);
  } catch (err) {
    if (err instanceof EvidenceError) throw new InputError(goldPath, `${err.message} of ${path}`);
    throw err;
  }
  const published = gold.publishedForDateTests ?? gold.published ?? null;
  const doc = pipeline.run({ ...article, published });
  const noRef = pipeline.run({ ...article, published: null });
  const scores = scoreFacts(resolved, doc);
  const goldNoRef = withoutReference(resolved.dates, article.text);
  const datesNoReference = { ...scoreDateFacts(goldNoRef, noRef.dates ?? [], article.text), invented: inventedDates(goldNoRef, noRef.dates ?? []) };
  for (const kind of FACT_KINDS) {
    const r = scores.kinds[kind];
    for (const m of r.misses) errors.push({ task: `facts:${kind}`, doc: goldPath, kind: 'miss', what: m.what, text: m.evidence, context: contextOf(article.text, m.at), ...(m.near ? { note: `near: ${m.near}` } : {}) });
    for (const x of r.extras) errors.push({ task: `facts:${kind}`, doc: goldPath, kind: 'extra', what: x.what, text: x.evidence, context: contextOf(article.text, x.at) });
  }
  return { gold: goldPath, article: path, published, kinds: scores.kinds, datesNoReference, actorMentions: scores.actorMentions, actorMap: scores.actorMap };
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
    stages,
  };
}

/**
 * Score every source. An unreadable fact gold or article is reported through `onInputError` and
 * skipped, so one broken file does not hide the others' numbers.
 */
export async function evaluate(sources: readonly GoldSource[], opts: EvalOptions, onInputError: (err: InputError) => void): Promise<EvalReport> {
  const errors: EvalError[] = [];
  const spans: SpanSetReport[] = [];
  for (const src of sources) {
    if (src.shape !== 'spans') continue;
    const docs = selectDocs(src.docs, opts);
    if (docs.length === 0) continue;
    if (tasksOf(docs, opts).length === 0) continue;
    spans.push(scoreSpanSet(src.path, docs, opts, errors));
  }
  const factSources = sources.filter((s) => s.shape === 'facts').slice(0, opts.limit ?? Infinity);
  let facts: FactsReport | null = null;
  if (factSources.length > 0 && (!opts.tasks || opts.tasks.includes('facts'))) {
    const pipeline = createDefaultPipeline();
    const docs: FactDocReport[] = [];
    for (const src of factSources) {
      try {
        docs.push(await scoreFactGold(src.path, src.gold, opts, pipeline, errors));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        onInputError(err);
      }
      opts.onDoc?.();
    }
    if (docs.length > 0) facts = totalFacts(docs, pipeline.stages.map((s) => s.name));
  }
  return { spans, facts, errors };
}

/** How many documents `evaluate` will score (for the progress bar). */
export function countDocs(sources: readonly GoldSource[], opts: EvalOptions): number {
  const facts = Math.min(sources.filter((s) => s.shape === 'facts').length, opts.limit ?? Infinity);
  return facts + sources.reduce((n, s) => n + (s.shape === 'spans' ? selectDocs(s.docs, opts).length : 0), 0);
}
