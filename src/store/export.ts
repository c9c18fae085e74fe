/**
 * Exports of the store: the records per article (JSON Lines, OUTPUT.md), CSV tables of the merged
 * events, the quotes and the demands (each row with its sources' URLs and evidence sentences),
 * and PLOVER-style event JSON for POLECAT users. Everything streams page by page.
 */
import type { DemandRow, EventRow, Page, PageQuery, QuoteRow, Store } from './types.js';

export type ExportKind = 'events' | 'quotes' | 'demands';

export async function* pages<T>(fetch: (q: PageQuery) => Promise<Page<T>>, size = 500): AsyncGenerator<T> {
  for (let offset = 0; ; offset += size) {
    const page = await fetch({ limit: size, offset });
    yield* page.items;
    if (offset + page.items.length >= page.total || page.items.length === 0) return;
  }
}

export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (values: unknown[]) => values.map(csvField).join(',') + '\n';
const where = (a: { url: string | null; source: string }) => a.url ?? a.source;

export const CSV_HEADERS: Record<ExportKind, string[]> = {
  events: ['id', 'type', 'mode', 'status', 'statuses', 'conflict', 'date', 'place', 'source', 'target', 'host', 'round', 'negotiation', 'about', 'process', 'track', 'sources', 'outlets', 'urls', 'evidence'],
  quotes: ['id', 'date', 'speaker', 'speaker_id', 'direct', 'text', 'cue', 'channel', 'outlet', 'url', 'sentence', 'stage'],
  demands: ['id', 'date', 'holder', 'holder_id', 'addressee', 'addressee_id', 'kind', 'issue', 'content', 'condition', 'process', 'outlet', 'url', 'evidence', 'stage'],
};

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

export function eventCsv(e: EventRow): string {
  return csvLine([e.id, e.type, e.mode, e.status, e.statuses, e.conflict, e.date, e.place?.name, names(e.source), names(e.target), names(e.host),
    e.round, e.negotiation, e.about, e.processId, e.trackId, e.sourceCount, e.outletCount,
    [...new Set(e.sources.map((s) => where(s.article)))], e.sources.map((s) => s.evidence.sentence).join(' | ')]);
}

export function quoteCsv(q: QuoteRow): string {
  return csvLine([q.id, q.article.published, q.speaker?.name ?? q.speakerText, q.speaker?.id, q.direct, q.text, q.cue, q.channel, q.article.outlet, where(q.article), q.sentence, `${q.stage}@${q.stageVersion}`]);
}

export function demandCsv(d: DemandRow): string {
  return csvLine([d.id, d.date, d.holder?.name, d.holder?.id, d.addressee?.name, d.addressee?.id, d.kind, d.issue, d.content, d.condition, d.processId,
    d.article.outlet, where(d.article), d.evidence.sentence, `${d.stage}@${d.stageVersion}`]);
}

/** One event in the shape of PLOVER/POLECAT records (event_type, mode, source/target actors, location, story date). */
export function ploverEvent(e: EventRow): Record<string, unknown> {
  const side = (xs: EventRow['source']) => ({ actor: names(xs).join('; ') || null, actor_ids: xs.map((x) => x.id), actor_types: xs.map((x) => x.type) });
  const s = side(e.source);
  const t = side(e.target);
  return {
    event_id: e.id,
    event_date: e.date,
    event_date_how: e.dateHow,
    story_dates: [...new Set(e.sources.map((x) => x.article.published).filter(Boolean))],
    event_type: e.type,
    mode: e.mode,
    context: e.about,
    cameo: e.cameo,
    source_actor: s.actor, source_actor_ids: s.actor_ids, source_actor_types: s.actor_types,
    target_actor: t.actor, target_actor_ids: t.actor_ids, target_actor_types: t.actor_types,
    host_actor_ids: e.host.map((x) => x.id),
    location: e.place ? { name: e.place.name, id: e.place.id, country: e.place.country, lat: e.place.lat, lon: e.place.lon } : null,
    status: e.status, statuses: e.statuses, conflicting_reports: e.conflict,
    negotiation: e.negotiation, round: e.round, process_id: e.processId, track_id: e.trackId,
    source_count: e.sourceCount, outlet_count: e.outletCount,
    sources: e.sources.map((x) => ({ url: x.article.url, source: x.article.source, outlet: x.article.outlet, published: x.article.published, status: x.status, evidence: x.evidence.text, sentence: x.evidence.sentence })),
  };
}

/** Write an export to `out` (stdout by default). Returns the number of rows/records written. */
export async function exportStore(store: Store, format: 'jsonl' | 'csv' | 'plover', kind: ExportKind, write: (chunk: string) => void): Promise<number> {
  let n = 0;
  if (format === 'jsonl') {
    for await (const a of pages((q) => store.listArticles({ ...q, order: 'ingested' }))) {
      const detail = await store.getArticle(a.id);
      if (detail) {
        write(JSON.stringify(detail.record) + '\n');
        n++;
      }
    }
    return n;
  }
  if (format === 'plover') {
    for await (const e of pages((q) => store.events(q))) {
      write(JSON.stringify(ploverEvent(e)) + '\n');
      n++;
    }
    return n;
  }
  write(csvLine(CSV_HEADERS[kind]));
  if (kind === 'events') for await (const e of pages((q) => store.events(q))) (write(eventCsv(e)), n++);
  else if (kind === 'quotes') for await (const x of pages((q) => store.quotes(q))) (write(quoteCsv(x)), n++);
  else for await (const x of pages((q) => store.demands(q))) (write(demandCsv(x)), n++);
  return n;
}
