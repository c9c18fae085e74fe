/** What the commands over the store share: the `--db` option and opening the store once. */
import type { Command } from 'commander';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { UsageError } from './shared.js';

export function dbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB);
}

/** Open the store, run `fn`, close it. A database that cannot be opened is a usage error. */
export async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db).catch((err: Error) => {
    throw new UsageError(`cannot open the database ${db}: ${err.message}`);
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
