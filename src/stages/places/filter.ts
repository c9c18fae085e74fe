/**
 * Which candidates are names of places at all. Precision first: `Jordan` in `Michael Jordan`, the
 * `Washington` of `Washington Post`, a sentence-initial `Most` or `Reading` are not toponyms. When the
 * tagger's mentions are there, a PER span rules a name out and a LOC span rules it in.
 */
import type { EntityMention, Sentence, Token } from '../../model/doc.js';
import { overlaps } from '../../model/span.js';
import { fold } from '../../kb/gazetteer/index.js';
import { isCapitalised, type Candidate } from './detect.js';
import { CALENDAR_WORDS, FOLLOWERS, GEO_MODIFIERS, NAME_TITLES, PLACE_TAILS } from './words.js';

export function keepPlaces(
  candidates: readonly Candidate[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[] | undefined,
): Candidate[] {
  // Token index → the candidate covering it; a country or a demonym next to a name is a place
  // beside it (`Syrian Kurds`), a mere town of the same spelling is not (`Michael Jordan`).
  const at = new Map<number, Candidate>();
  for (const c of candidates) for (const i of range(c.first, c.last)) at.set(i, c);
  const nationLike = (i: number): boolean => {
    const n = at.get(i);
    return !!n && (n.demonym || n.places.some((p) => p.kind === 'country'));
  };
  // Names the text uses for a person somewhere (`Michael Jordan`) are not places anywhere in it.
  const personal = new Set<string>();
  const located = new Set<Candidate>();
  const verdicts = candidates.map((c) => {
    const tagged = mentions?.filter((m) => overlaps(m, c)) ?? [];
    if (tagged.some((m) => m.type === 'LOC' && m.start <= c.start && c.end <= m.end)) {
      located.add(c);
      return true;
    }
    if (c.demonym) return !tagged.some((m) => m.type === 'PER' && m.start <= c.start && c.end <= m.end);
    if (tagged.some((m) => m.type === 'PER')) {
      personal.add(fold(c.text));
      return false;
    }
    if (tagged.some((m) => m.type === 'ORG' && m.start === c.start && m.end > c.end)) return false;

    const before = c.first > sentences[tokens[c.first].sentence].tokenStart ? tokens[c.first - 1] : undefined;
    const after = c.last < sentences[tokens[c.first].sentence].tokenEnd ? tokens[c.last] : undefined;
    const political = c.places.some((p) => p.kind === 'country' || p.kind === 'province' || p.kind === 'region');
    if (before && isNamePart(before, nationLike(c.first - 1))) {
      // `Michael Jordan` here; but `News Russia` in a headline must not ban Russia from the article.
      if (!political) personal.add(fold(c.text));
      return false;
    }
    // An all-capitals name opening the text is a dateline (`BEIJING China said ...`).
    const dateline = c.start < 3 && c.text === c.text.toUpperCase() && c.text.length > 2;
    if (after && !dateline && isCapitalised(after) && after.kind === 'word' && !allowedAfter(after) && !(nationLike(c.last) && c.places.some((p) => p.kind === 'country'))) {
      // `Troy Aikman`: a town's name used as a first name is a name throughout the article.
      // (Not `Toronto Police`: a big city's name is rarely a given name.)
      if (!political && after.pos === 'PROPN' && Math.max(...c.places.map((p) => p.population)) < 100_000) personal.add(fold(c.text));
      return false;
    }
    const single = c.last - c.first === 1;
    const onlyCities = c.places.every((p) => p.kind === 'city' || p.kind === 'capital');
    // A lone word the tagger does not read as a proper noun (`Most`, `Said`, `Nice`) is a word.
    if (single && onlyCities && tokens[c.first].pos !== 'PROPN') return false;
    return true;
  });
  return candidates
    .filter((c, k) => verdicts[k] && (c.demonym || located.has(c) || !personal.has(fold(c.text))))
    .map((c) => (located.has(c) ? { ...c, tagged: true } : c));
}

/** `Kabul Province`, `US Ambassador`, `Moscow, Russia Thursday`: the place stays a place. */
function allowedAfter(token: Token): boolean {
  const word = token.normal.replace(/\.$/, '');
  return PLACE_TAILS.has(word) || NAME_TITLES.has(word) || CALENDAR_WORDS.has(word) || FOLLOWERS.has(word);
}

function isNamePart(token: Token, isPlace: boolean): boolean {
  if (NAME_TITLES.has(token.normal.replace(/\.$/, ''))) return true;
  if (isPlace || !isCapitalised(token) || token.kind !== 'word') return false;
  return !GEO_MODIFIERS.has(token.normal) && token.pos === 'PROPN';
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
