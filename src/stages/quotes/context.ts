/**
 * What the quote rules share about one article: tokens, which of them lie inside quotation
 * marks, where each sentence may start (after a dateline), and the cue verbs.
 */
import type { Block } from '../../model/article.js';
import type { Sentence, Token } from '../../model/doc.js';
import type { Span } from '../../model/span.js';
import { lexicon, type VerbEntry } from './lexicon.js';
import type { Quoted } from './marks.js';

export interface Context {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quoted: readonly Quoted[];
  /** Per token: index into `quoted` when the token lies between a quote's marks, else -1. */
  quoteOf: Int32Array;
  /** Per sentence: the first token a clause may start at (after a dateline). */
  floor: Int32Array;
  /** Per sentence: whether it lies in a caption, byline or other non-body block. */
  skip: Uint8Array;
}

/** Blocks whose text is not the article's own statements. */
const NOT_BODY = new Set(['caption', 'byline', 'signoff', 'boilerplate', 'dateline']);
/** A dateline opening the text: `WASHINGTON (Reuters) -`, `KABUL, Afghanistan (AP) —`. */
const DATELINE = /^\s*[A-Z][A-Z .,'/-]{1,60}?(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s+/;

/**
 * A dateline whose dash was lost (`MUNICH Major powers ...`, `FINSTADJORDET, Norway U.S. ...`):
 * a place in capitals (five letters or more, so `NATO said` stays) before a capitalised word.
 */
const BARE_DATELINE = /^\s*[A-Z]{5,}(?:[ /][A-Z]{3,})*(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\s+(?=[A-Z])/;

export function makeContext(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quoted: readonly Quoted[],
  dateline: Span | null,
  blocks: readonly Block[] | undefined,
): Context {
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let ti = 0;
  quoted.forEach((q, qi) => {
    while (ti < tokens.length && tokens[ti].start < q.open) ti++;
    for (let k = ti; k < tokens.length && tokens[k].start < q.close; k++) quoteOf[k] = qi;
  });
  const lineDate = dateline ?? datelineOf(text);
  const floor = new Int32Array(sentences.length);
  const skip = new Uint8Array(sentences.length);
  sentences.forEach((s, si) => {
    let f = s.tokenStart;
    if (lineDate) while (f < s.tokenEnd && tokens[f].start < lineDate.end) f++;
    floor[si] = f;
    if (blocks?.some((b) => NOT_BODY.has(b.kind) && b.start <= s.start && s.end <= b.end)) skip[si] = 1;
  });
  return { text, tokens, sentences, quoted, quoteOf, floor, skip };
}

/** A dateline at the very start of the text, when no earlier stage has marked one. */
function datelineOf(text: string): Span | null {
  const head = text.slice(0, 120);
  const m = DATELINE.exec(head) ?? BARE_DATELINE.exec(head);
  return m ? { start: 0, end: m[0].length } : null;
}

/** The cue verb at token i, if it is one (a verb form from the lexicon, tagged as a verb). */
export function cueVerb(ctx: Context, i: number): VerbEntry | undefined {
  const t = ctx.tokens[i];
  if (!t || ctx.quoteOf[i] >= 0) return undefined;
  const entry = lexicon().verbs.get(t.normal);
  if (!entry) return undefined;
  if (t.pos !== 'VERB' && !(t.pos === 'AUX' && entry.lemma === 'say')) return undefined;
  return entry;
}

/** `according to` at token i. */
export function isAccordingTo(ctx: Context, i: number): boolean {
  const t = ctx.tokens;
  return t[i]?.normal === 'according' && t[i + 1]?.normal === 'to' && ctx.quoteOf[i] < 0;
}

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);

/** `what are called`, `is said to`, `was described by`: a passive cue names no speaker before it. */
export function isPassive(ctx: Context, i: number): boolean {
  const t = ctx.tokens;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (BE.has(t[k].normal)) return true;
    if (t[k].pos !== 'ADV' && t[k].pos !== 'PART') break;
  }
  return false;
}

export function sentenceOfToken(ctx: Context, i: number): Sentence {
  return ctx.sentences[ctx.tokens[i].sentence];
}

/** Index of the first token starting at or after a character offset. */
export function tokenAtOrAfter(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before a character offset, or -1. */
export function tokenBefore(ctx: Context, offset: number): number {
  return tokenAtOrAfter(ctx, offset) - 1;
}

export function isOpenMark(t: Token | undefined): boolean {
  return t !== undefined && /^(["“„«‘'`]|``)$/.test(t.text);
}

export function isCloseMark(t: Token | undefined): boolean {
  return t !== undefined && /^(["”»’'´]|''|´´)$/.test(t.text);
}
