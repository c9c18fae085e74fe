/**
 * Loads the knowledge base in data/kb once (lazily, on first use) and keeps it read-only: the actors,
 * the countries with their demonyms and capitals, the lexicon of role nouns, and the alias trie.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorType } from '../model/record.js';
import { normaliseName } from './normalise.js';
import { AliasTrie } from './trie.js';
import type { AliasKind, KbActor, KbCountry } from './types.js';

export const KB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'kb');

export interface Lexicon {
  [list: string]: string[];
}

export interface Kb {
  readonly actors: ReadonlyMap<string, KbActor>;
  readonly countries: ReadonlyMap<string, KbCountry>;
  readonly trie: AliasTrie;
  readonly lexicon: Lexicon;
  /** Lexicon lists as sets of lower-case words/phrases, for look-ups. */
  readonly sets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Load order of each actor: earlier is more prominent, used only to break ties. */
  readonly rank: ReadonlyMap<string, number>;
}

let cached: Kb | undefined;

export function loadKb(): Kb {
  cached ??= buildKb(KB_DIR);
  return cached;
}

function readJsonl<T>(path: string): T[] {
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
  return out;
}

interface GeneratedCountries {
  countries: { alpha2: string; alpha3: string | null; names: string[] }[];
}

interface HandCountry {
  iso3: string;
  name: string;
  names?: string[];
  demonyms?: string[];
  people?: string[];
  capitals?: string[];
  seats?: string[];
  gov?: string;
  forces?: string;
}

/** Words that title a person rather than name them: `King Salman` has no surname `Salman` to derive. */
const TITLE_WORDS = new Set(['king', 'queen', 'sheikh', 'sultan', 'prince', 'crown', 'mullah', 'ayatollah', 'sayyed', 'sayyid', 'emir']);
/** Name particles that can be dropped in front of a surname (`al-Assad` → `Assad`). */
const PARTICLE = /^(al|el|ad|ash|as|at|ar|an|az)[- ]/i;

/** Surnames a person is called by alone, from each alias of two words or more. */
export function deriveSurnames(actor: KbActor): string[] {
  if (actor.surnames) return actor.surnames;
  const out = new Set<string>();
  for (const alias of actor.aliases) {
    const words = alias.replace(/,? Jr\.?$/, '').split(' ');
    if (words.length < 2 || TITLE_WORDS.has(words[0].toLowerCase())) continue;
    if (words.some((w) => /^(bin|ibn|bint)$/i.test(w))) continue;
    // "de Mistura", "dos Santos", "von der Leyen", "Le Drian": the particle belongs to the surname.
    let i = words.length - 1;
    while (i > 1 && /^(de|da|dos|do|van|von|der|le|la|del)$/i.test(words[i - 1])) i--;
    out.add(words.slice(i).join(' '));
    const last = words[words.length - 1];
    if (i === words.length - 1 && PARTICLE.test(last)) out.add(last.replace(PARTICLE, ''));
  }
  return [...out];
}

function buildKb(dir: string): Kb {
  const actors = new Map<string, KbActor>();
  const countries = new Map<string, KbCountry>();
  const trie = new AliasTrie();
  const rank = new Map<string, number>();
  const addActor = (a: KbActor): void => {
    if (actors.has(a.id)) throw new Error(`${dir}: actor id ${a.id} is defined twice`);
    actors.set(a.id, a);
    rank.set(a.id, rank.size);
  };
  const addAlias = (alias: string, actor: string, kind: AliasKind, needsThe = false): void => {
    trie.add(normaliseName(alias), { actor, kind, alias: alias.replace(/^the /i, ''), ...(needsThe ? { needsThe } : {}) });
  };

  // Countries: ISO codes and names generated from i18n-iso-countries, the rest by hand.
  const generated = JSON.parse(readFileSync(join(dir, 'countries.generated.json'), 'utf8')) as GeneratedCountries;
  const hand = new Map(readJsonl<HandCountry>(join(dir, 'countries.jsonl')).map((c) => [c.iso3, c]));
  const ordered = [...generated.countries].sort((a, b) => Number(hand.has(b.alpha3 ?? '')) - Number(hand.has(a.alpha3 ?? '')));
  for (const g of ordered) {
    if (!g.alpha3) continue;
    const h = hand.get(g.alpha3);
    const name = h?.name ?? g.names[0];
    const names = [...new Set([name, ...(h?.names ?? []), ...g.names])];
    countries.set(g.alpha3, {
      iso3: g.alpha3,
      iso2: g.alpha2,
      name,
      demonyms: h?.demonyms ?? [],
      people: h?.people ?? [],
      capitals: h?.capitals ?? [],
      gov: h?.gov ?? null,
      forces: h?.forces ?? null,
    });
    addActor({ id: g.alpha3, name, type: 'state', country: g.alpha3, sector: null, aliases: names, seats: h?.seats });
  }

  for (const file of ['governments.jsonl', 'organisations.jsonl', 'groups.jsonl', 'people.jsonl']) {
    for (const raw of readJsonl<KbActor>(join(dir, file))) {
      if (!raw.id || !raw.name || !raw.type) throw new Error(`${join(dir, file)}: entry without id, name or type`);
      addActor({ ...raw, type: raw.type as ActorType, country: raw.country ?? null, sector: raw.sector ?? null, aliases: raw.aliases ?? [] });
    }
  }

  for (const a of actors.values()) {
    for (const alias of new Set([a.name, ...a.aliases])) {
      // `the West` is a collective only with its article; `West` alone is `West Bank`, `West Africa`.
      const needsThe = a.collective === true && /^the /i.test(alias) && !a.aliases.includes(alias.slice(4));
      addAlias(alias, a.id, 'name', needsThe);
    }
    for (const seat of a.seats ?? []) addAlias(seat, a.id, 'seat');
    if (a.type === 'person') for (const s of deriveSurnames(a)) addAlias(s, a.id, 'surname');
  }
  for (const c of countries.values()) {
    for (const d of c.demonyms) addAlias(d, c.iso3, 'demonym');
    for (const p of c.people) addAlias(p, c.iso3, 'people');
    for (const cap of c.capitals) addAlias(cap, c.iso3, 'capital');
  }
  for (const c of countries.values()) {
    for (const ref of [c.gov, c.forces]) {
      if (ref && !actors.has(ref)) throw new Error(`${dir}/countries.jsonl: ${c.iso3} refers to unknown actor ${ref}`);
    }
  }

  const lexicon = JSON.parse(readFileSync(join(dir, 'lexicon.json'), 'utf8')) as Lexicon;
  const sets = new Map<string, ReadonlySet<string>>();
  for (const [k, v] of Object.entries(lexicon)) if (Array.isArray(v)) sets.set(k, new Set(v.map((w) => w.toLowerCase())));
  return { actors, countries, trie, lexicon, sets, rank };
}

