import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { href } from '../route';
import { fmt, QUAD_COLORS, QUADS } from '../format';
import { EventsTable } from '../components/EventsTable';

export function Home() {
  const stats = useAsync(() => api.stats(), []);
  return (
    <Show value={stats}>
      {(s) => (
        <>
          <section class="hero">
            <h1>What happened, between whom, according to whom</h1>
            <p class="muted">
              {fmt(s.articles)} articles from {fmt(s.outlets)} outlets · {fmt(s.stories)} story events ({fmt(s.events)} reports) · {s.first ?? '—'} to {s.last ?? '—'}
            </p>
            <p class="quadbar" title="story events by quad class">
              {s.quad.map((q, i) => (
                <span style={{ flex: Math.max(q, 0.0001), background: QUAD_COLORS[i] }} title={`${QUADS[i]}: ${q}`} />
              ))}
            </p>
          </section>
          <div class="cols">
            <section class="card">
              <h3>Most active actors</h3>
              <ul class="plain">
                {s.topActors.map((a) => (
                  <li>
                    <a href={href('actor', a.code)}>{a.name}</a> <span class="code">{a.code}</span> <span class="muted">{fmt(a.events)}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section class="card">
              <h3>Busiest relationships</h3>
              <ul class="plain">
                {s.topDyads.map((d) => (
                  <li>
                    <a href={href('dyad', d.a, d.b)}>
                      {d.a_name} – {d.b_name}
                    </a>{' '}
                    <span class="muted">{fmt(d.events)}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section class="card">
              <h3>Outlets</h3>
              <ul class="plain">
                {s.topOutlets.map((o) => (
                  <li>
                    {o.outlet} <span class="muted">{fmt(o.articles)}</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <EventsTable base={{}} title="Latest story events" />
        </>
      )}
    </Show>
  );
}
