import { api, useLoad } from '../api.js';
import { ActorLink, articleTitle, formatDate, Load } from '../components/common.js';
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
                  <p class="small muted">{h.kind === 'quote' ? 'Quote' : 'Article'} · {[h.article.outlet, formatDate(h.article.published)].filter(Boolean).join(' · ')}</p>
                  <p><a href={href.article(h.article.id, h.at)}>{articleTitle(h.article)}</a>{h.speaker && <> — <ActorLink actor={h.speaker} /></>}</p>
                  <p class="snippet"><Marked text={h.snippet} q={q} /></p>
                </li>
              ))}
            </ol>
          </>
        )}
      </Load>
    </div>
  );
}

/** The snippet as text, with the searched words marked (case-insensitive). */
function Marked({ text, q }: { text: string; q: string }) {
  const words = q.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  if (words.length === 0) return <>{text}</>;
  const lower = text.toLowerCase();
  const out: (string | preact.JSX.Element)[] = [];
  let i = 0;
  while (i < text.length) {
    let best = -1;
    let len = 0;
    for (const w of words) {
      const at = lower.indexOf(w, i);
      if (at !== -1 && (best === -1 || at < best)) { best = at; len = w.length; }
    }
    if (best === -1) break;
    out.push(text.slice(i, best), <mark class="match" key={best}>{text.slice(best, best + len)}</mark>);
    i = best + len;
  }
  out.push(text.slice(i));
  return <>{out}</>;
}
