/**
 * Extraction records built by hand from the analysts' gold (seed/expected.json, corpus/gold/*.json):
 * what the pipeline will produce once every stage is in, so the store, merging, tracks, positions,
 * the server and the UI can be tested now. Every span is found in the real article text; nothing is
 * invented beyond the gold. The seed's record is the fullest (sentences from the real pipeline,
 * GeoNames ids, quote speakers and cues, dates); the corpus records come from the generic reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';
import { makeArticle } from '../src/ingest/article.js';
import type { ActorRecord, DemandRecord, EventRecord, ExtractionRecord, PlaceRecord, QuoteRecord } from '../src/model/record.js';
import type { Span } from '../src/model/span.js';
import { evidenceSpan, type GoldEvidence } from './gold.js';
import { SEED_ARTICLE, SEED_EXPECTED, SHARED } from './shared.js';

type Evidence = GoldEvidence | Evidence[];
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
  return evidenceSpan(text, ev);
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

/** The record of a corpus article (`news/003.json`, `open/open-001.json`) from its gold. */
export function corpusRecord(path: string): ExtractionRecord {
  const doc = JSON.parse(readFileSync(join(SHARED, 'corpus', path), 'utf8'));
  const gold = JSON.parse(readFileSync(join(SHARED, 'corpus', 'gold', path.split('/').pop()!), 'utf8'));
  return recordFromGold(doc.text, gold, { source: join(SHARED, 'corpus', path), outlet: doc.outlet, title: doc.title, published: doc.published });
}

/**
 * Two dispatches on the 2026 Geneva talks on Ukraine, written for the tests in the agencies' style
 * (not copied from any outlet), for the real pipeline: each party's delegation, its head and members.
 */
export const GENEVA_TALKS = [
  {
    text: "GENEVA (Reuters) - Russian and Ukrainian negotiators began a new round of talks in Geneva on Tuesday, mediated by the United States. Russia's 20-strong delegation was led by presidential aide Vladimir Medinsky. The Ukrainian delegation, headed by Rustem Umerov, included military intelligence chief Kyrylo Budanov.",
    source: 'wire/reuters-geneva-1.txt', title: 'Russia and Ukraine open Geneva round', outlet: 'Reuters', published: '2026-02-17',
  },
  {
    text: "GENEVA (AP) _ Talks between Russia and Ukraine in Geneva ended on Wednesday without a breakthrough. Ukraine's delegation, led by Rustem Umerov, flew back to Kyiv.",
    source: 'wire/ap-geneva-2.txt', title: 'Geneva round ends', outlet: 'AP', published: '2026-02-18',
  },
];

export const CORPUS = [
  ...Array.from({ length: 10 }, (_, i) => `news/${String(i + 1).padStart(3, '0')}.json`),
  'open/open-001.json',
  'open/open-002.json',
];

// ---------------------------------------------------------------- the seed article

interface Expected {
  publishedForDateTests: string;
  actors: { id: string; name: string; type: ActorRecord['type']; country?: string; role?: string; affiliation?: string; mentions: string[] }[];
  places: { name: string; country: string; lat?: number; lon?: number; kind?: string; evidence: string[] }[];
  dates: { evidence: string; value: string; kind?: string }[];
  quotes: { speaker: string; direct: boolean; cue: string; channel?: string; evidence: string }[];
  events: { type: EventRecord['type']; mode?: string; parties?: string[]; source?: string; target?: string; host?: string; place?: string; date?: string; round?: number; status?: EventRecord['status']; evidence: string; negotiation?: boolean; about?: string }[];
  demands: { holder: string; addressee: string; kind: DemandRecord['kind']; issue: string; condition?: string; evidence: string }[];
}

/** GeoNames ids of the seed's places (looked up by hand on geonames.org). */
const GEONAMES: Record<string, string> = {
  Doha: 'geonames:290030', Kabul: 'geonames:1138958', Oslo: 'geonames:3143244', Helmand: 'geonames:1140026',
  Afghanistan: 'geonames:1149361', Washington: 'geonames:4140963',
};

/** Where the speaker of each expected quote is named, searched from the quote outwards. */
const SPEAKER_TEXT: Record<string, string[]> = {
  ZALMAY_KHALILZAD: ['Khalilzad', 'the US envoy to Afghanistan'], SUHAIL_SHAHIN: ['Taliban spokesman Suhail Shahin'], TALIBAN: ['Some Taliban officials'],
};

