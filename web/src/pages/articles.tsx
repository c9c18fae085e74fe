import { api } from '../api.js';
import { articleTitle, formatDate } from '../components/common.js';
import { PagedTable } from '../components/paged-table.js';
import { href } from '../router.js';

export function ArticlesPage() {
  return (
    <PagedTable
      title="Articles"
      limit={25}
      load={(page) => api.articles(page)}
      cacheKey="articles"
      columns={['Title', 'Outlet', 'Published', 'Facts']}
      row={(a) => (
        <tr key={a.id}>
          <td><a href={href.article(a.id)}>{articleTitle(a)}</a></td>
          <td data-label="Outlet">{a.outlet ?? '—'}</td>
          <td data-label="Published">{formatDate(a.published) || '—'}</td>
          <td class="small muted" data-label="Facts">{a.counts.events} events · {a.counts.quotes} quotes · {a.counts.demands} demands</td>
        </tr>
      )}
    />
  );
}
