/**
 * The measured process of `parley bench`, started fresh (and pinned to one core where `taskset`
 * exists) so that start-up and peak memory are the pipeline's, not the CLI's. Usage:
 *   node --import tsx src/bench/worker.ts <articles.jsonl> <count>
 * Prints one JSON line (BenchResult) on standard output.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../model/article.js';
import type { Doc } from '../model/doc.js';
import { repeatTo } from './corpus.js';
import { median, p95 } from './stats.js';

export interface StoreResult {
  status: 'not built yet' | 'ok' | 'failed';
  message?: string;
  records?: number;
  ms?: number;
  perSecond?: number;
}

export interface BenchResult {
  articles: number;
  distinct: number;
  wallMs: number;
  articlesPerSecond: number;
  tokens: number;
  tokensPerSecond: number;
  /** Where token counts came from: the tokens layer, or whitespace when no stage adds tokens. */
  tokenSource: 'tokens layer' | 'whitespace';
  perArticle: { medianMs: number; p95Ms: number };
  stages: Record<string, { medianMs: number; p95Ms: number; totalMs: number }>;
  startup: { bootMs: number; importMs: number; firstRunMs: number; totalMs: number };
  peakRssMb: number;
  failedArticles: number;
  store: StoreResult;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const bootMs = performance.now();
  const [file, countArg] = process.argv.slice(2);
  const { makeArticle } = await import('../ingest/article.js');
  const distinct: Article[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => makeArticle(JSON.parse(line)));
  const articles = repeatTo(distinct, Number(countArg));

  // Start-up: loading the pipeline's modules, then the first article (models, KB, gazetteer load lazily).
  const t0 = performance.now();
  const { createDefaultPipeline } = await import('../extract.js');
  const t1 = performance.now();
  const pipeline = createDefaultPipeline();
  pipeline.run(distinct[0]);
  const t2 = performance.now();

  const perArticle: number[] = [];
  const stageMs = new Map<string, number[]>();
  let tokens = 0;
  let tokenSource: BenchResult['tokenSource'] = 'tokens layer';
  let failed = 0;
  const docs: Doc[] = [];
  const start = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const a = performance.now();
    const doc = pipeline.run(articles[i]);
    perArticle.push(performance.now() - a);
    if (doc.errors.length > 0) failed++;
    if (doc.tokens) tokens += doc.tokens.length;
    else {
      tokenSource = 'whitespace';
      tokens += doc.article.text.split(/\s+/).filter(Boolean).length;
    }
    for (const s of doc.stages) {
      const list = stageMs.get(s.name) ?? [];
      list.push(s.ms);
      stageMs.set(s.name, list);
    }
    if (i < distinct.length) docs.push(doc);
  }
  const wallMs = performance.now() - start;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const store = await measureStore(docs);

  const stages: BenchResult['stages'] = {};
  for (const [name, list] of stageMs) {
    stages[name] = { medianMs: round(median(list)), p95Ms: round(p95(list)), totalMs: round(list.reduce((s, x) => s + x, 0), 1) };
  }
  const result: BenchResult = {
    articles: articles.length,
    distinct: distinct.length,
    wallMs: round(wallMs, 1),
    articlesPerSecond: round(articles.length / (wallMs / 1000), 1),
    tokens,
    tokensPerSecond: Math.round(tokens / (wallMs / 1000)),
    tokenSource,
    perArticle: { medianMs: round(median(perArticle)), p95Ms: round(p95(perArticle)) },
    stages,
    startup: { bootMs: round(bootMs, 1), importMs: round(t1 - t0, 1), firstRunMs: round(t2 - t1, 1), totalMs: round(t2 - t0, 1) },
    peakRssMb: round(peakRssMb, 1),
    failedArticles: failed,
    store,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

/**
 * Storing rate: every distinct record put into a fresh SQLite store, one transaction each, and
 * the merged record (actors, events, tracks, processes) built once at the end, as ingest does.
 */
async function measureStore(docs: readonly Doc[]): Promise<StoreResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-store-'));
  try {
    const { openSqliteStore } = await import('../store/open.js');
    const { toRecord } = await import('../model/to-record.js');
    const records = docs.map((d) => toRecord(d));
    const store = await openSqliteStore(join(dir, 'bench.sqlite'));
    const t0 = performance.now();
    await store.beginBatch?.();
    for (const r of records) await store.put(r);
    await store.endBatch?.();
    await store.consolidate();
    const ms = performance.now() - t0;
    await store.close();
    return { status: 'ok', message: 'put each record, then merge once', records: records.length, ms: round(ms, 1), perSecond: round(records.length / (ms / 1000), 1) };
  } catch (err) {
    return { status: 'failed', message: err instanceof Error ? err.message : String(err) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench worker: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
