/**
 * The actors layer seen from a position in the text: every mention of every actor as a span that
 * knows its actor, sorted by offset, so that fact stages (events, demands) can ask "which actors
 * are named before this verb, in this clause?" without re-detecting anyone.
 */
import type { ActorRecord, ActorType } from '../model/record.js';
import type { Span } from '../model/span.js';

export interface ActorSpan extends Span {
  id: string;
  type: ActorType;
  /** For a person: the party they speak for (`kb:USA` for the US envoy), when the layer knows it. */
  affiliation: string | null;
  text: string;
}

/**
 * All mentions, sorted. A mention nested inside a longer one is dropped (`Syria` inside `Syria's
 * main opposition group` is not a second actor of that phrase).
 */
export function actorSpans(actors: readonly ActorRecord[] | undefined): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const a of actors ?? []) {
    for (const m of a.mentions) {
      out.push({ start: m.start, end: m.end, id: a.id, type: a.type, affiliation: a.affiliation, text: m.text });
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: ActorSpan[] = [];
  let reach = -1;
  for (const s of out) {
    if (s.end <= reach) continue;
    kept.push(s);
    reach = Math.max(reach, s.end);
  }
  return kept;
}

/** Mentions starting inside [start, end). */
export function spansIn(spans: readonly ActorSpan[], start: number, end: number): ActorSpan[] {
  // Binary search for the first span starting at or after `start` (spans are sorted by start).
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorSpan[] = [];
  for (let i = lo; i < spans.length && spans[i].start < end; i++) out.push(spans[i]);
  return out;
}

/** The party an actor stands for: a person with a known affiliation stands for it. */
export function partyOf(span: Pick<ActorSpan, 'id' | 'type' | 'affiliation'>): string {
  const id = span.type === 'person' && span.affiliation ? span.affiliation : span.id;
  // A ministry speaks for its state (`kb:CHN_MFA` → `kb:CHN`), by the knowledge base's id convention.
  const organ = ORGAN.exec(id);
  return organ ? `kb:${organ[1]}` : id;
}

const ORGAN = /^kb:([A-Z]{3})_(?:MFA|MOD|FOREIGN_MINISTRY|DEFENCE_MINISTRY|DEFENSE_MINISTRY|MINISTRY)$/;

/** What may separate two actors of one coordinated group: `X and Y`, `X, Y`, `US-Taliban`. */
const COORDINATION = /^(?:\s*(?:,|and|&|\/|-|–|,\s*and|as well as|along with)\s*(?:the\s+)?|\s*-\s*)$/i;

/**
 * The coordinated group around mentions[i] (`The United States and the Taliban`, `Israel, Bahrain
 * and the UAE`): mentions joined by `and`, commas or hyphens, within [lo, hi).
 */
export function groupAround(text: string, mentions: readonly ActorSpan[], i: number, lo: number, hi: number): ActorSpan[] {
  let first = i;
  let last = i;
  while (first > 0 && mentions[first - 1].start >= lo && joins(text, mentions[first - 1], mentions[first])) first--;
  while (last + 1 < mentions.length && mentions[last + 1].end <= hi && joins(text, mentions[last], mentions[last + 1])) last++;
  return mentions.slice(first, last + 1);
}

function joins(text: string, a: Span, b: Span): boolean {
  if (b.start <= a.end) return true;
  return COORDINATION.test(text.slice(a.end, b.start));
}

/** Unique ids, in first-seen order. */
export function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** A backer named only as the modifier of another actor: `Cuban-backed`, `Saudi-backed` (not `US-led`). */
export function isModifier(text: string, s: { end: number }): boolean {
  return /^-(?:backed|supported|funded|sponsored|armed|allied|aligned)\b/.test(text.slice(s.end, s.end + 16));
}
