/** The event phrasings of data/lexicons/events.json, compiled once. */
import type { EventStatus, PloverType } from '../../model/record.js';
import { loadData, phraseRegex } from '../../nlp/lexicon.js';

export interface EventEntry {
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  form: 'verbal' | 'nominal';
  negotiation: boolean;
  /** The default status when the context gives none (`offered to` is proposed). */
  status?: EventStatus;
  /** `subject`: the subject hosts or mediates (`Qatar hosted talks`) rather than takes part. */
  host?: 'subject';
  /** A nominal that is only an event when the text names a party (`the deal` alone is not). */
  needsParties?: boolean;
  /** A verb that is only an event with a stated target (`accused X`, `released X`). */
  needsTarget?: boolean;
  /**
   * Words right after the phrase that make it name something else (`met the polling threshold`,
   * `signed the bill into law`, `attacked Machado in early-morning tweets`): regular-expression
   * sources tried at the start of the rest of the sentence.
   */
  unlessAfter?: string[];
  /** Words right before the phrase that make it another word (`would deal with`: a verb), tried at the end of what precedes it. */
  unlessBefore?: string[];
  phrases: string[];
}

export interface CompiledEntry extends EventEntry {
  re: RegExp;
  /** unlessAfter, anchored at the end of the phrase. */
  unless: RegExp | null;
  /** unlessBefore, anchored at the start of the phrase. */
  unlessBehind: RegExp | null;
  /** The same, sticky: tried at one position. */
  at: RegExp;
}

let compiled: CompiledEntry[] | undefined;
let any: RegExp | undefined;

export function eventEntries(): CompiledEntry[] {
  compiled ??= loadData<{ entries: EventEntry[] }>('lexicons/events.json').entries.map((e) => {
    const re = phraseRegex(e.phrases);
    const unless = e.unlessAfter?.length ? new RegExp(`^(?:${e.unlessAfter.map((p) => `(?:${p})`).join('|')})`, 'i') : null;
    const unlessBehind = e.unlessBefore?.length ? new RegExp(`(?:${e.unlessBefore.map((p) => `(?:${p})`).join('|')})$`, 'i') : null;
    return { ...e, re, at: new RegExp(re.source, 'iy'), unless, unlessBehind };
  });
  return compiled;
}

/**
 * One expression for every phrasing: a single scan of the text finds where some phrasing starts
 * (35 scans cost ~4 times more); the entries are then tried, sticky, at that position only.
 */
export function anyEntry(): RegExp {
  any ??= new RegExp(eventEntries().map((e) => `(?:${e.re.source})`).join('|'), 'gi');
  return any;
}
