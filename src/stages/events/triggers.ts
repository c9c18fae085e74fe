/**
 * Trigger words of events in one sentence. Where phrasings overlap the longer wins; a verb whose
 * object is a nominal of the same type (`hosted a meeting of`, `signed a trade protocol`, `held
 * talks`) is one happening, so the two fuse into one trigger.
 */
import type { Span } from '../../model/span.js';
import { anyEntry, eventEntries, type CompiledEntry } from './lexicon.js';

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
  const entries = eventEntries();
  const scan = anyEntry();
  const kept: Trigger[] = [];
  let si = 0;
  scan.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(text))) {
    const at = m.index;
    // The longest phrasing starting here (the first listed on a tie).
    let best: Trigger | null = null;
    if (!(at > 0 && text[at - 1] === '-')) {
      for (const entry of entries) {
        entry.at.lastIndex = at;
        const hit = entry.at.exec(text);
        if (hit && hit[0].length > 0 && (!best || hit[0].length > best.end - best.start)) best = { start: at, end: at + hit[0].length, entry, noun: null };
      }
    }
    if (!best) {
      scan.lastIndex = at + 1;
      continue;
    }
    scan.lastIndex = best.end;
    while (si < sentences.length && sentences[si].end <= best.start) si++;
    const s = sentences[si];
    if (!s || best.start < s.start || best.end > s.end) continue;
    // `a temporary agreed-upon cease-fire`, `Russian-backed`: a verb joined by a hyphen is an adjective.
    if (best.entry.form === 'verbal' && text[best.end] === '-') continue;
    if (best.entry.unless?.test(text.slice(best.end, s.end))) continue;
    if (best.entry.unlessBehind?.test(text.slice(Math.max(s.start, best.start - 40), best.start))) continue;
    kept.push(best);
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
      (next.entry.type === t.entry.type ||
        (t.entry.type === 'AGREE' && next.entry.id === 'agree.deal') ||
        // `open to bilateral talks`, `agreed to talks` (not `agreed that peace negotiations should resume`)
        (t.entry.type === 'AGREE' && next.entry.id === 'consult.talks' && /^\s*(?:to|on|for)\s/i.test(text.slice(t.end, next.start) + ' ') || /\bto\s*$/i.test(text.slice(t.start, t.end)))) &&
      OBJECT_GAP.test(text.slice(t.end, next.start) + ' ') &&
      // `targeted Damascus in car bomb attacks`: after a preposition the noun is no object of the verb
      !/\b(?:in|at|on|with|during|by|from|near)\b/i.test(text.slice(t.end, next.start))
    ) {
      out.push({ start: t.start, end: next.end, entry: t.entry, noun: { start: next.start, end: next.end } });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
