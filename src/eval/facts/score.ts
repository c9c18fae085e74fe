/**
 * Score one article's output against its fact gold, kind by kind (matching rules of
 * shared/seed/README.md; see kind.ts for the shared logic and actors.ts for actor identity).
 *
 * Key fields per kind:
 *   actors   the same actor (actors.ts), with a mention overlapping a gold mention
 *   places   coordinates within toleranceKm, or country code + kind for a country (places.ts)
 *   dates    the same value (TIMEX-style, case aside)
 *   quotes   the same speaker: our speaker's actor is paired with the gold speaker (any of a
 *            joint list); or, when our speaker is not paired with any gold actor, its span
 *            overlaps a gold mention of the gold speaker; a null gold speaker wants none
 *   events   the same PLOVER type; our source ∪ target shares an actor with gold
 *            parties ∪ source ∪ target (when gold names any); the same place (when gold gives one)
 *   demands  the same holder (any of a list) and addressee (null wants null; absent is free); with
 *            several addressees of ours, every one of them among the gold's
 *   figures  the same quantity
 */
import type { ActorRecord, DateRecord, DemandRecord, EventRecord, FigureRecord, PlaceRecord, QuoteRecord } from '../../model/record.js';
import type { Doc } from '../../model/doc.js';
import type { Span } from '../../model/span.js';
import { sameValue } from '../dates.js';
import { accuracy, type Accuracy } from '../metrics.js';
import { mapActors, mentionsCovered, type ActorMap } from './actors.js';
import { idList, type FactKind, type GoldDate, type Resolved, type ResolvedFacts } from './gold.js';
import { scoreKind, type KindResult } from './kind.js';
import { eventPlaceMismatch, placeMismatch } from './places.js';

export interface FactScores {
  kinds: Record<FactKind, KindResult>;
  /** Gold actor mentions covered by the paired actor's mentions. */
  actorMentions: Accuracy;
  /** gold id → our id and how they were paired. */
  actorMap: { gold: string; ours: string; how: string }[];
}

const pieces = (q: QuoteRecord): Span[] => (q.fragments && q.fragments.length > 0 ? q.fragments : [q]);