function nearestSpeaker(text: string, names: string[], quote: Span): Span & { text: string } {
  const gap = (s: Span) => (s.end <= quote.start ? quote.start - s.end : s.start >= quote.end ? s.start - quote.end : Infinity);
  const found = names.map((n) => ({ ...locateNear(text, n, quote.start), text: n }));
  return found.sort((a, b) => gap(a) - gap(b))[0];
}

function locateNear(text: string, needle: string, near = 0): Span {
  // The occurrence closest to `near`, so repeated phrases map to the right place.
  let best = -1;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  if (best === -1) throw new Error(`seed fixture: "${needle}" is not in the seed article`);
  return { start: best, end: best + needle.length };
}

export interface SeedRecordOptions {
  /** Publication date to give the article (the seed has none; expected.json's dates assume 2019-09-03). */
  published?: string | null;
}

export function seedText(): string {
  return readFileSync(SEED_ARTICLE, 'utf8');
}

export function seedRecord(options: SeedRecordOptions = {}): ExtractionRecord {
  const text = seedText();
  const exp = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as Expected;
  const published = options.published === undefined ? exp.publishedForDateTests : options.published;
  // Sentences, tokens, blocks from the real pipeline; the facts by hand.
  const base = extract({ text, source: 'seed/000_1b2f12c785d16f70.txt', outlet: 'Reuters', title: 'US and Taliban close to a deal after ninth round in Doha', published }, { stages: ['sentences'] });
  const kb = (id: string) => `kb:${id}`;
  const how = 'stated' as const;

  const actors: ActorRecord[] = exp.actors.map((a) => ({
    id: kb(a.id), name: a.name, type: a.type, country: a.country ?? null, sector: null, role: a.role ?? null,
    affiliation: a.affiliation ? kb(a.affiliation) : null,
    mentions: a.mentions.map((m) => ({ ...locateNear(text, m), text: m, how })),
  }));
  const places: PlaceRecord[] = exp.places.map((p) => ({
    id: GEONAMES[p.name] ?? `new:${p.name.toLowerCase()}`, name: p.name, country: p.country,
    kind: (p.kind ?? (p.name === 'Doha' || p.name === 'Kabul' || p.name === 'Oslo' || p.name === 'Washington' ? 'capital' : 'city')) as PlaceRecord['kind'],
    lat: p.lat ?? null, lon: p.lon ?? null,
    mentions: p.evidence.map((m) => ({ ...locateNear(text, m), text: m, how })),
  }));
  const placeId = (name?: string) => (name ? places.find((p) => p.name === name)?.id ?? null : null);
  const dates = exp.dates.map((d) => ({ ...locateNear(text, d.evidence), text: d.evidence, kind: (d.kind ?? 'date') as 'date' | 'duration', value: published ? d.value : null, how: 'inferred:published' as const }));
  const quotes: QuoteRecord[] = exp.quotes.map((q) => {
    const span = locateNear(text, q.evidence);
    const speaker = nearestSpeaker(text, SPEAKER_TEXT[q.speaker], span);
    const cue = locateNear(text, q.cue, speaker.end);
    return { ...span, text: q.evidence, direct: q.direct, speaker: { ...speaker, actor: kb(q.speaker), how }, cue: { ...cue, text: q.cue }, channel: q.channel ?? null };
  });
  const events: EventRecord[] = exp.events.map((e, i) => {
    const source = e.parties ? [e.parties[0]] : e.source ? [e.source] : [];
    const target = e.parties ? e.parties.slice(1) : e.target ? [e.target] : [];
    const date = e.date ?? (e.round === 9 && published ? published : null);
    return {
      id: `e${i + 1}`, type: e.type, mode: e.mode ?? null, cameo: null, source: source.map(kb), target: target.map(kb), host: e.host ? [kb(e.host)] : [],
      place: placeId(e.place), date: { value: date, how: e.date ? how : 'inferred:published' }, negotiation: e.negotiation ?? false,
      round: e.round ?? null, status: e.status ?? 'occurred', negated: false, evidence: locateNear(text, e.evidence), confidence: 0.9, about: e.about ?? null,
    };
  });
  const demands: DemandRecord[] = exp.demands.map((d) => {
    const evidence = locateNear(text, d.evidence);
    // A condition the analysts paraphrased (not verbatim in the text) stands on the demand's evidence, as in recordFromGold.
    const condition = !d.condition ? null : text.includes(d.condition) ? { ...locateNear(text, d.condition, evidence.start), text: d.condition } : { ...evidence, text: d.condition };
    return { holder: kb(d.holder), addressee: kb(d.addressee), kind: d.kind, issue: d.issue, content: { ...evidence, text: d.evidence }, condition, evidence };
  });
  return { ...base, actors, places, dates, quotes, events, demands };
}
