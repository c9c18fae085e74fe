/**
 * `"There has to be a de-escalation ... That means that any military activity should now be
 * reduced," he said.`: a demand the speaker spells out in the next sentence (`That means`, `This
 * means`, `In other words`) is one demand, told in both; its evidence takes in the second sentence.
 */
import type { Span } from '../../model/span.js';

const SPELLS_OUT = /^\s*["“'‘]?\s*(?:That|This)\s+means\b|^\s*["“'‘]?\s*In\s+other\s+words\b/;

export function spelledOut<T extends { kind: string; evidence: Span }>(text: string, sentences: readonly Span[], found: readonly T[]): T[] {
  return found.map((d) => {
    if (d.kind !== 'demand') return d;
    const si = sentences.findIndex((s) => d.evidence.end > s.start && d.evidence.end <= s.end);
    const next = sentences[si + 1];
    if (si < 0 || !next || !SPELLS_OUT.test(text.slice(next.start, next.end))) return d;
    // The explanation ends where the quote or the sentence does (`..., he said` is not part of it).
    const body = text.slice(next.start, next.end);
    const close = /["”’],?\s+(?:\w+\s+){1,4}(?:said|says|added)\b/.exec(body);
    const end = (close ? body.slice(0, close.index) : body).replace(/[\s,.;"”’]+$/, '').length;
    return { ...d, evidence: { start: d.evidence.start, end: next.start + end } };
  });
}
