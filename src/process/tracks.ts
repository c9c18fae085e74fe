/**
 * Tracks and processes. A track is one negotiating relationship: the talks between the same sides
 * (people stand for the party they belong to), split where nothing is reported for two years.
 * Tracks that share a party and are reported in the same article form a process (the US–Taliban
 * and intra-Afghan talks are one Afghan peace process; the US–Russia talks of 2016 on Syria and
 * of 2026 on Ukraine are two tracks, so they do not chain the two processes together). The
 * user's choices (rename, merge, split) are applied on top, by track id, so they survive
 * re-ingest.
 */
import { AGREEMENT_STAGES, type AgreementRef, type AgreementStage } from '../model/record.js';
import type { ActorRef, PlaceRef, ProcessChoice, Round, Track, TrackState } from '../store/types.js';
import type { ActorMerge } from './actors.js';
import { byDate } from './dates.js';
import type { MergedEvent } from './events.js';
import { alpha3, countryName, countryOfId, demonym, isStateId, shortName, slug } from './names.js';

export interface TrackBuild extends Track {
  events: MergedEvent[];
  articles: Set<string>;
}

const GAP_DAYS = 730;

/** The party a participant stands for: a person's affiliation, else itself. */
export function partyOf(id: string, actors: ActorMerge): string {
  const a = actors.actors.get(id);
  return a?.type === 'person' && a.affiliation ? a.affiliation : id;
}

/** Meetings between the sides and their agreements make a track; demands and refusals belong to the process, not to a track's rounds. */
function inTrack(e: MergedEvent): boolean {
  const type = e.reports[0].fact.event.type;
  const negotiation = e.reports.some((r) => r.fact.event.negotiation);
  return (type === 'CONSULT' && negotiation) || (type === 'AGREE' && (negotiation || e.parties.size >= 2));
}

