/**
 * The merged record: from every article's facts (and the user's process choices) to actors,
 * events with their sources, processes with their tracks and rounds, and positions over time.
 * A pure function: the store persists what it returns.
 */
import type { ActorRow, ArticleRef, Delegation, EventRow, PlaceRef, PlaceRow, PositionSeries, ProcessDetail, TrackState } from '../store/types.js';
import { mergeActors } from './actors.js';
import { byDate } from './dates.js';
import { gatherDelegations } from './delegations.js';
import { eventSources, mergeEvents, type MergedEvent } from './events.js';
import type { FactSet } from './input.js';
import { buildPositions, type ResolvedDemand } from './positions.js';
import { buildTracks, groupProcesses, partyOf, type TrackBuild } from './tracks.js';

export interface DemandLink {
  articleId: string;
  idx: number;
  holder: string | null;
  addressee: string | null;
  processId: string | null;
}

export interface Consolidated {
  actorMap: [articleId: string, localId: string, actorId: string][];
  actors: ActorRow[];
  places: PlaceRow[];
  events: EventRow[];
  eventActors: [eventId: string, actorId: string][];
  eventSources: [eventId: string, articleId: string, idx: number][];
  processes: ProcessDetail[];
  positions: PositionSeries[];
  demandLinks: DemandLink[];
  articleProcesses: [articleId: string, processId: string][];
  /** Every delegation, with or without a process (each process's are also in its detail). */
  delegations: Delegation[];
}

