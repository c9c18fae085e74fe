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
  phrases: string[];
}

export interface CompiledEntry extends EventEntry {
  re: RegExp;
}

let compiled: CompiledEntry[] | undefined;

export function eventEntries(): CompiledEntry[] {
  compiled ??= loadData<{ entries: EventEntry[] }>('lexicons/events.json').entries.map((e) => ({
    ...e,
    re: phraseRegex(e.phrases),
  }));
  return compiled;
}