export function scoreFacts(gold: ResolvedFacts, doc: Doc): FactScores {
  const text = doc.article.text;
  const actors = doc.actors ?? [];
  const places = doc.places ?? [];
  const map = mapActors(gold.actors, actors);
  const goldOf = (ourId: string | null) => (ourId ? (map.gold.get(ourId) ?? ourId) : null);
  const goldActorSpans = new Map(gold.actors.map((a) => [a.id, a.spans]));
  const spansOfGold = <T>(g: Resolved<T>) => g.spans;
  const name = new Map(actors.map((a) => [a.id, a.name]));
  const who = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id).join('+') || '?';

  const kinds = {
    actors: scoreKind<Resolved<(typeof gold.actors)[number]>, ActorRecord>({
      gold: gold.actors, pred: actors, text,
      goldSpans: spansOfGold, predSpans: (p) => p.mentions,
      keyMismatch: (g, p) => {
        const ours = map.ours.get(g.id);
        if (ours === p.id) return null;
        return ours ? `${g.id} is paired with ${ours}` : `not paired with ${g.id}`;
      },
      describeGold: (g) => `${g.id}${g.name ? ` (${g.name})` : ''}`,
      describePred: (p) => `${p.id} (${p.name}, ${p.type})`,
    }),
    places: scoreKind<Resolved<(typeof gold.places)[number]>, PlaceRecord>({
      gold: gold.places, pred: places, text,
      goldSpans: spansOfGold, predSpans: (p) => p.mentions,
      keyMismatch: placeMismatch,
      describeGold: (g) => `${g.name}${g.country ? `, ${g.country}` : ''}`,
      describePred: (p) => `${p.name} (${p.id}${p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(2)},${p.lon.toFixed(2)}` : ''})`,
    }),
    dates: scoreDateFacts(gold.dates, doc.dates ?? [], text),
    quotes: scoreKind<Resolved<(typeof gold.quotes)[number]>, QuoteRecord>({
      gold: gold.quotes, pred: doc.quotes ?? [], text,
      goldSpans: spansOfGold, predSpans: pieces,
      keyMismatch: (g, p) => {
        const want = idList(g.speaker);
        if (want.length === 0) return p.speaker === null ? null : `speaker: ${p.speaker.text}, gold has none`;
        if (!p.speaker) return `speaker: none, not ${want.join(' or ')}`;
        const s = p.speaker;
        const paired = s.actor ? map.gold.get(s.actor) : undefined;
        if (paired !== undefined) return want.includes(paired) ? null : `speaker: ${s.actor} (${paired}), not ${want.join(' or ')}`;
        // Our speaker is not one of the gold actors (unresolved, or an actor the gold lacks): its
        // words count when they are a mention of the gold speaker.
        if (s.end > s.start && want.some((id) => (goldActorSpans.get(id) ?? []).some((m) => m.start < s.end && s.start < m.end))) return null;
        return `speaker: ${s.actor ?? `"${s.text}"`}, not ${want.join(' or ')}`;
      },
      describeGold: (g) => `quote by ${idList(g.speaker).join('+') || 'nobody'}`,
      describePred: (p) => `quote by ${p.speaker ? (p.speaker.actor ?? `"${p.speaker.text}"`) : 'nobody'}`,
    }),
    events: scoreKind<Resolved<(typeof gold.events)[number]>, EventRecord>({
      gold: gold.events, pred: doc.events ?? [], text,
      goldSpans: spansOfGold, predSpans: (p) => [p.evidence],
      keyMismatch: (g, p) => {
        if (g.type !== p.type) return `type ${p.type}, not ${g.type}`;
        const want = new Set([...idList(g.parties), ...idList(g.source), ...idList(g.target)]);
        const got = [...p.source, ...p.target].map((id) => goldOf(id)!);
        if (want.size > 0 && !got.some((id) => want.has(id))) return `parties ${who([...p.source, ...p.target])}, not ${[...want].join('+')}`;
        return eventPlaceMismatch(g.place === undefined ? [] : idList(g.place), gold.places, p.place, places);
      },
      describeGold: (g) => {
        const parties = [...idList(g.parties), ...idList(g.source), ...idList(g.target)];
        return `${g.type} ${parties.join('+') || '?'}${g.place ? ` @${idList(g.place).join('/')}` : ''}`;
      },
      describePred: (p) => `${p.type} ${who(p.source)}→${who(p.target)}${p.place ? ` @${places.find((x) => x.id === p.place)?.name ?? p.place}` : ''}`,
    }),
    demands: scoreKind<Resolved<(typeof gold.demands)[number]>, DemandRecord>({
      gold: gold.demands, pred: doc.demands ?? [], text,
      goldSpans: spansOfGold, predSpans: (p) => [p.evidence, p.content],
      keyMismatch: (g, p) => {
        const holders = idList(g.holder);
        const holder = goldOf(p.holder);
        if (holders.length === 0 ? holder !== null : !holder || !holders.includes(holder)) return `holder ${p.holder ?? 'none'}, not ${holders.join(' or ') || 'none'}`;
        if (g.addressee === undefined) return null;
        const addressees = idList(g.addressee);
        // Several addressees (`urged all parties`): each of ours must be one the gold lists.
        const ours = p.addressees && p.addressees.length > 1 ? p.addressees : p.addressee ? [p.addressee] : [];
        const mapped = ours.map((id) => goldOf(id)!);
        if (addressees.length === 0) return mapped.length === 0 ? null : `addressee ${ours.join('+')}, gold states none`;
        return mapped.length > 0 && mapped.every((id) => addressees.includes(id)) ? null : `addressee ${ours.join('+') || 'none'}, not ${addressees.join(' or ')}`;
      },
      describeGold: (g) => `${idList(g.holder).join('+') || '?'} → ${g.addressee === null ? 'none' : idList(g.addressee).join('+') || '?'} ${g.kind ?? ''}${g.issue ? `: ${g.issue}` : ''}`,
      describePred: (p) => `${p.holder ?? '?'} → ${p.addressees && p.addressees.length > 1 ? p.addressees.join('+') : (p.addressee ?? 'none')} ${p.kind}: ${p.issue}`,
    }),
    figures: scoreKind<Resolved<(typeof gold.figures)[number]>, FigureRecord>({
      gold: gold.figures, pred: doc.figures ?? [], text,
      goldSpans: spansOfGold, predSpans: (p) => [p.evidence],
      keyMismatch: (g, p) => (sameQuantity(g.quantity, p.quantity) ? null : `quantity ${p.quantity}, not ${g.quantity}`),
      describeGold: (g) => `${g.quantity}${g.what ? ` ${g.what}` : ''}`,
      describePred: (p) => `${p.quantity} ${p.what}`,
    }),
  };

  let covered = 0;
  let total = 0;
  for (const g of gold.actors) {
    total += g.spans.length;
    const ours = actors.find((a) => a.id === map.ours.get(g.id));
    if (ours) covered += mentionsCovered(g.spans, ours.mentions);
  }
  return { kinds, actorMentions: accuracy(covered, total), actorMap: pairs(map) };
}

function pairs(map: ActorMap) {
  return [...map.ours].map(([gold, ours]) => ({ gold, ours, how: map.how.get(gold) ?? '' }));
}

export function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function scoreDateFacts(gold: readonly Resolved<GoldDate>[], pred: readonly DateRecord[], text: string): KindResult {
  return scoreKind<Resolved<GoldDate>, DateRecord>({
    gold, pred, text,
    goldSpans: (g) => g.spans, predSpans: (p) => [p],
    keyMismatch: (g, p) => (sameValue(g.value, p.value) ? null : `value ${p.value ?? 'null'}, not ${g.value ?? 'null'}`),
    describeGold: (g) => `${g.value ?? 'null'}`,
    describePred: (p) => `${p.value ?? 'null'} (${p.kind})`,
  });
}

/**
 * The dates run without a publication date: a gold value the text states in full (its year is
 * written there, or it is a duration/set) stays expected; a value that needed the reference date
 * is expected to stay unresolved (null) — resolving it against today would be an invented date.
 */
export function withoutReference(gold: readonly Resolved<GoldDate>[], text: string): Resolved<GoldDate>[] {
  return gold.map((g) => (statesItsValue(g, text) ? g : { ...g, value: null }));
}

export function statesItsValue(g: Resolved<GoldDate>, text: string): boolean {
  if (g.value === null) return true;
  if (/^P(T?[\dX])/.test(g.value) || /^R/.test(g.value)) return true;
  const year = /^(\d{4})/.exec(g.value)?.[1];
  return !!year && g.spans.some((s) => text.slice(s.start, s.end).includes(year));
}

/** Output dates that carry a value where, without a reference date, the gold expects none. */
export function inventedDates(gold: readonly Resolved<GoldDate>[], pred: readonly DateRecord[]): number {
  const relative = gold.filter((g) => g.value === null);
  return pred.filter((p) => p.value !== null && relative.some((g) => g.spans.some((s) => s.start < p.end && p.start < s.end))).length;
}
