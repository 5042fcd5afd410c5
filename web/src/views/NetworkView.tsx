import { useState } from 'preact/hooks';
import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { NetworkGraph } from '../components/NetworkGraph';

export function NetworkView() {
  const [q, setQ] = useState({ from: '', to: '', min: '5', nodes: '40' });
  const net = useAsync(() => api.network(q), [JSON.stringify(q)]);
  const set = (k: keyof typeof q) => (e: Event) => setQ({ ...q, [k]: (e.target as HTMLInputElement).value });
  return (
    <>
      <h2>Who deals with whom</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          from <input type="date" value={q.from} onChange={set('from')} />
        </label>
        <label>
          to <input type="date" value={q.to} onChange={set('to')} />
        </label>
        <label>
          min. events per edge <input type="number" min={1} value={q.min} onChange={set('min')} size={4} />
        </label>
        <label>
          actors <input type="number" min={2} max={500} value={q.nodes} onChange={set('nodes')} size={4} />
        </label>
      </form>
      <Show value={net}>{(n) => (n.nodes.length ? <NetworkGraph net={n} /> : <p class="muted">No relationships in this range.</p>)}</Show>
    </>
  );
}
