/**
 * The shapes of the API's responses as zod schemas, for the OpenAPI document and for tests that
 * check every answer against them. The TypeScript types stay the source of truth (the store's
 * rows, the contract's views): the checks at the bottom fail to compile if a schema and its type
 * drift apart, in either direction.
 */
import { z } from 'zod';
import type { ExtractionRecord } from '../model/record.js';
import type * as S from '../store/types.js';
import type * as C from './contract.js';
import { AGREEMENT_STAGES } from '../model/record.js';
import { DEMAND_KINDS, EVENT_STATUSES, PLOVER_TYPES } from './contract.js';

const str = z.string();
const nstr = z.string().nullable();
const num = z.number();

const ActorType = z.enum(['state', 'government', 'person', 'armed group', 'political party', 'international organization', 'military', 'civil society', 'media', 'other']);
const PlaceKind = z.enum(['city', 'capital', 'province', 'country', 'region', 'other']);
const EventStatus = z.enum(EVENT_STATUSES);
const DemandKind = z.enum(DEMAND_KINDS);
const TrackState = z.enum(['agreement signed', 'near agreement', 'agreement proposed', 'talks ongoing', 'round ended', 'expected', 'proposed', 'postponed', 'cancelled', 'refused', 'contact', 'unknown']);
const PositionChange = z.enum(['first', 'repeated', 'condition added', 'condition dropped', 'condition changed', 'softened', 'hardened', 'changed']);
const Span = z.object({ start: num, end: num });

export const ActorRef = z.object({ id: str, name: str, type: ActorType.nullable() });
export const PlaceRef = z.object({ id: str, name: str, country: nstr, kind: PlaceKind.nullable(), lat: num.nullable(), lon: num.nullable() });
export const ArticleRef = z.object({ id: str, source: str, url: nstr, outlet: nstr, title: nstr, published: nstr });
const Evidence = z.object({ start: num, end: num, text: str, sentence: str });
const Provenance = { stage: str, stageVersion: str };

export const ArticleSummary = ArticleRef.extend({
  language: nstr, ingestedAt: str, length: num,
  counts: z.object({ actors: num, quotes: num, events: num, demands: num }),
});

export const ActorRow = ActorRef.extend({
  country: nstr, sector: nstr, role: nstr, affiliation: ActorRef.nullable(), known: z.boolean(), aliases: z.array(str),
  articleCount: num, mentionCount: num, eventCount: num, quoteCount: num, firstSeen: nstr, lastSeen: nstr,
});

const EventSource = z.object({ ...Provenance, article: ArticleRef, status: EventStatus, date: nstr, evidence: Evidence });
export const EventRow = z.object({
  id: str, type: z.enum(PLOVER_TYPES), mode: nstr, cameo: nstr, status: EventStatus, statuses: z.array(EventStatus),
  conflict: z.boolean(), negotiation: z.boolean(), round: num.nullable(), date: nstr,
  datePrecision: z.enum(['day', 'week', 'month', 'year']).nullable(), dateHow: str, place: PlaceRef.nullable(),
  source: z.array(ActorRef), target: z.array(ActorRef), host: z.array(ActorRef), parties: z.array(ActorRef),
  about: nstr, processId: nstr, trackId: nstr, sourceCount: num, outletCount: num, sources: z.array(EventSource),
});

export const QuoteRow = z.object({
  ...Provenance, id: str, article: ArticleRef, text: str, start: num, end: num, direct: z.boolean(),
  speaker: ActorRef.nullable(), speakerText: nstr, cue: nstr, channel: nstr, sentence: str,
});

export const DemandRow = z.object({
  ...Provenance, id: str, article: ArticleRef, holder: ActorRef.nullable(), addressee: ActorRef.nullable(), kind: DemandKind,
  issue: str, content: str, condition: nstr, evidence: Evidence, date: nstr, processId: nstr,
});

export const PlaceRow = PlaceRef.extend({ articleCount: num, eventCount: num });

const Round = z.object({ order: num, number: num.nullable(), date: nstr, place: PlaceRef.nullable(), status: EventStatus, outcome: str, eventId: str, sourceCount: num });
const Agreement = z.object({ eventId: str, stage: EventStatus, kind: nstr, lifecycle: z.enum(AGREEMENT_STAGES).nullable(), date: nstr, parties: z.array(ActorRef), about: nstr, sourceCount: num });
const Track = z.object({
  id: str, processId: str, name: str, parties: z.array(ActorRef), hosts: z.array(ActorRef), venues: z.array(PlaceRef),
  rounds: z.array(Round), latestRound: num.nullable(), state: TrackState, stateHow: str, precondition: nstr, preconditionTrack: nstr.optional(), preconditionSummary: nstr.optional(),
  agreements: z.array(Agreement), firstDate: nstr, lastDate: nstr, eventCount: num,
});
export const ProcessSummary = z.object({
  id: str, name: str, named: z.boolean(), parties: z.array(ActorRef), state: TrackState, trackCount: num, eventCount: num,
  articleCount: num, firstDate: nstr, lastDate: nstr,
});
const DelegationSource = z.object({ article: ArticleRef, date: nstr, evidence: Evidence, head: ActorRef.nullable(), size: num.nullable() });
const Delegate = z.object({
  actor: ActorRef, firstDate: nstr, lastDate: nstr, reportCount: num,
  sources: z.array(z.object({ article: ArticleRef, date: nstr, evidence: Evidence })),
});
export const Delegation = z.object({
  id: str, party: ActorRef, processId: nstr, trackIds: z.array(str), heads: z.array(Delegate), members: z.array(Delegate),
  size: num.nullable(), talks: z.array(str), firstDate: nstr, lastDate: nstr, reportCount: num, sources: z.array(DelegationSource),
});
const ProcessDetail = ProcessSummary.extend({ hosts: z.array(ActorRef), venues: z.array(PlaceRef), tracks: z.array(Track), delegations: z.array(Delegation).optional() });

