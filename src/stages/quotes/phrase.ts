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
const BETWEEN = new Set(['has', 'have', 'had', 'been', 'being', 'is', 'are', 'was', 'were', 'later', 'earlier', 'himself', 'herself', 'itself', 'themselves', 'also', 'again', 'later', 'earlier', 'previously', 'repeatedly', 'further', 'then', 'once', 'would', 'will', 'may', 'might', 'could', 'did', 'does', 'do', 'publicly', 'privately', 'separately', 'recently', 'often', 'not', 'never', 'reportedly']);
/** Times that may stand between a subject and its cue (`Trump on Thursday said`). */
const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'night', 'morning', 'evening', 'afternoon', 'week', 'month', 'year', 'weekend', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments']);

/**
 * How loosely a phrase may name a speaker: `true` any noun (beside a quotation), `plural` a plural
 * noun (`forecasters say`, `Cruz's advisers say`), `false` a name, a role or a pronoun.
 */
export type Leniency = boolean | 'plural';

const POSTMODIFIER_ADJ = new Set(['close', 'familiar', 'loyal', 'opposed', 'linked', 'allied', 'tied', 'near']);

const GROUP_WORDS = new Set(['others', 'some', 'many', 'most', 'both', 'several', 'few']);

/** Possessive pronouns open a phrase like a determiner: `his campaign manager Jeff Weaver`. */
const POSSESSIVE_PRON = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

const RELATIVE = new Set(['which', 'that', 'what', 'whose', 'whom']);

/** Words a subject never starts with (they belong to the clause before). */
const NOT_START = new Set(['that', 'which', 'who', 'as', 'while', 'but', 'and', 'or']);

const FUNCTION_POS = new Set(['PRON', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'PART', 'INTJ']);

function isNominal(t: Token): boolean {
  if (NOMINAL.has(t.pos)) return true;
  if (t.text === '-' || t.text === '‐') return true;
  // A capitalised word the tagger missed (`Zoubi`), but not a sentence-initial `After`.
  return /^[A-Z]/.test(t.text) && t.kind === 'word' && !FUNCTION_POS.has(t.pos);
}

export function pronounKind(t: Token): PronounKind | undefined {
  return t.pos === 'PRON' ? lexicon().pronouns.get(t.normal) : undefined;
}

/**
 * From token j leftwards, skip what stands between a subject and its cue: `has`, `also`,
 * `reportedly`, and times (`Donald Trump on Thursday said`, `Priebus later Thursday told`).
 */
export function skipBetween(tokens: readonly Token[], j: number, floor: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const from = j;
    // `He went on to say`, `Bryne goes on to say`
    if (j - 2 >= floor && tokens[j].normal === 'to' && tokens[j - 1].normal === 'on' && ['went', 'goes', 'go', 'going'].includes(tokens[j - 2].normal)) j -= 3;
    while (j >= floor && (BETWEEN.has(tokens[j].normal) || (tokens[j].pos === 'ADV' && tokens[j].normal.endsWith('ly'))) && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') j--;
    if (j >= floor && TIME.has(tokens[j].normal)) {
      let k = j;
      while (k > floor && TIME.has(tokens[k - 1].normal)) k--;
      if (k > floor && ['on', 'in', 'at', 'late', 'early', 'last', 'this', 'next'].includes(tokens[k - 1].normal)) k--;
      if (k > floor) j = k - 1;
    }
    if (j === from) break;
  }
  return j;
}

/**
 * The subject phrase that ends right before token `cue` (skipping `has`, `also` ...), not
 * reaching before token `floor`. Null when the words there do not name a speaker.
 */
