/**
 * One event per happening. A story names its talks many times (`the ninth round of negotiations`,
 * `the latest rounds`, `the talks`); GDELT's duplicates come from coding each mention. Here:
 *
 * 1. a mention of talks that names no party takes the parties of the nearest talks or agreement
 *    the story has named with two or more parties (`inferred:context`), or is dropped;
 * 2. a meeting that names no party (`after a meeting in Munich`) takes the parties of the talks or
 *    agreement the story places at the same venue, when there is one such set of parties;
 * 3. talks told without a place take the venue the story gives for talks between the same parties,
 *    when it gives one only (`The first peace talks ... collapsed last week` / `negotiations should
 *    resume in Geneva`);
 * 4. mentions of the same type whose parties, place, round, mode and status agree merge into the first,
 *    which gains what the others add (place, date, round, host).
 */
import type { EventRecord, EventStatus } from '../../model/record.js';
import type { Candidate } from './index.js';

const STATUS_CLASS: Record<EventStatus, string> = {
  occurred: 'past',
  ended: 'past',
  ongoing: 'past',
  expected: 'future',
  near: 'future',
  proposed: 'future',
  postponed: 'off',
  cancelled: 'off',
  refused: 'off',
  hypothetical: 'hypothetical',
};

const PERSONAL = new Set(['visit', 'phone']);

function partiesOf(e: EventRecord): string[] {
  return [...e.source, ...e.target];
}

export function mergeEvents(candidates: Candidate[]): Candidate[] {
  const withParties = storyVenue(venueParties(inherit(candidates)).filter((e) => partiesOf(e).length > 0));
  const out: Candidate[] = [];
  for (const e of withParties) {
    const into = out.find((o) => sameHappening(o, e));
    if (into) absorb(into, e);
    else out.push({ ...e, source: [...e.source], target: [...e.target], host: [...e.host] });
  }
  return out;
}

function inherit(candidates: Candidate[]): Candidate[] {
  const anchors = candidates.filter((c) => (c.type === 'CONSULT' || c.type === 'AGREE') && c.negotiation && partiesOf(c).length >= 2);
  return candidates.map((c) => {
    if (!(c.type === 'CONSULT' && c.nominal && c.negotiation && c.definite) || c.postModified || partiesOf(c).length >= 2) return c;
    const mine = new Set(partiesOf(c));
    const fits = (a: Candidate) => [...mine].every((p) => partiesOf(a).includes(p));
    // `the tripartite talks` are not the two-party talks named before.
    const size = c.partyCount;
    const fits2 = (a: Candidate) => fits(a) && (size === null || partiesOf(a).length === size);
    const before = anchors.filter((a) => a.evidence.start < c.evidence.start && fits2(a)).pop();
    const after = anchors.find((a) => a.evidence.start > c.evidence.start && fits2(a));
    const anchor = before ?? after;
    if (!anchor) return c;
    return { ...c, source: [...new Set([...c.source, ...partiesOf(anchor)])], target: [], inferredParties: true, confidence: Math.min(c.confidence, 0.5) };
  });
}

/** Talks between two or more parties, not a call or a visit (those happen where the caller or visitor is). */
function isTalks(c: Candidate): boolean {
  return c.type === 'CONSULT' && c.negotiation && !PERSONAL.has(c.mode ?? '') && partiesOf(c).length >= 2;
}

function venueParties(candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    // (a meeting only: talks that name no party take theirs from talks told before, `inherit`)
    if (c.entry !== 'consult.meeting' || !c.place || partiesOf(c).length > 0) return c;
    // (any meeting placed there counts: two sets of parties meeting there leave no telling whose this was)
    const there = candidates.filter((o) => o !== c && o.place === c.place && (o.type === 'CONSULT' || (o.type === 'AGREE' && o.negotiation)) && partiesOf(o).length > 0);
    const sets = new Set(there.map((o) => [...new Set(partiesOf(o))].sort().join(' ')));
    if (sets.size !== 1) return c;
    return { ...c, source: [...new Set(partiesOf(there[0]))], target: [], inferredParties: true, confidence: Math.min(c.confidence, 0.5) };
  });
}

