/** What every command shares: exit codes, usage errors, option parsers. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; printed as one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseIsoDate(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${flag} expects a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function parsePositiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive whole number, got "${value}"`);
  return n;
}

export function parseList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
