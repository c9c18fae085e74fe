/**
 * Talks named by a nationality: `Syrian peace negotiations`, `intra-Afghan talks`, `a meeting of
 * Afghan parties`, `peace talks between Afghan forces`, `Syrian parties return to Geneva`. Wire copy
 * means the sides of that country's conflict: its government and the armed or political opposition
 * the story names (actors layer, by country and sector). Both must be in the story; otherwise nothing.
 */
import type { Span } from '../../model/span.js';
import type { FactContext } from '../../nlp/facts.js';
import { countryActorId } from './country.js';

/** A nationality adjective, then (optionally) `peace`, then the talks noun; or `between/of <nationality> parties`. */
const PREMODIFIER = /\b(?:intra-)?([A-Z][a-z]+(?:n|i|ese|ish|ian))\s+(?:peace\s+|political\s+)?$/;
// (a nationality word is read as its country by the places or actors layer; `Syria` itself works too)
const SIDES = /^\s+(?:between|among|of|involving)\s+(?:the\s+)?(?:various\s+|rival\s+)?([A-Z][a-z]+(?:n|i|ese|ish|ian))\s+(?:parties|sides|factions|forces|groups|rivals|delegations)\b/;
/** `talks between belligerents in Syria`, `among the warring parties in Libya`. */
const BELLIGERENTS = /^\s+(?:in\s+\w+\s+years?\s+)?(?:between|among)\s+(?:the\s+)?(?:belligerents|warring (?:parties|sides|factions)|rival (?:factions|sides|governments))\s+in\s+(?:the\s+)?([A-Z][a-z]+)/;
/**
 * `his Syria envoy ... to restart peace talks`, `the UN's Yemen envoy convened talks`: a mediator's
 * envoy for a country (named by the country, not by a nationality: `the Afghan envoy` is Afghanistan's
 * own) convenes talks between that country's sides.
 */
const ENVOY = /\b([A-Z][a-z]+)\s+(?:peace\s+|special\s+)?envoy\b(?![\s\S]*\benvoy\b)/;
const DEMONYM = /^[A-Z][a-z]+(?:an|ans|i|is|ese|ish)$/;
const SUBJECT_SIDES = /\b([A-Z][a-z]+(?:n|i|ese|ish|ian))\s+(?:parties|sides|factions)\s+(?:[\w-]+\s+){0,4}$/;

const OPPOSITION = new Set(['REB', 'OPP']);

export function nationalParties(ctx: FactContext, trigger: Span, clause: Span): string[] | null {
  const { text } = ctx;
  const before = text.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
  const after = text.slice(trigger.end, Math.min(clause.end, trigger.end + 60));
  const sides = SIDES.exec(after) ?? BELLIGERENTS.exec(after);
  const lead = text.slice(clause.start, trigger.start);
  const envoy = ENVOY.exec(lead);
  const m = PREMODIFIER.exec(before) ?? sides ?? SUBJECT_SIDES.exec(before) ?? (envoy && !DEMONYM.test(envoy[1]) ? envoy : null);
  if (!m) return null;
  const word = m[1];
  const at = m === envoy ? clause.start + envoy.index : text.indexOf(word, m === sides ? trigger.end : Math.max(clause.start, trigger.start - 60));
  const country = countryOf(ctx, { start: at, end: at + word.length });
  if (!country) return null;
  const gov: string[] = [];
  const opp: string[] = [];
  for (const a of ctx.actorById.values()) {
    if (a.country !== country || !a.mentions.length) continue;
    if (a.type === 'government') gov.push(a.id);
    else if ((a.type === 'armed group' || a.type === 'political party' || a.type === 'other') && a.sector && OPPOSITION.has(a.sector)) opp.push(a.id);
  }
  if (!gov.length || !opp.length) return null;
  // The opposition as a whole (`Syrian opposition`, by its name), when the story names it, stands for
  // all its groups: a faction named elsewhere (`Nusra Front`, excluded from the truce) is no side of the talks.
  const whole = opp.filter((id) => /\b(?:opposition|rebels)\b/i.test(ctx.actorById.get(id)?.name ?? ''));
  return [gov[0], ...(whole.length ? whole : opp)];
}

/** The ISO alpha-3 country a nationality word stands for, from the places or actors layer. */
function countryOf(ctx: FactContext, word: Span): string | null {
  const place = ctx.places.find((p) => p.start <= word.start && word.end <= p.end && p.country);
  if (place) return countryActorId(place.country)?.slice(3) ?? null;
  const actor = ctx.actors.find((s) => s.start <= word.start && word.end <= s.end);
  const rec = actor ? ctx.actorById.get(actor.id) : undefined;
  return rec?.country ?? null;
}