function dayDiff(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * An actor the knowledge base does not know, of no particular kind, named like a place the
 * articles mention ("the Benguela railroad", "Lobito's port"): a place or a thing, not a side.
 */
function placeNamed(actors: ActorMerge, places: Map<string, PlaceRef>): (id: string) => boolean {
  const names = new Set([...places.values()].map((p) => p.name.toLowerCase()));
  return (id) => {
    const a = actors.actors.get(id);
    return id.startsWith('new:') && !!a && (a.type === null || a.type === 'other') && names.has(a.name.toLowerCase());
  };
}

/** Who an article says talks are between, from its positions on talks: [holder, addressee] pairs (merged ids). */
export type TalksPairs = (articleId: string) => readonly (readonly [string, string])[];

/**
 * Talks reported without their sides ("peace talks are expected to be held in Oslo") take them
 * from what the same article says about talks: when exactly one pair of parties holds a position
 * on talks (the Taliban refuse direct dialogue with the government) and it includes whoever the
 * report names, those are the sides.
 */
function sidesFromPositions(e: MergedEvent, named: string[], actors: ActorMerge, talksOf: TalksPairs | undefined): string[] {
  if (!talksOf || e.reports[0].fact.event.type !== 'CONSULT') return named;
  const pairs = new Set<string>();
  for (const r of e.reports) for (const [h, a] of talksOf(r.article.id)) {
    const pair = [...new Set([partyOf(h, actors), partyOf(a, actors)])].sort();
    if (pair.length === 2 && named.every((n) => pair.includes(n))) pairs.add(pair.join('\t'));
  }
  return pairs.size === 1 ? [...pairs][0].split('\t') : named;
}

export function buildTracks(events: readonly MergedEvent[], actors: ActorMerge, places: Map<string, PlaceRef>, talksOf?: TalksPairs): TrackBuild[] {
  const bySides = new Map<string, MergedEvent[]>();
  const notASide = placeNamed(actors, places);
  for (const e of events) {
    if (!inTrack(e)) continue;
    let sides = [...new Set([...e.parties].map((p) => partyOf(p, actors)))].filter((p) => !notASide(p)).sort();
    if (sides.length < 2) sides = sidesFromPositions(e, sides, actors, talksOf);
    if (sides.length < 2) continue;
    const key = sides.join('+');
    bySides.set(key, [...(bySides.get(key) ?? []), e]);
  }
  const tracks: TrackBuild[] = [];
  for (const [key, list] of bySides) {
    const dated = list.filter((e) => e.date.sort).sort((a, b) => a.date.sort!.localeCompare(b.date.sort!));
    const undated = list.filter((e) => !e.date.sort);
    const segments: MergedEvent[][] = [];
    for (const e of dated) {
      const last = segments[segments.length - 1];
      const prev = last?.[last.length - 1];
      if (prev && dayDiff(prev.date.sort!, e.date.sort!) <= GAP_DAYS) last.push(e);
      else segments.push([e]);
    }
    // Undated reports (no date in the text, no publication date) cannot be placed in an era:
    // they form a track of their own rather than chain two eras (or two processes) together.
    const base = 'track:' + key.split('+').map((id) => slug(id.replace(/^(kb|new):/, ''))).join('+');
    if (undated.length > 0) segments.push(undated);
    segments.forEach((seg, i) => {
      const id = i === 0 ? base : seg[0].date.sort ? `${base}@${seg[0].date.sort.slice(0, 4)}` : `${base}@undated`;
      tracks.push(describeTrack(id, key.split('+'), seg, actors, places));
    });
  }
  return tracks.sort((a, b) => a.id.localeCompare(b.id));
}

function order(events: readonly MergedEvent[]): MergedEvent[] {
  return [...events].sort((a, b) => (a.date.sort ?? '').localeCompare(b.date.sort ?? '') || a.id.localeCompare(b.id));
}

function describeTrack(id: string, sides: string[], events: MergedEvent[], actors: ActorMerge, places: Map<string, PlaceRef>): TrackBuild {
  const chrono = order(events);
  // Sides in the order the reports name them (source before target), for `US-Taliban talks`.
  const seen: string[] = [];
  for (const e of chrono) for (const r of e.reports) for (const p of [...r.source, ...r.target]) {
    const party = partyOf(p, actors);
    if (sides.includes(party) && !seen.includes(party)) seen.push(party);
  }
  const parties = [...seen, ...sides.filter((s) => !seen.includes(s))].map((p) => actors.ref(p));
  // Rounds are the meetings of the sides; a visit or a phone call is contact, not a round.
  const meetings = chrono.filter((e) => e.reports[0].fact.event.type === 'CONSULT' && !['visit', 'phone'].includes(e.reports[0].fact.event.mode ?? ''));
  const where = [...meetings, ...chrono.filter((e) => e.reports[0].fact.event.type === 'AGREE')];
  const places_: PlaceRef[] = [];
  for (const e of chrono) if (where.includes(e) && e.place && places.has(e.place) && !places_.some((v) => v.id === e.place)) places_.push(places.get(e.place)!);
  // A venue is a city or a site; "in Afghanistan" says where, not where they sat down.
  const venues = places_.filter((p) => p.kind !== 'country' && p.kind !== 'region');
  const hosts = new Map<string, ActorRef>();
  for (const e of chrono) for (const r of e.reports) for (const h of r.host) hosts.set(h, actors.ref(h));
  const partyCountries = new Set(sides.map((s) => actors.actors.get(s)?.country ?? countryOfId(s)));
  for (const v of places_) {
    // A venue abroad implies its country hosts (Doha: Qatar), unless that country is a side.
    const c = v.country && v.country.length === 2 ? alpha3(v.country) : v.country;
    if (c && !partyCountries.has(c) && !hosts.has(`kb:${c}`)) hosts.set(`kb:${c}`, actors.actors.has(`kb:${c}`) ? actors.ref(`kb:${c}`) : { id: `kb:${c}`, name: countryName(c), type: 'state' });
  }
  const rounds: Round[] = meetings
    .map((e, i) => ({
      order: i + 1,
      number: e.round,
      date: e.date.value,
      place: e.place ? (places.get(e.place) ?? null) : null,
      status: e.status,
      outcome: outcome(e, chrono),
      eventId: e.id,
      sourceCount: e.reports.length,
    }));
  const numbers = rounds.map((r) => r.number).filter((n): n is number => n !== null);
  const [state, stateHow] = trackState(chrono);
  const dates = chrono.map((e) => e.date.value).filter((d): d is string => d !== null);
  return {
    id, processId: '', name: trackName(sides, parties, actors), parties, hosts: [...hosts.values()], venues, rounds,
    latestRound: numbers.length ? Math.max(...numbers) : null, state, stateHow, precondition: null,
    agreements: chrono.filter((e) => e.reports[0].fact.event.type === 'AGREE').map((e) => ({
      eventId: e.id, stage: e.status, ...lifecycleOf(e), date: e.date.value, parties: [...e.parties].map((p) => actors.ref(p)),
      about: e.reports.find((r) => r.fact.event.about)?.fact.event.about ?? null, sourceCount: e.reports.length,
    })),
    firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null, eventCount: chrono.length,
    events: chrono, articles: new Set(chrono.flatMap((e) => e.reports.map((r) => r.article.id))),
  };
}

/**
 * An agreement's kind and how far it has come: the furthest of its reports along the lifecycle
 * (signed after near, violated after signed), since a later report tells more.
 */
function lifecycleOf(e: MergedEvent): { kind: string | null; lifecycle: AgreementStage | null } {
  let best: AgreementRef | null = null;
  for (const r of e.reports) {
    const a = r.fact.event.agreement;
    if (a && (!best || AGREEMENT_STAGES.indexOf(a.stage) > AGREEMENT_STAGES.indexOf(best.stage))) best = a;
  }
  // A named kind beats `other` (a report that says `ceasefire` names what another calls `a deal`).
  const kind = e.reports.map((r) => r.fact.event.agreement?.kind).find((k) => k && k !== 'other') ?? best?.kind ?? null;
  return { kind, lifecycle: best?.stage ?? null };
}

function outcome(round: MergedEvent, chrono: MergedEvent[]): string {
  const agree = chrono.find((e) => e.reports[0].fact.event.type === 'AGREE' && e.date.sort && round.date.sort &&
    Math.abs(dayDiff(round.date.sort, e.date.sort)) <= 7);
  const base = round.conflict ? `${round.statuses.join(' / ')} (sources disagree)` : round.status;
  return agree ? `${base}; agreement ${agree.status}` : base;
}

function priority(e: MergedEvent): number {
  const type = e.reports[0].fact.event.type;
  if (type === 'AGREE') return e.status === 'occurred' ? 6 : e.status === 'near' ? 5 : 4;
  if (['expected', 'proposed', 'postponed', 'cancelled'].includes(e.status)) return 3;
  return e.status === 'ongoing' ? 2 : 1;
}

/** The state of a track: its latest event (same day: an agreement, then what is planned, first). */
export function trackState(chrono: readonly MergedEvent[]): [TrackState, string] {
  if (chrono.length === 0) return ['unknown', 'no events'];
  const latestDay = chrono.reduce((d, e) => ((e.date.sort ?? '') > d ? (e.date.sort ?? '') : d), '');
  const latest = chrono.filter((e) => (e.date.sort ?? '') === latestDay).sort((a, b) => priority(b) - priority(a) || a.id.localeCompare(b.id))[0];
  const type = latest.reports[0].fact.event.type;
  const how = `latest event ${latest.id}: ${type} ${latest.status}${latest.conflict ? ' (sources disagree)' : ''}`;
  if (type === 'AGREE') {
    const s: TrackState = latest.status === 'occurred' ? 'agreement signed' : latest.status === 'near' ? 'near agreement'
      : ['proposed', 'expected'].includes(latest.status) ? 'agreement proposed' : (stateOf(latest.status) ?? 'unknown');
    return [s, how];
  }
  return [stateOf(latest.status) ?? 'contact', how];
}

function stateOf(status: string): TrackState | null {
  switch (status) {
    case 'ongoing': case 'occurred': return 'talks ongoing';
    case 'ended': return 'round ended';
    case 'expected': case 'proposed': case 'postponed': case 'cancelled': case 'refused': return status;
    default: return null;
  }
}

function trackName(sides: string[], parties: ActorRef[], actors: ActorMerge): string {
  const countries = sides.map((s) => actors.actors.get(s)?.country ?? countryOfId(s));
  if (countries.every((c) => c && c === countries[0]) && !sides.some(isStateId)) return `Intra-${demonym(countries[0]!)} talks`;
  return `${parties.map((p) => shortName(p.id, p.name)).join('-')} talks`;
}

// ---------------------------------------------------------------------------------------------

export interface ProcessBuild {
  id: string;
  name: string;
  named: boolean;
  tracks: TrackBuild[];
}

/**
 * Two tracks are one process when an article reports both and they share a party that is not
 * merely a state taking part in many processes (a government, a group: the Taliban), or share a
 * venue. A shared state alone (the US in US–Iran and US–Russia talks reported from one city)
 * does not chain unrelated processes together.
 */
function linked(a: TrackBuild, b: TrackBuild): boolean {
  if (![...a.articles].some((id) => b.articles.has(id))) return false;
  if (a.id.split('@')[0] === b.id.split('@')[0]) return true; // the same sides in another era
  const shared = a.parties.filter((p) => b.parties.some((q) => q.id === p.id));
  if (shared.length === 0) return false;
  return shared.some((p) => !isStateId(p.id)) || a.venues.some((v) => b.venues.some((w) => w.id === v.id));
}

/** Group tracks into processes, then apply the user's choices in the order they were made. */
export function groupProcesses(tracks: readonly TrackBuild[], actors: ActorMerge, choices: readonly ProcessChoice[]): ProcessBuild[] {
  const parent = new Map(tracks.map((t) => [t.id, t.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)].sort();
    if (ra !== rb) parent.set(rb, ra);
  };
  for (let i = 0; i < tracks.length; i++) {
    for (let j = i + 1; j < tracks.length; j++) {
      const [a, b] = [tracks[i], tracks[j]];
      if (linked(a, b)) union(a.id, b.id);
    }
  }
  // Each group: its tracks, and the id it is known by (its earliest track's, unless a choice set it).
  const groups = new Map<string, { tracks: Set<string>; id?: string }>();
  for (const t of tracks) {
    const root = find(t.id);
    if (!groups.has(root)) groups.set(root, { tracks: new Set() });
    groups.get(root)!.tracks.add(t.id);
  }
  const byId = new Map(tracks.map((t) => [t.id, t]));
  const autoId = (g: { tracks: Set<string>; id?: string }) => {
    if (g.id) return g.id;
    const first = [...g.tracks].map((id) => byId.get(id)!).sort((a, b) => byDate(a.firstDate ?? '9999', b.firstDate ?? '9999') || a.id.localeCompare(b.id))[0];
    return 'proc:' + first.id.slice('track:'.length);
  };
  const groupOf = (trackId: string) => [...groups.values()].find((g) => g.tracks.has(trackId));
  const groupById = (id: string) => [...groups.values()].find((g) => autoId(g) === id);
  // A choice names the process it was made on and the tracks it had then. New articles can give
  // that process an earlier track (and so another automatic id): it is found again by its tracks,
  // and a process a user has acted on keeps its id from then on.
  const locate = (id: string, tracks: readonly string[] = []): { tracks: Set<string>; id?: string } | undefined => {
    const direct = groupById(id);
    if (direct) return direct;
    let best: { tracks: Set<string>; id?: string } | undefined;
    let bestN = 0;
    for (const g of groups.values()) {
      if (g.id && g.id !== id) continue; // pinned to another choice
      const n = tracks.filter((t) => g.tracks.has(t)).length;
      if (n > bestN) [best, bestN] = [g, n];
    }
    return best;
  };
  const names = new Map<string, string>();
  for (const choice of choices) {
    const [id] = choice.processes;
    if (choice.kind === 'merge') {
      const into = locate(id, choice.anchorTracks ?? choice.tracks?.slice(0, 1));
      if (!into) continue;
      into.id = id;
      if (choice.name && !names.has(id)) names.set(id, choice.name);
      for (const t of choice.tracks ?? []) {
        const from = groupOf(t);
        if (!from || from === into) continue;
        for (const x of from.tracks) into.tracks.add(x);
        from.tracks.clear();
      }
    } else if (choice.kind === 'split') {
      const from = locate(id, [...(choice.anchorTracks ?? []), ...(choice.tracks ?? [])]);
      const moving = (choice.tracks ?? []).filter((t) => from?.tracks.has(t));
      if (!from || moving.length === 0 || moving.length === from.tracks.size) continue;
      from.id = id;
      for (const t of moving) from.tracks.delete(t);
      const newId = choice.processes[1] ?? 'proc:' + moving[0].slice('track:'.length);
      groups.set(`split:${newId}`, { tracks: new Set(moving), id: newId });
      if (choice.name) names.set(newId, choice.name);
    } else if (choice.kind === 'rename' && choice.name) {
      const g = locate(id, choice.tracks);
      if (!g) continue;
      g.id = id;
      names.set(id, choice.name);
    }
  }
  const processes: ProcessBuild[] = [];
  for (const g of groups.values()) {
    if (g.tracks.size === 0) continue;
    const id = autoId(g);
    const list = [...g.tracks].map((t) => byId.get(t)!).sort((a, b) => byDate(a.firstDate ?? '9999', b.firstDate ?? '9999') || a.id.localeCompare(b.id));
    for (const t of list) t.processId = id;
    processes.push({ id, name: names.get(id) ?? processName(list, actors), named: names.has(id), tracks: list });
  }
  return processes.sort((a, b) => a.id.localeCompare(b.id));
}

/** `Afghan peace process`: the country most of its parties belong to (groups and governments weigh more than states that take part). */
export function processName(tracks: readonly TrackBuild[], actors: ActorMerge): string {
  const weight = new Map<string, number>();
  const parties = new Set(tracks.flatMap((t) => t.parties.map((p) => p.id)));
  for (const p of parties) {
    const c = actors.actors.get(p)?.country ?? countryOfId(p);
    if (c) weight.set(c, (weight.get(c) ?? 0) + (isStateId(p) ? 1 : 2));
  }
  const ranked = [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) return `${demonym(ranked[0][0])} peace process`;
  const main = [...tracks].sort((a, b) => b.eventCount - a.eventCount || byDate(a.firstDate ?? '9999', b.firstDate ?? '9999') || a.id.localeCompare(b.id))[0];
  return `${main.name.replace(/ talks$/, '')} process`;
}
