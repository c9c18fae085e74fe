/**
 * Named-entity scoring (CoNLL style): exact span + type, per type and micro-averaged over
 * PER/ORG/LOC with MISC reported apart (its definition varies most between annotation guides);
 * and the same with overlap instead of exact spans, which tells a wrong boundary ("the Taliban"
 * for "Taliban") from a missed name.
 */
import type { Span } from '../model/span.js';
import { contextOf, type EvalError } from './errors.js';
import { matchOneToOne, overlapLength, sameSpan } from './match.js';
import { add, prf, zero, type Counts, type Prf } from './metrics.js';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityLabel = (typeof ENTITY_TYPES)[number];
/** The types micro-averaged together; MISC is scored apart. */
export const CORE_TYPES: readonly EntityLabel[] = ['PER', 'ORG', 'LOC'];

export interface TypedSpan extends Span {
  type: EntityLabel;
}

export type Mode = 'exact' | 'overlap';

export interface EntityCounts {
  exact: Record<EntityLabel, Counts>;
  overlap: Record<EntityLabel, Counts>;
}

export function emptyEntityCounts(): EntityCounts {
  const per = () => Object.fromEntries(ENTITY_TYPES.map((t) => [t, zero()])) as Record<EntityLabel, Counts>;
  return { exact: per(), overlap: per() };
}

function matchesBy(mode: Mode, gold: TypedSpan[], pred: TypedSpan[]): number[] {
  return matchOneToOne(gold.length, pred.length, (g, p) => {
    if (gold[g].type !== pred[p].type) return 0;
    if (mode === 'exact') return sameSpan(gold[g], pred[p]) ? 1 : 0;
    return overlapLength(gold[g], pred[p]);
  });
}

/** Score one document; adds to `into` and returns the errors (by exact match) for --errors. */
export function scoreEntities(
  gold: readonly TypedSpan[],
  pred: readonly TypedSpan[],
  into: EntityCounts,
  doc = '',
  text = '',
): EvalError[] {
  const errors: EvalError[] = [];
  for (const type of ENTITY_TYPES) {
    const g = gold.filter((e) => e.type === type);
    const p = pred.filter((e) => e.type === type);
    for (const mode of ['exact', 'overlap'] as const) {
      const predOf = matchesBy(mode, g, p);
      const tp = predOf.filter((x) => x >= 0).length;
      add(into[mode][type], { tp, gold: g.length, pred: p.length });
      if (mode !== 'exact') continue;
      const used = new Set(predOf);
      g.forEach((e, i) => {
        if (predOf[i] >= 0) return;
        const near = pred.find((x) => overlapLength(x, e) > 0);
        errors.push({
          task: 'entities', doc, kind: 'miss', what: `${type} "${text.slice(e.start, e.end)}"`,
          text: text.slice(e.start, e.end), context: contextOf(text, e),
          ...(near ? { note: `output ${near.type} "${text.slice(near.start, near.end)}"` } : {}),
        });
      });
      p.forEach((e, i) => {
        if (used.has(i)) return;
        errors.push({
          task: 'entities', doc, kind: 'extra', what: `${type} "${text.slice(e.start, e.end)}"`,
          text: text.slice(e.start, e.end), context: contextOf(text, e),
        });
      });
    }
  }
  return errors;
}

export interface EntityReport {
  exact: Record<EntityLabel | 'micro', Prf>;
  overlap: Record<EntityLabel | 'micro', Prf>;
}

/** Per-type P/R/F1 and the micro average over PER/ORG/LOC. */
export function entityReport(c: EntityCounts): EntityReport {
  const one = (by: Record<EntityLabel, Counts>) => {
    const micro = zero();
    for (const t of CORE_TYPES) add(micro, by[t]);
    return { PER: prf(by.PER), ORG: prf(by.ORG), LOC: prf(by.LOC), MISC: prf(by.MISC), micro: prf(micro) };
  };
  return { exact: one(c.exact), overlap: one(c.overlap) };
}
