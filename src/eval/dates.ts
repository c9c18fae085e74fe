/**
 * Time-expression scoring (TempEval-3 style): spans matched by overlap, one-to-one (P/R/F1), and on
 * matched spans whether the normalised value is the gold TIMEX3 value. Per TIMEX type too: our
 * kinds map date→DATE, time→TIME, duration→DURATION, set→SET, so precision exists per type.
 */
import type { DateKind, DateRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import { contextOf, type EvalError } from './errors.js';
import { matchOneToOne, overlapLength } from './match.js';
import { accuracy, add, prf, zero, type Accuracy, type Counts, type Prf } from './metrics.js';

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

export const KIND_TIMEX: Record<DateKind, TimexType> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' };

export interface GoldTimex extends Span {
  value?: string | null;
  type?: string;
}

interface Tally {
  counts: Counts;
  value: [number, number];
}

export interface DateCounts {
  all: Tally;
  byType: Record<TimexType, Tally>;
}

const tally = (): Tally => ({ counts: zero(), value: [0, 0] });

export function emptyDateCounts(): DateCounts {
  return { all: tally(), byType: { DATE: tally(), TIME: tally(), DURATION: tally(), SET: tally() } };
}

/** Values compare as written, case aside (`2013-w11` = `2013-W11`). */
export function sameValue(gold: string | null | undefined, pred: string | null): boolean {
  const g = gold ?? null;
  if (g === null || pred === null) return g === pred;
  return g.toUpperCase() === pred.toUpperCase();
}

export function scoreDates(
  gold: readonly GoldTimex[],
  pred: readonly DateRecord[],
  into: DateCounts,
  doc = '',
  text = '',
): EvalError[] {
  const errors: EvalError[] = [];
  const predOf = matchOneToOne(gold.length, pred.length, (g, p) => overlapLength(gold[g], pred[p]));
  add(into.all.counts, { tp: predOf.filter((x) => x >= 0).length, gold: gold.length, pred: pred.length });
  gold.forEach((g, i) => {
    const type = (TIMEX_TYPES as readonly string[]).includes(g.type ?? '') ? (g.type as TimexType) : null;
    const t = type ? into.byType[type] : null;
    if (t) add(t.counts, { tp: 0, gold: 1, pred: 0 });
    const surface = text.slice(g.start, g.end);
    if (predOf[i] < 0) {
      errors.push({ task: 'dates', doc, kind: 'miss', what: `${type ?? 'TIMEX'} "${surface}" = ${g.value ?? 'null'}`, text: surface, context: contextOf(text, g) });
      return;
    }
    const p = pred[predOf[i]];
    // Per type, a hit also needs our kind to be that type (so per-type precision is meaningful).
    if (t && KIND_TIMEX[p.kind] === type) t.counts.tp++;
    const right = sameValue(g.value, p.value);
    for (const tl of t ? [into.all, t] : [into.all]) {
      tl.value[1]++;
      if (right) tl.value[0]++;
    }
    if (!right) errors.push({ task: 'dates', doc, kind: 'miss', what: `value of "${surface}" = ${g.value ?? 'null'}`, text: surface, context: contextOf(text, g), note: `output ${p.value ?? 'null'}` });
  });
  const used = new Set(predOf);
  pred.forEach((p, j) => {
    into.byType[KIND_TIMEX[p.kind] ?? 'DATE'].counts.pred++;
    if (!used.has(j)) errors.push({ task: 'dates', doc, kind: 'extra', what: `${KIND_TIMEX[p.kind] ?? p.kind} "${p.text}" = ${p.value ?? 'null'}`, text: p.text, context: contextOf(text, p) });
  });
  return errors;
}

export interface DateReport extends Prf {
  value: Accuracy;
  byType: Record<TimexType, Prf & { value: Accuracy }>;
}

export function dateReport(c: DateCounts): DateReport {
  const byType = Object.fromEntries(
    TIMEX_TYPES.map((t) => [t, { ...prf(c.byType[t].counts), value: accuracy(...c.byType[t].value) }]),
  ) as DateReport['byType'];
  return { ...prf(c.all.counts), value: accuracy(...c.all.value), byType };
}
