/**
 * The subject of a cue or a sentence: the phrase right before the verb, or before an apposition
 * (`Bashar al-Zoubi, head of ..., said`), a dash or bracket pair, a relative `who`, or a quoted
 * word (`It also "strongly" condemned`).
 */
import { clauseStart } from './clause.js';
import { isCloseMark, type Context } from './context.js';
import { phraseBefore, skipBetween, type Leniency, type Phrase } from './phrase.js';

const FLOATING = new Set(['both', 'all', 'each']);

/** The speaker before a cue, including `X, head of Y, said` (the name before the apposition). */
export function subjectBefore(ctx: Context, cue: number, floor: number, lenient: Leniency = false): Phrase | null {
  const t = ctx.tokens;
  // `Yerofeyev and Alexandrov both told Reuters`: a floating quantifier stands before the cue.
  while (cue - 1 > floor && FLOATING.has(t[cue - 1].normal)) cue--;
  const direct = phraseBefore(t, cue, floor, lenient);
  if (direct) return direct;
  // `Mike Pence, who called their son "an American hero"`: the phrase `who` stands for.
  let w = cue - 1;
  while (w > floor && (t[w].pos === 'ADV' || t[w].pos === 'AUX')) w--;
  if ((t[w]?.normal === 'who' || (t[w]?.normal === 'which' && t[w - 1]?.text === ',')) && w > floor) {
    const before = t[w - 1].text === ',' ? w - 1 : w;
    const p = phraseBefore(t, before, ctx.floor[t[cue].sentence], true);
    if (p) return p;
  }
  // `It also "strongly" condemned`: a quoted word or two between the subject and the cue.
  const q = ctx.quoteOf[cue - 1];
  if (q >= 0 && isCloseMark(t[cue - 1])) {
    let o = cue - 1;
    while (o > floor && ctx.quoteOf[o - 1] === q) o--;
    if (cue - o <= 5 && o > floor) return phraseBefore(t, o, floor, lenient);
  }
  let k = skipBetween(t, cue - 1, floor);
  while (k > floor && (t[k].pos === 'AUX' || t[k].pos === 'ADV')) k--;
  if (t[k]?.text === ',' && t[k - 1]?.text === ')') k--; // `Gov. John Kasich (R-OH), said`
  // `Jason Sims — a teacher from Mount Pleasant — says`, `Rep. Paul Ryan (R-WI) said`
  const pair = t[k]?.text === ')' ? '(' : t[k]?.text === '—' || t[k]?.text === '–' ? t[k].text : null;
  if (pair) {
    const sentenceFloor = ctx.floor[t[cue].sentence];
    for (let j = k - 1; j > sentenceFloor && j > k - 25; j--) {
      if (t[j].text === pair) return phraseBefore(t, j, sentenceFloor, lenient);
    }
    return null;
  }
  if (t[k]?.text !== ',') return null;
  cue = k + 1;
  // `Bashar al-Zoubi, head of ..., said`: the phrase before the first comma of the clause.
  // The first comma-separated segment that is a whole noun phrase (after `Still,` or `In a
  // statement released on Monday,`).
  let from = floor;
  for (let i = floor; i < cue; i++) {
    if (t[i].text !== ',') continue;
    const p = phraseBefore(t, i, from, lenient);
    if (p && p.first === from) return p;
    from = i + 1;
  }
  return null;
}

/** The subject of a sentence: the phrase before its first verb (outside quotes), before `limit`. */
export function sentenceSubject(ctx: Context, si: number, limit: number): Phrase | null {
  const t = ctx.tokens;
  const floor = ctx.floor[si];
  for (let i = floor; i < limit; i++) {
    if (ctx.quoteOf[i] >= 0 || (t[i].pos !== 'VERB' && t[i].pos !== 'AUX')) continue;
    const p = subjectBefore(ctx, i, clauseStart(ctx, si, i), true);
    if (p) return p;
  }
  return null;
}
