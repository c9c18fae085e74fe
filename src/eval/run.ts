/**
 * Run the pipeline over gold and score it. The pipeline is Parley's own (`createDefaultPipeline`);
 * for span gold only the stages a task needs run (and what they need), so scoring CoNLL does not
 * wait for events.
 */
import { createDefaultPipeline } from '../extract.js';
import { makeArticle } from '../ingest/article.js';
import { InputError } from '../ingest/errors.js';
import { DEFAULT_STAGES } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { dateReport, emptyDateCounts, scoreDates, type DateReport } from './dates.js';
import { emptyEntityCounts, entityReport, scoreEntities, type EntityReport } from './entities.js';
import type { EvalError } from './errors.js';
import { scoreFactGold, totalFacts, type FactDocReport, type FactsReport } from './facts/run.js';
import { entitiesOf, toponymsOf, type EntitySource } from './from-doc.js';
import { SPAN_TASKS, type GoldSource, type SpanGoldDoc, type SpanTask, type Task } from './load.js';
import { emptyPlaceCounts, placeReport, scorePlaces, type PlaceReport } from './places.js';
import { emptyQuoteCounts, quoteReport, scoreQuotes, type QuoteReport } from './quotes.js';

export type { FactDocReport, FactsReport } from './facts/run.js';

export { TASKS, type Task } from './load.js';

export interface EvalOptions {
  split?: string;
  limit?: number;
  tasks?: readonly Task[];
  article?: string;
  articles?: string;
  /** Called once per document scored (progress). */
  onDoc?: () => void;
  /** Score this pipeline instead of the default one (a library user's own, or a test's). */
  pipeline?: Pipeline;
}

export interface SpanSetReport {
  path: string;
  dataset: string | null;
  split: string | null;
  docs: number;
  stages: string[];
  /** Stages a task needs that the pipeline does not have yet. */
  missing: string[];
  /** Documents on which a stage threw (scored on the layers made before it). */
  failed: { doc: string; stage: string; message: string }[];
  entities?: EntityReport & { source: Partial<Record<EntitySource, number>> };
  places?: PlaceReport;
  /**
   * The same toponym gold scored against the `places` layer alone (places used as locations), when
   * the pipeline keeps every toponym apart in `toponyms`: what an analyst's list costs on a set that
   * counts modifiers and metonyms too.
   */
  placesUsedAsLocations?: PlaceReport;
  quotes?: QuoteReport;
  dates?: DateReport;
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
  const { pipeline, missing } = opts.pipeline ? { pipeline: opts.pipeline, missing: [] } : pipelineFor(tasks);
  const counts = { entities: emptyEntityCounts(), places: emptyPlaceCounts(), quotes: emptyQuoteCounts(), dates: emptyDateCounts() };
  const locations = emptyPlaceCounts();
  let separateToponyms = false;
  const sources: Partial<Record<EntitySource, number>> = {};
  const failed: SpanSetReport['failed'] = [];
  for (const d of docs) {
    const article = makeArticle({ text: d.text, published: d.published, title: d.title, source: `${path}#${d.id}` });
    const doc = pipeline.run(article);
    const name = d.id;
    for (const e of doc.errors) failed.push({ doc: name, stage: e.stage, message: e.message });
    if (d.entities && tasks.includes('entities')) {
      const { source, entities } = entitiesOf(doc);
      sources[source] = (sources[source] ?? 0) + 1;
      errors.push(...scoreEntities(d.entities, entities, counts.entities, name, d.text));
    }
    if (d.places && tasks.includes('places')) {
      errors.push(...scorePlaces(d.places, toponymsOf(doc), counts.places, name, d.text));
      if (doc.toponyms) {
        separateToponyms = true;
        scorePlaces(d.places, toponymsOf({ ...doc, toponyms: undefined }), locations, name, d.text);
      }
    }
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
    failed,
    ...(tasks.includes('entities') ? { entities: { ...entityReport(counts.entities), source: sources } } : {}),
    ...(tasks.includes('places') ? { places: placeReport(counts.places) } : {}),
    ...(tasks.includes('places') && separateToponyms ? { placesUsedAsLocations: placeReport(locations) } : {}),
    ...(tasks.includes('quotes') ? { quotes: quoteReport(counts.quotes) } : {}),
    ...(tasks.includes('dates') ? { dates: dateReport(counts.dates) } : {}),
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
    const pipeline = opts.pipeline ?? createDefaultPipeline();
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
