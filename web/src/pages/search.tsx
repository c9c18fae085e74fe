import { api, useLoad } from '../api.js';
import { ActorLink, formatDate, Load } from '../components/common.js';
import { href } from '../router.js';

export function SearchPage({ q }: { q: string }) {
  const value = useLoad(() => (q ? api.search({ q, limit: 50 }) : Promise.resolve({ items: [], total: 0, limit: 50, offset: 0 })), q);
  return (
    <div>
      <header class="page-head"><h1>Search{q ? <>: <q>{q}</q></> : ''}</h1></header>
      <Load value={value}>
        {(page) => page.items.length === 0 ? <p class="muted">Nothing found.</p> : (
          <>
            <p class="muted">{page.total} result{page.total === 1 ? '' : 's'}</p>
            <ol class="results">
              {page.items.map((h, i) => (
                <li key={i}>
                  <p class="small muted">{h.kind === 'quote' ? 'Quote' : 'Article'} · {[h.outlet, formatDate(h.published)].filter(Boolean).join(' · ')}</p>
                  <p><a href={href.article(h.articleId, h.at)}>{h.title ?? 'Untitled article'}</a>{h.speaker && <> — <ActorLink actor={h.speaker} /></>}</p>
                  <p class="snippet">{h.match ? <>{h.snippet.slice(0, h.match.start)}<mark class="match">{h.snippet.slice(h.match.start, h.match.end)}</mark>{h.snippet.slice(h.match.end)}</> : h.snippet}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </Load>
    </div>
  );
}
