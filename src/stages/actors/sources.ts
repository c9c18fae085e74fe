/**
 * Anonymous sources: `two sources close to the swap told Reuters`, `according to diplomatic
 * sources`, `a Western diplomatic source said`. The gold convention gives them an actor of their own
 * (one per article: the wire rarely tells its sources apart), so that what they say is attributed
 * to someone, not to nobody and not to the party they are close to.
 */
import type { Chosen } from './build.js';
import type { Context } from './context.js';
import type { NewActor } from './names.js';

export const ANONYMOUS: NewActor = { id: 'new:ANONYMOUS_SOURCES', name: 'anonymous sources', type: 'other', sector: null };

/** Words that may stand before `source(s)` in such a phrase. */
const MODIFIERS = new Set([
  'one', 'of', 'a', 'an', 'the', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'second', 'third', 'another', 'both',
  'diplomatic', 'government', 'security', 'military', 'intelligence', 'informed', 'senior', 'local', 'medical',
  'anonymous', 'unnamed', 'official', 'knowledgeable', 'reliable', 'industry', 'western', 'european', 'arab',
  'palestinian', 'israeli', 'russian', 'ukrainian', 'us', 'u.s.', 'american', 'iranian', 'syrian', 'opposition', 'rebel',
  'police', 'hospital', 'party', 'tribal', 'judicial', 'u.n.', 'un',
]);
/** What may follow before the verb: `close to the swap`, `familiar with the talks`. */
const LINKS = new Set(['close', 'familiar', 'with', 'knowledge', 'briefed', 'involved', 'in', 'on', 'near', 'to', 'of']);

export function anonymousSources(ctx: Context, taken: (i: number) => boolean): Chosen[] {
  const out: Chosen[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.lower(i);
    if (w !== 'source' && w !== 'sources') continue;
    let first = i;
    while (first > 0 && i - first < 4 && MODIFIERS.has(ctx.lower(first - 1)) && ctx.sameSentence(first - 1, i)) first--;
    // `energy sources`, `sources of income`: only a phrase set up as a speaker counts.
    const according = ctx.lower(first - 2) === 'according' && ctx.lower(first - 1) === 'to';
    let j = i + 1;
    if (LINKS.has(ctx.lower(j)) && ctx.lower(j) !== 'of') {
      let k = j;
      while (k < ctx.tokens.length && k - j < 7 && ctx.sameSentence(k, i) && !ctx.list('speechVerbs').has(ctx.lower(k)) && ctx.lower(k) !== ',') k++;
      j = k;
    }
    if (ctx.lower(j) === ',') j++;
    const speaks = ctx.list('personCueVerbs').has(ctx.lower(j)) || /^(say|says|said|told|tell|added)$/.test(ctx.lower(j));
    // `said the source, who spoke on condition of anonymity`: the verb before, the source after it.
    const inverted = /^(said|says|added|told)$/.test(ctx.lower(first - 1)) && ctx.lower(first) === 'the';
    if (!according && !speaks && !inverted) continue;
    if (taken(i)) continue;
    // A word another reading holds (a demonym read as a state) stays its own; the source starts after.
    while (first < i && taken(first)) first++;
    const s = ctx.span(first, i + 1);
    out.push({ id: ANONYMOUS.id, start: s.start, end: s.end, how: 'inferred:anonymous-source' });
  }
  return out;
}
