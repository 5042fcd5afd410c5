// Story events under a view (a dyad, an actor, a search) in a table, with the API's filters.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { useAsync, Show } from './async';
import { href } from '../route';
import { QUAD_COLORS, QUAD_SHORT, dyadOf, fmtG } from '../format';

const LIMIT = 25;

export function EventsTable({ base, title = 'Events' }: { base: Record<string, string>; title?: string }) {
  const [f, setF] = useState({ quad: '', root: '', from: '', to: '', text: '', order: 'desc' });
  const [offset, setOffset] = useState(0);
  const key = JSON.stringify([base, f, offset]);
  const page = useAsync(() => api.events({ ...base, ...f, limit: LIMIT, offset }), [key]);
  const set = (k: keyof typeof f) => (e: Event) => {
    setF({ ...f, [k]: (e.target as HTMLInputElement).value });
    setOffset(0);
  };
  return (
    <section class="card events">
      <h3>{title}</h3>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          quad
          <select value={f.quad} onChange={set('quad')} name="quad">
            <option value="">all</option>
            {QUAD_SHORT.map((q, i) => (
              <option value={String(i + 1)}>{q}</option>
            ))}
          </select>
        </label>
        <label>
          root
          <input value={f.root} onChange={set('root')} name="root" placeholder="01–20" size={5} pattern="\d{1,2}" />
        </label>
        <label>
          from
          <input type="date" value={f.from} onChange={set('from')} name="from" />
        </label>
        <label>
          to
          <input type="date" value={f.to} onChange={set('to')} name="to" />
        </label>
        <label>
          words
          <input value={f.text} onChange={set('text')} name="text" placeholder="in the reporting articles" />
        </label>
        <label>
          order
          <select value={f.order} onChange={set('order')} name="order">
            <option value="desc">newest first</option>
            <option value="asc">oldest first</option>
          </select>
        </label>
      </form>
      <Show value={page}>
        {(p) =>
          p.items.length ? (
            <>
              <table class="grid" data-testid="events-table">
                <thead>
                  <tr>
                    <th>date</th>
                    <th>who → whom</th>
                    <th>event</th>
                    <th>quad</th>
                    <th class="num">Goldstein</th>
                    <th class="num">reports</th>
                    <th class="num">sources</th>
                  </tr>
                </thead>
                <tbody>
                  {p.items.map((s) => (
                    <tr>
                      <td class="nowrap">{s.date}</td>
                      <td class="nowrap">{dyadOf(s)}</td>
                      <td>
                        <a href={href('event', s.id)} class="event-link">
                          {s.code} {s.name}
                        </a>
                        {s.mclass !== 'factual' && <span class="tag">{s.mclass}</span>}
                      </td>
                      <td>
                        {s.quad ? (
                          <span class="quad" style={{ background: QUAD_COLORS[s.quad - 1] }}>
                            {QUAD_SHORT[s.quad - 1]}
                          </span>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td class="num">{fmtG(s.goldstein)}</td>
                      <td class="num">{s.num_mentions}</td>
                      <td class="num">{s.num_sources}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="pager">
                <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - LIMIT))}>
                  ← previous
                </button>
                <span class="muted">
                  {offset + 1}–{offset + p.items.length}
                </span>
                <button type="button" disabled={p.next === null} onClick={() => setOffset(p.next ?? offset)}>
                  next →
                </button>
              </p>
            </>
          ) : (
            <p class="muted">No events match.</p>
          )
        }
      </Show>
    </section>
  );
}
