/**
 * Where and when: the place and date of an event, taken only from its own clause (and, for a noun,
 * the relative clause that tells where it was held: `talks ..., which took place in Doha`), never
 * from elsewhere in the story.
 */
import type { DateRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import type { Clause } from '../../nlp/clause.js';
import type { FactContext, PlaceSpan } from '../../nlp/facts.js';

const HELD_IN = /\b(?:took place|held|be held|hosted|to take place|convened|met)\b/i;
const VENUE_BEFORE = /\b(?:in|at|to|on|near|across|inside|into|of|from|capital|city|town)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** A nationality word the places layer reads as its country (`Afghans`, `Norwegian`) is no venue. */
const NATIONALITY = /^[A-Z][a-z]+(?:an|ans|i|is|ese|ish)$/;
const OBJECT_GAP = /^\s+(?:[\w'’-]+\s+){0,2}$/;
/** After a noun, `on`/`of`/`to` name a topic (`talks on the Ukraine war`), not a venue. */
const VENUE_BEFORE_NOUN = /\b(?:in|at|near|inside|capital|city|town)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const LOCATIVE = /\b(?:in|at|on|across|near|inside|into|to)\s+(?:the\s+)?$/i;
/**
 * `talks between belligerents in Syria`, `among the rival factions in Libya`: a country there says
 * whose sides they are, not where they talk (a city stays a venue: `between the two sides in Geneva`).
 */
const IN_PARTY_PHRASE = /\b(?:between|among)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}in\s+(?:the\s+)?$/i;

/**
 * The place of the dateline (`MUNICH Major powers agreed ...`): where the lead's events happened when
 * the lead names no other place. From the dateline the clean stage found, else a place written in
 * capitals at the very start of the text.
 */
export function datelinePlace(ctx: FactContext): PlaceSpan | null {
  const inDateline = ctx.dateline && ctx.places.find((p) => p.start >= ctx.dateline!.start && p.end <= ctx.dateline!.end);
  if (inDateline) return inDateline;
  const first = ctx.places[0];
  if (first && first.start < 40 && /^[A-Z][A-Z .'/-]+$/.test(ctx.text.slice(first.start, first.end)) && /^[\sA-Z./]*$/.test(ctx.text.slice(0, first.start))) return first;
  // A capitals dateline the places layer did not read (`MUNICH Major powers agreed`): the place the
  // story names in the same words further on (`a meeting in Munich`). One place only: `MOSCOW/KIEV` dates no single venue.
  const m = /^([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?) (?=[A-Z][a-z])/.exec(ctx.text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const same = ctx.places.find((p) => ctx.text.slice(p.start, p.end).toLowerCase() === word);
  return same ? { ...same, start: 0, end: m[1].length } : null;
}

/** A place written right before a noun names its venue: `the Geneva talks`, `Doha talks`. */
const VENUE_GAP = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/;

/** The clauses an event's place and date may come from. */
export function scopeOf(text: string, clauses: readonly Clause[], clause: Clause, nominal: boolean): Span[] {
  const scope: Span[] = [clause];
  const i = clauses.indexOf(clause);
  const next = clauses[i + 1];
  if (nominal && next && ['which', 'that'].includes(next.lead) && HELD_IN.test(text.slice(next.start, next.end))) scope.push(next);
  // `The 70-minute meeting ... took place soon after Kerry's arrival in Norway`: the predicate's place.
  if (nominal && HELD_IN.test(text.slice(clause.start, clause.end))) {
    for (let k = i + 1; k < clauses.length && ['after', 'before', 'when'].includes(clauses[k].lead); k++) scope.push(clauses[k]);
  }
  return scope;
}

/** The venue: a place in scope that is not part of an actor's name (`Washington wants` is no venue). */
export function placeOf(ctx: FactContext, scope: readonly Span[], trigger: Span, nominal: boolean, others: readonly (Span & { entry: { negotiation: boolean } })[] = []): PlaceSpan | null {
  const candidates = ctx.places.filter((p) => scope.some((s) => p.start >= s.start && p.end <= s.end)).filter(
    (p) =>
      // A place that is also an actor (`Saudi Arabia`, `Washington wants`) is a venue only after `in`, `at`, `on`...
      (!ctx.actors.some((a) => a.start < p.end && p.start < a.end) || LOCATIVE.test(ctx.text.slice(Math.max(0, p.start - 12), p.start))),
  );
  if (!candidates.length) return null;
  // Of a country and a city written together (`the Norwegian capital Oslo`), the city.
  const specific = candidates.filter((p) => !(p.kind === 'country' && candidates.some((q) => q !== p && q.kind !== 'country' && Math.abs(q.start - p.end) < 25)));
  // A nationality word (`pave the way for Afghans`) is no venue: a venue is written after `in`, `at`,
  // `to`..., or names the talks (`the Geneva talks`).
  const venues = specific.filter(
    (p) =>
      !NATIONALITY.test(ctx.text.slice(p.start, p.end)) &&
      !(p.kind !== 'city' && p.kind !== 'capital' && p.kind !== 'other' && IN_PARTY_PHRASE.test(ctx.text.slice(Math.max(0, p.start - 50), p.start))) &&
      ((nominal ? VENUE_BEFORE_NOUN : VENUE_BEFORE).test(ctx.text.slice(Math.max(0, p.start - 40), p.start)) ||
        // `the Geneva talks`; a country written before talks is a side (`Ukraine peace talks`), not the venue
        (p.end <= trigger.start && p.kind !== 'country' && p.kind !== 'region' && VENUE_GAP.test(ctx.text.slice(p.end, trigger.start))) ||
        // the object of a verb: `annexed Ukraine's Crimea Peninsula`, `visiting Odesa`
        (!nominal && p.kind !== 'country' && p.start >= trigger.end && OBJECT_GAP.test(ctx.text.slice(trigger.end, p.start)))),
  );
  if (!venues.length) return null;
  candidates.length = 0;
  candidates.push(...venues);
  // (for a verb, a place inside its infinitive or `that` complement is where the thing agreed on
  // happens: `agreed ... to implement a cessation of hostilities in Syria`, `had agreed that
  // negotiations should resume in Geneva`)
  // A place after another event's words is that event's (`negotiations follow a first round held
  // ... in Muscat`: Muscat is the first round's venue).
  // (`has offered to reopen the railroad ... to the port of Lobito`: after a phrasing that ends in
  // `to`, everything after is the thing offered)
  // (not a journey's `to`: `flew to Geneva`)
  const lead = ctx.text.slice(trigger.start, trigger.end);
  const intoInfinitive = !nominal && /\bto$/i.test(lead) && !/\b(?:flew|travell?ed|went|came|returned|headed|moved)\s+to$/i.test(lead);
  const after = candidates.filter((p) => p.start >= trigger.end && !intoInfinitive && !(nominal && others.some((o) => o.start >= trigger.end && o.end <= p.start && o.entry.negotiation)) && (nominal || !/\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b|^\s+that\b/.test(ctx.text.slice(trigger.end, p.start))));
  const before = candidates.filter((p) => p.end <= trigger.start);
  const premod = before.filter((p) => VENUE_GAP.test(ctx.text.slice(p.end, trigger.start)));
  // `heading to Oman's mission in Chambésy for indirect talks`: a place just before, after `in`/`at`.
  const near = before.filter((p) => trigger.start - p.end < 40 && /\b(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(ctx.text.slice(Math.max(0, p.start - 30), p.start)));
  if (nominal) return after[0] ?? premod[premod.length - 1] ?? near[near.length - 1] ?? null;
  return after[0] ?? before[before.length - 1] ?? null;
}

/** The date of an event: a date (not a duration) in scope, the nearest to the trigger. */
export function dateOf(ctx: FactContext, scope: readonly Span[], trigger: Span): DateRecord | null {
  // Only calendar values (`2019-08`, `2019-09-03`): `PRESENT_REF` and the like date nothing.
  const inScope = ctx.dates.filter((d) => (d.kind === 'date' || d.kind === 'time') && (d.value === null || /^\d{4}/.test(d.value)) && scope.some((s) => d.start >= s.start && d.end <= s.end));
  if (!inScope.length) return null;
  const dist = (d: Span) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
  return inScope.reduce((a, b) => (dist(b) < dist(a) ? b : a));
}
