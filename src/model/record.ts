/**
 * The extraction record: Parley's public contract (see OUTPUT.md in the guide). Fields may be
 * added; renaming or dropping one needs a bump of RECORD_VERSION.
 */
import type { Article } from './article.js';
import type { How, Span } from './span.js';

export const RECORD_VERSION = '1';

export interface Mention extends Span {
  text: string;
  how: How;
  /** A mention of several actors at once (`the two sides`): every actor id it names, this one included. */
  compound?: string[];
}

export type ActorType =
  | 'state'
  | 'government'
  | 'person'
  | 'armed group'
  | 'political party'
  | 'international organization'
  | 'military'
  | 'civil society'
  | 'media'
  | 'other';

export interface ActorRecord {
  /** `kb:<ID>` for a knowledge-base actor, `new:<slug>` for one the text introduces. */
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  sector: string | null;
  role: string | null;
  affiliation: string | null;
  mentions: Mention[];
}

export type PlaceKind = 'city' | 'capital' | 'province' | 'country' | 'region' | 'other';

/**
 * How a place mention uses the name: as a location (`talks in Doha`), as a modifier (`US envoy`,
 * `Afghan forces`) or for the people who govern or live there (`Russia will close ...`).
 */
export type PlaceRole = 'location' | 'modifier' | 'metonym';

export interface PlaceMention extends Mention {
  role?: PlaceRole;
}

export interface PlaceRecord {
  id: string;
  name: string;
  country: string | null;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  mentions: PlaceMention[];
  /** True when some mention uses the name as a location (not only `US envoy` or `Russia said`). */
  literal?: boolean;
}

export type DateKind = 'date' | 'time' | 'duration' | 'set';

export interface DateRecord extends Span {
  text: string;
  kind: DateKind;
  /** ISO / TIMEX-style value (`2019-09-03`, `2019-08`, `P1Y`), or null when unresolved. */
  value: string | null;
  how: How;
}

export interface SpeakerRef extends Span {
  actor: string | null;
  text: string;
  how: How;
  /** For a pronoun speaker (`he said`): the earlier words naming who it is (`Khalilzad`). */
  antecedent?: Span & { text: string };
}

export interface QuoteRecord extends Span {
  text: string;
  direct: boolean;
  speaker: SpeakerRef | null;
  cue: (Span & { text: string }) | null;
  channel: string | null;
  /** The pieces of a split quote (`"We are ready," he said, "but ..."`), in order. */
  fragments?: Span[];
  /**
   * `"A," he said. "B."`: on B, the index in `quotes[]` of the quote A that it goes on from (same
   * speaker, same utterance, no cue of its own). Chains: C after B points at B.
   */
  continues?: number;
}

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export type EventStatus =
  | 'occurred'
  | 'ongoing'
  | 'ended'
  | 'expected'
  | 'near'
  | 'proposed'
  | 'postponed'
  | 'cancelled'
  | 'refused'
  | 'hypothetical';

export interface EventRecord {
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  source: string[];
  target: string[];
  host: string[];
  place: string | null;
  date: { value: string | null; how: How };
  negotiation: boolean;
  round: number | null;
  status: EventStatus;
  negated: boolean;
  evidence: Span;
  confidence: number;
  /** Free-text topic where the text names one (`presidential election`). */
  about?: string | null;
  /**
   * Set when the event is about an agreement (a ceasefire, a prisoner exchange, a peace deal...):
   * its kind and where it stands. Absent for every other event (`talks about talks`).
   */
  agreement?: AgreementRef;
}

/** Where an agreement stands, from the first proposal to its collapse (PA-X's lifecycle, coarser), in order. */
export const AGREEMENT_STAGES = ['proposed', 'under-negotiation', 'near', 'agreed', 'signed', 'implemented', 'violated', 'collapsed'] as const;
export type AgreementStage = (typeof AGREEMENT_STAGES)[number];

export interface AgreementRef {
  /**
   * From data/lexicons/agreements.json: `ceasefire`, `framework`, `prisoner exchange`, `peace
   * agreement`, `normalisation`, `humanitarian access`, `nuclear`, `trade`, ...; `other` for a
   * deal the text names without saying which kind.
   */
  kind: string;
  stage: AgreementStage;
  /** `stated`: a phrasing tells the stage (`took effect`, `collapsed`); `inferred:status`: the event's type and status do. */
  how: How;
  /** The words naming the agreement (`a cessation of hostilities`, `ceasefire`). */
  evidence: Span;
}

/** A person named with the words that tie them to a delegation (`led by Vladimir Medinsky`). */
export interface DelegateRef extends Span {
  /** The actor id (the actors layer's); the span is the mention. */
  actor: string;
  text: string;
}

/**
 * A party's delegation or negotiating team, gathered over the article (`A delegation from Syria's
 * main opposition group`, `The 17-strong team included ...`, `the opposition delegation, including
 * HNC head Riad Hijab and chief negotiator Asaad al-Zoubi`): one record per party.
 */
export interface DelegationRecord {
  /** The party it speaks for (an actor id; a person's affiliation when only its head names it). */
  party: string;
  /** Who leads it (`led by`, `headed by`, `chief negotiator`, `X leads Ukraine's delegation`), or null. */
  head: DelegateRef | null;
  /** Other named members (`including X and Y`, `delegation member X`), in text order. */
  members: DelegateRef[];
  /** Its stated size (`17-strong`, `a 12-member team`), or null. */
  size: number | null;
  /** The negotiation events of the article with this party among their parties. */
  talks: string[];
  /** The first words naming the delegation. */
  evidence: Span;
  /** Every mention of it, in text order (the first is `evidence`). */
  mentions: Span[];
}

export type DemandKind = 'demand' | 'condition' | 'refusal' | 'offer' | 'concession' | 'red line';

export interface DemandRecord {
  holder: string | null;
  addressee: string | null;
  /**
   * Every party addressed when there are several (`urged all parties to accept the terms` → the
   * government and the opposition); `addressee` is the first of them. Absent for one or none.
   */
  addressees?: string[];
  kind: DemandKind;
  issue: string;
  content: Span & { text: string };
  condition: (Span & { text: string }) | null;
  evidence: Span;
}

export interface FigureRecord {
  quantity: number;
  qualifier: string | null;
  what: string;
  place: string | null;
  ordinal?: boolean;
  /** `USD`, `EUR`, `percent`, `sq km`... where the text gives one. */
  unit?: string | null;
  evidence: Span;
}

export interface StageRun {
  name: string;
  version: string;
  ms: number;
}

export interface StageError {
  stage: string;
  message: string;
}

export interface ExtractionRecord {
  parley: typeof RECORD_VERSION;
  article: Omit<Article, 'author' | 'url'> & { url?: string | null; author?: string | null };
  sentences: Span[];
  actors: ActorRecord[];
  places: PlaceRecord[];
  dates: DateRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  demands: DemandRecord[];
  figures: FigureRecord[];
  /** Delegations and their heads (added by the events stage; absent in records made before it). */
  delegations?: DelegationRecord[];
  stages: StageRun[];
  errors: StageError[];
}
