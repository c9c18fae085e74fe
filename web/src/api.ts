/**
 * The typed client of the HTTP API. Every response type comes from the server's contract file, so
 * the UI reads only fields the server promises.
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  ActorDetail,
  ActorRow,
  ActorsQueryIn,
  ArticleDetail,
  ArticlesQueryIn,
  ArticleSummary,
  Paged,
  PlaceView,
  ProcessSummary,
  ProcessView,
  Problem,
  SearchHit,
  SearchQueryIn,
} from '../../src/server/contract.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem | null, message: string) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

async function get<T>(path: string, query: Query = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  const res = await fetch(`api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as Problem | null;
    throw new ApiError(res.status, problem, problem?.detail ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  processes: () => get<Paged<ProcessSummary>>('processes', { limit: 100 }),
  process: (id: string) => get<ProcessView>(`processes/${enc(id)}`),
  articles: (q: ArticlesQueryIn = {}) => get<Paged<ArticleSummary>>('articles', q as Query),
  article: (id: string) => get<ArticleDetail>(`articles/${enc(id)}`),
  actors: (q: ActorsQueryIn = {}) => get<Paged<ActorRow>>('actors', q as Query),
  actor: (id: string) => get<ActorDetail>(`actors/${enc(id)}`),
  places: () => get<Paged<PlaceView>>('places', { limit: 500 }),
  search: (q: SearchQueryIn) => get<Paged<SearchHit>>('search', q as Query),
};

export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'ready'; data: T };

/** Load once per change of `key`; stale answers (the user moved on) are dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setValue({ state: 'loading' });
    load().then(
      (data) => live && setValue({ state: 'ready', data }),
      (error: Error) => live && setValue({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}
