/**
 * Features of a token for the entity tagger. They are meant to carry over from 1996 Reuters to
 * today's wire copy: the word and its affixes, its shape and casing, two words either side and
 * their shapes, where it sits in the sentence, whether the sentence is a headline in capitals,
 * whether the word is a common lower-case word (so `May` or a sentence-initial `The` is not a name),
 * how the same word is written elsewhere in the document, and gazetteer membership.
 *
 * Tokens are normalised first (curly quotes and dashes to ASCII, digits to 0) so that wink-nlp's
 * tokens of modern text and of CoNLL's text look alike.
 */
import type { Gazetteer, GazetteerHit } from './gazetteer.js';
import { matchGazetteers } from './gazetteer.js';

/** Bump when the feature strings change: a model records the version it was trained with. */
export const FEATURE_VERSION = 1;

/** What the document says about words, gathered over all its sentences before tagging any. */
export interface DocContext {
  /** Lower-cased words seen written in lower case somewhere in running text. */
  lower: Set<string>;
  /** Lower-cased words seen capitalised in the middle of a running-text sentence. */
  capitalised: Set<string>;
}

export interface FeatureContext {
  gazetteers: readonly Gazetteer[];
  /** Lower-cased words that are mostly written in lower case (from the training text). */
  common: ReadonlySet<string>;
}

const QUOTES: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'", '—': '--', '–': '--',
};

/** The form features see: ASCII quotes and dashes, `’s` as `'s`. */
export function normaliseToken(text: string): string {
  const q = QUOTES[text];
  if (q !== undefined) return q;
  return text.includes('’') ? text.replace(/’/g, "'") : text;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** `Khalilzad` → `Xxxxxxxxx` (capped), short form `Xx`; digits `d`, other characters kept. */
export function shapes(word: string): [string, string] {
  let long = '';
  let short = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const code = word.charCodeAt(i);
    let s: string;
    if (code >= 48 && code <= 57) s = 'd';
    else if (code >= 97 && code <= 122) s = 'x';
    else if (code >= 65 && code <= 90) s = 'X';
    else if (code < 128) s = ch;
    else s = isUpper(ch) ? 'X' : isLower(ch) ? 'x' : ch;
    if (long.length < 8) long += s;
    if (s !== last) short += s;
    last = s;
  }
  return [long, short];
}

export type Casing = 'lower' | 'cap' | 'upper' | 'mixed' | 'none';

export function casingOf(word: string): Casing {
  let up = 0;
  let low = 0;
  for (const ch of word) {
    if (isUpper(ch)) up++;
    else if (isLower(ch)) low++;
  }
  if (up === 0 && low === 0) return 'none';
  if (up === 0) return 'lower';
  if (low === 0) return 'upper';
  return isUpper(word[0]) && up === 1 ? 'cap' : 'mixed';
}

/** Headline style of a sentence: mostly ALL CAPS, Title Case, or running text. */
export function sentenceStyle(words: readonly string[]): 'caps' | 'title' | 'text' {
  let upper = 0;
  let cap = 0;
  let lower = 0;
  for (const w of words) {
    if (w.length < 2) continue;
    const c = casingOf(w);
    if (c === 'upper') upper++;
    else if (c === 'cap') cap++;
    else if (c === 'lower') lower++;
  }
  const alpha = upper + cap + lower;
  if (alpha >= 3 && upper >= 0.7 * alpha) return 'caps';
  // Title Case: nearly every longer word capitalised (short function words may not be).
  if (alpha >= 4 && lower <= 0.2 * alpha && cap > upper) return 'title';
  return 'text';
}

