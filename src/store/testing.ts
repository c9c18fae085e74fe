/**
 * Helpers for the store's tests (and anyone scripting against a store): a record from a text and
 * a few hand-made facts, and the two stores the conformance suite runs against.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { makeArticle, type ArticleFields } from '../ingest/article.js';
import type { ExtractionRecord } from '../model/record.js';
import { openPgStore, openSqliteStore } from './open.js';
import type { SqlDriver } from './sql/driver.js';
import type { Store } from './types.js';

export function recordOf(fields: ArticleFields, facts: Partial<Omit<ExtractionRecord, 'article' | 'parley'>> = {}): ExtractionRecord {
  return {
    parley: '1',
    article: makeArticle(fields),
    sentences: [], actors: [], places: [], dates: [], quotes: [], events: [], demands: [], figures: [],
    stages: [{ name: 'sentences', version: '1', ms: 0 }],
    errors: [],
    ...facts,
  };
}

export interface StoreHarness {
  name: string;
  /** false, or why the suite is skipped. */
  skip: false | string;
  open(): Promise<Store>;
  /** Two connections to one fresh database (a server and an ingest). */
  openPair(): Promise<[Store, Store]>;
  /** A bare connection to a fresh, empty database (for schema upgrades). */
  openDriver(): Promise<SqlDriver>;
  /** Remove everything the harness created. */
  cleanup(): Promise<void>;
}

export function sqliteHarness(): StoreHarness {
  const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
  let n = 0;
  return {
    name: 'sqlite',
    skip: false,
    open: () => openSqliteStore(join(dir, `t${n++}.db`)),
    openPair: async () => {
      const path = join(dir, `t${n++}.db`);
      const a = await openSqliteStore(path);
      return [a, await openSqliteStore(path)];
    },
    openDriver: async () => (await import('./sqlite/driver.js')).openSqliteDriver(join(dir, `t${n++}.db`)),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const PG_URL = process.env.PARLEY_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A PostgreSQL harness on a throw-away schema per store, or a skip reason when no server answers. */
export async function pgHarness(): Promise<StoreHarness> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (err) {
    const skipped = async (): Promise<never> => { throw new Error('skipped'); };
    return { name: 'postgres', skip: `PostgreSQL at ${PG_URL} is not reachable (${(err as Error).message})`, open: skipped, openPair: skipped, openDriver: skipped, cleanup: async () => undefined };
  }
  const schemas: string[] = [];
  const run = randomBytes(4).toString('hex');
  return {
    name: 'postgres',
    skip: false,
    open: () => {
      const schema = `parley_test_${run}_${schemas.length}`;
      schemas.push(schema);
      return openPgStore({ connectionString: PG_URL, schema });
    },
    openPair: async () => {
      const schema = `parley_test_${run}_${schemas.length}`;
      schemas.push(schema);
      const a = await openPgStore({ connectionString: PG_URL, schema });
      return [a, await openPgStore({ connectionString: PG_URL, schema })];
    },
    openDriver: async () => {
      const schema = `parley_test_${run}_${schemas.length}`;
      schemas.push(schema);
      return (await import('./postgres/driver.js')).openPgDriver({ connectionString: PG_URL, schema });
    },
    cleanup: async () => {
      for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await client.end();
    },
  };
}
