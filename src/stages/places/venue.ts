/**
 * Named venues the gazetteer cannot list (`the InterContinental Hotel`, `the Sheraton Grand Doha
 * Hotel`, `the Rixos President Hotel`): a capitalised name before a generic venue head is a site in
 * the city named with it (`X Hotel in Geneva`) or, failing that, in the city the text last named
 * (wire copy names the city before the hotel). `the neighbourhood of al-Zahraa` is read the same
 * way. The venue takes that city's point and country.
 */
import type { Token } from '../../model/doc.js';
import { fold, type GazPlace } from '../../kb/gazetteer/index.js';
import type { Candidate } from './detect.js';

/** Heads of one or two words (`hotel`, `conference centre`). */
const HEADS = new Set(['hotel', 'palace', 'resort', 'conference centre', 'conference center', 'convention centre', 'convention center']);
/** Capitalised words that open a sentence or a title, not a venue's name. */
const NOT_NAME = new Set(['the', 'a', 'an', 'presidential', 'royal', 'national']);
/** How far back a city named before the venue still locates it (about two short paragraphs). */
const REACH = 1000;
const NEIGHBOURHOOD = new Set(['neighborhood', 'neighbourhood']);
/** A lower-case Arabic article the tokenizer splits off a name (`al` `-` `Zahraa`). */
const ARABIC = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'an', 'at']);
const UPPER = /^\p{Lu}/u;
const ARTICLE = /^(?:al|el|ad|ar|as|ash|az|an|at) /;

/** Where a venue's name sits: [first, last) tokens, and how it was found. */
function venueAt(tokens: readonly Token[], h: number): { first: number; last: number; how: string } | null {
  const one = tokens[h].normal;
  if (NEIGHBOURHOOD.has(one) && tokens[h + 1]?.normal === 'of') {
    const first = h + 2;
    const t = tokens[first];
    const glued = t && ARABIC.has(t.text) && tokens[first + 1]?.text === '-' && tokens[first + 1].start === t.end
      && tokens[first + 2]?.start === tokens[first + 1].end && UPPER.test(tokens[first + 2].text);
    if (!t || (!glued && !UPPER.test(t.text))) return null;
    let last = glued ? first + 3 : first + 1;
    while (last < tokens.length && tokens[last].sentence === t.sentence && UPPER.test(tokens[last].text)) last++;
    return { first, last, how: 'inferred:neighbourhood-in-city' };
  }
  const two = `${one} ${tokens[h + 1]?.normal ?? ''}`;
  const width = HEADS.has(two) ? 2 : HEADS.has(one) ? 1 : 0;
  if (!width || !UPPER.test(tokens[h].text)) return null;
  let first = h;
  while (first > 0 && tokens[first - 1].sentence === tokens[h].sentence && UPPER.test(tokens[first - 1].text) && !NOT_NAME.has(tokens[first - 1].normal)) first--;
  return first === h ? null : { first, last: h + width, how: 'inferred:venue-in-city' };
}

export function venueCandidates(
  text: string,
  tokens: readonly Token[],
  all: readonly Candidate[],
  chosen: readonly (GazPlace | null)[],
): { candidate: Candidate; place: GazPlace }[] {
  const out: { candidate: Candidate; place: GazPlace }[] = [];
  /** A venue named again (`the neighbourhood of Zahraa`) is the one placed before. */
  const seen = new Map<string, GazPlace>();
  const isCity = (p: GazPlace | null | undefined): boolean => !!p && (p.kind === 'city' || p.kind === 'capital');
  for (let h = 0; h < tokens.length; h++) {
    const at = venueAt(tokens, h);
    if (!at) continue;
    const { first, last } = at;
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    // A name the gazetteer already reads (`Elysee Palace`, `Kabul` of `Kabul Serena Hotel`) stays its own.
    if (all.some((c, k) => chosen[k] && c.start < end && start < c.end)) continue;
    const name = text.slice(start, end);
    const key = fold(name).replace(ARTICLE, '').replace(/ /g, '-');
    const again = seen.get(key);
    const after = all.findIndex((c) => c.first === last + 1 && tokens[last]?.normal === 'in');
    let city: GazPlace | null = after >= 0 && isCity(chosen[after]) ? chosen[after] : null;
    for (let k = all.length - 1; !city && !again && k >= 0; k--) {
      if (all[k].end > start || start - all[k].end > REACH) continue;
      const p = chosen[k];
      if (isCity(p)) city = p;
      else if (p?.feature === 'VEN' && p.kind === 'other' && p.city) city = { ...p, name: p.city };
    }
    const candidate: Candidate = { start, end, first, last, text: name, places: [], how: at.how as Candidate['how'], demonym: false };
    if (again) {
      out.push({ candidate, place: again });
      h = last - 1;
      continue;
    }
    if (!city) continue;
    const place: GazPlace = {
      id: `venue:${key}@${city.id}`, name, city: city.name, country: city.country, kind: 'other',
      feature: 'VEN', admin1: city.admin1, population: 0, lat: city.lat, lon: city.lon,
    };
    seen.set(key, place);
    out.push({ candidate, place });
    h = last - 1;
  }
  return out;
}
