/**
 * Which of our actors is which gold actor. Gold ids follow the project's convention without the
 * prefix, so `kb:<GOLD_ID>` (or the bare id) is the same actor, first. A gold actor left over is
 * then paired with the predicted actor (not yet paired) whose mentions overlap the most of its
 * gold mentions (at least one); ties go to the actor with fewer mentions outside the gold's, and
 * the pairing is one-to-one. So an actor the KB lacks (`new:…`) still counts when it is the same
 * entity in the text, and two of our actors for one gold actor leave one of them extra.
 */
import type { ActorRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import { matchOneToOne, overlapLength } from '../match.js';
import type { GoldActor, Resolved } from './gold.js';

export interface ActorMap {
  /** gold id → our actor id */
  ours: Map<string, string>;
  /** our actor id → gold id */
  gold: Map<string, string>;
  /** How each pair was made. */
  how: Map<string, 'id' | 'mentions'>;
}

/** Gold mentions that one of `mentions` overlaps. */
export function mentionsCovered(goldSpans: readonly Span[], mentions: readonly Span[]): number {
  return goldSpans.filter((g) => mentions.some((m) => overlapLength(g, m) > 0)).length;
}

export function sameId(goldId: string, ourId: string): boolean {
  return ourId === `kb:${goldId}` || ourId === goldId;
}

export function mapActors(gold: readonly Resolved<GoldActor>[], pred: readonly ActorRecord[]): ActorMap {
  const map: ActorMap = { ours: new Map(), gold: new Map(), how: new Map() };
  const pair = (g: string, p: string, how: 'id' | 'mentions') => {
    map.ours.set(g, p);
    map.gold.set(p, g);
    map.how.set(g, how);
  };
  for (const g of gold) {
    const p = pred.find((a) => sameId(g.id, a.id) && !map.gold.has(a.id));
    if (p) pair(g.id, p.id, 'id');
  }
  const restGold = gold.filter((g) => !map.ours.has(g.id));
  const restPred = pred.filter((p) => !map.gold.has(p.id));
  const predOf = matchOneToOne(restGold.length, restPred.length, (gi, pi) => {
    const covered = mentionsCovered(restGold[gi].spans, restPred[pi].mentions);
    if (covered === 0) return 0;
    const outside = restPred[pi].mentions.filter((m) => !restGold[gi].spans.some((s) => overlapLength(s, m) > 0)).length;
    return covered + 1 / (2 + outside);
  });
  predOf.forEach((pi, gi) => {
    if (pi >= 0) pair(restGold[gi].id, restPred[pi].id, 'mentions');
  });
  return map;
}
