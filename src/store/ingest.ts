/**
 * Ingest: inputs → articles (readInputs) → records (the extraction pool, across cores) → the
 * store (one transaction per article, written here in the calling thread, one at a time). A bad
 * input or an article a stage fails on is reported and skipped; the rest go in. The merged record
 * is rebuilt once at the end.
 */
import { availableParallelism } from 'node:os';
import type { ReadOptions } from '../ingest/read.js';
import type { Article } from '../model/article.js';
import type { PutStatus, Store } from './types.js';

export interface IngestOptions extends ReadOptions {
  /** Skip articles published before this date (YYYY-MM-DD); undated articles are kept. */
  since?: string | null;
  /** Stop after this many articles. */
  limit?: number;
  /** Extraction threads; 0 runs the pipeline in this thread. Default: the cores, at most 4. */
  workers?: number;
  stages?: readonly string[];
  /** Called after each article (for a progress bar) and for each failure. */
  onArticle?: (outcome: IngestOutcome) => void;
  /** Called when more articles are discovered (the total grows as inputs are read). */
  onDiscovered?: (total: number) => void;
  /** On a long ingest, merge the record again at most this often (seconds, default 60) so readers see progress. */
  mergeEvery?: number;
}

export type IngestOutcome = { status: PutStatus; source: string; articleId: string } | { status: 'failed'; source: string; reason: string };

export interface IngestSummary {
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  skipped: number;
  failures: { source: string; reason: string }[];
  seconds: number;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, updated: 0, failed: 0, skipped: 0, failures: [], seconds: 0 };
  // Loaded here, not at the top: `parley --help` reads defaultWorkers() and nothing else of this file.
  const [{ readInputs }, { createExtractPool }] = await Promise.all([import('../ingest/read.js'), import('../pipeline/pool.js')]);
  const pool = createExtractPool({ workers: options.workers ?? defaultWorkers(), stages: options.stages });
  const producers = await pool.producers();
  const fail = (source: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ source, reason });
    options.onArticle?.({ status: 'failed', source, reason });
  };
  // One batch: readers (a server on the same database) keep the last merged record instead of
  // rebuilding it after every article. On a long batch the record is merged again now and then,
  // no more often than every `mergeEvery` seconds nor than ten times the last merge took, so the
  // merges cost at most about a tenth of the ingest however large the database grows.
  const batch = typeof store.beginBatch === 'function';
  if (batch) await store.beginBatch!();
  const mergeGap = (options.mergeEvery ?? 60) * 1000;
  let lastMerge = Date.now();
  let mergeMs = 0;
  const mergeNowAndThen = async () => {
    if (!batch || Date.now() - lastMerge < Math.max(mergeGap, 10 * mergeMs)) return;
    const t = Date.now();
    await store.consolidate();
    mergeMs = Date.now() - t;
    lastMerge = Date.now();
  };
  // Writes are chained: one transaction at a time, in the order extractions finish.
  let writes: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, (options.workers ?? defaultWorkers()) * 4);
  const handle = async (article: Article) => {
    // The same text stored before: nothing to extract (feeds polled again, a folder re-ingested).
    if (store.hasArticle && (await store.hasArticle(article.id))) {
      writes = writes.then(() => {
        summary.unchanged++;
        options.onArticle?.({ status: 'unchanged', source: article.source, articleId: article.id });
      });
      return;
    }
    let record;
    try {
      record = await pool.extract(article);
    } catch (err) {
      fail(article.source, (err as Error).message);
      return;
    }
    if (record.errors.length > 0) {
      fail(article.source, record.errors.map((e) => `stage ${e.stage} failed: ${e.message}`).join('; '));
      return;
    }
    writes = writes.then(async () => {
      try {
        const result = await store.put(record, { producers });
        summary[result.status]++;
        options.onArticle?.({ status: result.status, source: article.source, articleId: result.articleId });
      } catch (err) {
        fail(article.source, `could not be stored: ${(err as Error).message}`);
      }
      await mergeNowAndThen();
    });
    await writes;
  };
  let seen = 0;
  try {
    for await (const item of readInputs(inputs, options)) {
      if ('error' in item) {
        fail(item.error.input, item.error.reason);
        continue;
      }
      const { article } = item;
      if (options.since && article.published && article.published < options.since) {
        summary.skipped++;
        continue;
      }
      if (options.limit !== undefined && seen >= options.limit) break;
      seen++;
      options.onDiscovered?.(seen);
      const job = handle(article).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await writes;
  } finally {
    await pool.close();
    // Ends the batch even when reading the inputs failed: what went in is merged once.
    if (batch) await store.endBatch!();
  }
  if (!batch && summary.new + summary.updated > 0) await store.consolidate();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const total = s.new + s.unchanged + s.updated + s.failed;
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)} s (${((s.new + s.updated + s.unchanged) / s.seconds).toFixed(1)} articles/s)` : '';
  const skipped = s.skipped ? `, ${s.skipped} skipped (before --since)` : '';
  return `${total} article(s)${rate}: ${s.new} new, ${s.unchanged} unchanged, ${s.updated} updated, ${s.failed} failed${skipped}`;
}
