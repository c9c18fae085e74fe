/**
 * Sentences, tokens and paragraphs with exact character offsets, over wink-nlp.
 *
 * wink-nlp gives each token its value and the whitespace before it, so offsets are a running sum
 * (measured: no mismatch on wire copy). It keeps line breaks as tokens of their own; we drop them
 * from the token list and use them to cut sentences, because a heading or a caption line must
 * never be glued to the sentence after it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../model/doc.js';
import type { Span } from '../model/span.js';

type WinkNlp = ReturnType<typeof winkNLP>;
let shared: WinkNlp | undefined;

/** The wink-nlp instance; loading the model takes ~150 ms, so it is loaded once and only read. */
function wink(): WinkNlp {
  shared ??= winkNLP(model);
  return shared;
}

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
  paragraphs: Span[];
}

const WHITESPACE = /^\s+$/;
/** A line break followed by a lower-case letter is a hard-wrapped line, not a new sentence. */
const CONTINUATION = /^[a-z,;)]/;

export function analyse(text: string): Analysis {
  // wink-nlp reads an all-blank text as one sentence with no tokens; there is nothing to analyse.
  if (text.trim() === '') return { sentences: [], tokens: [], paragraphs: [] };
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const posTags = wdoc.tokens().out(its.pos) as string[];
  const types = wdoc.tokens().out(its.type) as string[];

  // Character start of every wink token (whitespace tokens included).
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }

  // Raw sentence spans from wink, as character ranges.
  const raw: Span[] = [];
  wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    raw.push({ start: starts[first], end: starts[last] + values[last].length });
  });

  const cut = raw.flatMap((span) => splitAtLineBreaks(text, span));

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let w = 0;
  for (const span of cut) {
    const tokenStart = tokens.length;
    while (w < values.length && starts[w] < span.end) {
      if (starts[w] >= span.start && !WHITESPACE.test(values[w])) {
        const value = values[w];
        tokens.push({
          start: starts[w],
          end: starts[w] + value.length,
          text: value,
          normal: value.toLowerCase(),
          pos: posTags[w],
          kind: types[w],
          sentence: sentences.length,
        });
      }
      w++;
    }
    if (tokens.length > tokenStart) {
      sentences.push({ start: span.start, end: span.end, tokenStart, tokenEnd: tokens.length });
    }
  }
  return { sentences, tokens, paragraphs: paragraphsOf(text) };
}

/** Trim a span of surrounding whitespace and cut it at line breaks that start a new line of text. */
function splitAtLineBreaks(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] !== '\n') continue;
    let j = i;
    while (j < span.end && /\s/.test(text[j])) j++;
    const blank = text.slice(i, j).split('\n').length > 2;
    if (j < span.end && (blank || !CONTINUATION.test(text[j]))) {
      pushTrimmed(text, start, i, out);
      start = j;
    }
    i = j - 1;
  }
  pushTrimmed(text, start, span.end, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Paragraphs: runs of text separated by a blank line (or a single line break between lines). */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    pushTrimmed(text, m.index, m.index + m[0].length, out);
  }
  return out;
}

/** The tokens covering a character span: [first, last) token indices. */
export function tokensOfSpan(tokens: readonly Token[], span: Span): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end].start < span.end) end++;
  return [lo, end];
}

/** The character span of a token range [first, last). */
export function spanOfTokens(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first].start, end: tokens[last - 1].end };
}

/** Index of the sentence containing a character offset, or -1. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
