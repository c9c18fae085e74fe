/**
 * Hand gold of facts (shared/seed/expected.json, shared/corpus/gold/*.json) read into Parley's
 * shapes: the upstream layers the analyst wrote (actors, places, dates, quotes, not-body blocks) as
 * "oracle" layers, so that the events, demands and figures stages can be measured on their own,
 * apart from the errors of the stages before them; and the events, demands and figures to score.
 */
import { readFileSync } from 'node:fs';
import type { Block } from '../src/model/article.js';
import type { Sentence, Token } from '../src/model/doc.js';
import type { ActorRecord, ActorType, DateRecord, PlaceRecord, QuoteRecord } from '../src/model/record.js';
import type { Span } from '../src/model/span.js';

export type Evidence = string | { text: string; occurrence: number } | Evidence[];

export interface GoldFile {
  article: string;
  published: string | null;
  publishedForDateTests?: string | null;
  notBody?: { kind: string; evidence: Evidence }[];
  actors: { id: string; name: string; type: string; affiliation?: string; mentions: Evidence[] }[];
  places: { name: string; country?: string; kind?: string; lat?: number; lon?: number; evidence: Evidence }[];
  dates: { evidence: Evidence; value: string | null; kind?: string }[];
  quotes: { speaker: string | string[] | null; direct: boolean; evidence: Evidence }[];
  events: GoldEvent[];
  demands: GoldDemand[];
  figures: { quantity: number; evidence: Evidence; ordinal?: boolean }[];
}

export interface GoldEvent {
  type: string;
  mode?: string | null;
  source?: string | string[] | null;
  target?: string | string[] | null;
  parties?: string[];
  place?: string | string[] | null;
  status?: string;
  round?: number;
  evidence: Evidence;
}

export interface GoldDemand {
  holder: string | string[] | null;
  addressee: string | string[] | null;
  kind: string;
  issue: string;
  condition?: string;
  evidence: Evidence;
}

/** All spans an evidence stands for (a list gives alternatives). */
export function spansOf(text: string, ev: Evidence): Span[] {
  if (Array.isArray(ev)) return ev.flatMap((e) => spansOf(text, e));
  const needle = typeof ev === 'string' ? ev : ev.text;
  const k = typeof ev === 'string' ? 1 : ev.occurrence;
  let at = -1;
  for (let i = 0; i < k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) break;
  }
  return at < 0 ? [] : [{ start: at, end: at + needle.length }];
}

/** Each mention listed separately (for actors and places a list is every mention). */
function everyMention(text: string, ev: Evidence): Span[] {
  return Array.isArray(ev) ? ev.flatMap((e) => everyMention(text, e)) : spansOf(text, ev);
}

const TRIM_POS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'ADJ', 'PRON', 'DET']);

/**
 * Gold mentions carry a little context (`the Taliban are close`, `Savimbi challenged`, `the agreement
 * with Washington`); trim them to the name as an actors stage would give it.
 */
