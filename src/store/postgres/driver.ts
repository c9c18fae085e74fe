/**
 * PostgreSQL under the shared SQL layer (pg 8). Queries are written with `?` placeholders and
 * rewritten to `$1…`; every connection works in the store's schema (search_path), so a test can
 * use a throw-away schema in a shared database.
 */
import pg from 'pg';
import { Mutex, type SqlDriver, type SqlValue } from '../sql/driver.js';

// COUNT() and BIGINT come back as strings by default; the store's counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v: string) => Number(v));

export interface PgOptions {
  connectionString?: string;
  schema?: string;
}

/** `?` → `$n`, skipping quoted strings (the store never puts `?` in identifiers). */
export function toPgParams(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') out += `$${++n}`;
    else out += ch;
  }
  return out;
}

export async function openPgDriver(options: PgOptions = {}): Promise<SqlDriver> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const client = new pg.Client({ connectionString: options.connectionString ?? process.env.PARLEY_PG ?? 'postgres://postgres@127.0.0.1:5432/test' });
  await client.connect();
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  const texts = new Map<string, string>();
  const text = (sql: string) => {
    let t = texts.get(sql);
    if (t === undefined) {
      t = toPgParams(sql);
      texts.set(sql, t);
    }
    return t;
  };
  const raw = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await client.query(text(sql), params as SqlValue[])).rows as T[],
    run: async (sql: string, params: readonly SqlValue[] = []) => (await client.query(text(sql), params as SqlValue[])).rowCount ?? 0,
  };
  const inside: SqlDriver = {
    dialect: 'postgres',
    all: raw.all,
    get: async (sql, params) => (await raw.all(sql, params))[0] as never,
    run: raw.run,
    exec: async (sql) => void (await client.query(sql)),
    transaction: (fn) => fn(inside),
    close: async () => undefined,
  };
  const mutex = new Mutex();
  return {
    dialect: 'postgres',
    all: (sql, params) => mutex.run(() => raw.all(sql, params)),
    get: (sql, params) => mutex.run(async () => (await raw.all(sql, params))[0] as never),
    run: (sql, params) => mutex.run(() => raw.run(sql, params)),
    exec: (sql) => mutex.run(async () => void (await client.query(sql))),
    transaction: (fn) =>
      mutex.run(async () => {
        await client.query('BEGIN');
        try {
          const result = await fn(inside);
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
    close: () => mutex.run(() => client.end()),
  };
}
