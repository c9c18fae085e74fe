/**
 * The article view's model: every fact of a record as a span of a kind, and the text cut into
 * segments so that overlapping facts (a quote holding an actor's name) stay visible together.
 * Pure: no DOM, tested under node.
 */
import type { ExtractionRecord } from '../../src/model/record.js';

export const KINDS = ['actor', 'place', 'date', 'quote', 'event', 'demand'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABEL: Record<Kind, string> = {
  actor: 'Actors',
  place: 'Places',
  date: 'Dates',
  quote: 'Quotes',
  event: 'Events',
  demand: 'Demands',
};

export interface Fact {
  kind: Kind;
  /** Position of the fact in its list of the record (`events[2]`), for keys. */
  key: string;
  start: number;
  end: number;
  /** One line naming the resolved fact (`Taliban — armed group`). */
  title: string;
  /** Further resolved fields, one per line. */
  details: string[];
}

export interface Segment {
  start: number;
  end: number;
  facts: Fact[];
}

export function collectFacts(record: ExtractionRecord): Fact[] {
  const len = record.article.text.length;
  const actorName = new Map(record.actors.map((a) => [a.id, a.name]));
  const placeName = new Map(record.places.map((p) => [p.id, p.name]));
  const names = (ids: string[]) => ids.map((id) => actorName.get(id) ?? id).join(', ');
  const facts: Fact[] = [];
  const add = (f: Fact) => {
    if (Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= len && f.end > f.start) facts.push(f);
  };

  record.actors.forEach((a, i) => {
    const details = [a.type, a.role, a.country && `country ${a.country}`, a.affiliation && `affiliated with ${actorName.get(a.affiliation) ?? a.affiliation}`, a.id]
      .filter((x): x is string => Boolean(x));
    a.mentions.forEach((m, j) => add({ kind: 'actor', key: `actors.${i}.${j}`, start: m.start, end: m.end, title: a.name, details: [...details, how(m.how)] }));
  });
  record.places.forEach((p, i) => {
    const coords = p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : null;
    const details = [p.kind, p.country, coords, p.id].filter((x): x is string => Boolean(x));
    p.mentions.forEach((m, j) => add({ kind: 'place', key: `places.${i}.${j}`, start: m.start, end: m.end, title: p.name, details: [...details, how(m.how)] }));
  });
  record.dates.forEach((d, i) =>
    add({ kind: 'date', key: `dates.${i}`, start: d.start, end: d.end, title: d.value ?? 'unresolved date', details: [d.kind, how(d.how)] }),
  );
  record.quotes.forEach((q, i) => {
    const who = q.speaker ? (q.speaker.actor ? actorName.get(q.speaker.actor) ?? q.speaker.text : q.speaker.text) : 'speaker unknown';
    const details = [q.direct ? 'direct quote' : 'reported speech', q.channel && `via ${q.channel}`, q.cue && `cue “${q.cue.text}”`].filter((x): x is string => Boolean(x));
    add({ kind: 'quote', key: `quotes.${i}`, start: q.start, end: q.end, title: `Quote — ${who}`, details });
  });
  record.events.forEach((e, i) => {
    const details = [
      `status: ${e.status}${e.negated ? ' (negated)' : ''}`,
      e.source.length ? `by ${names(e.source)}` : null,
      e.target.length ? `with ${names(e.target)}` : null,
      e.host.length ? `hosted by ${names(e.host)}` : null,
      e.place ? `in ${placeName.get(e.place) ?? e.place}` : null,
      e.round !== null ? `round ${e.round}` : null,
      e.date.value ? `date ${e.date.value}` : null,
      e.about ? `about ${e.about}` : null,
    ].filter((x): x is string => Boolean(x));
    add({ kind: 'event', key: `events.${i}`, start: e.evidence.start, end: e.evidence.end, title: `${e.type}${e.mode ? ` (${e.mode})` : ''}${e.negotiation ? ' — talks' : ''}`, details });
  });
  record.demands.forEach((d, i) => {
    const details = [
      `${d.holder ? actorName.get(d.holder) ?? d.holder : 'unknown holder'}${d.addressee ? ` → ${actorName.get(d.addressee) ?? d.addressee}` : ''}`,
      `issue: ${d.issue}`,
      d.condition ? `condition: ${d.condition.text}` : null,
    ].filter((x): x is string => Boolean(x));
    add({ kind: 'demand', key: `demands.${i}`, start: d.evidence.start, end: d.evidence.end, title: capitalise(d.kind), details });
  });
  return facts;
}

/** Cut `[0, length)` at every fact boundary (and at `extraCuts`, e.g. a linked span); each piece lists the facts covering it, outermost first. */
export function segment(length: number, facts: readonly Fact[], extraCuts: readonly number[] = []): Segment[] {
  const cuts = new Set<number>([0, length, ...extraCuts]);
  for (const f of facts) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const byStart = [...facts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, facts: byStart.filter((f) => f.start <= start && f.end >= end) });
  }
  return out;
}

function how(value: string): string {
  return value === 'stated' ? 'stated in the text' : value.replace(/^inferred:/, 'inferred: ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
