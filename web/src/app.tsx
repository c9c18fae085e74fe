import { useEffect, useRef } from 'preact/hooks';
import { href, useRoute, type Route } from './router.js';
import { SearchBox } from './components/search-box.js';
import { HomePage } from './pages/home.js';
import { ProcessPage } from './pages/process.js';
import { ArticlePage } from './pages/article.js';
import { ArticlesPage } from './pages/articles.js';
import { ActorPage } from './pages/actor.js';
import { ActorsPage } from './pages/actors.js';
import { MapPage } from './pages/map.js';
import { SearchPage } from './pages/search.js';

const NAV: { label: string; href: string; pages: Route['page'][] }[] = [
  { label: 'Processes', href: href.home(), pages: ['home', 'process'] },
  { label: 'Articles', href: href.articles(), pages: ['articles', 'article'] },
  { label: 'Actors', href: href.actors(), pages: ['actors', 'actor'] },
  { label: 'Map', href: href.map(), pages: ['map'] },
];

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // Move focus to the new page's content so keyboard and screen-reader users land where it changed.
  useEffect(() => {
    if (route.page === 'article' && route.span) return; // the article view focuses its span
    main.current?.focus({ preventScroll: true });
    scrollTo(0, 0);
  }, [location.hash]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href={href.home()}>Parley</a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.label}>
                <a href={n.href} aria-current={n.pages.includes(route.page) ? 'page' : undefined}>{n.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox initial={route.page === 'search' ? route.q : ''} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="foot">
        Parley — every fact links to the words that support it. Place data: GeoNames (CC BY 4.0). Boundaries: Natural Earth.
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home': return <HomePage />;
    case 'process': return <ProcessPage id={route.id} />;
    case 'article': return <ArticlePage id={route.id} span={route.span} />;
    case 'articles': return <ArticlesPage />;
    case 'actor': return <ActorPage id={route.id} />;
    case 'actors': return <ActorsPage />;
    case 'map': return <MapPage />;
    case 'search': return <SearchPage q={route.q} />;
    case 'missing': return <section><h1>Not found</h1><p>No page at “{route.path}”. <a href={href.home()}>Back to the processes</a>.</p></section>;
  }
}
