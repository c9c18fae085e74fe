/**
 * Counts → precision, recall, F1. A ratio with nothing to divide by is `null` (shown as "—"), not 0
 * or 1: a system that outputs nothing has no precision, and a set with no gold has no recall.
 */
export interface Counts {
  /** Matched pairs (one gold item to one predicted item). */
  tp: number;
  /** Gold items. */
  gold: number;
  /** Predicted items. */
  pred: number;
}

export interface Prf extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function zero(): Counts {
  return { tp: 0, gold: 0, pred: 0 };
}

export function add(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.gold += more.gold;
  into.pred += more.pred;
  return into;
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function prf(c: Counts): Prf {
  const precision = ratio(c.tp, c.pred);
  const recall = ratio(c.tp, c.gold);
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else {
    const p = precision ?? 0;
    const r = recall ?? 0;
    f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  return { tp: c.tp, gold: c.gold, pred: c.pred, precision, recall, f1 };
}

/** A share of matched items that also got a value right (accuracy within 161 km, date value, ...). */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

export function sumAccuracy(items: readonly Accuracy[]): Accuracy {
  const correct = items.reduce((s, a) => s + a.correct, 0);
  const total = items.reduce((s, a) => s + a.total, 0);
  return accuracy(correct, total);
}
