/**
 * The document the pipeline annotates. The article text never changes after reading; every layer
 * holds character offsets into it. Stages add layers; a Doc is never mutated in place, each stage's
 * additions produce a new Doc (so two pipelines can share an input safely).
 */
import type { Article, Block, Dateline } from './article.js';
import type {
  ActorRecord,
  DateRecord,
  DelegationRecord,
  DemandRecord,
  EventRecord,
  FigureRecord,
  PlaceRecord,
  QuoteRecord,
  StageError,
  StageRun,
} from './record.js';
import type { Span } from './span.js';

export interface Token extends Span {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  normal: string;
  /** Universal POS tag from the tokenizer's model (`PROPN`, `VERB`, `PUNCT`, ...). */
  pos: string;
  /** wink-nlp's token type: word, number, punctuation, symbol, email, url, ... */
  kind: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence extends Span {
  /** First token index (inclusive) and last (exclusive) into `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name found in the text before anything is resolved: the tagger's (or a gazetteer's) view. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Which detector proposed it: `tagger`, `kb`, `gazetteer`, ... */
  source: string;
  score: number;
}

export interface Layers {
  language: string | null;
  dateline: Dateline | null;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  paragraphs: Span[];
  mentions: EntityMention[];
  actors: ActorRecord[];
  places: PlaceRecord[];
  /**
   * Every toponym the places stage resolved, whatever its use (`US envoy`, `Russia said`), as
   * PlaceRecords with each mention's role. `places` keeps only those used as a location somewhere.
   */
  toponyms: PlaceRecord[];
  dates: DateRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  demands: DemandRecord[];
  figures: FigureRecord[];
  delegations: DelegationRecord[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'language',
  'dateline',
  'blocks',
  'sentences',
  'tokens',
  'paragraphs',
  'mentions',
  'actors',
  'places',
  'toponyms',
  'dates',
  'quotes',
  'events',
  'demands',
  'figures',
  'delegations',
];

export interface Doc extends Partial<Layers> {
  readonly article: Article;
  readonly stages: readonly StageRun[];
  readonly errors: readonly StageError[];
}

export function createDoc(article: Article): Doc {
  return { article, stages: [], errors: [] };
}

/** Read a layer a stage has declared it requires; throws a clear error if it is absent. */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc[name];
  if (value === undefined) {
    throw new Error(`layer "${name}" is missing: add the stage that produces it before this one`);
  }
  return value as Layers[K];
}