export function consolidate(facts: FactSet): Consolidated {
  const articles = new Map<string, ArticleRef>(facts.articles.map((a) => [a.id, a]));
  const actors = mergeActors(facts.actors);
  const places = mergePlaces(facts);
  const merged = mergeEvents(facts.events.filter((e) => articles.has(e.articleId)), articles, actors);
  const tracks = buildTracks(merged, actors, places, talksPairs(facts, actors));
  const processes = groupProcesses(tracks, actors, facts.choices);

  // Where each event belongs: its track's process, or, for other events (a visit, a rejection),
  // the process its article reports whose parties it involves most.
  const trackOf = new Map<string, TrackBuild>();
  for (const t of tracks) for (const e of t.events) trackOf.set(e.id, t);
  const processParties = new Map(processes.map((p) => [p.id, new Set(p.tracks.flatMap((t) => t.parties.map((x) => x.id)))]));
  const articleProcs = new Map<string, Set<string>>();
  for (const p of processes) for (const t of p.tracks) for (const a of t.articles) {
    if (!articleProcs.has(a)) articleProcs.set(a, new Set());
    articleProcs.get(a)!.add(p.id);
  }
  const bestProcess = (articleIds: Iterable<string>, ids: Iterable<string>): string | null => {
    const parties = [...ids].map((id) => partyOf(id, actors));
    let best: string | null = null;
    let bestN = 0;
    for (const a of articleIds) for (const p of articleProcs.get(a) ?? []) {
      const n = parties.filter((x) => processParties.get(p)!.has(x)).length;
      if (n > bestN || (n === bestN && n > 0 && best !== null && p < best)) [best, bestN] = [p, n];
    }
    return best;
  };
  const processOfEvent = new Map<string, string | null>();
  for (const e of merged) {
    const t = trackOf.get(e.id);
    processOfEvent.set(e.id, t ? t.processId : bestProcess(e.reports.map((r) => r.article.id), e.parties));
  }

  // Demands: holder and addressee as merged actors; a process when one of its articles reports it.
  const resolved: ResolvedDemand[] = [];
  const demandLinks: DemandLink[] = [];
  for (const d of facts.demands) {
    const article = articles.get(d.articleId);
    if (!article) continue;
    const holder = d.holder ? actors.resolve(d.articleId, d.holder) : null;
    const addressee = d.addressee ? actors.resolve(d.articleId, d.addressee) : null;
    const processId = holder ? bestProcess([d.articleId], [holder, ...(addressee ? [addressee] : [])]) : null;
    demandLinks.push({ articleId: d.articleId, idx: d.idx, holder, addressee, processId });
    if (holder) resolved.push({ fact: d, article, holder, addressee, processId });
  }
  for (const t of tracks) {
    t.precondition = precondition(t, resolved, actors);
    Object.assign(t, preconditionOn(t, tracks, actors));
  }

  const delegations = gatherDelegations(facts.delegations ?? [], {
    articles, actors, events: merged, tracks,
    processOfEvent: (id) => processOfEvent.get(id) ?? null,
    processOfArticle: (articleId, ids) => bestProcess([articleId], ids),
  });

  const eventRows = merged.map((e) => eventRow(e, actors.ref, places, trackOf.get(e.id)?.id ?? null, processOfEvent.get(e.id) ?? null));
  const eventActors: [string, string][] = [];
  for (const e of eventRows) for (const id of new Set([...e.source, ...e.target, ...e.host].map((a) => a.id))) eventActors.push([e.id, id]);

  // Counts for actors and places.
  const eventCount = new Map<string, number>();
  for (const [, a] of eventActors) eventCount.set(a, (eventCount.get(a) ?? 0) + 1);
  const quoteCount = new Map<string, number>();
  for (const q of facts.quoteSpeakers) {
    const id = actors.resolve(q.articleId, q.speaker);
    quoteCount.set(id, (quoteCount.get(id) ?? 0) + 1);
  }
  const actorRows: ActorRow[] = [...actors.actors.values()].map((a) => {
    const dates = [...a.articles].map((id) => articles.get(id)?.published).filter((d): d is string => !!d).sort();
    return {
      id: a.id, name: a.name, type: a.type, country: a.country, sector: a.sector, role: a.role,
      affiliation: a.affiliation ? actors.ref(a.affiliation) : null, known: a.id.startsWith('kb:'), aliases: a.aliases,
      articleCount: a.articles.size, mentionCount: a.mentions, eventCount: eventCount.get(a.id) ?? 0,
      quoteCount: quoteCount.get(a.id) ?? 0, firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null,
    };
  });

  const placeEvents = new Map<string, number>();
  for (const e of merged) if (e.place) placeEvents.set(e.place, (placeEvents.get(e.place) ?? 0) + 1);
  const placeArticles = new Map<string, Set<string>>();
  for (const p of facts.places) {
    if (!placeArticles.has(p.placeId)) placeArticles.set(p.placeId, new Set());
    placeArticles.get(p.placeId)!.add(p.articleId);
  }
  const placeRows: PlaceRow[] = [...places.values()].map((p) => ({
    ...p, articleCount: placeArticles.get(p.id)?.size ?? 0, eventCount: placeEvents.get(p.id) ?? 0,
  }));

  const processRows = processes.map((p): ProcessDetail => {
    const evIds = new Set(merged.filter((e) => processOfEvent.get(e.id) === p.id).map((e) => e.id));
    const arts = new Set(merged.filter((e) => evIds.has(e.id)).flatMap((e) => e.reports.map((r) => r.article.id)));
    const tracksOut = p.tracks.map(({ events: _e, articles: _a, ...t }) => t);
    const parties = dedupe(p.tracks.flatMap((t) => t.parties));
    const dates = p.tracks.flatMap((t) => [t.firstDate, t.lastDate]).filter((d): d is string => d !== null).sort(byDate);
    const latest = [...p.tracks].sort((a, b) => byDate(b.lastDate ?? '', a.lastDate ?? '') || rank(b.state) - rank(a.state))[0];
    return {
      id: p.id, name: p.name, named: p.named, parties, state: latest?.state ?? 'unknown', trackCount: p.tracks.length,
      eventCount: evIds.size, articleCount: arts.size, firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
      hosts: dedupe(p.tracks.flatMap((t) => t.hosts)), venues: dedupe(p.tracks.flatMap((t) => t.venues)), tracks: tracksOut,
      delegations: delegations.filter((d) => d.processId === p.id),
    };
  });

  const articleProcesses: [string, string][] = [];
  for (const e of merged) {
    const p = processOfEvent.get(e.id);
    if (p) for (const r of e.reports) articleProcesses.push([r.article.id, p]);
  }
  return {
    actorMap: [...actors.map].map(([k, v]) => {
      const [articleId, localId] = k.split('\t');
      return [articleId, localId, v];
    }),
    actors: actorRows,
    places: placeRows,
    events: eventRows,
    eventActors,
    eventSources: merged.flatMap((e) => e.reports.map((r): [string, string, number] => [e.id, r.fact.articleId, r.fact.idx])),
    processes: processRows,
    positions: buildPositions(resolved, actors.ref),
    demandLinks,
    articleProcesses: uniquePairs(articleProcesses),
    delegations,
  };
}

const STATE_RANK: TrackState[] = ['unknown', 'contact', 'refused', 'cancelled', 'postponed', 'round ended', 'talks ongoing', 'proposed', 'expected', 'agreement proposed', 'near agreement', 'agreement signed'];
const rank = (s: TrackState) => STATE_RANK.indexOf(s);

function dedupe<T extends { id: string }>(list: T[]): T[] {
  const seen = new Map<string, T>();
  for (const x of list) if (!seen.has(x.id)) seen.set(x.id, x);
  return [...seen.values()];
}

function uniquePairs(pairs: [string, string][]): [string, string][] {
  const keys = new Set(pairs.map((p) => p.join('\t')));
  return [...keys].map((k) => k.split('\t') as [string, string]);
}

