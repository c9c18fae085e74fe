/**
 * The store: what Parley keeps of the articles it has read, and the record assembled across them.
 *
 * One interface, two implementations (SQLite embedded by default, PostgreSQL for a shared server),
 * held to one conformance suite (`conformance.test.ts`). Everything the HTTP API and the UI show
 * comes through here. All values are plain JSON (no Date objects, no bigint): dates are ISO strings,
 * counts are numbers on both databases.
 *
 * Two levels of facts:
 * - per-article facts (quotes, demands, the raw events and actors of each record) exactly as the
 *   pipeline produced them, each with the stage name and version that produced it;
 * - the merged record across articles (actors, events with all their sources, processes, tracks,
 *   positions), rebuilt from the per-article facts plus the user's choices about processes. Reads of
 *   merged data bring it up to date first, so a caller never sees a stale merge, except during an
 *   ingest batch (`beginBatch`/`endBatch`): then reads see the record as of the last merge and
 *   the batch rebuilds it (at its end, and now and then on a long batch).
 *
 * Stability: fields and methods are only ever added, never renamed or removed.
 */
import type {
  ActorType,
  AgreementStage,
  DemandKind,
  EventStatus,
  ExtractionRecord,
  PlaceKind,
  PloverType,
} from '../model/record.js';

// ---------------------------------------------------------------------------------------------
// Writing

/** What `put` did with one record. */
export type PutStatus =
  /** An article the store did not hold (new text, new URL/source). */
  | 'new'
  /** The same text (same `sha256:` id) was already stored: nothing changed. */
  | 'unchanged'
  /** The same URL (or source, when there is no URL) with new text: the old text and all its facts were replaced. */
  | 'updated';

export interface PutResult {
  status: PutStatus;
  /** The stored article's id (`sha256:` of its text). */
  articleId: string;
  /** For `updated`: the id of the version it replaced. */
  replaced?: string;
}

/** Which stage (name and version) produced each layer; defaults to the record's stage of the same name. */
export type LayerProducers = Partial<Record<'actors' | 'places' | 'dates' | 'quotes' | 'events' | 'demands' | 'figures', { name: string; version: string }>>;

export interface PutOptions {
  producers?: LayerProducers;
}

// ---------------------------------------------------------------------------------------------
// Shared shapes

/** One page of a list. `total` counts all matches, not just this page. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageQuery {
  /** Default 50, at most 1000. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

/** An inclusive range of ISO dates (`YYYY-MM-DD`; a prefix `YYYY-MM` or `YYYY` is accepted too). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** An actor as a reference inside another row. */
export interface ActorRef {
  id: string;
  name: string;
  type: ActorType | null;
}

export interface PlaceRef {
  id: string;
  name: string;
  country: string | null;
  kind: PlaceKind | null;
  lat: number | null;
  lon: number | null;
}

/** The article a fact comes from, enough to cite it. */
export interface ArticleRef {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

/** A span of an article with its text (`article.text.slice(start, end)`). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** The whole sentence holding the span, for display. */
  sentence: string;
}

/** Who produced a fact. */
export interface Provenance {
  stage: string;
  stageVersion: string;
}

// ---------------------------------------------------------------------------------------------
// Articles

export interface ArticleSummary extends ArticleRef {
  language: string | null;
  /** When it was stored (ISO timestamp). */
  ingestedAt: string;
  /** Characters of text. */
  length: number;
  counts: { actors: number; quotes: number; events: number; demands: number };
}

export interface ArticleQuery extends PageQuery {
  /** Full-text match over title and text. */
  text?: string;
  outlet?: string;
  /** Publication date range. */
  published?: DateRange;
  /** Articles mentioning this actor (merged id). */
  actor?: string;
  /** Articles reporting events of this process. */
  process?: string;
  /** Default: newest publication first. */
  order?: 'published' | 'ingested';
}

/** A stored article: its full extraction record (OUTPUT.md) plus bookkeeping. */
export interface ArticleDetail {
  summary: ArticleSummary;
  record: ExtractionRecord;
}

// ---------------------------------------------------------------------------------------------
// Actors (merged across articles)

