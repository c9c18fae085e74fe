/**
 * Refiners over the parsers' candidates, in order: overlaps are settled (a duration beats chrono's
 * reading of `for about a year` as a date; an explicit chrono date beats a year inside it), then
 * each is resolved left to right with the clause's tense and the last day the text fixed.
 */
import type { Sentence, Token } from '../../model/doc.js';
import type { DateRecord } from '../../model/record.js';
import { sentenceAt, tokensOfSpan } from '../../nlp/analyse.js';
import type { Candidate, Env } from './candidate.js';
import type { Day } from './calendar.js';
import { tenseAt } from './tense.js';

/** Keep one candidate per stretch of text. */
export function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const clash = kept.findIndex((k) => k.start < c.end && c.start < k.end);
    if (clash < 0) {
      kept.push(c);
      continue;
    }
    if (prefer(c, kept[clash])) kept[clash] = c;
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether `a` should replace `b` where they overlap. */
function prefer(a: Candidate, b: Candidate): boolean {
  const contains = (x: Candidate, y: Candidate): boolean => x.start <= y.start && y.end <= x.end;
  // A clock time next to a date chrono read whole (`at noon on Feb. 26`) is part of chrono's reading.
  if (a.source === 'chrono' && b.source === 'clock') return true;
  if (b.source === 'chrono' && a.source === 'clock') return false;
  // chrono's explicit date around one of ours (`Sept. 28, 2019` around `2019`) is the better reading.
  if (a.source === 'chrono' && !a.relative && contains(a, b)) return true;
  if (b.source === 'chrono' && !b.relative && contains(b, a)) return false;
  // Otherwise ours, written for the faults chrono has (`for about a year`, `this week`, `now`).
  if (a.source === 'chrono' && b.source !== 'chrono') return false;
  if (b.source === 'chrono' && a.source !== 'chrono') return true;
  return a.end - a.start > b.end - b.start;
}

export function resolveAll(
  candidates: readonly Candidate[],
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  ref: Day | null,
): DateRecord[] {
  const out: DateRecord[] = [];
  let anchor: Day | null = null;
  for (const c of candidates) {
    const s = sentences[sentenceAt(sentences, c.start)];
    const [first, last] = s ? [s.tokenStart, s.tokenEnd] : tokensOfSpan(tokens, c);
    const env: Env = { ref, tense: tenseAt(tokens, first, last, c.start), anchor };
    const value = c.resolve(env);
    const day = c.day?.(env) ?? null;
    if (day && c.source !== 'relative') anchor = day;
    out.push({
      start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind, value,
      how: value === null ? 'stated' : c.how,
    });
  }
  return out;
}
