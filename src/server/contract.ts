/**
 * The HTTP contract shared by the server (src/server) and the UI (web/): query schemas (zod, also
 * the source of the OpenAPI document) and the shape of every response. The UI imports this file
 * with `import type` only, so no validation code reaches the browser bundle and no field is
 * guessed on either side.
 */
import { z } from 'zod';
import type { DemandKind, EventStatus, ExtractionRecord, PloverType } from '../model/record.js';
import type { Span } from '../model/span.js';
import type {
  ActorRef,
  ActorRow,
  ArticleRef,
  ArticleSummary,
  Delegation,
  DemandRow,
  EventRow,
  Page,
  PlaceRow,
  PositionSeries,
  ProcessDetail as StoreProcessDetail,
  QuoteRow,
} from '../store/types.js';

export const API_VERSION = '1';

// ---------------------------------------------------------------- query parameters

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const satisfies readonly PloverType[];

export const EVENT_STATUSES = [
  'occurred', 'ongoing', 'ended', 'expected', 'near', 'proposed', 'postponed', 'cancelled', 'refused', 'hypothetical',
] as const satisfies readonly EventStatus[];

export const DEMAND_KINDS = [
  'demand', 'condition', 'refusal', 'offer', 'concession', 'red line',
] as const satisfies readonly DemandKind[];

/** A calendar date at day, month or year precision; the value must exist (no 2019-02-30). */
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((v) => {
    const [y, m = 1, d = 1] = v.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a calendar date');

const id = z.string().min(1).max(300);
const text = z.string().min(1).max(200);

/** Unknown parameters are refused (a typo like `form=` must not silently widen a query). */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** `from` must not come after `to` (compared at the coarser of the two precisions). */
function rangeInOrder(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (!v.from || !v.to) return;
  const n = Math.min(v.from.length, v.to.length);
  if (v.from.slice(0, n) > v.to.slice(0, n)) ctx.addIssue({ code: 'custom', path: ['to'], message: `"to" (${v.to}) is before "from" (${v.from})` });
}

export const ArticlesQuery = PageQuery.extend({
  q: text.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
}).superRefine(rangeInOrder);

export const ActorsQuery = PageQuery.extend({
  q: text.optional(),
  type: z.string().max(40).optional(),
});

export const EventsQuery = PageQuery.extend({
  actor: id.optional(),
  type: z.enum(PLOVER_TYPES).optional(),
  process: id.optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: text.optional(),
}).superRefine(rangeInOrder);

export const QuotesQuery = PageQuery.extend({
  speaker: id.optional(),
  q: text.optional(),
});

export const DemandsQuery = PageQuery.extend({
  holder: id.optional(),
  addressee: id.optional(),
  kind: z.enum(DEMAND_KINDS).optional(),
  issue: text.optional(),
});

export const SearchQuery = PageQuery.extend({
  q: text,
});

export const PlacesQuery = PageQuery;

export const IdParams = z.strictObject({ id });

export const IngestBody = z
  .strictObject({
    text: z.string().min(1).max(2_000_000).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    title: z.string().max(500).optional(),
    outlet: z.string().max(200).optional(),
    published: isoDate.optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.url === undefined), {
    message: 'give exactly one of "text" or "url"',
    path: ['text'],
  });

export type ArticlesQueryIn = z.input<typeof ArticlesQuery>;
export type ActorsQueryIn = z.input<typeof ActorsQuery>;
export type EventsQueryIn = z.input<typeof EventsQuery>;
export type QuotesQueryIn = z.input<typeof QuotesQuery>;
export type DemandsQueryIn = z.input<typeof DemandsQuery>;
export type SearchQueryIn = z.input<typeof SearchQuery>;
export type IngestBodyIn = z.input<typeof IngestBody>;

// ---------------------------------------------------------------- responses
// Rows the store already shapes for reading (src/store/types.ts) are served as they are; the views
// below add what a page needs in one request.

export type {
  ActorRef,
  ActorRow,
  Agreement,
  ArticleRef,
  ArticleSummary,
  Delegate,
  Delegation,
  DelegationSource,
  DemandRow,
  EventRow,
  EventSource,
  Evidence,
  PlaceRef,
  PlaceRow,
  PositionEntry,
  PositionSeries,
  ProcessSummary,
  QuoteRow,
  Round,
  Track,
  TrackState,
} from '../store/types.js';

/** RFC 9457 problem details; `errors` names each bad parameter. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { param: string; message: string }[];
}

export type Paged<T> = Page<T>;

/** One article with every fact and span: the extraction record as stored. */
export interface ArticleDetail {
  summary: ArticleSummary;
  record: ExtractionRecord;
  /** Processes this article reports events of. */
  processes: { id: string; name: string }[];
}

export interface ActorDetail {
  actor: ActorRow;
  /** Actors this one met (shared a CONSULT or AGREE event with), most meetings first. */
  met: { actor: ActorRef; events: EventRow[] }[];
  /** Every event the actor took part in, oldest first. */
  events: EventRow[];
  quotes: QuoteRow[];
  /** Its positions over time, one series per issue. */
  positions: PositionSeries[];
  /** The delegations it led (`head`), sat on (`member`) or sent (`party`), oldest first, with the process each went to. */
  delegations: { role: 'head' | 'member' | 'party'; delegation: Delegation; process: { id: string; name: string } | null }[];
}

/** A process with everything its page shows. */
export interface ProcessView {
  process: StoreProcessDetail;
  /** The events of each track (by track id), oldest first; events outside any track under `""`. */
  events: Record<string, EventRow[]>;
  /** The negotiating sides, and the states or bodies hosting or mediating their talks (the store does not tell hosting from mediating). */
  parties: { actor: ActorRef; role: 'party' | 'host' }[];
  /** Rows and columns of the positions matrix (holders × issues); each series is one cell. */
  holders: ActorRef[];
  issues: string[];
  positions: PositionSeries[];
  quotes: QuoteRow[];
  articles: ArticleSummary[];
}

export interface PlaceView extends PlaceRow {
  /** A venue of talks of some track. */
  venue: boolean;
  /** A few events held there, for the map's side panel. */
  sample: EventRow[];
}

export interface SearchHit {
  kind: 'article' | 'quote';
  article: ArticleRef;
  /** A window of text around the match, as the store gives it. */
  snippet: string;
  /** For a quote: who said it. */
  speaker: ActorRef | null;
  /** Where to open the article: the quote, or the first match of the words in the text. */
  at: Span | null;
}

export interface Health {
  ok: true;
  version: string;
  store: string;
  articles: number;
  /** Whether `POST /api/articles` is open (with the start-up token). */
  ingest: boolean;
}

export interface IngestedArticle {
  articleId: string;
  status: 'new' | 'unchanged' | 'updated';
  counts: ArticleSummary['counts'];
}

/** The (first) article ingested; `more` lists the others when the URL held several (a feed). */
export interface IngestResult extends IngestedArticle {
  more?: IngestedArticle[];
}
