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

/**
 * Every trigger in the text, in order. Each phrasing is run once over the whole text (not per
 * sentence: ~30 regular expressions per article instead of ~30 per sentence), and a match never
 * spans two sentences.
 */
export function findTriggers(text: string, sentences: readonly Span[]): Trigger[] {
  const found: Trigger[] = [];
  for (const entry of eventEntries()) {
    entry.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = entry.re.exec(text))) {
      if (m[0].length === 0) {
        entry.re.lastIndex++;
        continue;
      }
      if (m.index > 0 && text[m.index - 1] === '-') continue;
      found.push({ start: m.index, end: m.index + m[0].length, entry, noun: null });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Trigger[] = [];
  let si = 0;
  for (const t of found) {
    const prev = kept[kept.length - 1];
    if (prev && t.start < prev.end) continue;
    while (si < sentences.length && sentences[si].end <= t.start) si++;
    const s = sentences[si];
    if (!s || t.start < s.start || t.end > s.end) continue;
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
      // `signed a trade protocol`; `open to bilateral talks`, `agreed to talks` (intent to meet: AGREE)
      (next.entry.type === t.entry.type || (t.entry.type === 'AGREE' && (next.entry.id === 'agree.deal' || next.entry.id === 'consult.talks'))) &&
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
