/**
 * What cross-article merging reads: the per-article facts as the store holds them. Kept free of
 * SQL so the merge is a pure function of the facts (and the user's process choices), and the same
 * articles always merge to the same record, whatever order they were ingested in.
 */
import type { ActorType, DelegationRecord, DemandKind, EventRecord, PlaceKind } from '../model/record.js';
import type { ArticleRef, Evidence, ProcessChoice } from '../store/types.js';

export interface ActorFact {
  articleId: string;
  localId: string;
  name: string;
  type: ActorType | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  affiliation: string | null;
  mentions: number;
}

export interface PlaceFact {
  articleId: string;
  placeId: string;
  name: string;
  country: string | null;
  kind: PlaceKind | null;
  lat: number | null;
  lon: number | null;
}

export interface EventFact {
  articleId: string;
  idx: number;
  event: EventRecord;
  evidence: Evidence;
  stage: string;
  stageVersion: string;
}

export interface DemandFact {
  articleId: string;
  idx: number;
  holder: string | null;
  addressee: string | null;
  kind: DemandKind;
  issue: string;
  content: string;
  condition: string | null;
  evidence: Evidence;
}

/** One article's delegation record, with the words naming it (`evidence`) and each name's sentence. */
export interface DelegationFact {
  articleId: string;
  idx: number;
  delegation: DelegationRecord;
  evidence: Evidence;
  /** The sentence of each delegate's name, by `start:end` of the name's span. */
  sentences: Record<string, string>;
  stage: string;
  stageVersion: string;
}

export interface QuoteSpeakerFact {
  articleId: string;
  speaker: string;
}

export interface FactSet {
  articles: ArticleRef[];
  actors: ActorFact[];
  places: PlaceFact[];
  events: EventFact[];
  demands: DemandFact[];
  quoteSpeakers: QuoteSpeakerFact[];
  /** Absent in fact sets built before delegations were stored: none. */
  delegations?: DelegationFact[];
  choices: ProcessChoice[];
}

export function emptyFacts(): FactSet {
  return { articles: [], actors: [], places: [], events: [], demands: [], quoteSpeakers: [], delegations: [], choices: [] };
}
