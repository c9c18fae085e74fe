/**
 * Delegations across articles: each party's delegation to a process's talks, with its heads over
 * time, its members and its size, from every article that reports it. People are the merged
 * actors, so the chief negotiator named in two articles is one delegate with two reports; a change
 * of head shows as a second head with its own dates.
 *
 * Where a delegation belongs: the process (and tracks) of the talks its article ties it to; else
 * the process its article reports that has its party among the sides; else, for a delegation
 * reported only on its way to talks (`A delegation from Syria's main opposition group flew to
 * Geneva`, in an article that names no other side), the one process with a track meeting at that
 * venue within a fortnight of those talks and a side of the party's country. A delegation no
 * process holds is kept per party and talks (or per article): two unrelated articles naming "the
 * Russian delegation" are not one delegation.
 */
import { createHash } from 'node:crypto';
import type { ActorRef, ArticleRef, Delegate, Delegation, DelegationSource, Evidence } from '../store/types.js';
import type { ActorMerge } from './actors.js';
import { addDays, bounds, byDate } from './dates.js';
import type { MergedEvent } from './events.js';
import type { DelegationFact } from './input.js';
import { countryOfId } from './names.js';
import type { TrackBuild } from './tracks.js';

export interface DelegationContext {
  articles: Map<string, ArticleRef>;
  actors: ActorMerge;
  /** Every merged event: the talks an article's event ids became. */
  events: readonly MergedEvent[];
  /** Every track, its process set. */
  tracks: readonly TrackBuild[];
  /** The process a merged event belongs to, or null. */
  processOfEvent(eventId: string): string | null;
  /** The process an article reports that involves these parties, or null. */
  processOfArticle(articleId: string, ids: string[]): string | null;
}

/**
 * How far before a track's first report or after its last a delegation's talks at one of its
 * venues still count as its talks: delegations arrive days before a round opens, and rounds run
 * for weeks while reports date them by their own day.
 */
const NEAR_DAYS = 14;

interface Report {
  fact: DelegationFact;
  article: ArticleRef;
  party: string;
  talks: MergedEvent[];
  trackIds: string[];
  processId: string | null;
  date: string | null;
}

export function gatherDelegations(facts: readonly DelegationFact[], ctx: DelegationContext): Delegation[] {
  const eventOf = new Map<string, MergedEvent>();
  for (const e of ctx.events) for (const r of e.reports) eventOf.set(`${r.fact.articleId}\t${r.fact.event.id}`, e);
  const trackOf = new Map<string, TrackBuild>();
  for (const t of ctx.tracks) for (const e of t.events) trackOf.set(e.id, t);

  const groups = new Map<string, Report[]>();
  const sorted = [...facts].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.idx - b.idx);
  for (const fact of sorted) {
    const article = ctx.articles.get(fact.articleId);
    if (!article) continue;
    const d = fact.delegation;
    const party = ctx.actors.resolve(fact.articleId, d.party);
    const talks = unique(d.talks.map((id) => eventOf.get(`${fact.articleId}\t${id}`)).filter((e): e is MergedEvent => !!e));
    let tracks = unique(talks.map((e) => trackOf.get(e.id)).filter((t): t is TrackBuild => !!t));
    let processId = talks.map((e) => ctx.processOfEvent(e.id)).find((p) => p) ?? ctx.processOfArticle(fact.articleId, [party]);
    if (!processId) {
      const near = tracksNear(talks, party, ctx);
      const procs = new Set(near.map((t) => t.processId));
      if (procs.size === 1) [processId, tracks] = [near[0].processId, near];
    }
    const report: Report = {
      fact, article, party, talks, trackIds: tracks.map((t) => t.id), processId: processId ?? null, date: reportDate(talks, article),
    };
    const firstTalks = talks.map((e) => e.id).sort()[0];
    const key = processId ? `${party}\t${processId}` : firstTalks ? `${party}\t${firstTalks}` : `${party}\t${fact.articleId}#${fact.idx}`;
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  return [...groups.entries()]
    .map(([key, reports]) => describe(key, reports, ctx))
    .sort((a, b) => (a.processId ?? '\uffff').localeCompare(b.processId ?? '\uffff') || byDate(a.firstDate ?? '9999', b.firstDate ?? '9999') || a.party.name.localeCompare(b.party.name) || a.id.localeCompare(b.id));
}

