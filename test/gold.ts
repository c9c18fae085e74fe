/** Reading the hand gold's evidence forms (string = first occurrence, {text, occurrence}, lists). */
import type { Span } from '../src/model/span.js';

export type GoldEvidence = string | { text: string; occurrence?: number };

export interface GoldActor {
  id: string;
  name: string;
  type: string;
  mentions?: GoldEvidence[];
}

/** The span of one evidence item in the text, or null when it is not found there. */
export function evidenceSpan(text: string, ev: GoldEvidence): Span | null {
  const needle = typeof ev === 'string' ? ev : ev.text;
  const k = typeof ev === 'string' ? 1 : (ev.occurrence ?? 1);
  let at = -1;
  for (let i = 0; i < k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}

export function goldMentionSpans(text: string, actor: GoldActor): Span[] {
  return (actor.mentions ?? []).map((m) => evidenceSpan(text, m)).filter((s): s is Span => s !== null);
}
