import { useEffect, useState } from 'preact/hooks';
import { href } from '../router.js';

/** The search box in the header: over articles and quotes. */
export function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  return (
    <form
      role="search"
      class="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) location.hash = href.search(q.trim());
      }}
    >
      <label for="q" class="visually-hidden">Search articles and quotes</label>
      <input id="q" type="search" placeholder="Search articles and quotes" value={q} maxLength={200}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      <button type="submit">Search</button>
    </form>
  );
}
