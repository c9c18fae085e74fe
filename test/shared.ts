/**
 * Where the shared material lives (../shared beside the project) and a skip reason for tests that
 * need it, so that `npm test` also passes on a fresh clone elsewhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.PARLEY_SHARED ?? resolve(PROJECT_ROOT, '..', 'shared');
export const SEED_ARTICLE = join(SHARED, 'seed', '000_1b2f12c785d16f70.txt');
export const SEED_EXPECTED = join(SHARED, 'seed', 'expected.json');

/** `false` when ../shared is present, else the one-line reason node:test prints for the skip. */
export function needsShared(...parts: string[]): false | string {
  const path = join(SHARED, ...parts);
  return existsSync(path) ? false : `needs ${path} (the shared material is absent here)`;
}