/** Gather how words are written across the document (before tagging any sentence). */
export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const words of sentences) {
    if (sentenceStyle(words) !== 'text') continue;
    for (let i = 0; i < words.length; i++) {
      const c = casingOf(words[i]);
      if (c === 'lower') lower.add(words[i]);
      else if (c === 'cap' && i > 0 && !/^["'(\-]/.test(words[i - 1])) capitalised.add(words[i].toLowerCase());
    }
  }
  return { lower, capitalised };
}

/** Lower-cased form with every digit as 0, so `1996-08-22` and `2019-09-03` are one word. */
function wordKey(word: string): string {
  const lw = word.toLowerCase();
  return /\d/.test(lw) ? lw.replace(/\d/g, '0') : lw;
}

const PAD = ['<s>', '<s>'];

/**
 * Feature strings of every token of one sentence. `words` are the normalised token texts.
 * Returns one array of strings per token.
 */
export function sentenceFeatures(
  ctx: FeatureContext,
  doc: DocContext,
  words: readonly string[],
): string[][] {
  const n = words.length;
  const lw = words.map(wordKey);
  const sh = words.map(shapes);
  const style = sentenceStyle(words);
  const hits = matchGazetteers(ctx.gazetteers, words);
  const gaz = gazetteerTags(n, hits, ctx.gazetteers);
  const L = (i: number): string => (i < 0 ? PAD[0] : i >= n ? '</s>' : lw[i]);
  const S = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : sh[i][1]);
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lw[i];
    const [long, short] = sh[i];
    const casing = casingOf(w);
    const f: string[] = [
      'b',
      'w=' + l,
      'W=' + w,
      'sh=' + long,
      'ss=' + short,
      'c=' + casing + '|' + style,
      'w-1=' + L(i - 1),
      'w+1=' + L(i + 1),
      'w-2=' + L(i - 2),
      'w+2=' + L(i + 2),
      'w-1|w=' + L(i - 1) + '|' + l,
      'w|w+1=' + l + '|' + L(i + 1),
      'ss-1=' + S(i - 1),
      'ss+1=' + S(i + 1),
      'ss-2=' + S(i - 2),
      'ss+2=' + S(i + 2),
      'ss3=' + S(i - 1) + '|' + short + '|' + S(i + 1),
      'w-1|ss=' + L(i - 1) + '|' + short,
      'ss|w+1=' + short + '|' + L(i + 1),
    ];
    for (let k = 1; k <= 4 && k < l.length; k++) {
      f.push(`p${k}=` + l.slice(0, k), `s${k}=` + l.slice(-k));
    }
    if (i === 0) f.push('first|' + short);
    if (i === n - 1) f.push('last|' + short);
    if (casing !== 'lower' && casing !== 'none') {
      const lower = w.toLowerCase();
      const common = ctx.common.has(lower);
      const pos = i === 0 ? 'first' : 'mid';
      f.push('cw=' + common + '|' + pos + '|' + style);
      // How the document writes the same word where casing is informative.
      f.push('dl=' + doc.lower.has(lower) + '|' + pos + '|' + style);
      if (i === 0 || style !== 'text') f.push('dc=' + doc.capitalised.has(lower) + '|' + style);
    }
    for (const g of gaz[i]) f.push('g=' + g);
    if (i > 0) for (const g of gaz[i - 1]) f.push('g-1=' + g);
    if (i < n - 1) for (const g of gaz[i + 1]) f.push('g+1=' + g);
    out[i] = f;
  }
  return out;
}

/** Per token, `<gazetteer>:<label>:<B|I|L|U>` for every gazetteer hit covering it. */
function gazetteerTags(n: number, hits: GazetteerHit[][], gazetteers: readonly Gazetteer[]): string[][] {
  const out: string[][] = Array.from({ length: n }, () => []);
  hits.forEach((list, g) => {
    for (const h of list) {
      const name = gazetteers[g].name + ':' + h.label;
      if (h.end - h.start === 1) {
        out[h.start].push(name + ':U');
        continue;
      }
      out[h.start].push(name + ':B');
      for (let i = h.start + 1; i < h.end - 1; i++) out[i].push(name + ':I');
      out[h.end - 1].push(name + ':L');
    }
  });
  return out;
}
