/**
 * Events across articles: reports of the same happening become one event with all its sources.
 * Two reports are the same happening when they have the same type, overlapping parties, the same
 * place (or one gives none), the same round (or one gives none), the same negation, and dates
 * that meet at the precision each gives (see dates.ts). Statuses that cannot both be true (the
 * talks ended / were postponed) are kept side by side and the event is flagged.
 */
import { createHash } from 'node:crypto';
import type { EventStatus } from '../model/record.js';
import type { ArticleRef, EventSource } from '../store/types.js';
import type { ActorMerge } from './actors.js';
import { datesMeet, eventDate, type DateSpan } from './dates.js';
import type { EventFact } from './input.js';

export interface Report {
  fact: EventFact;
  article: ArticleRef;
  source: string[];
  target: string[];
  host: string[];
  parties: Set<string>;
  date: DateSpan;
}

export interface MergedEvent {
  id: string;
  reports: Report[];
  parties: Set<string>;
  status: EventStatus;
  statuses: EventStatus[];
  conflict: boolean;
  date: DateSpan;
  place: string | null;
  round: number | null;
  outlets: number;
}

const DONE = new Set<EventStatus>(['occurred', 'ongoing', 'ended']);
const OFF = new Set<EventStatus>(['postponed', 'cancelled', 'refused']);

/** Reports that cannot both be true of one happening. */
export function conflicting(statuses: Iterable<EventStatus>): boolean {
  const list = [...statuses];
  return list.some((s) => DONE.has(s)) && list.some((s) => OFF.has(s));
}

const FUTURE = new Set<EventStatus>(['expected', 'proposed', 'hypothetical', 'near']);

function sameHappening(a: Report, b: Report): boolean {
  const ea = a.fact.event;
  const eb = b.fact.event;
  if (ea.type !== eb.type || ea.negated !== eb.negated) return false;
  if (ea.place && eb.place && ea.place !== eb.place) return false;
  if (ea.round !== null && eb.round !== null && ea.round !== eb.round) return false;
  if (a.article.id === b.article.id) return false; // one article reports one happening once
  // A phone call and a meeting are two happenings, whatever else they share (an outlet that
  // gives no mode says nothing either way).
  if (ea.mode && eb.mode && (ea.mode === 'phone') !== (eb.mode === 'phone')) return false;
  // Talks announced and talks held are one happening only when both reports date them: "the
  // next round is expected" and "the round ended" from the same week are usually two rounds.
  const tenses = (x: EventStatus) => (FUTURE.has(x) ? 'future' : DONE.has(x) ? 'past' : 'any');
  const [ta, tb] = [tenses(ea.status), tenses(eb.status)];
  if (ta !== 'any' && tb !== 'any' && ta !== tb && (a.date.how !== 'stated' || b.date.how !== 'stated')) return false;
  // A report naming one party joins a report naming several only on a shared place or round.
  if (a.parties.size !== b.parties.size && Math.min(a.parties.size, b.parties.size) === 1) {
    const samePlace = ea.place !== null && ea.place === eb.place;
    const sameRound = ea.round !== null && ea.round === eb.round;
    if (!samePlace && !sameRound) return false;
  }
  return datesMeet(a.date, b.date);
}

function partiesOverlap(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const p of a) if (b.has(p)) shared++;
  return shared >= Math.min(a.size, b.size, 2);
}

export function outletKey(article: ArticleRef): string {
  if (article.outlet) return article.outlet.toLowerCase().replace(/\s*\(.*\)$/, '').trim();
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through */
    }
  }
  return article.id;
}

export function mergeEvents(facts: readonly EventFact[], articles: Map<string, ArticleRef>, actors: ActorMerge): MergedEvent[] {
  const reports: Report[] = facts.map((fact) => {
    const article = articles.get(fact.articleId)!;
    const r = (ids: readonly string[]) => [...new Set(ids.map((id) => actors.resolve(fact.articleId, id)))];
    const source = r(fact.event.source);
    const target = r(fact.event.target);
    return {
      fact, article, source, target, host: r(fact.event.host),
      parties: new Set([...source, ...target]),
      date: eventDate(fact.event.date.value, article.published),
    };
  });
  // A fixed order (by date, then article id) makes the clusters, and their ids, independent of
  // the order articles were ingested in.
  reports.sort((a, b) => (a.date.sort ?? '').localeCompare(b.date.sort ?? '') || a.fact.articleId.localeCompare(b.fact.articleId) || a.fact.idx - b.fact.idx);
  // Candidates are found through an index on (type, party): a report is only ever compared with
  // clusters that share a party with it, which keeps the merge near-linear in the number of reports.
  interface Cluster { n: number; reports: Report[]; parties: Set<string> }
  const clusters: Cluster[] = [];
  const index = new Map<string, Cluster[]>();
  for (const report of reports) {
    const type = report.fact.event.type;
    const seen = new Set<Cluster>();
    let home: Cluster | undefined;
    for (const p of report.parties) {
      for (const c of index.get(`${type}\t${p}`) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        if ((!home || c.n < home.n) && partiesOverlap(c.parties, report.parties) && c.reports.every((m) => sameHappening(m, report))) home = c;
      }
    }
    if (!home) {
      home = { n: clusters.length, reports: [], parties: new Set() };
      clusters.push(home);
    }
    home.reports.push(report);
    for (const p of report.parties) {
      if (home.parties.has(p)) continue;
      home.parties.add(p);
      const key = `${type}\t${p}`;
      if (!index.has(key)) index.set(key, []);
      index.get(key)!.push(home);
    }
  }
  return clusters.map((c) => summarise(c.reports));
}

function summarise(reports: Report[]): MergedEvent {
  const first = [...reports].sort((a, b) => a.fact.articleId.localeCompare(b.fact.articleId) || a.fact.idx - b.fact.idx)[0];
  const id = 'ev:' + createHash('sha1').update(`${first.fact.articleId}#${first.fact.idx}`).digest('hex').slice(0, 12);
  const counts = new Map<EventStatus, { n: number; latest: string }>();
  for (const r of reports) {
    const c = counts.get(r.fact.event.status) ?? { n: 0, latest: '' };
    c.n++;
    c.latest = [c.latest, r.article.published ?? ''].sort().pop()!;
    counts.set(r.fact.event.status, c);
  }
  const status = [...counts].sort((a, b) => b[1].n - a[1].n || b[1].latest.localeCompare(a[1].latest) || a[0].localeCompare(b[0]))[0][0];
  const rank = (d: DateSpan) => (d.how === 'stated' ? { day: 4, week: 3, month: 2, year: 1 }[d.precision!] : 0);
  const date = [...reports].map((r) => r.date).sort((a, b) => rank(b) - rank(a) || (a.sort ?? '').localeCompare(b.sort ?? ''))[0];
  return {
    id,
    reports,
    parties: new Set(reports.flatMap((r) => [...r.parties])),
    status,
    statuses: [...counts.keys()].sort(),
    conflict: conflicting(counts.keys()),
    date,
    place: reports.find((r) => r.fact.event.place)?.fact.event.place ?? null,
    round: reports.find((r) => r.fact.event.round !== null)?.fact.event.round ?? null,
    outlets: new Set(reports.map((r) => outletKey(r.article))).size,
  };
}

export function eventSources(e: MergedEvent): EventSource[] {
  return e.reports.map((r) => ({
    article: r.article,
    status: r.fact.event.status,
    date: r.fact.event.date.value,
    evidence: r.fact.evidence,
    stage: r.fact.stage,
    stageVersion: r.fact.stageVersion,
  }));
}
