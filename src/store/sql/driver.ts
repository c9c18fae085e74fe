/**
 * The thin SQL layer both stores share: one query text with `?` placeholders for SQLite and
 * PostgreSQL (the pg driver rewrites them to `$n`), rows as plain objects, numbers as numbers.
 * Kept this small on purpose: the store's SQL is a portable subset, and the few places the two
 * databases differ (DDL, full-text search) branch on `dialect`.
 */
export type Dialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | null;

export interface SqlDriver {
  readonly dialect: Dialect;
  /** Rows of a query. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** First row, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A statement; resolves to the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
  /**
   * Run `fn` in one transaction: committed when it resolves, rolled back when it throws. Calls
   * are serialised, so two transactions never interleave on one connection.
   */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A promise chain that runs tasks one at a time (for drivers on a single connection). */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
