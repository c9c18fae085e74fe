/**
 * Writes data/kb/countries.generated.json from the installed i18n-iso-countries package: every ISO
 * 3166-1 country with its alpha-2 and alpha-3 codes and its English names. Demonyms, capitals and
 * short names used in news copy are kept by hand in data/kb/countries.jsonl (the package has none).
 *
 *   node --import tsx scripts/build-kb-countries.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const version = (require('i18n-iso-countries/package.json') as { version: string }).version;

const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
const rows = Object.keys(names)
  .sort()
  .map((alpha2) => ({
    alpha2,
    alpha3: countries.alpha2ToAlpha3(alpha2) ?? null,
    names: runningNames(names[alpha2]),
  }));

/**
 * "Korea, Republic of" is an index form that never occurs in running text; where a country has only
 * such forms ("Moldova, Republic of"), the part before the comma is the name in use.
 */
function runningNames(all: string[]): string[] {
  const plain = all.filter((n) => !n.includes(', '));
  return plain.length > 0 ? plain : [...new Set(all.map((n) => n.split(', ')[0]))];
}

const out = {
  generated: `by scripts/build-kb-countries.ts from i18n-iso-countries ${version}; do not edit by hand`,
  countries: rows,
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'data/kb/countries.generated.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${rows.length} countries`);
