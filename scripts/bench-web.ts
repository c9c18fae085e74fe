/**
 * `node --import tsx scripts/bench-web.ts`: what the UI costs to build and ship, and how fast the
 * API answers the pages' requests over a store holding the gold records of the seed and the
 * corpus (../shared needed for the records; the build numbers need nothing).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildServer } from '../src/server/app.js';
import { buildUi } from '../src/server/ui.js';
import { openStore } from '../src/store/open.js';
import { CORPUS, corpusRecord, seedRecord } from '../test/records.js';
import { needsShared } from '../test/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-web-'));
const t0 = performance.now();
await buildUi(join(dir, 'dist'));
const buildMs = performance.now() - t0;
const assets = join(dir, 'dist', 'assets');
const sizes = readdirSync(assets).map((f) => ({ f, raw: statSync(join(assets, f)).size, gz: gzipSync(readFileSync(join(assets, f))).length }));
console.log(`vite build: ${(buildMs / 1000).toFixed(1)} s`);
for (const s of sizes) console.log(`  ${s.f.replace(/-[\w-]+\./, '.')}: ${(s.raw / 1024).toFixed(0)} KB, ${(s.gz / 1024).toFixed(0)} KB gzipped`);

if (needsShared('seed', 'expected.json')) {
  console.log('API timings skipped: ../shared is absent');
} else {
  const store = await openStore(join(dir, 'bench.db'));
  await store.put(seedRecord());
  for (const p of CORPUS) await store.put(corpusRecord(p));
  const app = await buildServer({ store, token: null, ingest: null, webRoot: null });
  const procs = await store.processes();
  const afg = procs.find((p) => p.parties.some((a) => a.id === 'kb:TALIBAN'))!;
  const seedId = seedRecord().article.id;
  const urls = [
    '/api/processes', `/api/processes/${encodeURIComponent(afg.id)}`, `/api/articles/${encodeURIComponent(seedId)}`,
    '/api/actors/kb%3ATALIBAN', '/api/places', '/api/search?q=talks', '/api/events?from=2019&to=2020',
  ];
  console.log(`API over ${CORPUS.length + 1} articles, ${procs.length} processes (median of 30 requests, after 3 warm-up):`);
  for (const url of urls) {
    const times: number[] = [];
    for (let i = 0; i < 33; i++) {
      const t = performance.now();
      const res = await app.inject({ url });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
      if (i >= 3) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${url.replace(/%3A/g, ':').slice(0, 60)}: ${times[15].toFixed(1)} ms`);
  }
  await app.close();
  await store.close();
}
rmSync(dir, { recursive: true, force: true });
