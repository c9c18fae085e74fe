/**
 * The clause around a cue: where it starts, what may stand between the cue and the reported
 * words (times, `in a statement`, a listener), where the reported words end, and whether a
 * quotation leads in or opens the sentence.
 */
import type { Span } from '../../model/span.js';
import { cueVerb, isAccordingTo, isCloseMark, isOpenMark, isPassive, tokenAtOrAfter, type Context } from './context.js';
import { lexicon } from './lexicon.js';
import { phraseAfter, phraseBefore } from './phrase.js';

export const PARTICIPLE = /ing$/;
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'overnight', 'again', 'also', 'previously', 'privately',
  'publicly', 'separately', 'repeatedly', 'however', 'too', 'then', 'now', 'last', 'this', 'week',
  'month', 'year', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'late', 'early', 'simply',
]);
const TIME_MODIFIERS = new Set(['this', 'last']);
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Prepositions that open an adjunct between a cue and its content (`said in a statement`). */
export const ADJUNCT_ADP = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'after', 'before', 'from', 'with', 'by', 'to', 'as', 'aboard', 'of', 'about']);
/** Words that end a reported clause because another clause (or attribution) begins. */
export const CLAUSE_BREAK = new Set([';', '—', '–']);

/** Skip what may stand between a cue and its content: times, `in a statement`, `, however,`. */
export function skipAdjuncts(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens;
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const w = t[k];
    // `this`, `last`: time words only before a time noun (`said this week`, not `said this would`).
    const modifier = TIME_MODIFIERS.has(w.normal) && !(k + 1 < end && TIME_WORDS.has(t[k + 1].normal) && !TIME_MODIFIERS.has(t[k + 1].normal));
    if ((TIME_WORDS.has(w.normal) && !modifier) || w.pos === 'ADV' && w.normal.endsWith('ly')) {
      k++;
      continue;
    }
    if (w.text === ',' && k + 2 < end && (t[k + 1].pos === 'ADV' || t[k + 1].normal === 'however') && t[k + 2].text === ',') {
      k += 3;
      continue;
    }
    if (ADJUNCT_ADP.has(w.normal) && k + 1 < end) {
      let j = k + 1;
      let head = false;
      while (j < end) {
        const u = t[j];
        if (u.pos === 'DET' && head) break; // a new phrase: the content starts here
        // `said on Tuesday Philippine President-elect Rodrigo Duterte should ...`: a weekday
        // ends the adjunct; the names after it open the content.
        if (w.normal === 'on' && j === k + 1 && WEEKDAYS.test(u.normal)) {
          j++;
          head = true;
          break;
        }
        if (u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM' || u.pos === 'NOUN' || u.pos === 'PROPN' || u.text === '-' || u.normal === "'s" || u.normal === '’s') {
          if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM') head = true;
          j++;
          continue;
        }
        if (head && ['of', 'on', 'with', 'to', 'from', 'by', 'in'].includes(u.normal) && j + 1 < end && t[j + 1].pos !== 'PRON' && t[j + 1].normal !== 'that') {
          head = false;
          j++;
          continue;
        }
        break;
      }
      if (head) {
        k = j;
        continue;
      }
    }
    break;
  }
  return k;
}

export function isNominalish(pos: string): boolean {
  return pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || pos === 'ADP';
}

/** Skip the listener of `told Reuters`, `urged all parties` (a short noun phrase). */
export function skipListener(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens;
  if (k < end && t[k].pos === 'PRON' && ['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists'].includes(t[k].normal)) return k + 1;
  // `told the BBC Iran was ready`: a known outlet ends the listener, or the noun phrase would
  // run on into the subject of the reported clause.
  const outlet = outletAt(ctx, k, end);
  if (outlet > k) return outlet;
  const p = phraseAfter(t, k, end);
  if (p) return p.last;
  let j = k;
  if (j < end && t[j].pos === 'DET') j++;
  while (j < end && (t[j].pos === 'NOUN' || t[j].pos === 'PROPN' || t[j].pos === 'ADJ')) j++;
  return j > k ? j : k;
}

const OUTLET_NOUNS = new Set(['news', 'agency', 'newspaper', 'daily', 'television', 'tv', 'radio', 'channel', 'broadcaster', 'network']);

/** The token after a news outlet's name starting at `k` (longest first), or `k` when none. */
export function outletAt(ctx: Context, k: number, end: number): number {
  const t = ctx.tokens;
  for (const o of lexicon().outlets) {
    if (k + o.length > end) continue;
    if (!o.every((w, i) => t[k + i].normal === w)) continue;
    let j = k + o.length;
    while (j < end && OUTLET_NOUNS.has(t[j].normal)) j++; // `Reuters news agency`
    return j;
  }
  return k;
}

