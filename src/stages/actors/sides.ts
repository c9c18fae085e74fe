/**
 * `the two sides`, `both parties`, `Egypt and Israel, the two countries`: a plural reference to the
 * two parties of the last negotiation (or relation, or fight) the text named. The mention goes to
 * both actors, marked as a compound (`compound: [a, b]`), so that an event or a quote can keep the
 * pair as one party. Precision first: only where exactly two parties stand out.
 */
import type { ActorRecord } from '../../model/record.js';
import type { Span } from '../../model/span.js';
import type { Chosen } from './build.js';

/** The phrase, and which actors it may denote: parties of any kind, or states and governments. */
const PHRASE = /\b(?:the two|both(?: the)?|the 2)\s+(sides|parties|countries|nations|governments|states|neighbours|neighbors)\b/giu;
const STATE_NOUNS = new Set(['countries', 'nations', 'governments', 'states', 'neighbours', 'neighbors']);
/** Words that make a sentence about two parties dealing with each other (not fighting: `besieged by both sides`). */
const CUE = /\b(?:talks|negotiat\w*|agree\w*|deal|accord|treaty|protocol|ceasefire|cease-fire|truce|meeting|met|meet|relations|ties|between|summit|signed|sign|joint|exchange|swap)\b/iu;
/** How far back the parties may be named. */
const MAX_SENTENCES = 3;

interface Party {
  id: string;
  start: number;
}

export function twoSides(text: string, sentences: readonly Span[], actors: readonly ActorRecord[]): Chosen[] {
  const out: Chosen[] = [];
  const added: { ids: string[]; start: number }[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const start = m.index;
    const end = start + m[0].length;
    const statesOnly = STATE_NOUNS.has(m[1].toLowerCase());
    const here = sentences.findIndex((s) => s.start <= start && start < s.end);
    if (here < 0) continue;
    let pair: string[] | null = null;
    for (let k = here; k >= 0 && here - k < MAX_SENTENCES; k--) {
      const s = sentences[k];
      const upTo = k === here ? start : s.end;
      // The parties' own sentence must be about dealing with each other (`Ministers at Thursday's
      // talks wrangled over … cities besieged by both sides` does not name the besiegers).
      if (!CUE.test(text.slice(s.start, upTo))) continue;
      // The last sentence about dealing decides: two parties there, or none at all.
      const parties = partiesIn(actors, added, s.start, upTo, statesOnly);
      if (parties.length === 2) pair = parties;
      break;
    }
    if (!pair) continue;
    added.push({ ids: pair, start });
    for (const id of pair) out.push({ id, start, end, how: 'inferred:two-sides', compound: pair });
  }
  return out;
}

/** The distinct parties named in [from, to): the last two joined by `and`, or all when only two. */
function partiesIn(actors: readonly ActorRecord[], added: readonly { ids: string[]; start: number }[], from: number, to: number, statesOnly: boolean): string[] {
  const found: Party[] = [];
  for (const a of actors) {
    if (a.type === 'person') continue;
    if (statesOnly && a.type !== 'state' && a.type !== 'government') continue;
    for (const mention of a.mentions) {
      if (mention.start >= from && mention.end <= to && !mention.compound) found.push({ id: a.id, start: mention.start });
    }
  }
  for (const c of added) if (c.start >= from && c.start < to) for (const id of c.ids) found.push({ id, start: c.start });
  const ids = [...new Set(found.sort((x, y) => x.start - y.start).map((p) => p.id))];
  return ids;
}
