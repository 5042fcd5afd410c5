// Search: actors whose name or code matches, and story events reported in articles with the words.
import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { EventsTable } from '../components/EventsTable';
import { href } from '../route';
import { fmt } from '../format';

export function Search({ q }: { q: string }) {
  const actors = useAsync(() => api.actors(q), [q]);
  const hasWords = /[\p{L}\p{N}]/u.test(q);
  return (
    <>
      <h2>
        Search: <q>{q}</q>
      </h2>
      <section class="card">
        <h3>Actors</h3>
        <Show value={actors}>
          {(r) =>
            r.items.length ? (
              <ul class="hits" data-testid="actor-hits">
                {r.items.map((a) => (
                  <li>
                    <a href={href('actor', a.code)} class="hit">
                      <strong>{a.name}</strong> <span class="code">{a.code}</span>
                    </a>
                    <span class="muted">
                      {' '}
                      {fmt(a.events)} story events · {fmt(a.mentions)} mentions{a.names.length ? ` · “${a.names.slice(0, 4).join('”, “')}”` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">No actor by that name or code.</p>
            )
          }
        </Show>
      </section>
      {hasWords && <EventsTable key={q} base={{ text: q }} title={`Story events reported in articles with “${q}”`} />}
    </>
  );
}