const PositionEntry = z.object({
  date: nstr, kind: DemandKind, addressee: ActorRef.nullable(), content: str, condition: nstr, change: PositionChange,
  sources: z.array(z.object({ demandId: str, article: ArticleRef, evidence: Evidence })),
});
const PositionSeries = z.object({ actor: ActorRef, issue: str, processId: nstr, entries: z.array(PositionEntry) });

/** The extraction record is OUTPUT.md's contract, described there; here only its top level. */
const Record = z.custom<ExtractionRecord>((v) => typeof v === 'object' && v !== null && 'parley' in v && 'article' in v, 'an extraction record (OUTPUT.md)');

export const ArticleDetail = z.object({ summary: ArticleSummary, record: Record, processes: z.array(z.object({ id: str, name: str })) });
export const ActorDetail = z.object({
  actor: ActorRow, met: z.array(z.object({ actor: ActorRef, events: z.array(EventRow) })), events: z.array(EventRow),
  quotes: z.array(QuoteRow), positions: z.array(PositionSeries),
  delegations: z.array(z.object({ role: z.enum(['head', 'member', 'party']), delegation: Delegation, process: z.object({ id: str, name: str }).nullable() })),
});
export const ProcessView = z.object({
  process: ProcessDetail, events: z.record(str, z.array(EventRow)),
  parties: z.array(z.object({ actor: ActorRef, role: z.enum(['party', 'host']) })),
  holders: z.array(ActorRef), issues: z.array(str), positions: z.array(PositionSeries), quotes: z.array(QuoteRow), articles: z.array(ArticleSummary),
});
export const PlaceView = PlaceRow.extend({ venue: z.boolean(), sample: z.array(EventRow) });
export const SearchHit = z.object({ kind: z.enum(['article', 'quote']), article: ArticleRef, snippet: str, speaker: ActorRef.nullable(), at: Span.nullable() });
export const Health = z.object({ ok: z.literal(true), version: str, store: str, articles: num, ingest: z.boolean() });
const IngestedArticle = z.object({ articleId: str, status: z.enum(['new', 'unchanged', 'updated']), counts: ArticleSummary.shape.counts });
export const IngestResult = IngestedArticle.extend({ more: z.array(IngestedArticle).optional() });

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: num, limit: num, offset: num });
}

/** Each response type by the name the route table gives (`returns`). */
export const RESPONSES: Record<string, z.ZodType> = {
  Health, IngestResult, ArticleDetail, ActorDetail, ProcessView, EventRow,
  'Paged<ArticleSummary>': paged(ArticleSummary),
  'Paged<ActorRow>': paged(ActorRow),
  'Paged<EventRow>': paged(EventRow),
  'Paged<QuoteRow>': paged(QuoteRow),
  'Paged<DemandRow>': paged(DemandRow),
  'Paged<ProcessSummary>': paged(ProcessSummary),
  'Paged<PlaceView>': paged(PlaceView),
  'Paged<SearchHit>': paged(SearchHit),
};

// ---------------------------------------------------------------- drift checks (compile time)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
export type ResponseTypeChecks = [
  Check<Same<z.output<typeof ActorRef>, S.ActorRef>>,
  Check<Same<z.output<typeof PlaceRef>, S.PlaceRef>>,
  Check<Same<z.output<typeof ArticleRef>, S.ArticleRef>>,
  Check<Same<z.output<typeof ArticleSummary>, S.ArticleSummary>>,
  Check<Same<z.output<typeof ActorRow>, S.ActorRow>>,
  Check<Same<z.output<typeof EventRow>, S.EventRow>>,
  Check<Same<z.output<typeof QuoteRow>, S.QuoteRow>>,
  Check<Same<z.output<typeof DemandRow>, S.DemandRow>>,
  Check<Same<z.output<typeof PlaceRow>, S.PlaceRow>>,
  Check<Same<z.output<typeof Track>, S.Track>>,
  Check<Same<z.output<typeof ProcessSummary>, S.ProcessSummary>>,
  Check<Same<z.output<typeof ProcessDetail>, S.ProcessDetail>>,
  Check<Same<z.output<typeof PositionSeries>, S.PositionSeries>>,
  Check<Same<z.output<typeof Delegation>, S.Delegation>>,
  Check<Same<z.output<typeof ArticleDetail>, C.ArticleDetail>>,
  Check<Same<z.output<typeof ActorDetail>, C.ActorDetail>>,
  Check<Same<z.output<typeof ProcessView>, C.ProcessView>>,
  Check<Same<z.output<typeof PlaceView>, C.PlaceView>>,
  Check<Same<z.output<typeof SearchHit>, C.SearchHit>>,
  Check<Same<z.output<typeof Health>, C.Health>>,
  Check<Same<z.output<typeof IngestResult>, C.IngestResult>>,
];