export interface ActorRow extends ActorRef {
  country: string | null;
  sector: string | null;
  role: string | null;
  /** Merged id of the actor this one belongs to (a spokesman's party). */
  affiliation: ActorRef | null;
  /** `true` for a knowledge-base actor (`kb:`), `false` for one first seen in the news (`new:`). */
  known: boolean;
  /** The names the articles used for it. */
  aliases: string[];
  articleCount: number;
  mentionCount: number;
  eventCount: number;
  quoteCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorQuery extends PageQuery {
  /** Substring of the name or an alias, case-insensitive. */
  text?: string;
  type?: ActorType;
  /** Default: most articles first. */
  order?: 'articles' | 'name';
}

// ---------------------------------------------------------------------------------------------
// Events (merged across articles)

/** One article's report of an event. */
export interface EventSource extends Provenance {
  article: ArticleRef;
  /** What this article says happened. */
  status: EventStatus;
  date: string | null;
  evidence: Evidence;
}

export interface EventRow {
  /** Stable across re-ingest of the same articles. */
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  /** The status most sources give (ties: the latest report). */
  status: EventStatus;
  /** Every distinct status the sources give. */
  statuses: EventStatus[];
  /** Sources disagree in a way that cannot both be true (ended vs postponed): kept, not overwritten. */
  conflict: boolean;
  negotiation: boolean;
  round: number | null;
  /** Best date: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`, or null. */
  date: string | null;
  datePrecision: 'day' | 'week' | 'month' | 'year' | null;
  /** `stated` when an article gives it, `inferred:published` when it is the report's date. */
  dateHow: string;
  place: PlaceRef | null;
  source: ActorRef[];
  target: ActorRef[];
  host: ActorRef[];
  /** source ∪ target, for filters and display. */
  parties: ActorRef[];
  about: string | null;
  processId: string | null;
  trackId: string | null;
  sourceCount: number;
  /** Distinct outlets among the sources (independent reports). */
  outletCount: number;
  sources: EventSource[];
}

export interface EventQuery extends PageQuery {
  /** Merged actor id among source, target or host. */
  actor?: string;
  type?: PloverType;
  process?: string;
  track?: string;
  status?: EventStatus;
  /** Event date (or, lacking one, its report's date) within this range. */
  date?: DateRange;
  /** Full-text over the evidence sentences. */
  text?: string;
  negotiation?: boolean;
  conflict?: boolean;
  /** Default: by date, oldest first. */
  order?: 'date' | 'date-desc' | 'sources';
}

// ---------------------------------------------------------------------------------------------
// Quotes and demands (per article)

export interface QuoteRow extends Provenance {
  /** `<articleId>#q<index>` */
  id: string;
  article: ArticleRef;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  /** The merged speaker actor, when resolved. */
  speaker: ActorRef | null;
  /** The speaker's words in the text (`Taliban spokesman Suhail Shahin`). */
  speakerText: string | null;
  cue: string | null;
  channel: string | null;
  sentence: string;
}

export interface QuoteQuery extends PageQuery {
  /** Merged actor id of the speaker. */
  speaker?: string;
  /** Quotes in articles reporting events of this process. */
  process?: string;
  /** Publication date of the article. */
  date?: DateRange;
  /** Full-text over the quoted words. */
  text?: string;
  direct?: boolean;
}

export interface DemandRow extends Provenance {
  /** `<articleId>#d<index>` */
  id: string;
  article: ArticleRef;
  holder: ActorRef | null;
  addressee: ActorRef | null;
  kind: DemandKind;
  issue: string;
  content: string;
  condition: string | null;
  evidence: Evidence;
  /** The report's publication date. */
  date: string | null;
  processId: string | null;
}

export interface DemandQuery extends PageQuery {
  /** Merged actor id, as holder or addressee. */
  actor?: string;
  holder?: string;
  addressee?: string;
  kind?: DemandKind;
  issue?: string;
  process?: string;
  date?: DateRange;
  text?: string;
}

// ---------------------------------------------------------------------------------------------
// Processes and tracks

/** The state of a track or process, read from its latest events. */
export type TrackState =
  | 'agreement signed'
  | 'near agreement'
  | 'agreement proposed'
  | 'talks ongoing'
  | 'round ended'
  | 'expected'
  | 'proposed'
  | 'postponed'
  | 'cancelled'
  | 'refused'
  | 'contact'
  | 'unknown';

export interface Round {
  /** 1-based position in this track's chronology. */
  order: number;
  /** The ordinal the text gives (`ninth round` → 9), if any. */
  number: number | null;
  date: string | null;
  place: PlaceRef | null;
  status: EventStatus;
  /** What came of it, from the round's and same-period events (`ended`, `agreement near`, …). */
  outcome: string;
  eventId: string;
  sourceCount: number;
}

export interface Agreement {
  eventId: string;
  /** The agreement's stage: near, proposed, occurred (reached/signed), cancelled, … */
  stage: EventStatus;
  /** What it settles (`ceasefire`, `prisoner exchange`, `peace agreement`, ...), when a report says. */
  kind: string | null;
  /** How far it has come, furthest of its reports (proposed → ... → signed → implemented → violated → collapsed). */
  lifecycle: AgreementStage | null;
  date: string | null;
  parties: ActorRef[];
  about: string | null;
  sourceCount: number;
}

export interface Track {
  id: string;
  processId: string;
  name: string;
  /** The negotiating sides. */
  parties: ActorRef[];
  hosts: ActorRef[];
  /** Venues in order of first use. */
  venues: PlaceRef[];
  rounds: Round[];
  latestRound: number | null;
  state: TrackState;
  /** How the state was read (`latest event <id>: AGREE near`). */
  stateHow: string;
  /** A party's stated condition for these talks to happen (`until the US-Taliban agreement is signed`). */
  precondition: string | null;
  /**
   * The precondition read against the process (optional, added later): when it waits on an
   * agreement another track of the process is negotiating, that track and a short form
   * (`US-Taliban agreement signed`, inferred from the stated condition).
   */
  preconditionTrack?: string | null;
  preconditionSummary?: string | null;
  agreements: Agreement[];
  firstDate: string | null;
  lastDate: string | null;
  eventCount: number;
}

export interface ProcessSummary {
  id: string;
  name: string;
  /** `true` when a user named it (`parley process rename`). */
  named: boolean;
  parties: ActorRef[];
  state: TrackState;
  trackCount: number;
  eventCount: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ProcessDetail extends ProcessSummary {
  hosts: ActorRef[];
  venues: PlaceRef[];
  tracks: Track[];
  /** The parties' delegations to its talks, across articles (optional: added after the first version). */
  delegations?: Delegation[];
}

// ---------------------------------------------------------------------------------------------
// Delegations (merged across articles)

/** One article's report of a delegation: where it names it, and what it says of it. */
export interface DelegationSource {
  article: ArticleRef;
  /** The date of the talks the report ties it to, else the report's publication date. */
  date: string | null;
  /** The words naming the delegation, with their sentence. */
  evidence: Evidence;
  /** Who this report says leads it, and its stated size. */
  head: ActorRef | null;
  size: number | null;
}

/** A person named on a delegation, across the reports that name them in that role. */
export interface Delegate {
  actor: ActorRef;
  firstDate: string | null;
  lastDate: string | null;
  /** Articles naming them in this role. */
  reportCount: number;
  /** Where each article names them (the name's span, with its sentence). */
  sources: { article: ArticleRef; date: string | null; evidence: Evidence }[];
}

/**
 * A party's delegation to the talks of a process, gathered over its articles; one per party and
 * process. A delegation no process holds is one per party and talks (or article). People are the
 * merged actors: the same person named in two articles is one delegate.
 */
export interface Delegation {
  /** Stable across re-ingest of the same articles. */
  id: string;
  party: ActorRef;
  processId: string | null;
  /** The tracks whose talks it attended. */
  trackIds: string[];
  /** Its heads over time, first reported first (a change of head shows as a second entry). */
  heads: Delegate[];
  /** Other named members, first reported first. */
  members: Delegate[];
  /** The size the latest report stating one gives. */
  size: number | null;
  /** The merged events (talks) it attended. */
  talks: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Articles reporting it. */
  reportCount: number;
  /** Each report, oldest first. */
  sources: DelegationSource[];
}

export interface DelegationQuery {
  /** Merged actor id: as its head, a member, or its party. */
  actor?: string;
  process?: string;
}

// ---------------------------------------------------------------------------------------------
// Positions over time

export type PositionChange =
  | 'first'
  | 'repeated'
  | 'condition added'
  | 'condition dropped'
  | 'condition changed'
  | 'softened'
  | 'hardened'
  | 'changed';

export interface PositionEntry {
  date: string | null;
  kind: DemandKind;
  addressee: ActorRef | null;
  content: string;
  condition: string | null;
  /** How this entry differs from the previous one in the series. */
  change: PositionChange;
  sources: { demandId: string; article: ArticleRef; evidence: Evidence }[];
}

/** One party's stance on one issue, oldest first. */
export interface PositionSeries {
  actor: ActorRef;
  issue: string;
  processId: string | null;
  entries: PositionEntry[];
}

export interface PositionQuery {
  actor?: string;
  issue?: string;
  process?: string;
}

// ---------------------------------------------------------------------------------------------
// Search, places, housekeeping

export interface SearchHit {
  kind: 'article' | 'quote';
  article: ArticleRef;
  /** For quotes: the quote's id. */
  quoteId?: string;
  /** A short excerpt around the match. */
  snippet: string;
  score: number;
}

export interface PlaceRow extends PlaceRef {
  articleCount: number;
  eventCount: number;
}

/** Row counts of every table, for checks (no duplicates after re-ingest). */
export type StoreCounts = Record<string, number>;

export interface ProcessChoice {
  kind: 'rename' | 'merge' | 'split';
  /** For rename: [processId]; merge: the processes to merge (first survives); split: [processId]. */
  processes: string[];
  name?: string;
  /** For split: the tracks that go to the new process; merge: every track merged; rename: the process's tracks then. */
  tracks?: string[];
  /** For merge and split: the tracks the first process had when the choice was made (to find it again). */
  anchorTracks?: string[];
  at: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';

