import { useState } from 'preact/hooks';
import { api, useLoad } from '../api.js';
import { Load } from '../components/common.js';
import { Pager } from '../components/pager.js';
import { href } from '../router.js';

const LIMIT = 50;

export function ActorsPage() {
  const [offset, setOffset] = useState(0);
  const value = useLoad(() => api.actors({ limit: LIMIT, offset }), `actors-${offset}`);
  return (
    <div>
      <header class="page-head"><h1>Actors</h1></header>
      <Load value={value}>
        {(page) => (
          <>
            <table class="list">
              <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Role</th><th scope="col">Articles</th></tr></thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td><a href={href.actor(a.id)}>{a.name}</a></td>
                    <td data-label="Type">{a.type ?? '—'}</td>
                    <td data-label="Role">{a.role ?? '—'}</td>
                    <td data-label="Articles">{a.articleCount}</td>
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