function storyVenue(candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.place || !isTalks(c) || c.round !== null) return c;
    // (a numbered round's venue is that round's: `a first round held ... in Muscat` does not place the next talks)
    const venues = new Set(candidates.filter((o) => o !== c && o.place && o.round === null && isTalks(o) && sameSet(partiesOf(o), partiesOf(c))).map((o) => o.place));
    // (two venues for the same parties, `a first round in Muscat` and `talks in Geneva`: no telling which)
    return venues.size === 1 ? { ...c, place: [...venues][0] } : c;
  });
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
function subset(a: string[], b: string[]): boolean {
  return a.every((x) => b.includes(x));
}

function sameHappening(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type || a.negated !== b.negated) return false;
  // Two phrasings of one act in one clause (`Russian air strikes on Syria have killed ...`).
  if (a.type !== 'CONSULT' && a.clause === b.clause && (subset(partiesOf(a), partiesOf(b)) || subset(partiesOf(b), partiesOf(a)))) return true;
  // `attacked the supply route, a day after the group targeted Damascus`: one sentence telling two
  // acts of a kind in two clauses tells two acts (a repeated report comes in another sentence).
  if (a.type !== 'CONSULT' && a.type !== 'AGREE' && a.sentence === b.sentence && a.clause !== b.clause) return false;
  // Refusals stated in two sentences (`What is not on the table: ...`, `renouncing its missiles was
  // out of the question`) are two red lines, whatever their parties (a request restated in a quote is
  // still the one request).
  if ((a.entry === 'reject.reported' || b.entry === 'reject.reported') && a.sentence !== b.sentence) return false;
  // A visit or a phone call is not the talks it is about.
  if (a.type === 'CONSULT' && (PERSONAL.has(a.mode ?? '') || PERSONAL.has(b.mode ?? '')) && a.mode !== b.mode) return false;
  if (STATUS_CLASS[a.status] !== STATUS_CLASS[b.status]) return false;
  if (a.mode && b.mode && a.mode !== b.mode) return false;
  if (a.round !== null && b.round !== null && a.round !== b.round) return false;
  // `a first round held ... in Muscat` named beside other talks is one round of them: it is the
  // same happening only when told at the same venue (`the expedited negotiations follow a first round`).
  if ((a.entry === 'consult.round' || b.entry === 'consult.round') && a.round !== b.round && !(a.place && a.place === b.place)) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.date.value && b.date.value && a.date.value !== b.date.value) return false;
  const pa = partiesOf(a);
  const pb = partiesOf(b);
  const symmetric = a.type === 'CONSULT' || a.type === 'AGREE' || a.target.length === 0 || b.target.length === 0;
  // A later mention may name fewer parties; it adds parties only when both are talks of a process
  // (an envoy's meeting with a watchdog is not the talks it came for).
  if (a.type === 'CONSULT' || a.type === 'AGREE') return subset(pb, pa) || (subset(pa, pb) && a.negotiation === b.negotiation);
  // Directed acts merge across sentences only when told alike (`air strikes` ... `bombings`): the same
  // parties capturing a soldier and annexing a peninsula are two acts.
  if (a.entry !== b.entry) return false;
  if (symmetric) return subset(pa, pb) || subset(pb, pa);
  return sameSet(a.source, b.source) && sameSet(a.target, b.target);
}

function absorb(into: Candidate, e: Candidate): void {
  for (const id of e.source) if (!into.source.includes(id) && !into.target.includes(id)) into.source.push(id);
  for (const id of e.target) if (!into.source.includes(id) && !into.target.includes(id)) into.target.push(id);
  for (const id of e.host) if (!into.host.includes(id)) into.host.push(id);
  into.place ??= e.place;
  if (!into.date.value && e.date.value) into.date = e.date;
  into.round ??= e.round;
  into.mode ??= e.mode;
  into.negotiation ||= e.negotiation;
  // The more specific status wins: `ended` over `occurred`, `near` over `expected`.
  if ((into.status === 'occurred' && e.status !== 'occurred') || (into.status === 'expected' && e.status === 'near')) into.status = e.status;
  into.confidence = Math.min(0.95, Math.max(into.confidence, e.confidence) + 0.05);
}
