/**
 * Toponym candidates: gazetteer names over capitalised token sequences (longest match first, never
 * across a sentence), and demonyms (`Afghan`, `Qatari`). Nothing is resolved here.
 */
import type { Sentence, Token } from '../../model/doc.js';
import type { How } from '../../model/span.js';
import { fold, type Gazetteer, type GazPlace } from '../../kb/gazetteer/index.js';
import { CALENDAR_WORDS, LONE_STOP } from './words.js';

export interface Candidate {
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  text: string;
  /** What the words may mean; for a demonym, the one country or region it marks. */
  places: readonly GazPlace[];
  how: How;
  demonym: boolean;
  /** The tagger read these words as a location (LOC): any reading beats none. */
  tagged?: boolean;
}

const UPPER = /^\p{Lu}/u;

export function isCapitalised(token: Token): boolean {
  return UPPER.test(token.text);
}

export function detect(text: string, tokens: readonly Token[], sentences: readonly Sentence[], gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!isCapitalised(tokens[i])) continue;
      const found = longestName(text, tokens, i, s.tokenEnd, gaz) ?? demonymAt(text, tokens, i, s.tokenEnd, gaz);
      if (!found) continue;
      out.push(found);
      i = found.last - 1;
    }
  }
  return out;
}

function longestName(text: string, tokens: readonly Token[], i: number, end: number, gaz: Gazetteer): Candidate | null {
  // Look further ahead only where some longer name starts with this word (`New` of `New York`).
  const reach = gaz.startsLonger(fold(tokens[i].text)) ? gaz.maxWords : 1;
  // A name of several words known only as a small place without population (`Victoria Park`, Hong
  // Kong) does not hide a known place it starts with (`Victoria`): it is kept only failing one.
  let small: Candidate | null = null;
  for (let j = Math.min(end, i + reach); j > i; j--) {
    const last = tokens[j - 1];
    if (last.kind === 'punctuation' && !/[.]/.test(last.text)) continue;
    if (j - 1 > i && /^['’]s$/.test(last.text)) continue; // `London ’s`: the name ends before
    const span = trimDot(text, tokens[i].start, last.end);
    const raw = text.slice(span.start, span.end);
    const key = fold(raw);
    if (key.length < 2 || (key.length < 3 && raw !== raw.toUpperCase())) continue;
    if (!key.includes(' ') && (CALENDAR_WORDS.has(key) || LONE_STOP.has(key))) continue;
    const places = gaz.lookup(key);
    if (places.length === 0) continue;
    // A short all-capitals word mid-text is an acronym (`SANA`, `ISIS`), unless a country or region.
    if (raw.length <= 5 && raw === raw.toUpperCase() && tokens[i].start > 2 && places.every((p) => p.kind === 'city' || p.kind === 'capital')) continue;
    const found: Candidate = { ...span, first: i, last: j, text: raw, places, how: 'stated', demonym: false };
    if (j - i > 1 && places.every((p) => p.feature === 'PPLS')) {
      small ??= found;
      continue;
    }
    return found;
  }
  return small;
}

function demonymAt(text: string, tokens: readonly Token[], i: number, end: number, gaz: Gazetteer): Candidate | null {
  for (let j = Math.min(end, i + 2); j > i; j--) {
    const raw = text.slice(tokens[i].start, tokens[j - 1].end);
    const place = gaz.demonym(fold(raw));
    if (!place) continue;
    return {
      start: tokens[i].start, end: tokens[j - 1].end, first: i, last: j, text: raw, places: [place],
      how: 'inferred:demonym', demonym: true,
    };
  }
  return null;
}

/**
 * A full stop glued to the last token (`Lashkar Gāh.` at a sentence end) is not part of the name,
 * nor is a possessive the tokenizer left on it (`France’s`).
 */
function trimDot(text: string, start: number, end: number): { start: number; end: number } {
  if (end - start > 3 && /^['’]s$/.test(text.slice(end - 2, end)) && /\S/.test(text[end - 3])) return { start, end: end - 2 };
  if (text[end - 1] === '.') {
    const word = text.slice(text.lastIndexOf(' ', end - 1) + 1, end - 1);
    if (!word.includes('.') && word.length > 1) return { start, end: end - 1 };
  }
  return { start, end };
}
