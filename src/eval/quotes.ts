/**
 * Attribution scoring (PolNeAR style): content spans matched by overlap, one-to-one, for all
 * attributions and for those in quotation marks (gold `hasQuoteMarks` against our `direct`
 * quotes); on matched ones, speaker accuracy: our speaker span overlaps the gold speaker span, or
 * our speaker resolves to an actor one of whose mentions overlaps the gold speaker span (so "he"
 * resolved to the right person counts).
 */
import type { ActorRecord, QuoteRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import { clip, contextOf, type EvalError } from './errors.js';
import { bestOverlap, matchOneToOne, overlapLength } from './match.js';
import { accuracy, add, prf, zero, type Accuracy, type Counts, type Prf } from './metrics.js';

export interface GoldQuote extends Span {
  fragments?: [number, number][];
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  hasQuoteMarks?: boolean;
}

interface Tally {
  counts: Counts;
  speaker: [number, number];
}

export interface QuoteCounts {
  all: Tally;
  quoted: Tally;
}

export function emptyQuoteCounts(): QuoteCounts {
  return { all: { counts: zero(), speaker: [0, 0] }, quoted: { counts: zero(), speaker: [0, 0] } };
}

const goldPieces = (q: GoldQuote): Span[] =>
  q.fragments && q.fragments.length > 0 ? q.fragments.map(([start, end]) => ({ start, end })) : [q];
const predPieces = (q: QuoteRecord): Span[] => (q.fragments && q.fragments.length > 0 ? q.fragments : [q]);

/**
 * PolNeAR's `hasQuoteMarks` was derived when the set was converted, and the derivation missed the
 * New York Times' doubled marks (`''It has the important virtue,'' said ...`): an attribution
 * holding a pair of them is in quotation marks too.
 */
export function hasDoubledQuoteMarks(text: string, q: Span): boolean {
  return /(?:''|``)[\s\S]{2,}?''/.test(text.slice(q.start, q.end));
}

function goldSpeaker(q: GoldQuote): Span | null {
  if (typeof q.speakerStart !== 'number' || typeof q.speakerEnd !== 'number' || q.speakerEnd <= q.speakerStart) return null;
  return { start: q.speakerStart, end: q.speakerEnd };
}

/** Whether our speaker is the gold one: overlapping spans, or resolved to an actor mentioned there. */
export function speakerRight(gold: Span, pred: QuoteRecord, actors: readonly ActorRecord[]): boolean {
  const s = pred.speaker;
  if (!s) return false;
  if (s.end > s.start && overlapLength(s, gold) > 0) return true;
  if (!s.actor) return false;
  const actor = actors.find((a) => a.id === s.actor);
  return !!actor && actor.mentions.some((m) => overlapLength(m, gold) > 0);
}

/**
 * PolNeAR's unit is the attribution: `"A," he said. "B."` is one attribution in two pieces, where
 * Parley keeps two quote records and marks B as continuing A (`continues`). Joining each chain
 * into its first quote counts them the way the gold does; nothing else about the output changes.
 */
export function joinContinuations(pred: readonly QuoteRecord[]): QuoteRecord[] {
  const headOf = new Map<number, number>();
  const pieces = new Map<number, Span[]>();
  pred.forEach((q, i) => {
    const from = q.continues;
    const head = from !== undefined && from < i && pred[from].direct === q.direct ? (headOf.get(from) ?? from) : i;
    headOf.set(i, head);
    pieces.set(head, [...(pieces.get(head) ?? []), ...predPieces(q)]);
  });
  return pred.flatMap((q, i) => {
    if (headOf.get(i) !== i) return [];
    const own = pieces.get(i) as Span[];
    return own.length > predPieces(q).length ? [{ ...q, end: own[own.length - 1].end, fragments: own }] : [q];
  });
}

export function scoreQuotes(
  gold: readonly GoldQuote[],
  pred: readonly QuoteRecord[],
  actors: readonly ActorRecord[],
  into: QuoteCounts,
  doc = '',
  text = '',
): EvalError[] {
  const errors: EvalError[] = [];
  pred = joinContinuations(pred);
  const sets: [keyof QuoteCounts, GoldQuote[], QuoteRecord[]][] = [
    ['all', [...gold], [...pred]],
    ['quoted', gold.filter((q) => q.hasQuoteMarks || hasDoubledQuoteMarks(text, q)), pred.filter((q) => q.direct)],
  ];
  for (const [name, g, p] of sets) {
    const predOf = matchOneToOne(g.length, p.length, (i, j) => bestOverlap(goldPieces(g[i]), predPieces(p[j])));
    add(into[name].counts, { tp: predOf.filter((x) => x >= 0).length, gold: g.length, pred: p.length });
    g.forEach((q, i) => {
      const speaker = goldSpeaker(q);
      if (predOf[i] < 0) {
        if (name === 'all') errors.push({ task: 'quotes', doc, kind: 'miss', what: `quote${q.speaker ? ` by ${q.speaker}` : ''}`, text: clip(text.slice(q.start, q.end)), context: contextOf(text, q) });
        return;
      }
      if (!speaker) return;
      into[name].speaker[1]++;
      const mine = p[predOf[i]];
      if (speakerRight(speaker, mine, actors)) into[name].speaker[0]++;
      else if (name === 'all') {
        errors.push({
          task: 'quotes', doc, kind: 'miss', what: `speaker ${q.speaker ?? text.slice(speaker.start, speaker.end)}`,
          text: clip(text.slice(q.start, q.end)), context: contextOf(text, speaker),
          note: mine.speaker ? `output speaker "${mine.speaker.text}"${mine.speaker.actor ? ` (${mine.speaker.actor})` : ''}` : 'output has no speaker',
        });
      }
    });
    if (name !== 'all') continue;
    const used = new Set(predOf);
    p.forEach((q, j) => {
      if (!used.has(j)) errors.push({ task: 'quotes', doc, kind: 'extra', what: `quote${q.speaker ? ` by ${q.speaker.text}` : ''}`, text: clip(q.text), context: contextOf(text, q) });
    });
  }
  return errors;
}

export interface QuoteReport {
  all: Prf & { speaker: Accuracy };
  quoted: Prf & { speaker: Accuracy };
}

export function quoteReport(c: QuoteCounts): QuoteReport {
  return {
    all: { ...prf(c.all.counts), speaker: accuracy(...c.all.speaker) },
    quoted: { ...prf(c.quoted.counts), speaker: accuracy(...c.quoted.speaker) },
  };
}
