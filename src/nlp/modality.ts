/**
 * Status and modality of a happening from the words around it (data/lexicons/modality.json): was
 * it done, is it under way, expected, near, proposed, refused, only hypothetical, negated or
 * denied? Shared by the events and demands stages so that both read `would`, `not` and `if` alike.
 */
import type { EventStatus } from '../model/record.js';
import type { Span } from '../model/span.js';
import { loadData, phraseRegex } from './lexicon.js';

interface ModalityData {
  negation: string[];
  denial: string[];
  before: [EventStatus, string[]][];
  after: [EventStatus, string[]][];
}

interface Compiled {
  negation: RegExp;
  denial: RegExp;
  before: [EventStatus, RegExp][];
  after: [EventStatus, RegExp][];
}

let compiled: Compiled | undefined;

function cues(): Compiled {
  if (compiled) return compiled;
  const d = loadData<ModalityData>('lexicons/modality.json');
  compiled = {
    negation: phraseRegex(d.negation, 'i'),
    denial: phraseRegex(d.denial, 'i'),
    before: d.before.map(([s, p]) => [s, phraseRegex(p, 'i')]),
    after: d.after.map(([s, p]) => [s, phraseRegex(p, 'i')]),
  };
  return compiled;
}

export interface Modality {
  status: EventStatus | null;
  negated: boolean;
  denied: boolean;
  /** The cue that decided the status, for tests and explanations. */
  cue: string | null;
}

const STRONG = new Set<EventStatus>(['cancelled', 'postponed', 'refused', 'near', 'proposed']);

/** How many words before a verb its auxiliaries and negation live in. */
const AUX_WORDS = 6;
/** How many words after a noun its predicate (`... ended in Doha`) is looked for in. */
const PREDICATE_WORDS = 9;
/**
 * `Talks between Sudan's army-led government and the Rapid Support Forces were postponed`: the
 * parties named after the noun push its predicate further; after such a phrase, look further.
 */
const PARTIES_PHRASE = /^\s*(?:between|with|among|involving)\b/i;
const PREDICATE_WORDS_AFTER_PARTIES = 13;

/** The last n words of s, by scanning back over spaces (no split: this runs for every trigger). */
function lastWords(s: string, n: number): string {
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) <= 32) i--;
  const end = i;
  for (let k = 0; k < n && i > 0; k++) {
    while (i > 0 && s.charCodeAt(i - 1) > 32) i--;
    if (k < n - 1) while (i > 0 && s.charCodeAt(i - 1) <= 32) i--;
  }
  return s.slice(i, end);
}
function firstWords(s: string, n: number): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) <= 32) i++;
  const start = i;
  for (let k = 0; k < n && i < s.length; k++) {
    while (i < s.length && s.charCodeAt(i) > 32) i++;
    if (k < n - 1) while (i < s.length && s.charCodeAt(i) <= 32) i++;
  }
  return s.slice(start, i);
}

/**
 * Read the modality of the trigger at `at` inside `clause`. `lead` is the connector opening the
 * clause (`if` makes it hypothetical); `anchored` says the clause carries a date or clock time.
 */
export function modalityOf(
  text: string,
  clause: Span & { lead: string },
  at: Span,
  options: { nominal: boolean; anchored: boolean },
): Modality {
  const c = cues();
  const before = lastWords(text.slice(Math.max(clause.start, at.start - 80), at.start), AUX_WORDS);
  // A noun's fate is told by its predicate, not by a relative clause on what it would do
  // (`an agreement that will reduce violence`).
  const following = options.nominal ? text.slice(at.end, Math.min(clause.end, at.end + 160)).split(/\bthat\b/i)[0] : '';
  const after = following ? firstWords(following, PARTIES_PHRASE.test(following) ? PREDICATE_WORDS_AFTER_PARTIES : PREDICATE_WORDS) : '';
  const negWindow = options.nominal ? `${lastWords(before, 3)} ${firstWords(after, 4)}` : lastWords(before, 4);
  const negated = c.negation.test(negWindow) || /n['’]t\b/i.test(negWindow);
  const denied = c.denial.test(text.slice(Math.max(clause.start, at.start - 120), at.start));
  let status: EventStatus | null = null;
  let cue: string | null = null;
  if (['if', 'unless', 'whether', 'until'].includes(clause.lead)) {
    status = 'hypothetical';
    cue = clause.lead;
  }
  // Words that govern the noun itself come first: `close to a deal`, `proposed talks`, `cancelled talks`.
  if (!status) {
    for (const [s, re] of c.before) {
      if (!STRONG.has(s)) continue;
      const m = re.exec(before);
      if (m) {
        status = s;
        cue = m[0];
        break;
      }
    }
  }
  if (!status && options.nominal && after) {
    for (const [s, re] of c.after) {
      const m = re.exec(after);
      if (m) {
        status = s;
        cue = m[0];
        break;
      }
    }
  }
  if (!status) {
    for (const [s, re] of c.before) {
      const m = re.exec(before);
      if (m) {
        status = s;
        cue = m[0];
        break;
      }
    }
  }
  if (status === 'hypothetical' && /^(?:would|could)$/i.test(cue ?? '') && options.anchored) status = 'expected';
  return { status, negated, denied, cue };
}
