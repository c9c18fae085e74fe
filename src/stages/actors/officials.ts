/**
 * Unnamed officials, attributed to their party as the gold convention says: `A ministry official
 * familiar with the arbitration case` (the ministry just named), `an opposition representative said`
 * (the opposition group of the article), `rebel officials said`. Only an indefinite or a plural phrase
 * with a party word before the role noun: `the spokesman` is a role, resolved elsewhere.
 */
import type { ActorRecord } from '../../model/record.js';
import type { Chosen } from './build.js';
import type { Context } from './context.js';

const OPENERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'other', 'another', 'senior', 'many']);
const OFFICIALS = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'commander', 'commanders', 'negotiator', 'negotiators', 'delegate', 'delegates', 'diplomat', 'diplomats', 'member', 'members', 'leader', 'leaders']);
/** How far back (in sentences) the party may have been named. */
const REACH = 4;

type Fits = (a: ActorRecord) => boolean;
const opposition: Fits = (a) => a.type === 'armed group' || a.sector === 'OPP' || a.sector === 'REB';
const PARTY_WORDS: Record<string, Fits> = {
  ministry: (a) => a.type === 'government' && /ministry|department/i.test(a.name),
  government: (a) => a.type === 'government',
  regime: (a) => a.type === 'government',
  army: (a) => a.type === 'military',
  military: (a) => a.type === 'military',
  opposition,
  rebel: opposition,
  rebels: opposition,
  insurgent: opposition,
  militant: opposition,
};

export function unnamedOfficials(ctx: Context, actors: readonly ActorRecord[], held: (i: number) => boolean): Chosen[] {
  const out: Chosen[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const fits = PARTY_WORDS[ctx.lower(i)];
    if (!fits || held(i)) continue;
    // The party word, then at most two modifiers (`senior`, `security`), then the role noun.
    let j = i + 1;
    while (j - i <= 3 && !OFFICIALS.has(ctx.lower(j)) && ctx.list('roleModifiers').has(ctx.lower(j))) j++;
    if (!OFFICIALS.has(ctx.lower(j)) || held(j) || !ctx.sameSentence(i, j)) continue;
    const plural = ctx.lower(j).endsWith('s');
    let first = i;
    if (OPENERS.has(ctx.lower(i - 1))) first = i - 1;
    else if (!plural || ctx.lower(i - 1) === 'the' || ctx.isCap(i - 1) && !ctx.isSentenceStart(i - 1)) continue;
    const start = ctx.tokens[first].start;
    const sentence = ctx.tokens[i].sentence;
    // The party: the one that fits within reach, or the one that fits in this sentence and the one
    // before (`The Philippines Foreign Ministry declined to comment. A ministry official …`).
    // Two candidates (`rebel officials` after Nusra and Islamic State) leave the phrase alone.
    const near = new Set<string>();
    const reach = new Set<string>();
    for (const a of actors) {
      if (!fits(a)) continue;
      for (const m of a.mentions) {
        if (m.end > start) continue;
        const s = ctx.tokens.find((t) => t.start >= m.start)?.sentence ?? sentence;
        if (sentence - s <= REACH) reach.add(a.id);
        if (sentence - s <= 1) near.add(a.id);
      }
    }
    // Nothing before: the lede often names the party a sentence or two later (`…, an opposition
    // representative said. … The Higher Negotiation Committee (HNC) …`).
    const ahead = new Set<string>();
    if (reach.size === 0) {
      for (const a of actors) {
        if (!fits(a)) continue;
        for (const m of a.mentions) {
          if (m.start < ctx.tokens[j].end) continue;
          const s = ctx.tokens.find((t) => t.start >= m.start)?.sentence ?? sentence;
          if (s - sentence <= 2) ahead.add(a.id);
        }
      }
    }
    const party = reach.size === 1 ? [...reach][0] : near.size === 1 ? [...near][0] : ahead.size === 1 ? [...ahead][0] : null;
    if (!party) continue;
    out.push({ id: party, start, end: ctx.tokens[j].end, how: 'inferred:unnamed-official' });
    i = j;
  }
  return out;
}
