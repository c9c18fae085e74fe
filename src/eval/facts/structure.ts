/**
 * The text's structure in fact gold: the `dateline` (`WASHINGTON (Reuters) -`, or null when the
 * article has none) and `notBody` (captions, headings, sign-offs, boilerplate inside the text).
 * Scored only when the gold has the field, against the Doc's `dateline` and non-paragraph `blocks`
 * (the clean stage's), falling back to what the reader found on the Article.
 *   dateline  found when ours overlaps the gold evidence and names the gold place (any of
 *             `places` for a double dateline, case aside); the agency is not compared
 *   notBody   found when one of our blocks of the same kind overlaps the gold evidence
 */
import type { BlockKind } from '../../model/article.js';
import type { Doc } from '../../model/doc.js';
import type { Span } from '../../model/span.js';
import { isEvidence, resolveEvidence, type Evidence } from './evidence.js';
import type { Resolved } from './gold.js';
import { scoreKind, type KindResult } from './kind.js';

export interface GoldDateline { place: string | null; places?: string[]; agency?: string | null; evidence: Evidence }
export interface GoldNotBody { kind: string; evidence: Evidence }

export interface StructureGold {
  dateline?: GoldDateline | null;
  notBody?: GoldNotBody[];
}

export interface ResolvedStructure {
  /** null when the gold does not say (the field is absent): then it is not scored. */
  dateline: Resolved<GoldDateline>[] | null;
  notBody: Resolved<GoldNotBody>[] | null;
}

export interface StructureScores {
  dateline: KindResult | null;
  notBody: KindResult | null;
}

/** Block kinds that are not body text. */
const NOT_BODY: ReadonlySet<BlockKind> = new Set(['heading', 'caption', 'byline', 'signoff', 'boilerplate']);

export function structureProblem(v: Record<string, unknown>): string | null {
  const d = v.dateline as Record<string, unknown> | null | undefined;
  if (d !== undefined && d !== null && (typeof d !== 'object' || !isEvidence(d.evidence))) return '"dateline" is neither null nor an object with "evidence"';
  if (v.notBody === undefined) return null;
  if (!Array.isArray(v.notBody)) return '"notBody" is not a list';
  const bad = v.notBody.findIndex((n: Record<string, unknown>) => !n || typeof n.kind !== 'string' || !isEvidence(n.evidence));
  return bad >= 0 ? `notBody[${bad}] has no "kind" and "evidence"` : null;
}

export function resolveStructure(gold: StructureGold, text: string): ResolvedStructure {
  return {
    dateline: gold.dateline === undefined ? null : gold.dateline === null ? [] : [{ ...gold.dateline, index: 0, spans: resolveEvidence(text, gold.dateline.evidence, 'dateline.evidence') }],
    notBody: gold.notBody === undefined ? null : gold.notBody.map((n, index) => ({ ...n, index, spans: resolveEvidence(text, n.evidence, `notBody[${index}].evidence`) })),
  };
}

export function scoreStructure(gold: ResolvedStructure, doc: Doc): StructureScores {
  const text = doc.article.text;
  const dateline = doc.dateline ?? doc.article.dateline;
  const blocks = (doc.blocks ?? doc.article.blocks).filter((b) => NOT_BODY.has(b.kind));
  const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();
  return {
    dateline: gold.dateline && scoreKind<Resolved<GoldDateline>, Span & { place: string | null; agency: string | null }>({
      gold: gold.dateline, pred: dateline ? [dateline] : [], text,
      goldSpans: (g) => g.spans, predSpans: (p) => [p],
      keyMismatch: (g, p) => {
        const names = [g.place, ...(g.places ?? [])].filter((x): x is string => !!x).map(lower);
        return names.length === 0 || names.includes(lower(p.place)) ? null : `place ${p.place ?? 'none'}, not ${g.place}`;
      },
      describeGold: (g) => `dateline ${g.place ?? '?'}${g.agency ? ` (${g.agency})` : ''}`,
      describePred: (p) => `dateline ${p.place ?? '?'}${p.agency ? ` (${p.agency})` : ''}`,
    }),
    notBody: gold.notBody && scoreKind<Resolved<GoldNotBody>, (typeof blocks)[number]>({
      gold: gold.notBody, pred: blocks, text,
      goldSpans: (g) => g.spans, predSpans: (p) => [p],
      keyMismatch: (g, p) => (g.kind === p.kind ? null : `a ${p.kind}, not a ${g.kind}`),
      describeGold: (g) => g.kind,
      describePred: (p) => p.kind,
    }),
  };
}
