/**
 * Extraction records built by hand from the analysts' gold (seed/expected.json, corpus/gold/*.json):
 * what the pipeline will produce once every stage is in, so merging, tracks and positions can be
 * tested now. Every span is found in the real article text; nothing is invented beyond the gold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeArticle } from '../src/ingest/article.js';
import type { ActorRecord, DemandRecord, EventRecord, ExtractionRecord, PlaceRecord, QuoteRecord } from '../src/model/record.js';
import type { Span } from '../src/model/span.js';
import { SEED_ARTICLE, SEED_EXPECTED, SHARED } from './shared.js';

type Evidence = string | { text: string; occurrence: number } | Evidence[];
type Ids = string | string[] | null | undefined;

/** Offsets of a gold evidence in the text (first occurrence, the k-th, or the first alternative found). */
export function locate(text: string, ev: Evidence): Span | null {
  if (Array.isArray(ev)) {
    for (const alt of ev) {
      const s = locate(text, alt);
      if (s) return s;
    }
    return null;
  }
  const needle = typeof ev === 'string' ? ev : ev.text;
  const k = typeof ev === 'string' ? 1 : ev.occurrence;
  let at = -1;
  for (let i = 0; i < k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}

const list = (ids: Ids): string[] => (ids == null ? [] : Array.isArray(ids) ? ids : [ids]).map((id) => `kb:${id}`);
const placeId = (name: string) => `place:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const STAGE = (name: string) => ({ name, version: 'gold', ms: 0 });

export interface GoldMeta {
  source: string;
  outlet?: string | null;
  title?: string | null;
  published?: string | null;
  url?: string | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function recordFromGold(text: string, gold: any, meta: GoldMeta): ExtractionRecord {
  const article = makeArticle({ text, source: meta.source, outlet: meta.outlet ?? null, title: meta.title ?? null, published: meta.published ?? null, url: meta.url ?? null });
  const span = (ev: Evidence) => locate(text, ev) ?? { start: 0, end: 0 };
  const actors: ActorRecord[] = (gold.actors ?? []).map((a: any) => ({
    id: `kb:${a.id}`, name: a.name, type: a.type, country: a.country ?? null, sector: null, role: a.role ?? null,
    affiliation: a.affiliation ? `kb:${a.affiliation}` : null,
    mentions: (a.mentions ?? []).map((m: Evidence) => locate(text, m)).filter((s: Span | null): s is Span => s !== null).map((s: Span) => ({ ...s, text: text.slice(s.start, s.end), how: 'stated' })),
  }));
  const places: PlaceRecord[] = (gold.places ?? []).map((p: any) => ({
    id: placeId(p.name), name: p.name, country: p.country ?? null, kind: p.kind ?? 'city', lat: p.lat ?? null, lon: p.lon ?? null,
    mentions: [p.evidence].flat().map((m: Evidence) => locate(text, m)).filter((s: Span | null): s is Span => s !== null).map((s: Span) => ({ ...s, text: text.slice(s.start, s.end), how: 'stated' })),
  }));
  const events: EventRecord[] = (gold.events ?? []).map((e: any, i: number) => {
    const parties = list(e.parties);
    const place = [e.place].flat()[0];
    return {
      id: `e${i}`, type: e.type, mode: e.mode ?? null, cameo: null,
      source: parties.length ? parties.slice(0, 1) : list(e.source), target: parties.length ? parties.slice(1) : list(e.target),
      host: list(e.host), place: place ? placeId(place) : null, date: { value: e.date ?? null, how: 'stated' },
      negotiation: e.negotiation ?? false, round: e.round ?? null, status: e.status ?? 'occurred', negated: false,
      evidence: span(e.evidence), confidence: 1, about: e.about ?? null,
    };
  });
  const demands: DemandRecord[] = (gold.demands ?? []).map((d: any) => {
    const ev = span(d.evidence);
    const cond = d.condition ? locate(text, d.condition) : null;
    return {
      holder: list(d.holder)[0] ?? null, addressee: list(d.addressee)[0] ?? null, kind: d.kind, issue: d.issue,
      content: { ...ev, text: text.slice(ev.start, ev.end) },
      condition: d.condition ? { ...(cond ?? ev), text: cond ? text.slice(cond.start, cond.end) : d.condition } : null,
      evidence: ev,
    };
  });
  const quotes: QuoteRecord[] = (gold.quotes ?? []).map((q: any) => {
    const s = span(q.evidence);
    const speaker = list(q.speaker)[0] ?? null;
    return {
      ...s, text: text.slice(s.start, s.end), direct: q.direct ?? false,
      speaker: speaker ? { actor: speaker, start: s.start, end: s.start, text: speaker.slice(3), how: 'stated' } : null,
      cue: null, channel: q.channel ?? null,
    };
  });
  return {
    parley: '1',
    article: { ...article },
    sentences: [],
    actors, places, dates: [], quotes, events, demands, figures: [],
    stages: ['actors', 'places', 'quotes', 'events', 'demands'].map(STAGE),
    errors: [],
  };
}

export function seedRecord(published: string | null = null): ExtractionRecord {
  const gold = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8'));
  return recordFromGold(readFileSync(SEED_ARTICLE, 'utf8'), gold, { source: SEED_ARTICLE, outlet: 'Reuters', published });
}

/** The record of a corpus article (`news/003.json`, `open/open-001.json`) from its gold. */
export function corpusRecord(path: string): ExtractionRecord {
  const doc = JSON.parse(readFileSync(join(SHARED, 'corpus', path), 'utf8'));
  const gold = JSON.parse(readFileSync(join(SHARED, 'corpus', 'gold', path.split('/').pop()!), 'utf8'));
  return recordFromGold(doc.text, gold, { source: join(SHARED, 'corpus', path), outlet: doc.outlet, title: doc.title, published: doc.published });
}

export const CORPUS = [
  ...Array.from({ length: 10 }, (_, i) => `news/${String(i + 1).padStart(3, '0')}.json`),
  'open/open-001.json',
  'open/open-002.json',
];
