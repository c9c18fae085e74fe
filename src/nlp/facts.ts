/**
 * What the fact stages (events, demands, figures) read from earlier layers, gathered once per
 * article: actor mentions by position, place and date mentions, quotes, and the spans that are not
 * body text (captions, headings), from which no fact is taken.
 */
import type { Doc, Sentence, Token } from '../model/doc.js';
import type { ActorRecord, DateRecord, PlaceRecord, QuoteRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import { actorSpans, type ActorSpan } from './actor-spans.js';

export interface PlaceSpan extends Span {
  id: string;
  name: string;
  country: string | null;
  kind: PlaceRecord['kind'];
}

export interface FactContext {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  actors: readonly ActorSpan[];
  actorById: ReadonlyMap<string, ActorRecord>;
  places: readonly PlaceSpan[];
  dates: readonly DateRecord[];
  quotes: readonly QuoteRecord[];
  dateline: Span | null;
  /** The article's publication date (ISO), when known: what is dated after it is still to come. */
  published: string | null;
  /** Captions, headings and other blocks that are not body text. */
  excluded: readonly Span[];
}

/** Blocks whose words state no fact. (A dateline only opens the first sentence: that sentence is body.) */
const NOT_BODY = new Set(['caption', 'heading', 'byline', 'signoff', 'boilerplate']);

/**
 * The three fact stages read the same layers: the context is built once per set of layers and
 * reused (keyed on the layer arrays themselves, which a later stage passes on unchanged).
 */
const contexts = new WeakMap<object, { refs: unknown[]; ctx: FactContext }>();

export function factContext(doc: Doc): FactContext {
  const key = doc.tokens ?? doc.article;
  const refs = [doc.article, doc.actors, doc.places, doc.dates, doc.quotes, doc.blocks, doc.sentences, doc.dateline];
  const hit = contexts.get(key);
  if (hit && hit.refs.every((r, i) => r === refs[i])) return hit.ctx;
  const ctx = buildContext(doc);
  contexts.set(key, { refs, ctx });
  return ctx;
}

function buildContext(doc: Doc): FactContext {
  const places: PlaceSpan[] = [];
  for (const p of doc.places ?? []) {
    for (const m of p.mentions) places.push({ start: m.start, end: m.end, id: p.id, name: p.name, country: p.country, kind: p.kind });
  }
  places.sort((a, b) => a.start - b.start);
  return {
    text: doc.article.text,
    sentences: doc.sentences ?? [],
    tokens: doc.tokens ?? [],
    actors: actorSpans(doc.actors),
    actorById: new Map((doc.actors ?? []).map((a) => [a.id, a])),
    places,
    dates: [...(doc.dates ?? [])].sort((a, b) => a.start - b.start),
    quotes: doc.quotes ?? [],
    dateline: doc.dateline ?? doc.article.dateline ?? null,
    published: doc.article.published ?? null,
    excluded: (doc.blocks ?? doc.article.blocks ?? []).filter((b) => NOT_BODY.has(b.kind)),
  };
}

/** Whether a sentence is body text (not inside a caption, heading or sign-off). */
export function isBody(ctx: FactContext, s: Span): boolean {
  // A sentence is not body when a caption, heading or sign-off holds most of it.
  return !ctx.excluded.some((b) => Math.min(s.end, b.end) - Math.max(s.start, b.start) > (s.end - s.start) / 2);
}

/** The quote (direct or reported) holding an offset, if any. */
export function quoteAt(ctx: FactContext, offset: number): QuoteRecord | undefined {
  return ctx.quotes.find((q) => offset >= q.start && offset < q.end);
}