function mergePlaces(facts: FactSet): Map<string, PlaceRef> {
  const out = new Map<string, PlaceRef>();
  for (const p of [...facts.places].sort((a, b) => a.articleId.localeCompare(b.articleId))) {
    if (!out.has(p.placeId)) out.set(p.placeId, { id: p.placeId, name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon });
  }
  return out;
}

/** A party's stated condition for a track's talks: its refusal (or condition) addressed to the other side. */
function precondition(t: TrackBuild, demands: readonly ResolvedDemand[], actors: ReturnType<typeof mergeActors>): string | null {
  const sides = new Set(t.parties.map((p) => p.id));
  const found = demands
    .filter((d) => d.fact.condition && (d.fact.kind === 'refusal' || d.fact.kind === 'condition'))
    .filter((d) => sides.has(partyOf(d.holder, actors)) && d.addressee !== null && sides.has(partyOf(d.addressee, actors)) && partyOf(d.addressee, actors) !== partyOf(d.holder, actors))
    .sort((a, b) => (a.fact.kind === 'refusal' ? 0 : 1) - (b.fact.kind === 'refusal' ? 0 : 1) || (b.article.published ?? '').localeCompare(a.article.published ?? ''));
  return found[0]?.fact.condition ?? null;
}

const TALKS = /\b(talks|dialogue|negotiat\w*|meet\w*)\b/i;

/** Per article, the [holder, addressee] of each position it reports on talks (a refusal of direct dialogue, a condition for talks). */
function talksPairs(facts: FactSet, actors: ReturnType<typeof mergeActors>): (articleId: string) => [string, string][] {
  const byArticle = new Map<string, [string, string][]>();
  for (const d of facts.demands) {
    if (!d.holder || !d.addressee || !(TALKS.test(d.issue) || TALKS.test(d.content))) continue;
    const pair: [string, string] = [actors.resolve(d.articleId, d.holder), actors.resolve(d.articleId, d.addressee)];
    byArticle.set(d.articleId, [...(byArticle.get(d.articleId) ?? []), pair]);
  }
  return (id) => byArticle.get(id) ?? [];
}

const AGREEMENT = /\b(agreement|deal|accord|treaty|pact)\b/i;

/**
 * "until after the agreement with Washington is signed": a condition that waits on an agreement
 * points at the one other track of the process that shares a side with this one and is
 * negotiating an agreement (the US–Taliban deal for the intra-Afghan talks). With none, or more
 * than one, the stated text stands alone.
 */
function preconditionOn(t: TrackBuild, tracks: readonly TrackBuild[], actors: ReturnType<typeof mergeActors>): { preconditionTrack: string | null; preconditionSummary: string | null } {
  const none = { preconditionTrack: null, preconditionSummary: null };
  if (!t.precondition || !AGREEMENT.test(t.precondition)) return none;
  const sides = new Set(t.parties.map((p) => partyOf(p.id, actors)));
  const others = tracks.filter((o) => o !== t && o.processId === t.processId && o.agreements.length > 0
    && o.parties.some((p) => sides.has(partyOf(p.id, actors))));
  if (others.length !== 1) return none;
  const o = others[0];
  const verb = /\bsign/i.test(t.precondition) ? 'signed' : /\b(conclud|reach|struck|strike)/i.test(t.precondition) ? 'reached' : null;
  const summary = `${o.name.replace(/ talks$/, '')} agreement${verb ? ` ${verb}` : ''}`;
  return { preconditionTrack: o.id, preconditionSummary: summary };
}

function eventRow(e: MergedEvent, ref: (id: string) => import('../store/types.js').ActorRef, places: Map<string, PlaceRef>, trackId: string | null, processId: string | null): EventRow {
  const first = e.reports[0];
  const ev = first.fact.event;
  const union = (pick: (r: MergedEvent['reports'][number]) => string[]) => [...new Set(e.reports.flatMap(pick))].map(ref);
  const source = union((r) => r.source);
  const target = union((r) => r.target);
  return {
    id: e.id, type: ev.type, mode: e.reports.find((r) => r.fact.event.mode)?.fact.event.mode ?? null,
    cameo: e.reports.find((r) => r.fact.event.cameo)?.fact.event.cameo ?? null,
    status: e.status, statuses: e.statuses, conflict: e.conflict, negotiation: e.reports.some((r) => r.fact.event.negotiation),
    round: e.round, date: e.date.value, datePrecision: e.date.precision, dateHow: e.date.how,
    place: e.place ? (places.get(e.place) ?? { id: e.place, name: e.place, country: null, kind: null, lat: null, lon: null }) : null,
    source, target, host: union((r) => r.host), parties: dedupe([...source, ...target]),
    about: e.reports.find((r) => r.fact.event.about)?.fact.event.about ?? null,
    processId, trackId, sourceCount: e.reports.length, outletCount: e.outlets, sources: eventSources(e),
  };
}
