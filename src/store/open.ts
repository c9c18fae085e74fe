/** Opening a store: SQLite at a path (default `./parley.db`), or PostgreSQL by connection string. */
import { openPgDriver, type PgOptions } from './postgres/driver.js';
import { migrate } from './sql/schema.js';
import { SqlStore } from './sql/store.js';
import { openSqliteDriver } from './sqlite/driver.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'parley.db';

export async function openSqliteStore(path: string = DEFAULT_DB): Promise<Store> {
  const driver = openSqliteDriver(path);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return new SqlStore(driver);
}

export async function openPgStore(options: PgOptions = {}): Promise<Store> {
  const driver = await openPgDriver(options);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return new SqlStore(driver);
}

/**
 * `--db` value → store: `postgres://…` (or `postgresql://…`) opens PostgreSQL (schema from the
 * `schema` query parameter, default public); anything else is a SQLite file path.
 */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const url = new URL(db);
    const schema = url.searchParams.get('schema') ?? undefined;
    url.searchParams.delete('schema');
    return openPgStore({ connectionString: url.toString(), schema });
  }
  return openSqliteStore(db);
}
