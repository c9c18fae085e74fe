/**
 * Hash routes (`#/article/<id>?span=10-42`): the UI works from any static host and a link to a
 * fact survives a reload. Route parameters are decoded here once.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'home' }
  | { page: 'process'; id: string }
  | { page: 'article'; id: string; span: { start: number; end: number } | null }
  | { page: 'articles' }
  | { page: 'actor'; id: string }
  | { page: 'actors' }
  | { page: 'map' }
  | { page: 'search'; q: string }
  | { page: 'missing'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const [head, id] = parts;
  if (!head) return { page: 'home' };
  if (head === 'process' && id) return { page: 'process', id };
  if (head === 'article' && id) return { page: 'article', id, span: parseSpan(params.get('span')) };
  if (head === 'articles') return { page: 'articles' };
  if (head === 'actor' && id) return { page: 'actor', id };
  if (head === 'actors') return { page: 'actors' };
  if (head === 'map') return { page: 'map' };
  if (head === 'search') return { page: 'search', q: params.get('q') ?? '' };
  return { page: 'missing', path };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseSpan(value: string | null): { start: number; end: number } | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

export const href = {
  home: () => '#/',
  process: (id: string) => `#/process/${encodeURIComponent(id)}`,
  article: (id: string, span?: { start: number; end: number } | null) =>
    `#/article/${encodeURIComponent(id)}${span ? `?span=${span.start}-${span.end}` : ''}`,
  articles: () => '#/articles',
  actor: (id: string) => `#/actor/${encodeURIComponent(id)}`,
  actors: () => '#/actors',
  map: () => '#/map',
  search: (q: string) => `#/search?q=${encodeURIComponent(q)}`,
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
