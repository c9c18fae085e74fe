/**
 * `parley ingest` end to end, in a child process as a user runs it: the seed and the corpus go in,
 * a second run changes nothing, a bad input is reported and skipped, and a kill -9 in the middle
 * of a 2,000-article ingest leaves a sound database that a second run completes to the same
 * counts as a clean run.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { DEFAULT_STAGES } from '../pipeline/default.js';
import { openSqliteStore } from '../store/open.js';
import { unpackJson } from '../store/sql/pack.js';
import { sampleArticles } from '../../test/sample-articles.js';
import { PROJECT_ROOT, SEED_ARTICLE, SHARED, needsShared } from '../../test/shared.js';

const BIN = join(PROJECT_ROOT, 'bin', 'parley.js');
// The kill test is about storage, not extraction: run a quick stage that stores facts (dates)
// when the pipeline has it, so the test stays well under a minute whatever else the pipeline does.
const FAST_STAGES = DEFAULT_STAGES.some((s) => s.name === 'dates') ? ['--stages', 'dates'] : [];
const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function parley(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

async function counts(db: string): Promise<Record<string, number>> {
  const store = await openSqliteStore(db);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('parley ingest', { skip: needsShared('corpus', 'news') }, () => {
  const corpus = [SEED_ARTICLE, join(SHARED, 'corpus', 'news'), join(SHARED, 'corpus', 'open')];

  it('ingests the seed and the 12 corpus articles; a second run adds no rows', async () => {
    const db = join(dir, 'corpus.db');
    const first = await parley(['ingest', ...corpus, '--db', db, '--published', '2019-09-03']).done;
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /13 article\(s\).*: 13 new, 0 unchanged, 0 updated, 0 failed/);
    const once = await counts(db);
    assert.equal(once.articles, 13);
    const second = await parley(['ingest', ...corpus, '--db', db]).done;
    assert.match(second.stderr, /0 new, 13 unchanged, 0 updated, 0 failed/);
    assert.deepEqual(await counts(db), once);
  });

  it('reports a bad input in one line and stores the rest', async () => {
    const db = join(dir, 'bad.db');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"title": "no text here"}');
    const run = await parley(['ingest', bad, SEED_ARTICLE, '--db', db, '--workers', '0']).done;
    assert.equal(run.code, 1);
    assert.match(run.stderr, /bad\.json: has no string "text" field/);
    assert.match(run.stderr, /1 new, 0 unchanged, 0 updated, 1 failed/);
    assert.equal((await counts(db)).articles, 1);
  });

  it('--since skips older dated articles (undated ones are kept); --limit stops early', async () => {
    const db = join(dir, 'since.db');
    const since = await parley(['ingest', join(SHARED, 'corpus', 'news'), '--db', db, '--since', '2016-06-01', '--workers', '0']).done;
    assert.equal(since.code, 0, since.stderr);
    assert.match(since.stderr, /5 new, 0 unchanged, 0 updated, 0 failed, 5 skipped/);
    const limited = await parley(['ingest', join(SHARED, 'corpus', 'open'), '--db', db, '--limit', '1', '--workers', '0']).done;
    assert.match(limited.stderr, /1 article\(s\).*1 new/);
    assert.equal((await counts(db)).articles, 6);
    const usage = await parley(['ingest', SEED_ARTICLE, '--db', db, '--since', 'yesterday']).done;
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--since expects a date as YYYY-MM-DD/);
  });

  it('survives kill -9 in the middle of a 2,000-article ingest', { timeout: 120_000 }, async () => {
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, sampleArticles(2000).map((a) => JSON.stringify(a)).join('\n') + '\n');
    const clean = join(dir, 'clean.db');
    const cleanRun = await parley(['ingest', input, '--db', clean, '--workers', '2', ...FAST_STAGES]).done;
    assert.equal(cleanRun.code, 0, cleanRun.stderr);
    const expected = await counts(clean);
    assert.equal(expected.articles, 2000);

    const killed = join(dir, 'killed.db');
    const run = parley(['ingest', input, '--db', killed, '--workers', '2', ...FAST_STAGES]);
    let stored = 0;
    while (stored < 300) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const db = new Database(killed, { readonly: true, fileMustExist: true });
        stored = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
        db.close();
      } catch {
        /* not created yet */
      }
    }
    run.child.kill('SIGKILL');
    const end = await run.done;
    assert.equal(end.signal, 'SIGKILL');

    const db = new Database(killed);
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const n = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    assert.ok(n >= 300 && n < 2000, `killed mid-way: ${n} articles stored`);
    // Every stored article has all of its facts (as many rows per layer as its stored record
    // holds) and its full-text entry; nothing is there for an article that is not.
    const perArticle = (table: string) => new Map((db.prepare(`SELECT article_id AS id, COUNT(*) AS n FROM ${table} GROUP BY article_id`).all() as { id: string; n: number }[]).map((r) => [r.id, r.n]));
    const layers = { actors: 'actor_facts', places: 'place_facts', dates: 'date_facts', quotes: 'quote_facts', events: 'event_facts', demands: 'demand_facts', figures: 'figure_facts' } as const;
    const tables = Object.fromEntries(Object.entries(layers).map(([layer, table]) => [layer, perArticle(table)]));
    let facts = 0;
    for (const row of db.prepare('SELECT id, record FROM articles').all() as { id: string; record: string }[]) {
      const record = unpackJson<Record<string, unknown[]>>(row.record);
      for (const layer of Object.keys(layers)) {
        assert.equal(tables[layer].get(row.id) ?? 0, record[layer].length, `${row.id} ${layer}`);
        facts += record[layer].length;
      }
    }
    for (const [layer, counts] of Object.entries(tables)) {
      const orphans = [...counts.keys()].filter((id) => !db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id));
      assert.deepEqual(orphans, [], `${layer} rows without their article`);
    }
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM article_fts_docsize').get() as { n: number }).n, n);
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM quote_fts_docsize').get() as { n: number }).n, (db.prepare('SELECT COUNT(*) AS n FROM quote_facts').get() as { n: number }).n);
    assert.ok((db.prepare("SELECT COUNT(*) AS n FROM article_fts WHERE article_fts MATCH 'talks'").get() as { n: number }).n > 0);
    if (FAST_STAGES.length) assert.ok(facts > 0, 'the stage run stored facts to check');
    db.close();

    const resume = await parley(['ingest', input, '--db', killed, '--workers', '2', ...FAST_STAGES]).done;
    assert.equal(resume.code, 0, resume.stderr);
    assert.match(resume.stderr, new RegExp(`${2000 - n} new, ${n} unchanged`));
    assert.deepEqual(await counts(killed), expected);
  });
});
