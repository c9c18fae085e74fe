/**
 * What a page needs in one request, assembled from the store's reads. No fact is made here: the
 * views group and order what the store returns.
 */
import { byDate } from '../process/dates.js';
import type { Store } from '../store/types.js';
import type {
  ActorDetail,
  ActorRef,
  ArticleDetail,
  EventRow,
  Paged,
  PlaceView,
  ProcessView,
  SearchHit,
} from './contract.js';

/** Upper bound on the rows a view pulls at once; pages with more show the most recent. */
const VIEW_LIMIT = 1000;

export async function articleView(store: Store, id: string): Promise<ArticleDetail | null> {
  const detail = await store.getArticle(id);
  if (!detail) return null;
  const processes: ArticleDetail['processes'] = [];
  for (const p of await store.processes()) {
    const page = await store.listArticles({ process: p.id, limit: VIEW_LIMIT });
    if (page.items.some((a) => a.id === id)) processes.push({ id: p.id, name: p.name });
  }
  return { summary: detail.summary, record: detail.record, processes };
}

export async function processView(store: Store, id: string): Promise<ProcessView | null> {
  const stored = await store.getProcess(id);
  if (!stored) return null;
  // A store whose merged record predates delegations (or that has none) answers with an empty list.
  const process = { ...stored, delegations: stored.delegations ?? (await store.delegations?.({ process: id })) ?? [] };
  const [events, positions, quotes, articles] = await Promise.all([
    store.events({ process: id, limit: VIEW_LIMIT, order: 'date' }),
    store.positions({ process: id }),
    store.quotes({ process: id, limit: 200 }),
    store.listArticles({ process: id, limit: VIEW_LIMIT }),
  ]);
  const trackIds = new Set(process.tracks.map((t) => t.id));
  const byTrack: Record<string, EventRow[]> = {};
  for (const e of events.items) {
    const key = e.trackId && trackIds.has(e.trackId) ? e.trackId : '';
    (byTrack[key] ??= []).push(e);
  }
  const parties: ProcessView['parties'] = [
    ...process.parties.map((actor) => ({ actor, role: 'party' as const })),
    ...process.hosts.filter((h) => !process.parties.some((p) => p.id === h.id)).map((actor) => ({ actor, role: 'host' as const })),
  ];
  // Rows: parties first in the process's order, then other holders; columns: most-held issues first.
  const holders = uniqueActors([...process.parties.filter((p) => positions.some((s) => s.actor.id === p.id)), ...positions.map((s) => s.actor)]);
  const issueCount = new Map<string, number>();
  for (const s of positions) issueCount.set(s.issue, (issueCount.get(s.issue) ?? 0) + 1);
  const issues = [...issueCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([i]) => i);
  const recent = [...quotes.items].sort((a, b) => (b.article.published ?? '').localeCompare(a.article.published ?? '')).slice(0, 12);
  return { process, events: byTrack, parties, holders, issues, positions, quotes: recent, articles: articles.items };
}

const MEETING_TYPES = new Set(['CONSULT', 'AGREE']);

export async function actorView(store: Store, id: string): Promise<ActorDetail | null> {
  const actor = await store.getActor(id);
  if (!actor) return null;
  const [events, quotes, positions, delegations, processes] = await Promise.all([
    store.events({ actor: id, limit: VIEW_LIMIT, order: 'date' }),
    store.quotes({ speaker: id, limit: VIEW_LIMIT }),
    store.positions({ actor: id }),
    store.delegations?.({ actor: id }) ?? [],
    store.processes(),
  ]);
  const processName = new Map(processes.map((p) => [p.id, p.name]));
  const met = new Map<string, { actor: ActorRef; events: EventRow[] }>();
  for (const e of events.items) {
    if (!MEETING_TYPES.has(e.type)) continue;
    for (const other of uniqueActors([...e.source, ...e.target, ...e.host])) {
      if (other.id === id) continue;
      const entry = met.get(other.id) ?? { actor: other, events: [] };
      entry.events.push(e);
      met.set(other.id, entry);
    }
  }
  return {
    actor,
    met: [...met.values()].sort((a, b) => b.events.length - a.events.length || a.actor.name.localeCompare(b.actor.name)),
    events: events.items,
    // What they said, over time: oldest report first (undated reports last).
    quotes: [...quotes.items].sort((a, b) => (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999')),
    positions: positions.filter((p) => p.actor.id === id),
    // Led, sat on or sent: a person is read as head before member (a report may name them as both).
    delegations: delegations
      .map((delegation) => ({
        role: delegation.heads.some((x) => x.actor.id === id) ? ('head' as const) : delegation.members.some((x) => x.actor.id === id) ? ('member' as const) : ('party' as const),
        delegation,
        process: delegation.processId && processName.has(delegation.processId) ? { id: delegation.processId, name: processName.get(delegation.processId)! } : null,
      }))
      .sort((a, b) => byDate(a.delegation.firstDate ?? '9999', b.delegation.firstDate ?? '9999') || a.delegation.id.localeCompare(b.delegation.id)),
  };
}

export async function placesView(store: Store, limit: number, offset: number): Promise<Paged<PlaceView>> {
  const page = await store.places({ limit, offset });
  const venues = new Set<string>();
  for (const p of await store.processes()) {
    const detail = await store.getProcess(p.id);
    for (const t of detail?.tracks ?? []) for (const v of t.venues) venues.add(v.id);
  }
  const ids = new Set(page.items.map((p) => p.id));
  const sample = new Map<string, EventRow[]>();
  for (const e of (await store.events({ limit: VIEW_LIMIT, order: 'date-desc' })).items) {
    if (!e.place || !ids.has(e.place.id)) continue;
    const list = sample.get(e.place.id) ?? [];
    if (list.length < 8) list.push(e);
    sample.set(e.place.id, list);
  }
  return { ...page, items: page.items.map((p) => ({ ...p, venue: venues.has(p.id), sample: sample.get(p.id) ?? [] })) };
}

/** Search hits with where to open each one: the quote's span, or the first match in the text. */
export async function searchView(store: Store, q: string, limit: number, offset: number): Promise<Paged<SearchHit>> {
  const page = await store.search(q, { limit, offset });
  const records = new Map<string, Awaited<ReturnType<Store['getArticle']>>>();
  const words = q.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  const items: SearchHit[] = [];
  for (const hit of page.items) {
    if (!records.has(hit.article.id)) records.set(hit.article.id, await store.getArticle(hit.article.id));
    const record = records.get(hit.article.id)?.record;
    let at: SearchHit['at'] = null;
    let speaker: ActorRef | null = null;
    if (record && hit.kind === 'quote' && hit.quoteId) {
      const quote = record.quotes[Number(/#q(\d+)$/.exec(hit.quoteId)?.[1] ?? -1)];
      if (quote) {
        at = { start: quote.start, end: quote.end };
        const actor = quote.speaker?.actor ? await store.getActor(quote.speaker.actor) : null;
        speaker = actor ? { id: actor.id, name: actor.name, type: actor.type } : null;
      }
    } else if (record) {
      const lower = record.article.text.toLowerCase();
      for (const w of words) {
        const i = lower.indexOf(w);
        if (i !== -1 && (at === null || i < at.start)) at = { start: i, end: i + w.length };
      }
    }
    items.push({ kind: hit.kind, article: hit.article, snippet: hit.snippet, speaker, at });
  }
  return { ...page, items };
}

function uniqueActors(list: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}
