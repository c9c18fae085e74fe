/**
 * Evidence in fact gold is text, not offsets; here it becomes spans of the article. Three forms
 * (see shared/corpus/gold/README.md):
 *   "words"                       → the first occurrence;
 *   { text: "words", occurrence } → the k-th occurrence, 1-based;
 *   [ ...either of the above ]    → several spans: every mention (places, actor mentions) or
 *                                   alternatives (other kinds); either way a prediction counts
 *                                   when it overlaps one of them.
 * Evidence that is not in the text is a broken gold file (or the wrong article), and says so.
 */
import type { Span } from '../../model/span.js';

export type EvidenceItem = string | { text: string; occurrence?: number };
export type Evidence = EvidenceItem | EvidenceItem[];

export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** Start of the k-th (1-based) occurrence of `needle`, or -1. Occurrences may overlap. */
export function nthIndexOf(text: string, needle: string, k: number): number {
  let at = -1;
  for (let i = 0; i < k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function isEvidenceItem(value: unknown): value is EvidenceItem {
  if (typeof value === 'string') return value.length > 0;
  if (!value || typeof value !== 'object') return false;
  const v = value as { text?: unknown; occurrence?: unknown };
  return typeof v.text === 'string' && v.text.length > 0 && (v.occurrence === undefined || (Number.isInteger(v.occurrence) && (v.occurrence as number) >= 1));
}

export function isEvidence(value: unknown): value is Evidence {
  return Array.isArray(value) ? value.length > 0 && value.every(isEvidenceItem) : isEvidenceItem(value);
}

/** The spans of one evidence value; `where` names it in the error (`quotes[3].evidence`). */
export function resolveEvidence(text: string, evidence: Evidence, where: string): Span[] {
  const items = Array.isArray(evidence) ? evidence : [evidence];
  return items.map((item) => {
    const needle = typeof item === 'string' ? item : item.text;
    const k = typeof item === 'string' ? 1 : (item.occurrence ?? 1);
    const start = nthIndexOf(text, needle, k);
    if (start < 0) {
      const count = text.split(needle).length - 1;
      const why = count === 0 ? 'is not in the article text' : `occurs ${count} time(s), not ${k}`;
      throw new EvidenceError(`${where}: "${needle.length > 60 ? needle.slice(0, 59) + '…' : needle}" ${why}`);
    }
    return { start, end: start + needle.length };
  });
}
