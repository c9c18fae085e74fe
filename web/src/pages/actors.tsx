import { api } from '../api.js';
import { PagedTable } from '../components/paged-table.js';
import { href } from '../router.js';

export function ActorsPage() {
  return (
    <PagedTable
      title="Actors"
      limit={50}
      load={(page) => api.actors(page)}
      cacheKey="actors"
      columns={['Name', 'Type', 'Role', 'Articles']}
      row={(a) => (
        <tr key={a.id}>
          <td><a href={href.actor(a.id)}>{a.name}</a></td>
          <td data-label="Type">{a.type ?? '—'}</td>
          <td data-label="Role">{a.role ?? '—'}</td>
          <td data-label="Articles">{a.articleCount}</td>
        </tr>
      )}
    />
  );
}
