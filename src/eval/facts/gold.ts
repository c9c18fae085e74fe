/**
 * Fact gold in the shape of shared/seed/expected.json: one JSON object per article, naming the
 * article (`article`, a path relative to a base folder) and listing what an analyst reads out of
 * it. Loading checks the shape and resolves every evidence to spans of the article text.
 */
import type { Span } from '../../model/span.js';
import { isEvidence, resolveEvidence, type Evidence } from './evidence.js';
import { structureProblem, type StructureGold } from './structure.js';

export const FACT_KINDS = ['actors', 'places', 'dates', 'quotes', 'events', 'demands', 'figures'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One id or several (a joint statement, a compound holder). */
export type Ids = string | string[];

export interface GoldActor { id: string; name?: string; type?: string; mentions: Evidence }
export interface GoldPlace { name: string; country?: string | null; kind?: string; lat?: number; lon?: number; toleranceKm?: number; evidence: Evidence }
export interface GoldDate { value: string | null; kind?: string; evidence: Evidence }
export interface GoldQuote { speaker: Ids | null; direct?: boolean; evidence: Evidence }
export interface GoldEvent { type: string; parties?: Ids; source?: Ids; target?: Ids; host?: Ids; place?: string | string[]; status?: string; evidence: Evidence }
export interface GoldDemand { holder: Ids | null; addressee?: Ids | null; kind?: string; issue?: string; evidence: Evidence }
export interface GoldFigure { quantity: number; what?: string; evidence: Evidence }

export interface FactGoldFile extends StructureGold {
  article: string;
  published?: string | null;
  publishedForDateTests?: string | null;
  actors?: GoldActor[];
  places?: GoldPlace[];
  dates?: GoldDate[];
  quotes?: GoldQuote[];
  events?: GoldEvent[];
  demands?: GoldDemand[];
  figures?: GoldFigure[];
}

/** A gold fact with its evidence resolved; `spans` are all mentions (actors, places) or alternatives. */
export type Resolved<T> = T & { spans: Span[]; index: number };

export interface ResolvedFacts {
  actors: Resolved<GoldActor>[];
  places: Resolved<GoldPlace>[];
  dates: Resolved<GoldDate>[];
  quotes: Resolved<GoldQuote>[];
  events: Resolved<GoldEvent>[];
  demands: Resolved<GoldDemand>[];
  figures: Resolved<GoldFigure>[];
}

/** Why a JSON value is not fact gold, or null when it is. */
export function factGoldProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'is not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.article !== 'string' || v.article === '') return 'has no "article" field naming its article';
  if (!FACT_KINDS.some((k) => Array.isArray(v[k]))) return `lists none of ${FACT_KINDS.join(', ')}`;
  const structure = structureProblem(v);
  if (structure) return structure;
  for (const kind of FACT_KINDS) {
    const list = v[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `"${kind}" is not a list`;
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as Record<string, unknown>;
      const where = `${kind}[${i}]`;
      if (!item || typeof item !== 'object') return `${where} is not an object`;
      const field = kind === 'actors' ? 'mentions' : 'evidence';
      if (!isEvidence(item[field])) return `${where} has no "${field}" (a string, {text, occurrence} or a list of them)`;
      if (kind === 'actors' && typeof item.id !== 'string') return `${where} has no string "id"`;
      if (kind === 'figures' && typeof item.quantity !== 'number') return `${where} has no numeric "quantity"`;
      if (kind === 'events' && typeof item.type !== 'string') return `${where} has no string "type"`;
      if (kind === 'places' && typeof item.lat !== 'number' && !(item.kind === 'country' && typeof item.country === 'string')) {
        return `${where} has neither coordinates nor a country code with kind "country"`;
      }
    }
  }
  return null;
}

/** Resolve every evidence of a (checked) gold file against the article text. Throws EvidenceError. */
export function resolveFacts(gold: FactGoldFile, text: string): ResolvedFacts {
  const each = <T extends object>(kind: FactKind, list: T[] | undefined, field: 'evidence' | 'mentions'): Resolved<T>[] =>
    (list ?? []).map((item, index) => ({
      ...item,
      index,
      spans: resolveEvidence(text, (item as Record<string, unknown>)[field] as Evidence, `${kind}[${index}].${field}`),
    }));
  return {
    actors: each('actors', gold.actors, 'mentions'),
    places: each('places', gold.places, 'evidence'),
    dates: each('dates', gold.dates, 'evidence'),
    quotes: each('quotes', gold.quotes, 'evidence'),
    events: each('events', gold.events, 'evidence'),
    demands: each('demands', gold.demands, 'evidence'),
    figures: each('figures', gold.figures, 'evidence'),
  };
}

export function idList(ids: Ids | null | undefined): string[] {
  if (ids === null || ids === undefined) return [];
  return Array.isArray(ids) ? ids : [ids];
}
