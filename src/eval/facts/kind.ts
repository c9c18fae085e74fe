/**
 * The matching every fact kind shares: a gold fact is found when an output fact of the same kind
 * has the right key fields AND overlaps the gold evidence; pairs are one-to-one (maximum matching),
 * so precision is matched output / all output. Alongside, the same count with evidence alone
 * ("evidence-only recall"), which tells a stage that finds the right words but gets the key wrong
 * from one that misses the words.
 */
import type { Span } from '../../model/span.js';
import { bestOverlap, matchOneToOne } from '../match.js';
import { prf, type Prf } from '../metrics.js';

export interface FactMiss {
  what: string;
  evidence: string;
  /** Where the (first) evidence is, for context. */
  at: Span;
  /** The output fact on the same words and why it did not count. */
  near?: string;
}

export interface FactExtra {
  what: string;
  evidence: string;
  at: Span;
}

export interface KindResult extends Prf {
  /** Gold facts some output of this kind overlaps, key fields aside. */
  evidenceOnly: number;
  misses: FactMiss[];
  extras: FactExtra[];
}

export interface KindSpec<G, P> {
  gold: readonly G[];
  pred: readonly P[];
  goldSpans(g: G): readonly Span[];
  predSpans(p: P): readonly Span[];
  /** null when the key fields agree, else why not (`speaker: got kb:USA`). */
  keyMismatch(g: G, p: P): string | null;
  describeGold(g: G): string;
  describePred(p: P): string;
  text: string;
}

export function scoreKind<G, P>(spec: KindSpec<G, P>): KindResult {
  const { gold, pred, text } = spec;
  const overlap = gold.map((g) => pred.map((p) => bestOverlap(spec.goldSpans(g), spec.predSpans(p))));
  const predOf = matchOneToOne(gold.length, pred.length, (gi, pi) =>
    overlap[gi][pi] > 0 && spec.keyMismatch(gold[gi], pred[pi]) === null ? overlap[gi][pi] : 0,
  );
  const looseOf = matchOneToOne(gold.length, pred.length, (gi, pi) => overlap[gi][pi]);
  const tp = predOf.filter((p) => p >= 0).length;
  const quote = (spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' | ');
  const used = new Set(predOf);
  const misses: FactMiss[] = [];
  gold.forEach((g, gi) => {
    if (predOf[gi] >= 0) return;
    const miss: FactMiss = { what: spec.describeGold(g), evidence: quote(spec.goldSpans(g)), at: spec.goldSpans(g)[0] ?? { start: 0, end: 0 } };
    // The output on the most of the same words, preferring one not paired with another gold fact.
    let nearIndex = -1;
    overlap[gi].forEach((o, pi) => {
      if (o === 0) return;
      const better = nearIndex < 0 || (used.has(nearIndex) && !used.has(pi)) || (used.has(nearIndex) === used.has(pi) && o > overlap[gi][nearIndex]);
      if (better) nearIndex = pi;
    });
    if (nearIndex >= 0) miss.near = `${spec.describePred(pred[nearIndex])}: ${spec.keyMismatch(g, pred[nearIndex]) ?? 'paired with another gold fact'}`;
    misses.push(miss);
  });
  const extras: FactExtra[] = [];
  pred.forEach((p, pi) => {
    if (!used.has(pi)) extras.push({ what: spec.describePred(p), evidence: quote(spec.predSpans(p)), at: spec.predSpans(p)[0] ?? { start: 0, end: 0 } });
  });
  return {
    ...prf({ tp, gold: gold.length, pred: pred.length }),
    evidenceOnly: looseOf.filter((p) => p >= 0).length,
    misses,
    extras,
  };
}
