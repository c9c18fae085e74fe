/**
 * Positions over time: for each party and issue, its demands, conditions, refusals and offers in
 * the order they were reported, and what changed from one to the next (a condition dropped, a
 * demand softened into an offer, a demand hardened into a red line).
 */
import type { DemandKind } from '../model/record.js';
import type { ActorRef, ArticleRef, PositionChange, PositionEntry, PositionSeries } from '../store/types.js';
import type { DemandFact } from './input.js';

/** How far a kind of statement is from giving ground: higher is harder. */
const FIRMNESS: Record<DemandKind, number> = { 'red line': 5, refusal: 4, demand: 3, condition: 2, offer: 1, concession: 0 };

export interface ResolvedDemand {
  fact: DemandFact;
  article: ArticleRef;
  holder: string;
  addressee: string | null;
  processId: string | null;
}

const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function change(prev: PositionEntry | undefined, kind: DemandKind, condition: string | null): PositionChange {
  if (!prev) return 'first';
  if (prev.kind !== kind) {
    const d = FIRMNESS[kind] - FIRMNESS[prev.kind];
    return d < 0 ? 'softened' : d > 0 ? 'hardened' : 'changed';
  }
  if (prev.condition && !condition) return 'condition dropped';
  if (!prev.condition && condition) return 'condition added';
  if (prev.condition && condition && norm(prev.condition) !== norm(condition)) return 'condition changed';
  return 'repeated';
}

export function buildPositions(demands: readonly ResolvedDemand[], ref: (id: string) => ActorRef): PositionSeries[] {
  const groups = new Map<string, ResolvedDemand[]>();
  for (const d of demands) {
    const key = `${d.holder}\t${d.fact.issue}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const series: PositionSeries[] = [];
  for (const [key, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const [holder, issue] = key.split('\t');
    list.sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.fact.articleId.localeCompare(b.fact.articleId) || a.fact.idx - b.fact.idx);
    const entries: PositionEntry[] = [];
    for (const d of list) {
      const source = { demandId: `${d.fact.articleId}#d${d.fact.idx}`, article: d.article, evidence: d.fact.evidence };
      const prev = entries[entries.length - 1];
      // The same stance reported again on the same day (another outlet) is one entry with two sources.
      if (prev && prev.date === d.article.published && prev.kind === d.fact.kind && norm(prev.condition) === norm(d.fact.condition) &&
          (prev.addressee?.id ?? null) === d.addressee) {
        prev.sources.push(source);
        continue;
      }
      entries.push({
        date: d.article.published,
        kind: d.fact.kind,
        addressee: d.addressee ? ref(d.addressee) : null,
        content: d.fact.content,
        condition: d.fact.condition,
        change: change(prev, d.fact.kind, d.fact.condition),
        sources: [source],
      });
    }
    const processes = list.map((d) => d.processId).filter((p): p is string => p !== null);
    series.push({ actor: ref(holder), issue, processId: processes[0] ?? null, entries });
  }
  return series;
}
