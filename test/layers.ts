/**
 * Hand-made annotation layers for testing the fact stages on real sentences without the stages
 * that normally produce them: actors, places and dates are given as surface strings and found in
 * the text (every occurrence), so a test reads like the sentence it checks.
 */
import { makeArticle } from '../src/ingest/article.js';
import type { Block } from '../src/model/article.js';
import type { Doc } from '../src/model/doc.js';
import type { ActorRecord, ActorType, DateRecord, PlaceRecord, QuoteRecord } from '../src/model/record.js';
import type { Span } from '../src/model/span.js';
import { analyse } from '../src/nlp/analyse.js';

export interface ActorSpec {
  id: string;
  surfaces: string[];
  type?: ActorType;
  affiliation?: string;
  /** ISO alpha-3 and sector code, as the knowledge base gives them (`SYR`, `REB`). */
  country?: string;
  sector?: string;
}
export interface PlaceSpec {
  id: string;
  surfaces: string[];
  name?: string;
  country?: string;
  kind?: PlaceRecord['kind'];
}
export interface DateSpec {
  surface: string;
  value: string | null;
  kind?: DateRecord['kind'];
}
export interface QuoteSpec {
  surface: string;
  speaker: string | null;
}

function occurrences(text: string, surface: string): Span[] {
  const out: Span[] = [];
  let at = text.indexOf(surface);
  while (at >= 0) {
    out.push({ start: at, end: at + surface.length });
    at = text.indexOf(surface, at + 1);
  }
  return out;
}

export function docFor(
  text: string,
  layers: { actors?: ActorSpec[]; places?: PlaceSpec[]; dates?: DateSpec[]; quotes?: QuoteSpec[]; blocks?: { surface: string; kind: Block['kind'] }[]; published?: string } = {},
): Doc {
  const analysis = analyse(text);
  const actors: ActorRecord[] = (layers.actors ?? []).map((a) => ({
    id: a.id,
    name: a.surfaces[0],
    type: a.type ?? (a.affiliation ? 'person' : 'state'),
    country: a.country ?? null,
    sector: a.sector ?? null,
    role: null,
    affiliation: a.affiliation ?? null,
    mentions: a.surfaces.flatMap((s) => occurrences(text, s)).map((m) => ({ ...m, text: text.slice(m.start, m.end), how: 'stated' as const })),
  }));
  const places: PlaceRecord[] = (layers.places ?? []).map((p) => ({
    id: p.id,
    name: p.name ?? p.surfaces[0],
    country: p.country ?? null,
    kind: p.kind ?? 'city',
    lat: null,
    lon: null,
    mentions: p.surfaces.flatMap((s) => occurrences(text, s)).map((m) => ({ ...m, text: text.slice(m.start, m.end), how: 'stated' as const })),
  }));
  const dates: DateRecord[] = (layers.dates ?? []).map((d) => {
    const [m] = occurrences(text, d.surface);
    if (!m) throw new Error(`test layer: "${d.surface}" is not in the text`);
    return { ...m, text: d.surface, kind: d.kind ?? 'date', value: d.value, how: 'stated' as const };
  });
  const quotes: QuoteRecord[] = (layers.quotes ?? []).map((q) => {
    const [m] = occurrences(text, q.surface);
    if (!m) throw new Error(`test layer: "${q.surface}" is not in the text`);
    return { ...m, text: q.surface, direct: true, speaker: q.speaker ? { actor: q.speaker, start: 0, end: 0, text: '', how: 'stated' as const } : null, cue: null, channel: null };
  });
  const blocks: Block[] = (layers.blocks ?? []).map((b) => ({ ...occurrences(text, b.surface)[0], kind: b.kind }));
  return {
    article: makeArticle({ text, published: layers.published ?? null }),
    stages: [],
    errors: [],
    ...analysis,
    actors,
    places,
    dates,
    quotes,
    blocks,
  };
}
