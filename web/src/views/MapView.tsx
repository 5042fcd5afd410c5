import { useState } from 'preact/hooks';
import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { WorldMap } from '../components/WorldMap';
import { QUAD_SHORT } from '../format';

export function MapView() {
  const [q, setQ] = useState({ from: '', to: '', quad: '', actor: '' });
  const data = useAsync(() => api.map(q), [JSON.stringify(q)]);
  const set = (k: keyof typeof q) => (e: Event) => setQ({ ...q, [k]: (e.target as HTMLInputElement).value.trim() });
  return (
    <>
      <h2>Where it happened</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          from <input type="date" value={q.from} onChange={set('from')} />
        </label>
        <label>
          to <input type="date" value={q.to} onChange={set('to')} />
        </label>
        <label>
          quad
          <select value={q.quad} onChange={set('quad')}>
            <option value="">all</option>
            {QUAD_SHORT.map((x, i) => (
              <option value={String(i + 1)}>{x}</option>
            ))}
          </select>
        </label>
        <label>
          actor <input value={q.actor} onChange={set('actor')} placeholder="RUS" size={8} />
        </label>
      </form>
      <Show value={data}>{(d) => <WorldMap data={d} />}</Show>
    </>
  );
}
