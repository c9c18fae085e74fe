/**
 * How a mention uses a place name: as a location, a modifier or a metonym. Read from the words
 * around it, so that a map or an analyst can keep to places where something happens.
 */
import type { Token } from '../../model/doc.js';
import type { PlaceKind, PlaceRole } from '../../model/record.js';
import type { Candidate } from './detect.js';
import { GEO_MODIFIERS, LOCATIVE } from './words.js';

/** Nouns after `of` that make what follows a location (`the town of Madaya`, `north of Kabul`). */
const PLACE_OF = new Set(['town', 'city', 'village', 'capital', 'province', 'region', 'state', 'port', 'outskirts', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'streets', 'parts', 'part', 'rest', 'area', 'district', 'governorate', 'suburbs', 'coast', 'border', 'territory', 'soil', 'remainder', 'neighborhood', 'neighbourhood', 'people', 'residents', 'citizens', 'inhabitants']);
const MORE_LOCATIVE = new Set(['through', 'throughout', 'within', 'inside', 'outside', 'across', 'over', 'off', 'along', 'toward', 'towards', 'landlocked', 'southern', 'northern', 'eastern', 'western', 'central']);
/** Verbs whose object is a place one goes to or holds (`US senators visiting Odesa`, `annexed Crimea`). */
const PLACE_VERBS = new Set(['visit', 'visits', 'visited', 'visiting', 'toured', 'touring', 'reached', 'reaching', 'entered', 'entering', 'fled', 'fleeing', 'annexed', 'annexing', 'occupied', 'besieged', 'shelled', 'seized', 'captured', 'recaptured', 'bombed', 'crossed']);
/** Prepositions whose object acts or is acted on (`talks with Manila`, `backed by Moscow`). */
const PARTY_PREPOSITIONS = new Set(['with', 'by', 'against', 'between', 'among']);
/** Nouns after a name that put something there (`UNITA's Washington office`, `the Crimea Peninsula`). */
const SITE_NOUNS = new Set([
  'streets', 'north', 'south', 'east', 'west', 'centre', 'center', 'office', 'offices', 'embassy', 'consulate', 'headquarters', 'bureau', 'base', 'airport', 'hotel', 'prison', 'jail',
  'residents', 'streets', 'suburbs', 'outskirts', 'port', 'ports', 'peninsula', 'island', 'islands', 'strip', 'valley', 'bay', 'gulf',
  'coast', 'border', 'frontier', 'mountains', 'river', 'desert', 'region', 'province', 'district', 'area',
]);
const COORDINATORS = new Set(['and', 'or', ',']);
/** Nouns whose `to`/`from`/`for` names a party (`no response from Luanda`, `sanctions relief for Tehran`). */
const ADDRESS_NOUNS = new Set([
  'response', 'reaction', 'comment', 'comments', 'statement', 'message', 'call', 'calls', 'pressure', 'support',
  'aid', 'relief', 'sanctions', 'agreement', 'offer', 'proposal', 'demand', 'demands', 'threat', 'threats',
  'warning', 'assistance', 'loan', 'loans', 'help', 'answer', 'reply', 'invitation', 'request', 'appeal',
  'ultimatum', 'letter', 'concessions', 'guarantees', 'assurances', 'commitment', 'apology', 'objection',
]);
const ADDRESS_PREPOSITIONS = new Set(['to', 'from', 'for']);

/**
 * `previous` is the role of the toponym just before, when the two are coordinated (`Zaire and
 * Zambia`); `kind` the kind of place the mention was resolved to.
 */
export function roleOf(
  c: Candidate,
  tokens: readonly Token[],
  isDateline: boolean,
  cityEnds: ReadonlySet<number>,
  text = '',
  kind: PlaceKind | null = null,
  previous: PlaceRole | null = null,
): PlaceRole {
  if (c.demonym) return 'modifier';
  if (isDateline || c.how !== 'stated') return 'location';
  const prev = tokens[c.first - 1];
  const prev2 = tokens[c.first - 2];
  const next = tokens[c.last];
  const sameSentence = (t: Token | undefined): t is Token => !!t && t.sentence === tokens[c.first].sentence;
  // `U.S.-backed`, `China-Philippines talks`: a name joined by a hyphen to the next word qualifies it.
  if (/^[-‐–]\S/u.test(text.slice(c.end, c.end + 2))) return 'modifier';
  // `fighters from Lebanon's Hezbollah`, `heading to Oman's permanent mission`: the possessor, not the
  // place, whatever comes before; `Kabul's streets` still a location.
  if (sameSentence(next) && (next.normal === "'s" || next.normal === '’s')) {
    // The noun the possessive qualifies, past a few modifiers (`Tanzania's Indian ocean ports`).
    for (let k = c.last + 1; k <= c.last + 4 && k < tokens.length && sameSentence(tokens[k]); k++) {
      if (SITE_NOUNS.has(tokens[k].normal)) return 'location';
      if (!['NOUN', 'ADJ', 'PROPN'].includes(tokens[k].pos)) break;
    }
    return 'metonym';
  }
  if (sameSentence(prev)) {
    // `their agreement to the United States`, `no immediate response from Luanda`: a party addressed.
    const prep = prev.normal === 'the' ? prev2 : prev;
    const head = tokens[(prev.normal === 'the' ? c.first - 2 : c.first - 1) - 1];
    if (prep && head && sameSentence(head) && ADDRESS_PREPOSITIONS.has(prep.normal) && ADDRESS_NOUNS.has(head.normal)) return 'metonym';
    if (LOCATIVE.has(prev.normal) || MORE_LOCATIVE.has(prev.normal) || PLACE_VERBS.has(prev.normal)) return 'location';
    if (prev.normal === 'of' && sameSentence(prev2) && PLACE_OF.has(prev2.normal)) return 'location';
    // `in southern Helmand province`, `in the Qatari capital`: a locative two words back.
    if (sameSentence(prev2) && (LOCATIVE.has(prev2.normal) || MORE_LOCATIVE.has(prev2.normal)) && GEO_MODIFIERS.has(prev.normal)) return 'location';
    // `Moscow, Russia`: the name qualifying a town is where the town is (not `Moscow, Iran and ...`).
    if (prev.text === ',' && cityEnds.has(c.first - 2) && !(tokens[c.last]?.normal === 'and')) return 'location';
    // `links landlocked Zaire and Zambia`: a name in a list is used as the one before it.
    if (previous && COORDINATORS.has(prev.normal)) return previous;
    if (PARTY_PREPOSITIONS.has(prev.normal)) return 'metonym';
  }
  if (sameSentence(next)) {
    if (SITE_NOUNS.has(next.normal)) return 'location';
    if (next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'PROPN' && next.text !== next.text.toUpperCase())) return 'modifier';
    // `Residents of Cottonport said`: after `of` the verb belongs to the noun before it.
    if (next.pos === 'VERB' || next.pos === 'AUX') return prev?.normal === 'of' ? 'location' : 'metonym';
  }
  const country = kind ? kind === 'country' : c.places.every((p) => p.kind === 'country');
  return country ? 'metonym' : 'location';
}