  /** Store one article and its facts in one transaction: all of it or nothing. */
  put(record: ExtractionRecord, options?: PutOptions): Promise<PutResult>;
  /** Whether an article with this id (`sha256:` of its text) is stored: lets ingest skip extracting it again. (Optional: added after the first version of this interface.) */
  hasArticle?(id: string): Promise<boolean>;
  /** The stored record of an article by id (`sha256:…`), or null. */
  getArticle(id: string): Promise<ArticleDetail | null>;
  listArticles(query?: ArticleQuery): Promise<Page<ArticleSummary>>;

  actors(query?: ActorQuery): Promise<Page<ActorRow>>;
  getActor(id: string): Promise<ActorRow | null>;
  events(query?: EventQuery): Promise<Page<EventRow>>;
  getEvent(id: string): Promise<EventRow | null>;
  quotes(query?: QuoteQuery): Promise<Page<QuoteRow>>;
  demands(query?: DemandQuery): Promise<Page<DemandRow>>;
  places(query?: PageQuery): Promise<Page<PlaceRow>>;

  processes(): Promise<ProcessSummary[]>;
  getProcess(id: string): Promise<ProcessDetail | null>;
  positions(query?: PositionQuery): Promise<PositionSeries[]>;
  /** Delegations across articles, oldest first (optional: added after the first version of this interface). */
  delegations?(query?: DelegationQuery): Promise<Delegation[]>;
  /** Full-text search over article text and quotes, best first. */
  search(text: string, page?: PageQuery): Promise<Page<SearchHit>>;

  /** Name a process; the name survives re-ingest. */
  renameProcess(id: string, name: string): Promise<void>;
  /** Merge processes into the first; returns its id. Survives re-ingest. */
  mergeProcesses(ids: string[]): Promise<string>;
  /** Move the given tracks out of a process into a new one; returns the new process's id. */
  splitProcess(id: string, trackIds: string[], name?: string): Promise<string>;
  /** The user's choices about processes, oldest first. */
  processChoices(): Promise<ProcessChoice[]>;

  /** Rebuild the merged record now (reads do it on demand; ingest calls it once at the end). */
  consolidate(): Promise<void>;
  /**
   * Open an ingest batch (optional: added after the first version of this interface). While it is
   * open, reads on every connection use the merged record as last built and never rebuild it;
   * a batch whose writer dies stops counting after `leaseSeconds` (default 120) without an article.
   */
  beginBatch?(options?: { leaseSeconds?: number }): Promise<void>;
  /** Close the batch: rebuild the merged record once if anything changed. */
  endBatch?(): Promise<void>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
