/**
 * Which place a toponym means, from the article's own context: the dateline, the countries and
 * regions it names, population, capital status, the feature type the text names (`Helmand
 * province`, `the Afghan capital of Kabul`) and a `Name, State` qualifier.
 */
import type { Token } from '../../model/doc.js';
import type { GazPlace } from '../../kb/gazetteer/index.js';
import type { Candidate } from './detect.js';
import { ADMIN_WORDS, CITY_WORDS, LOCATIVE } from './words.js';

export interface Context {
  /** How often each country is named (by name or demonym), plus the dateline's. */
  countries: Map<string, number>;
  /** Admin-1 regions the article names without ambiguity. */
  admins: Set<string>;
  datelineCountry: string | null;
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
  country: 100, // a country name is nearly always the country
  region: 75, // listed regions are the ones news names
  admin: 65, // an admin-1 region outranks a town of the same name, not a big city
  capitalBonus: 30, // a national capital is the default reading of its name
  seatBonus: 6, // a provincial seat over a village of the same name
  countryContext: 30, // the article names this place's country
  datelineContext: 15, // the dateline is in this place's country
  adminContext: 30, // the article names this place's province or state
  cue: 100, // the text says which kind of place it is
  qualifier: 150, // `Paris, Texas`
  locative: 8, // `in X`: a place is meant, so a small one is plausible
  threshold: 45, // below this, a lone town name without context is too weak to assert
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

export function score(p: GazPlace, cues: Cues, ctx: Context, hasCountry: boolean): number {
  let s: number;
  // `U.S. city`, `Afghan province`: the word after a country's name is about something inside it.
  if (hasCountry && !cues.qualifying) cues = { ...cues, city: false, admin: false };
  if (p.kind === 'country') s = SCORE.country;
  else if (p.kind === 'region') s = SCORE.region;
  else if (p.kind === 'province') s = SCORE.admin + (cues.admin ? SCORE.cue : 0) - (cues.city ? SCORE.cue : 0);
  else {
    s = 10 * Math.log10(p.population + 10);
    if (p.feature === 'PPLC') s += SCORE.capitalBonus;
    else if (p.feature === 'PPLA' || p.feature === 'PPLA2') s += SCORE.seatBonus;
    if (cues.city) s += SCORE.cue;
    if (cues.admin) s -= SCORE.cue;
    if (cues.capitalOf && cues.capitalOf === p.country && p.feature === 'PPLC') s += SCORE.cue;
    if (cues.locative) s += SCORE.locative;
  }
  if (p.kind !== 'country' && p.country) {
    if (ctx.countries.has(p.country)) s += SCORE.countryContext;
    if (ctx.datelineCountry === p.country) s += SCORE.datelineContext;
    if (p.admin1 && ctx.admins.has(p.admin1) && p.kind !== 'province') s += SCORE.adminContext;
  }
  if (cues.qualifier) {
    const q = cues.qualifier;
    if (q.kind === 'country' ? p.country === q.country : p.admin1 === q.admin1 && p.kind !== 'province') s += SCORE.qualifier;
  }
  return s;
}

/** The best reading of a candidate, or null when none is strong enough to assert. */
export function pick(c: Candidate, cues: Cues, ctx: Context): GazPlace | null {
  let best: GazPlace | null = null;
  let bestScore = -Infinity;
  const hasCountry = c.places.some((p) => p.kind === 'country');
  for (const p of c.places) {
    const s = score(p, cues, ctx, hasCountry);
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return bestScore >= SCORE.threshold || (c.tagged && best) ? best : null;
}
