/**
 * The HTTP contract shared by the server (src/server) and the UI (web/): query schemas (zod, also
 * the source of the OpenAPI document) and the shape of every response. The UI imports this file
 * with `import type` only, so no validation code reaches the browser bundle and no field is
 * guessed on either side.
 */
import { z } from 'zod';
import type {
  ActorType,
  DemandKind,
  EventStatus,
  ExtractionRecord,
  PloverType,
} from '../model/record.js';
import type { Span } from '../model/span.js';

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

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ArticlesQuery = PageQuery.extend({
  q: text.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

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
});

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

export const IdParams = z.object({ id });

export const IngestBody = z
  .object({
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

/** RFC 9457 problem details; `errors` names each bad parameter. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { param: string; message: string }[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface ActorRef {
  id: string;
  name: string;
  type: ActorType | null;
}

export interface PlaceRef {
  id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** Where a fact comes from: the article, and the characters of it that support the fact. */
export interface SourceRef {
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  evidence: Span;
  /** `article.text.slice(evidence.start, evidence.end)`. */
  text: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
  url: string | null;
  /** The first characters of the text, for lists. */
  lead: string;
  counts: { actors: number; places: number; quotes: number; events: number; demands: number };
}

/** One article with every fact and span: the extraction record as stored. */
export interface ArticleDetail {
  record: ExtractionRecord;
  /** Processes this article contributes to. */
  processes: { id: string; name: string }[];
}

export interface ActorSummary {
  id: string;
  name: string;
  type: ActorType | null;
  country: string | null;
  role: string | null;
  affiliation: string | null;
  articles: number;
  mentions: number;
}

export interface EventView {
  /** Unique across the store: the article's id and the event's id in it. */
  key: string;
  articleId: string;
  type: PloverType;
  mode: string | null;
  status: EventStatus;
  negotiation: boolean;
  negated: boolean;
  round: number | null;
  /** The event's date as the text gives it (ISO, possibly month precision), or null. */
  date: string | null;
  about: string | null;
  source: ActorRef[];
  target: ActorRef[];
  host: ActorRef[];
  place: PlaceRef | null;
  confidence: number;
  from: SourceRef;
}

export interface QuoteView {
  key: string;
  articleId: string;
  text: string;
  direct: boolean;
  speaker: ActorRef | null;
  /** The words naming the speaker in the text (`Taliban spokesman Suhail Shahin`). */
  speakerText: string | null;
  channel: string | null;
  from: SourceRef;
}

export interface DemandView {
  key: string;
  articleId: string;
  holder: ActorRef | null;
  addressee: ActorRef | null;
  kind: DemandKind;
  issue: string;
  content: string;
  condition: string | null;
  from: SourceRef;
}

export interface ActorDetail {
  actor: ActorSummary;
  /** Actors this one met (shared a CONSULT or AGREE event with), with those events, latest first. */
  met: { actor: ActorRef; events: EventView[] }[];
  events: EventView[];
  quotes: QuoteView[];
  demands: DemandView[];
}

export interface TrackView {
  id: string;
  name: string;
  parties: ActorRef[];
  /** Hosts and mediators of the track's rounds. */
  hosts: ActorRef[];
  venues: PlaceRef[];
  latestRound: number | null;
  /** Where the track stands, from its latest event (`ended`, `near`, `expected`, ...). */
  status: EventStatus | null;
  events: EventView[];
}

export interface ProcessSummary {
  id: string;
  name: string;
  tracks: number;
  parties: ActorRef[];
  articles: number;
}

export interface MatrixCell {
  holder: ActorRef;
  issue: string;
  /** The party's latest stated position on the issue. */
  latest: DemandView;
  /** Every position on record, oldest first (the latest is last). */
  history: DemandView[];
}

export interface ProcessDetail {
  id: string;
  name: string;
  tracks: TrackView[];
  parties: { actor: ActorRef; role: 'party' | 'host' | 'mediator' }[];
  /** Rows and columns of the positions matrix. */
  holders: ActorRef[];
  issues: string[];
  matrix: MatrixCell[];
  quotes: QuoteView[];
  articles: ArticleSummary[];
}

export interface PlaceView {
  place: PlaceRef & { kind: string | null };
  /** Events held there (talks, meetings, ...), and whether any is a negotiation round. */
  events: number;
  venue: boolean;
  mentions: number;
  /** A few event keys and articles to link to. */
  sample: EventView[];
}

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** A window of text around the match, and the match's place in it. */
  snippet: string;
  match: Span | null;
  /** Span of the snippet (article) or the quote in the article text, for the link back. */
  at: Span;
  speaker: ActorRef | null;
}

export interface Health {
  ok: true;
  version: string;
  articles: number;
  writable: boolean;
}

export interface IngestResult {
  articleId: string;
  created: boolean;
  counts: ArticleSummary['counts'];
}