/** When a report puts the delegation: its talks' date as the text states it, else the report's own date. */
function reportDate(talks: MergedEvent[], article: ArticleRef): string | null {
  const stated = talks.filter((e) => e.date.how === 'stated' && e.date.value).sort((a, b) => byDate(a.date.value!, b.date.value!));
  return stated[0]?.date.value ?? article.published ?? talks.find((e) => e.date.value)?.date.value ?? null;
}

/**
 * Tracks meeting where and when the delegation's talks were: a venue of the track, within
 * NEAR_DAYS of its reported span, and the party a side of it or of a side's country (the HNC for
 * talks between the Syrian government and opposition).
 */
function tracksNear(talks: MergedEvent[], party: string, ctx: DelegationContext): TrackBuild[] {
  const countryOf = (id: string) => ctx.actors.actors.get(id)?.country ?? countryOfId(id);
  const country = countryOf(party);
  return ctx.tracks.filter((t) => {
    if (!t.firstDate || !t.lastDate) return false;
    const sides = t.parties.map((p) => p.id);
    if (!sides.includes(party) && !(country && sides.some((s) => countryOf(s) === country))) return false;
    const [first, last] = [bounds(t.firstDate)?.[0], bounds(t.lastDate)?.[1]];
    if (!first || !last) return false;
    const [lo, hi] = [addDays(first, -NEAR_DAYS), addDays(last, NEAR_DAYS)];
    return talks.some((e) => e.place && e.date.sort && t.venues.some((v) => v.id === e.place) && e.date.sort >= lo && e.date.sort <= hi);
  });
}

function describe(key: string, reports: Report[], ctx: DelegationContext): Delegation {
  const chrono = [...reports].sort((a, b) => byDate(a.date ?? '9999', b.date ?? '9999') || a.article.id.localeCompare(b.article.id) || a.fact.idx - b.fact.idx);
  const ref = (r: Report, localId: string): ActorRef => ctx.actors.ref(ctx.actors.resolve(r.fact.articleId, localId));
  const sources: DelegationSource[] = chrono.map((r) => ({
    article: r.article, date: r.date, evidence: r.fact.evidence,
    head: r.fact.delegation.head ? ref(r, r.fact.delegation.head.actor) : null, size: r.fact.delegation.size,
  }));
  const people = (pick: (r: Report) => { actor: string; start: number; end: number; text: string }[]): Delegate[] => {
    const byId = new Map<string, Delegate & { articles: Set<string> }>();
    for (const r of chrono) {
      for (const p of pick(r)) {
        const actor = ref(r, p.actor);
        if (actor.id === chrono[0].party) continue;
        const entry = byId.get(actor.id) ?? { actor, firstDate: r.date, lastDate: r.date, reportCount: 0, sources: [], articles: new Set<string>() };
        const evidence: Evidence = { start: p.start, end: p.end, text: p.text, sentence: r.fact.sentences[`${p.start}:${p.end}`] ?? r.fact.evidence.sentence };
        if (!entry.sources.some((s) => s.article.id === r.article.id && s.evidence.start === p.start)) entry.sources.push({ article: r.article, date: r.date, evidence });
        entry.articles.add(r.article.id);
        if (r.date && (!entry.firstDate || byDate(r.date, entry.firstDate) < 0)) entry.firstDate = r.date;
        if (r.date && (!entry.lastDate || byDate(r.date, entry.lastDate) > 0)) entry.lastDate = r.date;
        byId.set(actor.id, entry);
      }
    }
    return [...byId.values()].map(({ articles, ...d }) => ({ ...d, reportCount: articles.size }));
  };
  const heads = people((r) => (r.fact.delegation.head ? [r.fact.delegation.head] : []));
  const members = people((r) => r.fact.delegation.members);
  const dates = chrono.map((r) => r.date).filter((d): d is string => d !== null).sort(byDate);
  const talks = unique(chrono.flatMap((r) => r.talks)).sort((a, b) => (a.date.sort ?? '9999').localeCompare(b.date.sort ?? '9999') || a.id.localeCompare(b.id));
  return {
    id: 'dl:' + createHash('sha1').update(key).digest('hex').slice(0, 12),
    party: ctx.actors.ref(chrono[0].party),
    processId: chrono[0].processId,
    trackIds: unique(chrono.flatMap((r) => r.trackIds)).sort(),
    heads, members,
    size: [...chrono].reverse().find((r) => r.fact.delegation.size !== null)?.fact.delegation.size ?? null,
    talks: talks.map((e) => e.id),
    firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
    reportCount: new Set(chrono.map((r) => r.article.id)).size,
    sources,
  };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
