import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Paged } from '../../../src/server/contract.js';
import { useLoad } from '../api.js';
import { Load } from './common.js';
import { Pager } from './pager.js';

interface PagedTableProps<T> {
  title: string;
  /** Rows a page. */
  limit: number;
  /** Fetch one page; `key` names it for the loader's cache. */
  load: (page: { limit: number; offset: number }) => Promise<Paged<T>>;
  cacheKey: string;
  columns: readonly string[];
  row: (item: T) => ComponentChildren;
}

/** A list page: a heading, a table of one page of rows, and a pager. */
export function PagedTable<T>({ title, limit, load, cacheKey, columns, row }: PagedTableProps<T>) {
  const [offset, setOffset] = useState(0);
  const value = useLoad(() => load({ limit, offset }), `${cacheKey}-${offset}`);
  return (
    <div>
      <header class="page-head"><h1>{title}</h1></header>
      <Load value={value}>
        {(page) => (
          <>
            <table class="list">
              <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
              <tbody>{page.items.map(row)}</tbody>
            </table>
            <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={setOffset} />
          </>
        )}
      </Load>
    </div>
  );
}
