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
  /** Per token: the cue verb it is (see cueVerb), computed once. */
  cues: (VerbEntry | undefined)[];
  /** Per token: 1 where `according to` starts. */
  according: Uint8Array;
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

/** Titles the sentence splitter takes for a sentence end (`Sen. Rand Paul`). */
const TITLE_END = /^(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Capt|Maj|Prof|Rev|Sr|Jr|St|Adm|Amb|Pres)\.$/;

/**
 * Sentences as the attribution rules need them: a sentence the splitter cut after `(D-Nev.)` or
 * `Sen.` is glued back when the next part starts in lower case or follows a title, within a line.
 * Tokens are copied with their sentence index renumbered.
 */
function mergeSentences(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): { tokens: Token[]; sentences: Sentence[] } {
  const merged: Sentence[] = [];
  for (const s of sentences) {
    const prev = merged[merged.length - 1];
    const first = tokens[s.tokenStart];
    const glue =
      prev !== undefined &&
      !text.slice(prev.end, s.start).includes('\n') &&
      (/^[a-z,;:)\]]/.test(first.text) || TITLE_END.test(tokens[prev.tokenEnd - 1].text));
    if (glue) merged[merged.length - 1] = { ...prev, end: s.end, tokenEnd: s.tokenEnd };
    else merged.push({ ...s });
  }
  if (merged.length === sentences.length) return { tokens: [...tokens], sentences: merged };
  const out = tokens.map((t) => ({ ...t }));
  merged.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) out[i].sentence = si;
  });
  return { tokens: out, sentences: merged };
}

export function makeContext(
  text: string,
  rawTokens: readonly Token[],
  rawSentences: readonly Sentence[],
  quoted: readonly Quoted[],
  dateline: Span | null,
  blocks: readonly Block[] | undefined,
): Context {
  const { tokens, sentences } = mergeSentences(text, rawTokens, rawSentences);
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
  const cues = new Array<VerbEntry | undefined>(tokens.length);
  const according = new Uint8Array(tokens.length);
  const verbs = lexicon().verbs;
  for (let i = 0; i < tokens.length; i++) {
    if (quoteOf[i] >= 0) continue;
    const entry = verbs.get(tokens[i].normal);
    if (entry) cues[i] = verbAt(tokens, i, entry);
    if (tokens[i].normal === 'according' && tokens[i + 1]?.normal === 'to') according[i] = 1;
  }
  return { text, tokens, sentences, quoted, quoteOf, floor, skip, cues, according };
}

/** A dateline at the very start of the text, when no earlier stage has marked one. */
function datelineOf(text: string): Span | null {
  const head = text.slice(0, 120);
  const m = DATELINE.exec(head) ?? BARE_DATELINE.exec(head);
  return m ? { start: 0, end: m[0].length } : null;
}

/** The cue verb at token i, if it is one (a verb form from the lexicon, tagged as a verb). */
export function cueVerb(ctx: Context, i: number): VerbEntry | undefined {
  return ctx.cues[i];
}

function verbAt(tokens: readonly Token[], i: number, entry: VerbEntry): VerbEntry | undefined {
  const t = tokens[i];
  if (entry.particle && tokens[i + 1]?.normal !== entry.particle) return undefined;
  if (t.pos === 'VERB' || (t.pos === 'AUX' && entry.lemma === 'say')) return entry;
  // The tagger reads `notes`, `claims`, `answers` as nouns; after a name, a pronoun or a quotation
  // they are verbs (`," Viguerie notes`).
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const endsClause = !next || /^[.,:;]$/.test(next.text) || next.normal === 'that' || isOpenMark(next);
  if (/^[a-z]/.test(t.text) && prev && (prev.pos === 'PRON' || isCloseMark(prev) || (prev.pos === 'PROPN' && endsClause))) return entry;
  if (t.normal.endsWith('ing') && prev?.normal === 'by') return entry; // `by warning that`
  return undefined;
}

/** `according to` at token i. */
export function isAccordingTo(ctx: Context, i: number): boolean {
  return ctx.according[i] === 1;
}

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);

/** `what are called`, `is said to`, `was described by`: a passive cue names no speaker before it. */
export function isPassive(ctx: Context, i: number): boolean {
  const t = ctx.tokens;
  if (t[i].normal.endsWith('ing')) return false; // `is telling`, `’s predicting`
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (BE.has(t[k].normal)) return true;
    if (t[k].pos !== 'ADV' && t[k].pos !== 'PART') break;
  }
  return false;
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

const OPEN_MARKS = new Set(['"', '“', '„', '«', '‘', "'", '`', '``']);
const CLOSE_MARKS = new Set(['"', '”', '»', '’', "'", '´', "''", '´´']);

export function isOpenMark(t: Token | undefined): boolean {
  return t !== undefined && OPEN_MARKS.has(t.text);
}

export function isCloseMark(t: Token | undefined): boolean {
  return t !== undefined && CLOSE_MARKS.has(t.text);
}
