/**
 * Read-only access to the editable data files under `data/` (lexicons, mappings). Each file is
 * parsed once, on first use, and shared: stages never mutate what they read from here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

const cache = new Map<string, unknown>();

/** The parsed JSON at `data/<path>`; a missing or broken file throws one line naming it. */
export function loadData<T>(path: string): T {
  const hit = cache.get(path);
  if (hit !== undefined) return hit as T;
  const file = join(DATA_DIR, path);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read data file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  cache.set(path, value);
  return value as T;
}

/**
 * A lexicon phrase as a case-insensitive regular expression anchored on word boundaries. Phrases
 * are regular-expression sources (so `held? talks` or `(?:air ?strikes?|bombings?)` work), written
 * for readers: a space matches any run of spaces, and `'` matches a straight or curly apostrophe.
 */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const body = phrases
    .map((p) => apostrophes(p.trim().replace(/ \?/g, '\\s*').replace(/ +/g, '\\s+')))
    .join('|');
  // `\b` (not a look-behind) keeps V8's fast scan for the first character; callers that must not
  // match inside a hyphenated word (`United Nations-brokered`) check the character before.
  return new RegExp(`\\b(?:${body})(?![\\w])`, flags);
}

/** `'` matches a straight or a curly apostrophe; inside a character class it just adds the curly one. */
function apostrophes(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch === "'" ? (inClass ? "'\u2019" : "['\u2019]") : ch;
  }
  return out;
}