export function phraseBefore(tokens: readonly Token[], cue: number, floor: number, lenient: Leniency = false): Phrase | null {
  let j = skipBetween(tokens, cue - 1, floor);
  if (j < floor) return null;
  const last = j + 1;
  if (pronounKind(tokens[j])) return { first: j, last };
  let first = last;
  while (j >= floor) {
    const t = tokens[j];
    if (t.pos === 'DET' || POSSESSIVE_PRON.has(t.normal)) {
      // A determiner opens the phrase (but `which diplomats`: the relative word stays out).
      if (first < last && !RELATIVE.has(t.normal)) first = j;
      break;
    }
    // `A human rights monitor says`: a role noun the tagger read as a verb, as the head after
    // a noun or adjective.
    const roleHead = j === last - 1 && t.pos === 'VERB' && lexicon().roles.has(t.normal) && j - 1 >= floor && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[j - 1].pos);
    if (isNominal(t) || roleHead || POSSESSIVE.has(t.text) && t.pos !== 'PUNCT') {
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
  // `US senators visiting Odesa last week said`, `an official speaking on condition of
  // anonymity said`: the words after a participle belong to it; the speaker stands before it.
  for (let v = first - 1; v > floor && v >= first - 8; v--) {
    const w = tokens[v];
    // (also `people briefed on the situation say`, `sources close to her campaign say`)
    // (`a group monitoring the war said`: an -ing word before a determiner is a participle,
    // whatever the tagger says)
    const ingBeforeDet = w.pos === 'NOUN' && /ing$/.test(w.normal) && tokens[v + 1]?.pos === 'DET';
    // An -ed form only with a preposition after it (`people briefed on the talks`): else it is
    // the verb of a clause (`Trump praised Lavrov who said`).
    const participle = w.pos === 'VERB' && (/ing$/.test(w.normal) || (/ed$/.test(w.normal) && tokens[v + 1]?.pos === 'ADP'));
    const postmodifier = participle || ingBeforeDet || (w.pos === 'ADJ' && POSTMODIFIER_ADJ.has(w.normal));
    if (postmodifier && v - 1 >= floor && NOMINAL.has(tokens[v - 1].pos)) {
      const head = phraseBefore(tokens, v, floor, lenient);
      if (head) return head;
      break;
    }
    if (!(w.pos === 'ADP' || w.pos === 'DET' || NOMINAL.has(w.pos))) break;
  }
  // `a White House official who spoke anonymously to discuss internal strategy said`
  let verb = false;
  for (let v = first - 1; v > floor && v >= first - 12; v--) {
    const w = tokens[v];
    if (w.text === ',' || w.pos === 'CCONJ') break;
    if (w.pos === 'VERB' || w.pos === 'AUX') verb = true;
    if (w.normal === 'who' && verb) {
      const head = phraseBefore(tokens, v, floor, lenient);
      if (head) return head;
      break;
    }
  }
  return isSpeakerPhrase(tokens, { first, last }, lenient) ? { first, last } : null;
}

/**
 * The phrase that starts at token `at` and runs right (`said the source, who ...`, `said Senator
 * Sheldon Whitehouse of Rhode Island`), with an apposition name (`a senior opposition figure,
 * Khaled Khoja`) included. Stops at `limit`.
 */
export function phraseAfter(tokens: readonly Token[], at: number, limit: number, lenient: Leniency = false): Phrase | null {
  if (at >= limit) return null;
  if (pronounKind(tokens[at])) return { first: at, last: at + 1 };
  let k = at;
  if (tokens[k].pos === 'DET' || POSSESSIVE_PRON.has(tokens[k].normal)) k++;
  const head = k;
  while (k < limit) {
    const t = tokens[k];
    // `Will Doyle`: a capitalised auxiliary before a name is a first name.
    const firstName = /^[A-Z]/.test(t.text) && tokens[k + 1]?.pos === 'PROPN' && t.pos === 'AUX';
    // `one unaligned Florida Republican strategist`, `former Gov. and DNC Chairman Ed Rendell`
    const next = tokens[k + 1];
    const participle = t.pos === 'VERB' && /(ed|ing)$/.test(t.normal) && k > at && next !== undefined && k + 1 < limit && isNominal(next);
    const titles = t.normal === 'and' && k > head && next !== undefined && k + 1 < limit && /^[A-Z]/.test(next.text) && isNominal(next);
    if (isNominal(t) || firstName || participle || titles || (POSSESSIVE.has(t.text) && k > head)) {
      k++;
      continue;
    }
    // `Secretary of State`, `head of the political office`, `one of the sources`
    const nextPos = tokens[k + 1]?.pos;
    if (INNER_ADP.has(t.normal) && k > head && k + 1 < limit && (nextPos === 'PROPN' || (t.normal === 'of' && (nextPos === 'DET' || nextPos === 'NOUN')) || nextPos === 'DET' && k + 2 < limit && tokens[k + 2].pos === 'PROPN')) {
      k++;
      if (k < limit && tokens[k].pos === 'DET') k++;
      continue;
    }
    break;
  }
  if (k === head) return null;
  const phrase = { first: at, last: k };
  if (!isSpeakerPhrase(tokens, phrase, lenient)) return null;
  // `a senior opposition figure, Khaled Khoja.`: a name in apposition belongs to the speaker.
  if (k + 1 < limit && tokens[k].text === ',' && tokens[k + 1].pos === 'PROPN' && tokens[phrase.last - 1].pos !== 'PROPN') {
    let n = k + 1;
    while (n < limit && (tokens[n].pos === 'PROPN' || tokens[n].text === '-')) n++;
    if (n >= limit || /^[.,;]$/.test(tokens[n].text)) phrase.last = n;
  }
  return phrase;
}

/**
 * A phrase names a speaker if its head is a name, a speaker role, or a pronoun. `lenient`: any
 * noun will do, where the position alone marks a speaker (`"...," the man shouted`).
 */
export function isSpeakerPhrase(tokens: readonly Token[], p: Phrase, lenient: Leniency = false): boolean {
  const first = tokens[p.first];
  if (NOT_START.has(first.normal)) return false;
  if (p.last - p.first > 12) return false;
  if (p.last - p.first === 1 && pronounKind(first)) return true;
  if (p.last - p.first === 1 && TIME.has(first.normal)) return false;
  if (speakerKind(tokens, p) !== undefined) return true;
  const head = tokens[p.last - 1];
  if (lenient === 'plural') return (head.pos === 'NOUN' && /[^s]s$/.test(head.normal)) || GROUP_WORDS.has(head.normal);
  return lenient === true && ['NOUN', 'ADJ', 'NUM'].includes(head.pos);
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
    if (/^[A-Z]/.test(t.text) && isNominal(t)) names++;
  }
  if (kind) {
    // A name after a person role makes the phrase that person: `Taliban spokesman Suhail Shahin`.
    return kind;
  }
  const last = tokens[p.last - 1];
  if (names > 0 && (last.pos === 'PROPN' || /^[A-Z]/.test(last.text))) return 'name';
  return undefined;
}
