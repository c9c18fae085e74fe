/** Opening a store: SQLite at a path (default `./parley.db`), or PostgreSQL by connection string. */
// The drivers, the schema and the SQL layer load when a store is opened, not when this file is
// imported: the CLI imports it for DEFAULT_DB, and a SQLite user never needs pg.
import type { PgOptions } from './postgres/driver.js';
import type { SqlDriver } from './sql/driver.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'parley.db';

export async function openSqliteStore(path: string = DEFAULT_DB): Promise<Store> {
  const { openSqliteDriver } = await import('./sqlite/driver.js');
  return migrated(openSqliteDriver(path));
}

export async function openPgStore(options: PgOptions = {}): Promise<Store> {
  const { openPgDriver } = await import('./postgres/driver.js');
  return migrated(await openPgDriver(options));
}

/** The store over a driver whose schema is brought up to date; the driver is closed if that fails. */
async function migrated(driver: SqlDriver): Promise<Store> {
  const [{ migrate }, { SqlStore }] = await Promise.all([import('./sql/schema.js'), import('./sql/store.js')]);
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
