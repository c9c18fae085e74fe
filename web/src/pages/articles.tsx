import { useState } from 'preact/hooks';
import { api, useLoad } from '../api.js';
import { articleTitle, formatDate, Load } from '../components/common.js';
import { Pager } from '../components/pager.js';
import { href } from '../router.js';

const LIMIT = 25;

export function ArticlesPage() {
  const [offset, setOffset] = useState(0);
  const value = useLoad(() => api.articles({ limit: LIMIT, offset }), `articles-${offset}`);
  return (
    <div>
      <header class="page-head"><h1>Articles</h1></header>
      <Load value={value}>
        {(page) => (
          <>
            <table class="list">
              <thead><tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Facts</th></tr></thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td><a href={href.article(a.id)}>{articleTitle(a)}</a></td>
                    <td data-label="Outlet">{a.outlet ?? '—'}</td>
                    <td data-label="Published">{formatDate(a.published) || '—'}</td>
                    <td class="small muted" data-label="Facts">{a.counts.events} events · {a.counts.quotes} quotes · {a.counts.demands} demands</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={setOffset} />
          </>
        )}
      </Load>
    </div>
  );
}
