// The attaché dashboard: one page, hash routes, every view reading the JSON API.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import './style.css';
import { useRoute, href, go } from './route';
import { Home } from './views/Home';
import { Search } from './views/Search';
import { Actor } from './views/Actor';
import { Dyad } from './views/Dyad';
import { NetworkView } from './views/NetworkView';
import { MapView } from './views/MapView';
import { EventView } from './views/EventView';
import { ArticleView } from './views/ArticleView';
import { ExtractView } from './views/ExtractView';

function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) go(`/search?q=${encodeURIComponent(q.trim())}`);
      }}
    >
      <input type="search" name="q" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} placeholder="Actor, code or words — Venezuela, RUS, sanctions…" aria-label="search" />
      <button type="submit">Search</button>
    </form>
  );
}

function App() {
  const route = useRoute();
  const [view, ...args] = route.path;
  let page;
  switch (view) {
    case 'search':
      page = <Search q={route.query.get('q') ?? ''} />;
      break;
    case 'actor':
      page = <Actor code={args[0]} />;
      break;
    case 'dyad':
      page = <Dyad a={args[0]} b={args[1]} by={route.query.get('by') ?? 'month'} />;
      break;
    case 'network':
      page = <NetworkView />;
      break;
    case 'map':
      page = <MapView />;
      break;
    case 'event':
      page = <EventView id={Number(args[0])} report={Number(route.query.get('report') ?? 0)} />;
      break;
    case 'article':
      page = <ArticleView id={Number(args[0])} event={Number(route.query.get('event') ?? 0)} />;
      break;
    case 'extract':
      page = <ExtractView />;
      break;
    default:
      page = <Home />;
  }
  const nav = (to: string, label: string) => (
    <a href={href(to)} class={view === to ? 'active' : ''}>
      {label}
    </a>
  );
  return (
    <>
      <header class="top">
        <a href="#/" class="brand">
          attaché
        </a>
        <nav>
          {nav('network', 'Network')}
          {nav('map', 'Map')}
          {nav('extract', 'Paste an article')}
        </nav>
        <SearchBox key={route.query.get('q') ?? ''} initial={view === 'search' ? (route.query.get('q') ?? '') : ''} />
      </header>
      <main>{page}</main>
      <footer class="muted">
        attaché — CAMEO events with their evidence. API: <a href="/openapi.json">/openapi.json</a>
      </footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
