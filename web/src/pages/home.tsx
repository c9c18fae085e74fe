import { api, useLoad } from '../api.js';
import { ActorList, articleTitle, formatDate, Load, plural } from '../components/common.js';
import { href } from '../router.js';

export function HomePage() {
  const processes = useLoad(() => api.processes(), 'processes');
  const articles = useLoad(() => api.articles({ limit: 10 }), 'recent-articles');
  return (
    <div class="home">
      <header class="page-head">
        <h1>Peace processes</h1>
        <p class="meta">Assembled from the articles on record. Every fact links to the words that support it.</p>
      </header>
      <section class="panel" aria-labelledby="h-proc">
        <h2 id="h-proc" class="visually-hidden">Processes</h2>
        <Load value={processes}>
          {(page) => page.items.length === 0 ? <p class="muted">No process on record yet. Ingest articles to build one.</p> : (
            <ul class="cards">
              {page.items.map((p) => (
                <li key={p.id} class="card">
                  <h3><a href={href.process(p.id)}>{p.name}</a></h3>
                  <p class="small"><ActorList actors={p.parties} /></p>
                  <p class="muted small">{p.state} · {plural(p.trackCount, 'track')} · {plural(p.articleCount, 'article')}</p>
                </li>
              ))}
            </ul>
          )}
        </Load>
      </section>
      <section class="panel" aria-labelledby="h-recent">
        <h2 id="h-recent">Recent articles</h2>
        <Load value={articles}>
          {(page) => (
            <ul class="plain">
              {page.items.map((a) => (
                <li key={a.id}><a href={href.article(a.id)}>{articleTitle(a)}</a> <span class="muted">{[a.outlet, formatDate(a.published)].filter(Boolean).join(' · ')}</span></li>
              ))}
            </ul>
          )}
        </Load>
      </section>
    </div>
  );
}
