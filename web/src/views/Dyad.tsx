// A relationship over time: Goldstein and quad-class counts per period, and the events under it.
import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { EventsTable } from '../components/EventsTable';
import { TimelineChart } from '../components/TimelineChart';
import { href } from '../route';

const BINS = ['day', 'week', 'month', 'year'];

export function Dyad({ a, b, by }: { a: string; b: string; by: string }) {
  const t = useAsync(() => api.timeline(a, b, by), [a, b, by]);
  return (
    <Show value={t}>
      {(t) => {
        const total = t.periods.reduce((s, p) => s + p.ab.events + p.ba.events, 0);
        return (
          <>
            <h2>
              <a href={href('actor', t.a)}>{t.a_name}</a> <span class="muted">and</span> <a href={href('actor', t.b)}>{t.b_name}</a>
            </h2>
            <p class="muted">
              {total} story events in {t.periods.length} {t.by}s{t.coarser ? ` (${t.coarser} dated less precisely than a ${t.by} left out)` : ''} ·{' '}
              <a href={href('dyad', t.b, t.a)}>swap</a> · by{' '}
              {BINS.map((x) => (
                <>
                  {x === t.by ? <strong>{x}</strong> : <a href={`${href('dyad', t.a, t.b)}?by=${x}`}>{x}</a>}{' '}
                </>
              ))}
            </p>
            {t.periods.length ? <TimelineChart t={t} /> : <p class="muted">No story events between them.</p>}
            <div class="cols two">
              <EventsTable key={`${t.a}-${t.b}`} base={{ dyad: `${t.a},${t.b}` }} title={`${t.a} → ${t.b}`} />
              <EventsTable key={`${t.b}-${t.a}`} base={{ dyad: `${t.b},${t.a}` }} title={`${t.b} → ${t.a}`} />
            </div>
          </>
        );
      }}
    </Show>
  );
}
