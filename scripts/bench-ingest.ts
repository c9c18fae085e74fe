/**
 * Ingest benchmark: articles/s with extraction (the default pipeline, worker threads) and the
 * SQLite database's size per 1,000 articles. Writes the `## Ingest` section of BENCHMARKS.md.
 *
 *   node --import tsx scripts/bench-ingest.ts [count=1000] [--no-write]
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULT_STAGES } from '../src/pipeline/default.js';
import { defaultWorkers, ingest } from '../src/store/ingest.js';
import { openSqliteStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { sampleArticles } from '../test/sample-articles.js';
import { PROJECT_ROOT } from '../test/shared.js';

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
const write = !process.argv.includes('--no-write');
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
try {
  const articles = sampleArticles(count, 16);
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const avgChars = Math.round(articles.reduce((n, a) => n + a.text.length, 0) / articles.length);
  const rows: string[] = [];
  let readLine = '';
  for (const workers of [0, defaultWorkers()]) {
    const db = join(dir, `w${workers}.db`);
    const store = await openSqliteStore(db);
    // A reader in its own process (as the server is) asks for what /api/processes and a process
    // page show, once a second while the ingest runs: how long does a read take meanwhile?
    const reader = workers === 0 ? await startReader(db) : null;
    const t0 = performance.now();
    // Merged again at most every 15 s (the default is 60) so the reader sees the record grow.
    const summary = await ingest(store, [input], { workers, mergeEvery: 15 });
    const seconds = (performance.now() - t0) / 1000;
    if (reader) {
      const during = (await reader.stop()).sort((x, y) => x - y);
      const check = await openSqliteStore(db);
      const t = performance.now();
      const n = await readProcesses(check);
      const after = performance.now() - t;
      await check.close();
      const q = (f: number) => (during.length ? during[Math.min(during.length - 1, Math.floor(f * during.length))] : 0).toFixed(1);
      readLine = `Reads while the main-thread ingest ran (\`processes()\` + \`getProcess()\` of the first, what \`GET /api/processes\` and a process page ask, from a second process, one a second): ${during.length} reads, median ${q(0.5)} ms, 90th percentile ${q(0.9)} ms, slowest ${q(1)} ms; the same read after the ingest (${n} processes): ${after.toFixed(1)} ms.`;
      console.log(readLine);
    }
    await store.close();
    const sqlite = new Database(db);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    const bytes = statSync(db).size + (existsSync(db + '-wal') ? statSync(db + '-wal').size : 0);
    const line = `| ${workers === 0 ? '0 (main thread)' : workers} | ${summary.new} | ${seconds.toFixed(1)} | ${(summary.new / seconds).toFixed(1)} | ${((bytes / summary.new) * 1000 / 1e6).toFixed(1)} MB | ${loadavg()[0].toFixed(1)} |`;
    rows.push(line);
    console.log(line);
  }
  // Storing alone: the same records again into a fresh database, without extraction.
  const source = await openSqliteStore(join(dir, 'w0.db'));
  const records = [];
  for (const a of (await source.listArticles({ limit: 1000, order: 'ingested' })).items) records.push((await source.getArticle(a.id))!.record);
  await source.close();
  const target = await openSqliteStore(join(dir, 'store-only.db'));
  const t1 = performance.now();
  for (const r of records) await target.put(r);
  const putSeconds = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  await target.consolidate();
  const mergeSeconds = (performance.now() - t2) / 1000;
  await target.close();
  const facts = records.reduce((n, r) => n + r.actors.length + r.places.length + r.dates.length + r.quotes.length + r.events.length + r.demands.length + r.figures.length, 0);
  const storeLine = `Storing alone (the same ${records.length} records, ${(facts / records.length).toFixed(1)} facts each, into a fresh database): ${(records.length / putSeconds).toFixed(0)} articles/s; the merge across all of them (actors, events, tracks, processes, positions): ${mergeSeconds.toFixed(2)} s.`;
  console.log(storeLine);
  const section = [
    '## Ingest',
    '',
    `\`node --import tsx scripts/bench-ingest.ts ${count}\` — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores (shared with other jobs), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}.`,
    `${count} distinct articles of ${avgChars} characters on average (16 real sentences each from the seed and corpus/open), read from one JSON Lines file, extracted with the default pipeline (stages: ${DEFAULT_STAGES.map((s) => s.name).join(', ')}), stored in a fresh SQLite database (WAL, one transaction per article) in one ingest batch: merged at the end, and on the way no more often than every 15 s (\`mergeEvery\`; default 60) nor than ten times the last merge took. Size: the database file after a WAL checkpoint, per 1,000 articles.`,
    'The machine is shared: the load average beside each run says how much of it the run had. The sample is denser in talks than most wire copy (about eight events an article), so the size per article is on the high side.',
    '',
    '| extraction workers | articles | seconds | articles/s | DB size per 1,000 articles | load average (1 min) |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    storeLine,
    '',
    readLine,
    '',
  ].join('\n');
  if (write) {
    const path = join(PROJECT_ROOT, 'BENCHMARKS.md');
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
    const re = /## Ingest\n[\s\S]*?(?=\n## |$)/;
    const next = re.test(current) ? current.replace(re, section) : current.trimEnd() + '\n\n' + section;
    writeFileSync(path, next.trimEnd() + '\n');
    console.log(`wrote the Ingest section of ${path}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function startReader(db: string): Promise<{ stop(): Promise<number[]> }> {
  const child = fork(join(PROJECT_ROOT, 'scripts/bench-read-probe.ts'), [db], { execArgv: ['--import', 'tsx'] });
  await new Promise<void>((res, rej) => {
    child.once('message', () => res());
    child.once('error', rej);
  });
  return {
    stop: () => new Promise((res) => {
      child.on('message', (m) => {
        if (typeof m === 'object' && m && 'times' in m) res((m as { times: number[] }).times);
      });
      child.send('stop');
    }),
  };
}

async function readProcesses(store: Store): Promise<number> {
  const list = await store.processes();
  if (list[0]) await store.getProcess(list[0].id);
  return list.length;
}
