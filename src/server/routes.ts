/**
 * Every route of the API in one table: the server registers it, the OpenAPI document describes it,
 * and the tests walk it (so a route cannot exist untested or undocumented).
 */
import type { z } from 'zod';
import type { Store } from '../store/types.js';
import {
  ActorsQuery,
  ArticlesQuery,
  DemandsQuery,
  EventsQuery,
  IdParams,
  IngestBody,
  PageQuery,
  PlacesQuery,
  QuotesQuery,
  SearchQuery,
  API_VERSION,
  type Health,
  type ProcessSummary,
} from './contract.js';
import type { Ingester } from './ingest.js';
import { problem } from './problem.js';
import { actorView, articleView, placesView, processView, searchView } from './views.js';

export interface RouteContext<Q, P, B> {
  store: Store;
  query: Q;
  params: P;
  body: B;
  ingest: Ingester | null;
}

export interface RouteDef {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  /** Name of the response type in src/server/contract.ts. */
  returns: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Needs the start-up token. */
  auth?: boolean;
  status?: number;
  handler: (ctx: RouteContext<any, any, any>) => Promise<unknown>;
}

type Q<S extends z.ZodType> = z.output<S>;

function def<QS extends z.ZodType = z.ZodNever, PS extends z.ZodType = z.ZodNever, BS extends z.ZodType = z.ZodNever>(
  d: Omit<RouteDef, 'handler' | 'query' | 'params' | 'body'> & {
    query?: QS;
    params?: PS;
    body?: BS;
    handler: (ctx: RouteContext<Q<QS>, Q<PS>, Q<BS>>) => Promise<unknown>;
  },
): RouteDef {
  return d as RouteDef;
}

function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw problem(404, `no ${what} with id "${id}"`);
  return value;
}

export const ROUTES: RouteDef[] = [
  def({
    method: 'GET', url: '/api/health', summary: 'Liveness and what the server holds', returns: 'Health',
    handler: async ({ store, ingest }): Promise<Health> => {
      const page = await store.listArticles({ limit: 1 });
      return { ok: true, version: API_VERSION, store: store.kind, articles: page.total, ingest: ingest !== null };
    },
  }),
  def({
    method: 'GET', url: '/api/articles', summary: 'Articles, newest first; q searches title and text', returns: 'Paged<ArticleSummary>', query: ArticlesQuery,
    handler: ({ store, query }) => store.listArticles({
      text: query.q, published: query.from || query.to ? { from: query.from, to: query.to } : undefined, limit: query.limit, offset: query.offset,
    }),
  }),
  def({
    method: 'GET', url: '/api/articles/:id', summary: 'One article with its text and every fact with its span', returns: 'ArticleDetail', params: IdParams,
    handler: async ({ store, params }) => found(await articleView(store, params.id), 'article', params.id),
  }),
  def({
    method: 'POST', url: '/api/articles', summary: 'Ingest an article given as text or as a public http(s) URL: a page, a feed or JSON (needs the start-up token)', returns: 'IngestResult',
    body: IngestBody, auth: true, status: 201,
    handler: async ({ store, body, ingest }) => {
      if (!ingest) throw problem(403, 'this server is read-only (started with --read-only)');
      return ingest.ingest(store, body);
    },
  }),
  def({
    method: 'GET', url: '/api/actors', summary: 'Actors across articles, most reported first', returns: 'Paged<ActorRow>', query: ActorsQuery,
    handler: ({ store, query }) => store.actors({ text: query.q, type: query.type as never, limit: query.limit, offset: query.offset }),
  }),
  def({
    method: 'GET', url: '/api/actors/:id', summary: 'An actor: who they met, what they said and demanded, over time', returns: 'ActorDetail', params: IdParams,
    handler: async ({ store, params }) => found(await actorView(store, params.id), 'actor', params.id),
  }),
  def({
    method: 'GET', url: '/api/events', summary: 'Events merged across articles; filter by actor, type, process, status, date range, text', returns: 'Paged<EventRow>', query: EventsQuery,
    handler: ({ store, query }) => store.events({
      actor: query.actor, type: query.type, process: query.process, status: query.status, text: query.q,
      date: query.from || query.to ? { from: query.from, to: query.to } : undefined, limit: query.limit, offset: query.offset,
    }),
  }),
  def({
    method: 'GET', url: '/api/events/:id', summary: 'One merged event with all its sources', returns: 'EventRow', params: IdParams,
    handler: async ({ store, params }) => found(await store.getEvent(params.id), 'event', params.id),
  }),
  def({
    method: 'GET', url: '/api/quotes', summary: 'Quotes, by speaker or words', returns: 'Paged<QuoteRow>', query: QuotesQuery,
    handler: ({ store, query }) => store.quotes({ speaker: query.speaker, text: query.q, limit: query.limit, offset: query.offset }),
  }),
  def({
    method: 'GET', url: '/api/demands', summary: 'Demands, conditions, refusals and offers', returns: 'Paged<DemandRow>', query: DemandsQuery,
    handler: ({ store, query }) => store.demands({ holder: query.holder, addressee: query.addressee, kind: query.kind, issue: query.issue, limit: query.limit, offset: query.offset }),
  }),
  def({
    method: 'GET', url: '/api/processes', summary: 'Peace processes assembled from the events', returns: 'Paged<ProcessSummary>', query: PageQuery,
    handler: async ({ store, query }) => {
      const all: ProcessSummary[] = await store.processes();
      return { items: all.slice(query.offset, query.offset + query.limit), total: all.length, limit: query.limit, offset: query.offset };
    },
  }),
  def({
    method: 'GET', url: '/api/processes/:id', summary: 'A process: tracks with their events, parties and hosts, positions matrix, recent quotes', returns: 'ProcessView', params: IdParams,
    handler: async ({ store, params }) => found(await processView(store, params.id), 'process', params.id),
  }),
  def({
    method: 'GET', url: '/api/places', summary: 'Places with coordinates, events held there and whether they are venues of talks', returns: 'Paged<PlaceView>', query: PlacesQuery,
    handler: ({ store, query }) => placesView(store, query.limit, query.offset),
  }),
  def({
    method: 'GET', url: '/api/search', summary: 'Full-text search over articles and quotes, best first', returns: 'Paged<SearchHit>', query: SearchQuery,
    handler: ({ store, query }) => searchView(store, query.q, query.limit, query.offset),
  }),
];
