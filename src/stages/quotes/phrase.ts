/**
 * Noun phrases over tokens: the speaker before a cue (`Taliban spokesman Suhail Shahin said`),
 * after it (`said a senior opposition figure, Khaled Khoja`), and what kind of speaker a phrase
 * names (a person, a group, several people, a document). Rules over the tagger's POS tags.
 */
import type { Token } from '../../model/doc.js';
import { lexicon, type PronounKind, type RoleKind } from './lexicon.js';

/** A token range [first, last) naming a speaker. */
export interface Phrase {
  first: number;
  last: number;
}

const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Prepositions that stay inside a name or title: `envoy to Afghanistan`, `Secretary of State`. */
const INNER_ADP = new Set(['of', 'to', 'for']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Words between a subject and its cue: `has said`, `also told`, `had repeatedly warned`. */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'again', 'later', 'earlier', 'previously', 'repeatedly', 'further', 'then', 'once', 'would', 'will', 'may', 'might', 'could', 'did', 'does', 'do', 'publicly', 'privately', 'separately', 'recently', 'often', 'not', 'never', 'reportedly']);
/** Words a subject never starts with (they belong to the clause before). */
const NOT_START = new Set(['that', 'which', 'who', 'as', 'while', 'but', 'and', 'or']);

function isNominal(t: Token): boolean {
  if (NOMINAL.has(t.pos)) return true;
  if (t.text === '-' || t.text === '‐') return true;
  return /^[A-Z]/.test(t.text) && t.kind === 'word' && t.pos !== 'PRON' && t.pos !== 'DET';
}

export function pronounKind(t: Token): PronounKind | undefined {
  return t.pos === 'PRON' ? lexicon().pronouns.get(t.normal) : undefined;
}

/**
 * The subject phrase that ends right before token `cue` (skipping `has`, `also` ...), not
 * reaching before token `floor`. Null when the words there do not name a speaker.
 */
export function phraseBefore(tokens: readonly Token[], cue: number, floor: number): Phrase | null {
  let j = cue - 1;
  while (j >= floor && BETWEEN.has(tokens[j].normal) && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') j--;
  if (j < floor) return null;
  const last = j + 1;
  if (pronounKind(tokens[j])) return { first: j, last };
  let first = last;
  while (j >= floor) {
    const t = tokens[j];
    if (t.pos === 'DET') {
      // A determiner opens the phrase; `Syria's` style possessives continue it.
      if (first < last) first = j;
      break;
    }
    if (isNominal(t) || POSSESSIVE.has(t.text) && t.pos !== 'PUNCT') {
      first = j;
      j--;
      continue;
    }
    // `The United States and Russia said`: two names speaking together.
    if (t.normal === 'and' && first < last && tokens[first].pos === 'PROPN' && j - 1 >= floor && tokens[j - 1].pos === 'PROPN') {
      first = j;
      j--;
      continue;
    }
    if (
      INNER_ADP.has(t.normal) &&
      j - 1 >= floor &&
      (tokens[j - 1].pos === 'NOUN' || tokens[j - 1].pos === 'PROPN') &&
      first < last
    ) {
      first = j;
      j--;
      continue;
    }
    break;
  }
  // A phrase never starts with a preposition left over from the walk.
  while (first < last && (INNER_ADP.has(tokens[first].normal) || tokens[first].text === '-')) first++;
  if (first >= last) return null;
  return isSpeakerPhrase(tokens, { first, last }) ? { first, last } : null;
}

/**
 * The phrase that starts at token `at` and runs right (`said the source, who ...`, `said Senator
 * Sheldon Whitehouse of Rhode Island`), with an apposition name (`a senior opposition figure,
 * Khaled Khoja`) included. Stops at `limit`.
 */
export function phraseAfter(tokens: readonly Token[], at: number, limit: number): Phrase | null {
  if (at >= limit) return null;
  if (pronounKind(tokens[at])) return { first: at, last: at + 1 };
  let k = at;
  if (tokens[k].pos === 'DET') k++;
  const head = k;
  while (k < limit) {
    const t = tokens[k];
    if (isNominal(t) || (POSSESSIVE.has(t.text) && k > head)) {
      k++;
      continue;
    }
    if (INNER_ADP.has(t.normal) && k > head && k + 1 < limit && (tokens[k + 1].pos === 'PROPN' || tokens[k + 1].pos === 'DET' && k + 2 < limit && tokens[k + 2].pos === 'PROPN')) {
      k++;
      continue;
    }
    break;
  }
  if (k === head) return null;
  const phrase = { first: at, last: k };
  if (!isSpeakerPhrase(tokens, phrase)) return null;
  // `a senior opposition figure, Khaled Khoja.`: a name in apposition belongs to the speaker.
  if (k + 1 < limit && tokens[k].text === ',' && tokens[k + 1].pos === 'PROPN' && tokens[phrase.last - 1].pos !== 'PROPN') {
    let n = k + 1;
    while (n < limit && (tokens[n].pos === 'PROPN' || tokens[n].text === '-')) n++;
    if (n >= limit || /^[.,;]$/.test(tokens[n].text)) phrase.last = n;
  }
  return phrase;
}

/** A phrase names a speaker if its head is a name, a speaker role, or a pronoun. */
export function isSpeakerPhrase(tokens: readonly Token[], p: Phrase): boolean {
  const first = tokens[p.first];
  if (NOT_START.has(first.normal)) return false;
  if (p.last - p.first > 12) return false;
  if (p.last - p.first === 1 && pronounKind(first)) return true;
  return speakerKind(tokens, p) !== undefined;
}

export type SpeakerKind = RoleKind | 'name';

/**
 * What a phrase names, from its words: the role noun it contains (`Taliban spokesman` is a
 * person, `China's Foreign Ministry` a group), or a bare name, whose kind the words cannot tell.
 */
export function speakerKind(tokens: readonly Token[], p: Phrase): SpeakerKind | undefined {
  const roles = lexicon().roles;
  let kind: SpeakerKind | undefined;
  let names = 0;
  for (let i = p.first; i < p.last; i++) {
    const t = tokens[i];
    const role = roles.get(t.normal);
    // The last role word is the head: `the ministry spokesman` is a person, `the Kremlin
    // press office` a group.
    if (role) kind = role;
    if (t.pos === 'PROPN' && /^[A-Z]/.test(t.text)) names++;
  }
  if (kind) {
    // A name after a person role makes the phrase that person: `Taliban spokesman Suhail Shahin`.
    return kind;
  }
  const last = tokens[p.last - 1];
  if (names > 0 && (last.pos === 'PROPN' || /^[A-Z]/.test(last.text))) return 'name';
  return undefined;
}
