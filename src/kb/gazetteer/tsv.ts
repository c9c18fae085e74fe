import { readFileSync } from 'node:fs';

/** Rows of a tab-separated data file, skipping blank lines and `#` comments (and a header if named). */
export function readTsv(path: string, header = false): string[][] {
  const rows: string[][] = [];
  let headerSeen = !header;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    rows.push(line.split('\t'));
  }
  return rows;
}
