/**
 * What cross-article merging reads: the per-article facts as the store holds them. Kept free of
 * SQL so the merge is a pure function of the facts (and the user's process choices), and the same
 * articles always merge to the same record, whatever order they were ingested in.
 */
import type { ActorType, DemandKind, EventRecord, PlaceKind } from '../model/record.js';
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
  choices: ProcessChoice[];
}

export function emptyFacts(): FactSet {
  return { articles: [], actors: [], places: [], events: [], demands: [], quoteSpeakers: [], choices: [] };
}
