/**
 * Trigger words of events in one sentence. Where phrasings overlap the longer wins; a verb whose
 * object is a nominal of the same type (`hosted a meeting of`, `signed a trade protocol`, `held
 * talks`) is one happening, so the two fuse into one trigger.
 */
import type { Span } from '../../model/span.js';
import { eventEntries, type CompiledEntry } from './lexicon.js';

export interface Trigger extends Span {
  entry: CompiledEntry;
  /** For a fused verb + noun: the noun's span, whose modifiers name parties (`a meeting of ...`). */
  noun: Span | null;
}

/** Words allowed between a verb and the noun it takes as object: articles and modifiers. */
const OBJECT_GAP = /^\s+(?:(?:a|an|the|its|their|plans for|another|new|fresh|\w+(?:-\w+)*)\s+){0,3}$/i;

export function findTriggers(text: string, sentence: Span): Trigger[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  for (const entry of eventEntries()) {
    entry.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = entry.re.exec(body))) {
      if (m[0].length === 0) {
        entry.re.lastIndex++;
        continue;
      }
      found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, entry, noun: null });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Trigger[] = [];
  for (const t of found) {
    const prev = kept[kept.length - 1];
    if (prev && t.start < prev.end) continue;
    kept.push(t);
  }
  return fuse(text, kept);
}

function fuse(text: string, triggers: Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    const next = triggers[i + 1];
    if (
      next &&
      t.entry.form === 'verbal' &&
      next.entry.form === 'nominal' &&
      (next.entry.type === t.entry.type || (t.entry.type === 'AGREE' && next.entry.id === 'agree.deal')) &&
      OBJECT_GAP.test(text.slice(t.end, next.start) + ' ')
    ) {
      out.push({ start: t.start, end: next.end, entry: t.entry, noun: { start: next.start, end: next.end } });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
