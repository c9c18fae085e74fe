export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null;
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>Previous</button>
      <span>{offset + 1}–{Math.min(total, offset + limit)} of {total}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>Next</button>
    </nav>
  );
}
