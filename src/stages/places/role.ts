/**
 * How a mention uses a place name: as a location, a modifier or a metonym. Read from the words
 * around it, so that a map or an analyst can keep to places where something happens.
 */
import type { Token } from '../../model/doc.js';
import type { PlaceRole } from '../../model/record.js';
import type { Candidate } from './detect.js';
import { GEO_MODIFIERS, LOCATIVE } from './words.js';

/** Nouns after `of` that make what follows a location (`the town of Madaya`, `north of Kabul`). */
const PLACE_OF = new Set(['town', 'city', 'village', 'capital', 'province', 'region', 'state', 'port', 'outskirts', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'streets', 'parts', 'part', 'rest', 'area', 'district', 'governorate', 'suburbs', 'coast', 'border', 'territory', 'soil']);
const MORE_LOCATIVE = new Set(['through', 'throughout', 'within', 'inside', 'outside', 'across', 'over', 'off', 'along', 'toward', 'towards', 'between', 'landlocked', 'southern', 'northern', 'eastern', 'western', 'central']);

export function roleOf(c: Candidate, tokens: readonly Token[], isDateline: boolean, cityEnds: ReadonlySet<number>): PlaceRole {
  if (c.demonym) return 'modifier';
  if (isDateline || c.how !== 'stated') return 'location';
  const prev = tokens[c.first - 1];
  const prev2 = tokens[c.first - 2];
  const next = tokens[c.last];
  const sameSentence = (t: Token | undefined): t is Token => !!t && t.sentence === tokens[c.first].sentence;
  if (sameSentence(prev)) {
    if (LOCATIVE.has(prev.normal) || MORE_LOCATIVE.has(prev.normal)) return 'location';
    if (prev.normal === 'of' && sameSentence(prev2) && PLACE_OF.has(prev2.normal)) return 'location';
    // `in southern Helmand province`, `in the Qatari capital`: a locative two words back.
    if (sameSentence(prev2) && (LOCATIVE.has(prev2.normal) || MORE_LOCATIVE.has(prev2.normal)) && GEO_MODIFIERS.has(prev.normal)) return 'location';
    // `Moscow, Russia`: the name qualifying a town is where the town is (not `Moscow, Iran and ...`).
    if (prev.text === ',' && cityEnds.has(c.first - 2) && !(tokens[c.last]?.normal === 'and')) return 'location';
  }
  if (sameSentence(next)) {
    if (next.normal === "'s" || next.normal === '’s') return 'metonym';
    if (next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'PROPN' && next.text !== next.text.toUpperCase())) return 'modifier';
    if (next.pos === 'VERB' || next.pos === 'AUX') return 'metonym';
  }
  return c.places.every((p) => p.kind === 'country') ? 'metonym' : 'location';
}
