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
export const FEATURE_VERSION = 3;

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
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) up++;
    else if (code >= 97 && code <= 122) low++;
    else if (code > 127) {
      const ch = word[i];
      if (isUpper(ch)) up++;
      else if (isLower(ch)) low++;
    }
  }
  if (up === 0 && low === 0) return 'none';
  if (up === 0) return 'lower';
  if (low === 0) return 'upper';
  const first = word.charCodeAt(0);
  const initial = (first >= 65 && first <= 90) || (first > 127 && isUpper(word[0]));
  return initial && up === 1 ? 'cap' : 'mixed';
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


/**
 * Where features go. A feature is a template and one to three values; its key (what the model file
 * stores) is them joined by tabs, which no token contains. Training collects the keys as strings;
 * the tagger looks the parts up in nested tables instead, so that no key string is built and
 * hashed per token (the values are the sentence's own strings, hashed once).
 */
export interface FeatureSink {
  /** The following features belong to token i. */
  token(i: number): void;
  f1(template: string, a: string): void;
  f2(template: string, a: string, b: string): void;
  f3(template: string, a: string, b: string, c: string): void;
}

export function featureKey(template: string, ...values: string[]): string {
  return template + '\t' + values.join('\t');
}

/** Collects feature keys as strings, one array per token. */
export class StringSink implements FeatureSink {
  readonly out: string[][] = [];
  private cur: string[] = [];
  token(i: number): void {
    this.cur = this.out[i] ??= [];
  }
  f1(t: string, a: string): void {
    this.cur.push(t + '\t' + a);
  }
  f2(t: string, a: string, b: string): void {
    this.cur.push(t + '\t' + a + '\t' + b);
  }
  f3(t: string, a: string, b: string, c: string): void {
    this.cur.push(t + '\t' + a + '\t' + b + '\t' + c);
  }
}

/**
 * Features of a word by itself, whatever its context: form, shape, affixes. Split from the rest so
 * the tagger can look them up once per distinct word rather than once per token.
 */
export function wordFeatures(word: string): string[] {
  const l = wordKey(word);
  const [long, short] = shapes(word);
  const f = ['b', featureKey('w', l), featureKey('W', word), featureKey('sh', long), featureKey('ss', short)];
  for (let k = 1; k <= 4 && k < l.length; k++) f.push(featureKey(`p${k}`, l.slice(0, k)), featureKey(`s${k}`, l.slice(-k)));
  return f;
}

/**
 * Features of every token of one sentence that depend on its context: neighbours, position,
 * headline style, the document, gazetteers. `words` are the normalised token texts.
 */
export function contextFeatures(ctx: FeatureContext, doc: DocContext, words: readonly string[], sink: FeatureSink): void {
  const n = words.length;
  const lw = words.map(wordKey);
  const sh = words.map((w) => shapes(w)[1]);
  const style = sentenceStyle(words);
  const hits = matchGazetteers(ctx.gazetteers, words);
  const gaz = gazetteerTags(n, hits, ctx.gazetteers);
  const L = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lw[i]);
  const S = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : sh[i]);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lw[i];
    const short = sh[i];
    const casing = casingOf(w);
    sink.token(i);
    sink.f2('c', casing, style);
    sink.f1('w-1', L(i - 1));
    sink.f1('w+1', L(i + 1));
    sink.f1('w-2', L(i - 2));
    sink.f1('w+2', L(i + 2));
    sink.f2('w-1|w', L(i - 1), l);
    sink.f2('w|w+1', l, L(i + 1));
    sink.f1('ss-1', S(i - 1));
    sink.f1('ss+1', S(i + 1));
    sink.f1('ss-2', S(i - 2));
    sink.f1('ss+2', S(i + 2));
    sink.f3('ss3', S(i - 1), short, S(i + 1));
    sink.f2('w-1|ss', L(i - 1), short);
    sink.f2('ss|w+1', short, L(i + 1));
    if (i === 0) sink.f1('first', short);
    if (i === n - 1) sink.f1('last', short);
    if (casing !== 'lower' && casing !== 'none') {
      const lower = w.toLowerCase();
      const pos = i === 0 ? 'first' : 'mid';
      sink.f3('cw', ctx.common.has(lower) ? 'y' : 'n', pos, style);
      // How the document writes the same word where casing is informative.
      sink.f3('dl', doc.lower.has(lower) ? 'y' : 'n', pos, style);
      if (i === 0 || style !== 'text') sink.f2('dc', doc.capitalised.has(lower) ? 'y' : 'n', style);
    }
    for (const g of gaz[i]) sink.f1('g', g);
    if (i > 0) for (const g of gaz[i - 1]) sink.f1('g-1', g);
    if (i < n - 1) for (const g of gaz[i + 1]) sink.f1('g+1', g);
  }
}

/** All feature keys of every token of one sentence (word features, then context features). */
export function sentenceFeatures(ctx: FeatureContext, doc: DocContext, words: readonly string[]): string[][] {
  const sink = new StringSink();
  contextFeatures(ctx, doc, words, sink);
  return words.map((w, i) => [...wordFeatures(w), ...(sink.out[i] ?? [])]);
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

/**
 * Label consistency across a document: a name is usually the same kind of thing every time it
 * appears, and its clearest mention (`President Volodymyr Zelenskyy`) tells how to read the
 * doubtful ones (`Zelenskyy` opening a sentence). A first tagging pass gives, for each capitalised
 * word, the types it got anywhere in the document; the second pass sees them as features.
 */
export type DocTypes = Map<string, Int32Array>;

const TYPE_NAMES = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

/** Type index of a BILOU tag id (0 = O, else 1 + type), matching tags.ts's layout. */
function typeIndex(tag: number): number {
  return tag === 0 ? 0 : 1 + Math.floor((tag - 1) / 4);
}

/** Count, per lower-cased capitalised word, the types the first pass gave it. */
export function docTypes(sentences: readonly (readonly string[])[], tags: readonly ArrayLike<number>[]): DocTypes {
  const out: DocTypes = new Map();
  sentences.forEach((words, k) => {
    words.forEach((w, i) => {
      const c = casingOf(w);
      if (c === 'lower' || c === 'none') return;
      const key = w.toLowerCase();
      let counts = out.get(key);
      if (!counts) out.set(key, (counts = new Int32Array(TYPE_NAMES.length)));
      counts[typeIndex(tags[k][i])]++;
    });
  });
  return out;
}

/** Second-pass features of one sentence: the types the word got elsewhere (its own tag left out). */
export function consistencyFeatures(words: readonly string[], tags: ArrayLike<number>, types: DocTypes): string[][] {
  return words.map((w, i) => {
    const counts = types.get(w.toLowerCase());
    if (!counts) return [];
    const own = typeIndex(tags[i]);
    let best = -1;
    let total = 0;
    const f: string[] = [];
    for (let t = 0; t < TYPE_NAMES.length; t++) {
      const n = counts[t] - (t === own ? 1 : 0);
      if (n <= 0) continue;
      total += n;
      if (t > 0) f.push(featureKey('dany', TYPE_NAMES[t]));
      if (best < 0 || n > counts[best] - (best === own ? 1 : 0)) best = t;
    }
    if (total > 0) f.push(featureKey('dmaj', TYPE_NAMES[best]), featureKey('dmaj|own', TYPE_NAMES[best], TYPE_NAMES[own]));
    return f;
  });
}
