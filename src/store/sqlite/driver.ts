/**
 * SQLite under the shared SQL layer: better-sqlite3 (synchronous) behind promises, one connection,
 * WAL journal so readers (the HTTP server) never block the writer (ingest).
 */
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Mutex, type SqlDriver, type SqlValue } from '../sql/driver.js';

/**
 * One lock per database file in this process. better-sqlite3 waits for a busy database
 * synchronously, so a second connection in the same process that tried to write while the first
 * sat in an open transaction (between two awaits) would block the thread the first needs to
 * finish: a deadlock. Connections to one file in one process take turns instead; other processes
 * are handled by SQLite's own locking (busy_timeout).
 */
const LOCKS = new Map<string, Mutex>();

export function openSqliteDriver(path: string): SqlDriver {
  const db = new Database(path);
  const key = path === ':memory:' ? `:memory:${Math.random()}` : resolve(path);
  if (!LOCKS.has(key)) LOCKS.set(key, new Mutex());
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode (only an OS crash can lose the
  // last commits), and much faster than FULL for one small transaction per article.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const raw = {
    all: <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: (sql: string, params: readonly SqlValue[] = []) => prepare(sql).run(...params).changes,
  };
  const mutex = LOCKS.get(key)!;
  // Inside a transaction the caller already holds the connection: no second lock.
  const inside: SqlDriver = {
    dialect: 'sqlite',
    all: async (sql, params) => raw.all(sql, params),
    get: async (sql, params) => raw.get(sql, params),
    run: async (sql, params) => raw.run(sql, params),
    exec: async (sql) => void db.exec(sql),
    transaction: (fn) => fn(inside),
    close: async () => undefined,
  };
  return {
    dialect: 'sqlite',
    all: (sql, params) => mutex.run(async () => raw.all(sql, params)),
    get: (sql, params) => mutex.run(async () => raw.get(sql, params)),
    run: (sql, params) => mutex.run(async () => raw.run(sql, params)),
    exec: (sql) => mutex.run(async () => void db.exec(sql)),
    transaction: (fn) =>
      mutex.run(async () => {
        // IMMEDIATE takes the write lock up front, so a second writer waits (busy_timeout)
        // instead of failing half-way through.
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(inside);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () => mutex.run(async () => void db.close()),
  };
}