/** Whether tokens [a, b) read as a clause: a few words with a verb. */
export function isClause(ctx: Context, a: number, b: number): boolean {
  if (b - a < 3) return false;
  for (let i = a; i < b; i++) {
    const p = ctx.tokens[i].pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** A span from tokens [a, b), with trailing punctuation dropped. */
export function spanOf(ctx: Context, a: number, b: number): Span | null {
  const t = ctx.tokens;
  while (b > a && /^[.,;:!?]$/.test(t[b - 1].text)) b--;
  if (b <= a) return null;
  return { start: t[a].start, end: t[b - 1].end };
}

/** Where a clause starting at `from` may start: after the sentence floor, a leading `But`, a closing quote. */
export function clauseStart(ctx: Context, sentence: number, cue: number): number {
  const t = ctx.tokens;
  let a = ctx.floor[sentence];
  for (let i = cue - 1; i >= a; i--) {
    if (CLAUSE_BREAK.has(t[i].text) || (isCloseMark(t[i]) && ctx.quoteOf[i] >= 0 && endsQuotation(ctx, i))) {
      a = i + 1;
      break;
    }
  }
  while (a < cue && (t[a].pos === 'CCONJ' || t[a].pos === 'SCONJ' && t[a].normal !== 'that')) a++;
  return a;
}

/** A closing mark ending a quotation (`...,"` / `"...",`), not a quoted name (`"Ted Cruz" pins`). */
export function endsQuotation(ctx: Context, i: number): boolean {
  const before = ctx.text[ctx.tokens[i].start - 1];
  if (/[,.!?…]/.test(before ?? '') || ctx.tokens[i + 1]?.text === ',') return true;
  // `"... a false narrative" said Nick Merrill`: a quotation of some length right before a cue.
  const q = ctx.quoted[ctx.quoteOf[i]];
  const words = q ? q.fragments.reduce((n, f) => n + ctx.text.slice(f.start, f.end).split(/\s+/).length, 0) : 0;
  return words >= 4 && cueVerb(ctx, i + 1) !== undefined;
}

/** A cue that can report speech (not one only used with quotation marks, like `called`). */
export function reports(ctx: Context, i: number): boolean {
  const v = cueVerb(ctx, i);
  return v !== undefined && !v.directOnly;
}

/** Where words reported before their attribution start: the sentence, after `;` or a dash. */
export function reportedStart(ctx: Context, si: number, before: number): number {
  const t = ctx.tokens;
  let a = ctx.floor[si];
  for (let i = before - 1; i >= a; i--) {
    if (CLAUSE_BREAK.has(t[i].text)) {
      a = i + 1;
      break;
    }
  }
  while (a < before && (t[a].pos === 'CCONJ' || t[a].text === '(')) a++;
  return a;
}

/** Where reported content ends: the sentence end, or where the next attribution begins. */
export function contentEnd(ctx: Context, from: number, end: number): number {
  const t = ctx.tokens;
  for (let i = from; i < end; i++) {
    if (CLAUSE_BREAK.has(t[i].text)) return i;
    const next = t[i + 1];
    if (t[i].text === ',' && next && (PARTICIPLE.test(next.normal) && reports(ctx, i + 1) || isAccordingTo(ctx, i + 1))) return i;
    if (t[i].pos === 'CCONJ' && next && reports(ctx, i + 1)) return i;
    // `, as it repeated that ...`, `, and Trump vowed to ...`: another attribution with its own
    // subject.
    const opens = t[i].text === ',' || t[i].pos === 'SCONJ' || t[i].pos === 'CCONJ' || t[i].normal === 'as';
    if (opens && i + 2 < end) {
      const subject = t[i].text === ',' && t[i + 1].pos === 'CCONJ' ? i + 2 : i + 1;
      for (let k = subject + 1; k < Math.min(end, i + 9); k++) {
        if (cueVerb(ctx, k)) {
          const p = phraseBefore(t, k, subject);
          if (p && p.first === subject && !isPassive(ctx, k)) return i;
          break;
        }
        if (t[k].pos === 'VERB' || t[k].pos === 'AUX' && !['has', 'have', 'had'].includes(t[k].normal)) break;
      }
    }
  }
  return end;
}

/** Whether quotation qi opens its sentence (or follows a colon). */
export function opensSentence(ctx: Context, qi: number): boolean {
  const open = ctx.quoted[qi].open;
  const t = ctx.tokens;
  const openTok = tokenAtOrAfter(ctx, open);
  let i = ctx.floor[t[openTok]?.sentence ?? 0];
  while (i < t.length && t[i].start < open && (t[i].pos === 'CCONJ' || t[i].text === ':' || t[i].text === '(')) i++;
  if (t[i]?.start === open) return true;
  const before = ctx.text.slice(0, open).trimEnd();
  return before.endsWith(':');
}

/** `told Palo Alto Weekly, "..."`, `said: "..."`: the cue's clause ends in a quotation. */
export function leadsToQuote(ctx: Context, cl: number, end: number): boolean {
  const t = ctx.tokens;
  for (let j = cl; j < Math.min(end - 1, cl + 8); j++) {
    if ((t[j].text === ':' || t[j].text === ',') && isOpenMark(t[j + 1]) && ctx.quoteOf[j + 1] >= 0) return true;
    if (t[j].text === ':' && j + 1 >= end) return true;
    if (t[j].pos === 'VERB' || t[j].pos === 'AUX' || ctx.quoteOf[j] >= 0) return false;
  }
  return t[cl]?.text === ':';
}

/** Whether a quotation opening at token c runs to the end of the sentence (a direct quote). */
export function wholeQuoteFrom(ctx: Context, c: number, end: number): boolean {
  const q = ctx.quoteOf[c];
  if (q < 0) return false;
  let last = end - 1;
  while (last > c && /^[.,!?]$/.test(ctx.tokens[last].text)) last--;
  return ctx.quoteOf[last] === q;
}
