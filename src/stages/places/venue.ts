/**
 * Named venues the gazetteer cannot list (`the InterContinental Hotel`, `the Sheraton Grand Doha
 * Hotel`, `the Rixos President Hotel`): a capitalised name before a generic venue head is a site in
 * the city named with it (`X Hotel in Geneva`) or, failing that, in the city the text last named
 * (wire copy names the city before the hotel). The venue takes that city's point and country.
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

export function venueCandidates(
  text: string,
  tokens: readonly Token[],
  all: readonly Candidate[],
  chosen: readonly (GazPlace | null)[],
): { candidate: Candidate; place: GazPlace }[] {
  const out: { candidate: Candidate; place: GazPlace }[] = [];
  const isCity = (p: GazPlace | null | undefined): boolean => !!p && (p.kind === 'city' || p.kind === 'capital');
  for (let h = 1; h < tokens.length; h++) {
    const one = tokens[h].normal;
    const two = `${one} ${tokens[h + 1]?.normal ?? ''}`;
    const width = HEADS.has(two) ? 2 : HEADS.has(one) ? 1 : 0;
    if (!width || !/^\p{Lu}/u.test(tokens[h].text)) continue;
    let first = h;
    while (first > 0 && tokens[first - 1].sentence === tokens[h].sentence && /^\p{Lu}/u.test(tokens[first - 1].text) && !NOT_NAME.has(tokens[first - 1].normal)) first--;
    if (first === h) continue;
    const last = h + width;
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    // A name the gazetteer already reads (`Elysee Palace`, `Kabul` of `Kabul Serena Hotel`) stays its own.
    if (all.some((c) => c.start < end && start < c.end)) continue;
    const after = all.findIndex((c) => c.first === last + 1 && tokens[last]?.normal === 'in');
    let city: GazPlace | null = after >= 0 && isCity(chosen[after]) ? chosen[after] : null;
    for (let k = all.length - 1; !city && k >= 0; k--) {
      if (all[k].end > start || start - all[k].end > REACH) continue;
      const p = chosen[k];
      if (isCity(p)) city = p;
      else if (p?.feature === 'VEN' && p.kind === 'other' && p.city) city = { ...p, name: p.city };
    }
    if (!city) continue;
    const name = text.slice(start, end);
    out.push({
      candidate: { start, end, first, last, text: name, places: [], how: 'inferred:venue-in-city', demonym: false },
      place: {
        id: `venue:${fold(name).replace(/ /g, '-')}@${city.id}`, name, city: city.name, country: city.country, kind: 'other',
        feature: 'VEN', admin1: city.admin1, population: 0, lat: city.lat, lon: city.lon,
      },
    });
    h = last - 1;
  }
  return out;
}
