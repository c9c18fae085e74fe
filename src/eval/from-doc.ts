/**
 * What the scorers compare with gold, read from the annotated Doc (its layers, not only the
 * public record: the `mentions` layer is not in the record).
 *
 * Entities. When the `mentions` stage ran, its EntityMention layer (PER/ORG/LOC/MISC) is scored
 * as is. Otherwise they are derived from the actors and places the pipeline resolved, with this
 * mapping (the CoNLL guideline tags a country LOC even where it acts, "Germany said"):
 *
 *   actor type                         → label
 *   person                             → PER
 *   state                              → LOC
 *   government, military, armed group,
 *   political party, international
 *   organization, civil society, media → ORG
 *   other                              → MISC
 *   any place (city, country, ...)     → LOC
 *
 * Only named mentions count (the first letter is upper case: "he", "the movement" are not names),
 * and a leading "the" is left out ("the Taliban" → "Taliban"), as the gold sets do. When an actor
 * mention and a place mention cover the same span, the actor's label wins.
 */
import type { ActorType } from '../model/record.js';
import type { Doc } from '../model/doc.js';
import type { Span } from '../model/span.js';
import type { EntityLabel, TypedSpan } from './entities.js';

export const ACTOR_TYPE_LABEL: Record<ActorType, EntityLabel> = {
  person: 'PER',
  state: 'LOC',
  government: 'ORG',
  military: 'ORG',
  'armed group': 'ORG',
  'political party': 'ORG',
  'international organization': 'ORG',
  'civil society': 'ORG',
  media: 'ORG',
  other: 'MISC',
};

const LEADING_THE = /^the\s+/i;

/** `the Taliban` → the span of `Taliban`; null for a mention that is not a name. */
export function namedPart(text: string, span: Span): Span | null {
  let start = span.start;
  const lead = LEADING_THE.exec(text.slice(start, span.end));
  if (lead) start += lead[0].length;
  const first = text.charAt(start);
  if (start >= span.end || first === first.toLowerCase()) return null;
  return { start, end: span.end };
}

/** Where the predicted entities came from, for the report. */
export type EntitySource = 'mentions' | 'actors+places' | 'none';

export function entitiesOf(doc: Doc): { source: EntitySource; entities: TypedSpan[] } {
  if (doc.mentions) {
    return { source: 'mentions', entities: dedupe(doc.mentions.map(({ start, end, type }) => ({ start, end, type }))) };
  }
  if (!doc.actors && !doc.places) return { source: 'none', entities: [] };
  const text = doc.article.text;
  const out: TypedSpan[] = [];
  for (const actor of doc.actors ?? []) {
    const type = ACTOR_TYPE_LABEL[actor.type] ?? 'MISC';
    for (const m of actor.mentions) {
      const span = namedPart(text, m);
      if (span) out.push({ ...span, type });
    }
  }
  for (const place of doc.toponyms ?? doc.places ?? []) {
    for (const m of place.mentions) {
      const span = namedPart(text, m);
      if (span) out.push({ ...span, type: 'LOC' });
    }
  }
  return { source: 'actors+places', entities: dedupe(out) };
}

/** One entity per span: the first one listed wins (actors come before places). */
function dedupe(list: TypedSpan[]): TypedSpan[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A toponym the pipeline found: one mention of a resolved place. */
export interface PredictedToponym extends Span {
  placeId: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

/**
 * Toponym sets (GeoWebNews, LGL, TR-News) count every place name, modifiers and metonyms included,
 * so they are scored on the `toponyms` layer (all the places stage resolved) where there is one;
 * `places` holds only the places used as locations, which is what the fact gold scores.
 */
export function toponymsOf(doc: Doc): PredictedToponym[] {
  const out: PredictedToponym[] = [];
  for (const place of doc.toponyms ?? doc.places ?? []) {
    for (const m of place.mentions) {
      out.push({ start: m.start, end: m.end, placeId: place.id, name: place.name, lat: place.lat, lon: place.lon });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