function trimMention(text: string, tokens: readonly Token[], span: Span, name?: string): Span {
  if (name) {
    const at = text.slice(span.start, span.end).indexOf(name);
    if (at >= 0) return { start: span.start + at, end: span.start + at + name.length };
  }
  let toks = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  if (!toks.length) return span;
  const cap = (t: Token) => /^[A-Z]/.test(t.text) && (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN') && !/^(?:The|A|An|In|On|At|But|And|While|Above|Soon)$/.test(t.text);
  const first = toks.findIndex(cap);
  if (first >= 0) {
    // The first run of capitalised words (`Nadiya Savchenko`, `Cuban-backed Angolan`), hyphens and
    // `'s` / `of` / `al` inside it, then up to two common nouns (`Angolan government`, `Taliban spokesman`).
    let last = first;
    while (last + 1 < toks.length && (cap(toks[last + 1]) || /^(?:-|'s|’s|of|al|bin|de|al-\w+)$/.test(toks[last + 1].text))) last++;
    while (last > first && /^(?:-|of|al|bin|de)$/.test(toks[last].text)) last--;
    let tail = 0;
    while (last + 1 < toks.length && tail < 2 && toks[last + 1].pos === 'NOUN' && /^[a-z]/.test(toks[last + 1].text)) { last++; tail++; }
    let begin = first;
    if (begin > 0 && /^(?:the|The)$/.test(toks[begin - 1].text)) begin--;
    toks = toks.slice(begin, last + 1);
  } else {
    while (toks.length > 1 && ['VERB', 'AUX', 'ADP', 'PART', 'SCONJ', 'CCONJ'].includes(toks[0].pos)) toks = toks.slice(1);
    while (toks.length > 1 && TRIM_POS.has(toks[toks.length - 1].pos) && toks[toks.length - 1].pos !== 'PRON') toks = toks.slice(0, -1);
    while (toks.length > 1 && /^(?:said|says|told|wants|focuses|refuse|refuses|challenged|suggested|is|are|has|have)$/.test(toks[toks.length - 1].text)) toks = toks.slice(0, -1);
  }
  return { start: toks[0].start, end: toks[toks.length - 1].end };
}

/**
 * A plain-string gold mention stands for its first occurrence only; an actors stage finds every
 * occurrence of a name, so the oracle adds the other occurrences of each (capitalised) surface.
 */
function allOccurrences(text: string, spans: Span[], spread: (surface: string) => boolean): Span[] {
  const out = [...spans];
  for (const s of spans) {
    const surface = text.slice(s.start, s.end);
    if (!spread(surface) || !/^(?:the\s+)?[A-Z]/i.test(surface) || !/[A-Z]/.test(surface.replace(/^the\s+/i, '')[0] ?? '') || /^(?:The|A|An|It|He|She|They|We)$/i.test(surface)) continue;
    const re = new RegExp(`(?<![\\w-])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index!, end: m.index! + surface.length };
      if (!out.some((o) => o.start < span.end && span.start < o.end)) out.push(span);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface OracleLayers {
  actors: ActorRecord[];
  places: PlaceRecord[];
  dates: DateRecord[];
  quotes: QuoteRecord[];
  blocks: Block[];
}

export function oracleLayers(text: string, gold: GoldFile, analysis: { tokens: Token[]; sentences: Sentence[] }): OracleLayers {
  const { tokens } = analysis;
  const raw = gold.actors.map((a) => a.mentions.flatMap((m) => everyMention(text, m)));
  let trimmed = raw.map((spans) => spans.map((s) => trimMention(text, tokens, s)));
  // `the Taliban and Washington` listed for the US: of two conjuncts, the one no other actor claims.
  const claimedBy = (surface: string, except: number) => trimmed.some((spans, j) => j !== except && spans.some((t) => text.slice(t.start, t.end) === surface));
  trimmed = raw.map((spans, i) =>
    spans.map((s, k) => {
      const m = / and (?:the )?/.exec(text.slice(s.start, s.end));
      if (!m) return trimmed[i][k];
      const left = { start: s.start, end: s.start + m.index };
      const right = { start: s.start + m.index + m[0].length, end: s.end };
      const l = trimMention(text, tokens, left);
      const r = trimMention(text, tokens, right);
      if (claimedBy(text.slice(l.start, l.end), i) && !claimedBy(text.slice(r.start, r.end), i)) return r;
      if (claimedBy(text.slice(r.start, r.end), i) && !claimedBy(text.slice(l.start, l.end), i)) return l;
      return trimmed[i][k];
    }),
  );
  // A surface two actors claim (`Moscow` in `between Moscow and the West`) is not spread to other places.
  const owners = new Map<string, Set<number>>();
  trimmed.forEach((spans, i) => spans.forEach((s) => {
    const k = text.slice(s.start, s.end);
    owners.set(k, (owners.get(k) ?? new Set()).add(i));
  }));
  const actors: ActorRecord[] = gold.actors.map((a, i) => ({
    id: `kb:${a.id}`,
    name: a.name,
    type: (a.type as ActorType) ?? 'other',
    country: null,
    sector: null,
    role: null,
    affiliation: a.affiliation ? `kb:${a.affiliation}` : null,
    mentions: allOccurrences(text, trimmed[i], (k) => (owners.get(k)?.size ?? 0) <= 1).map((t) => ({ ...t, text: text.slice(t.start, t.end), how: 'stated' as const })),
  }));
  const places: PlaceRecord[] = gold.places.map((p) => ({
    id: `gold:${p.name}`,
    name: p.name,
    country: p.country ?? null,
    kind: (p.kind as PlaceRecord['kind']) ?? 'city',
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    mentions: everyMention(text, p.evidence).map((s) => {
      const t = trimMention(text, tokens, s, p.name);
      return { ...t, text: text.slice(t.start, t.end), how: 'stated' as const };
    }),
  }));
  const dates: DateRecord[] = gold.dates.flatMap((d) =>
    spansOf(text, d.evidence).slice(0, 1).map((s) => ({
      ...s,
      text: text.slice(s.start, s.end),
      kind: (d.kind === 'duration' || /^P/.test(d.value ?? '') ? 'duration' : 'date') as DateRecord['kind'],
      value: d.value,
      how: 'stated' as const,
    })),
  );
  const quotes: QuoteRecord[] = gold.quotes.flatMap((q) =>
    spansOf(text, q.evidence).slice(0, 1).map((s) => {
      const who = Array.isArray(q.speaker) ? q.speaker[0] : q.speaker;
      return {
        ...s,
        text: text.slice(s.start, s.end),
        direct: q.direct,
        speaker: who ? { actor: `kb:${who}`, start: s.start, end: s.start, text: '', how: 'stated' as const } : null,
        cue: null,
        channel: null,
      };
    }),
  );
  const blocks: Block[] = (gold.notBody ?? []).flatMap((b) =>
    spansOf(text, b.evidence).map((s) => ({ ...s, kind: (b.kind === 'video teaser' ? 'boilerplate' : b.kind) as Block['kind'] })),
  );
  return { actors, places, dates, quotes, blocks };
}

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}
