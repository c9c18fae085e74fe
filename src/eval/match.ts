/**
 * One-to-one matching of gold items to predicted items. Every scorer uses it, so a predicted item
 * can never be counted for two gold items (and a duplicate prediction is an extra, not a second
 * hit). It is a maximum bipartite matching (augmenting paths), so the count does not depend on
 * the order in which gold items are listed; among equal-size matchings, better-scoring pairs are
 * tried first.
 */
import type { Span } from '../model/span.js';

/**
 * `score(g, p)` > 0 means gold item g may be matched to predicted item p; higher is preferred.
 * Returns `predOf[g]` (index of the predicted item matched to gold g, or -1).
 */
export function matchOneToOne(nGold: number, nPred: number, score: (g: number, p: number) => number): number[] {
  const candidates: number[][] = [];
  for (let g = 0; g < nGold; g++) {
    const list: [number, number][] = [];
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s > 0) list.push([p, s]);
    }
    list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    candidates.push(list.map(([p]) => p));
  }
  const predOf = new Array<number>(nGold).fill(-1);
  const goldOf = new Array<number>(nPred).fill(-1);
  const tryAssign = (g: number, seen: Uint8Array): boolean => {
    for (const p of candidates[g]) {
      if (seen[p]) continue;
      seen[p] = 1;
      if (goldOf[p] === -1 || tryAssign(goldOf[p], seen)) {
        goldOf[p] = g;
        predOf[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < nGold; g++) tryAssign(g, new Uint8Array(nPred));
  return predOf;
}

/** Characters two spans share (0 when they do not overlap). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Largest overlap between any span of `a` and any span of `b`. */
export function bestOverlap(a: readonly Span[], b: readonly Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, overlapLength(x, y));
  return best;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}
