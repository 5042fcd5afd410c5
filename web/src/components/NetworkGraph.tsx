// The actor network with sigma 3 (WebGL) and graphology: node size by events, node colour by mean
// Goldstein, edge colour by the share of conflict among the pair's events. Click a node to focus on
// it and its partners; click the background to let go.
import { useEffect, useRef, useState } from 'preact/hooks';
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Network } from '../api';
import { conflictColor, goldsteinColor, fmt, QUAD_SHORT } from '../format';
import { href } from '../route';

export function NetworkGraph({ net, focus: initial, height = 520 }: { net: Network; focus?: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<string | null>(initial ?? null);
  const sigma = useRef<Sigma | null>(null);
  const focusRef = useRef<string | null>(focus);
  focusRef.current = focus;

  useEffect(() => {
    const g = new Graph({ type: 'undirected' });
    const maxEv = Math.max(1, ...net.nodes.map((n) => n.events));
    net.nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
      g.addNode(n.id, {
        label: `${n.name} (${n.id})`,
        x: Math.cos(a) * 100,
        y: Math.sin(a) * 100,
        size: 4 + 16 * Math.sqrt(n.events / maxEv),
        color: goldsteinColor(n.goldstein),
        events: n.events,
      });
    });
    const maxE = Math.max(1, ...net.edges.map((e) => e.events));
    for (const e of net.edges) {
      if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.source, e.target)) continue;
      g.addEdge(e.source, e.target, { size: 1 + 5 * Math.sqrt(e.events / maxE), color: conflictColor(e.quad), quad: e.quad, events: e.events });
    }
    if (g.order > 1) forceAtlas2.assign(g, { iterations: 300, settings: { ...forceAtlas2.inferSettings(g), linLogMode: true, gravity: 1, scalingRatio: 10, edgeWeightInfluence: 1 } });
    const renderer = new Sigma(g, ref.current!, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 6,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      nodeReducer: (node, data) => {
        const f = focusRef.current;
        if (!f || !g.hasNode(f)) return data;
        if (node === f) return { ...data, highlighted: true, zIndex: 2 };
        if (g.areNeighbors(node, f)) return { ...data, zIndex: 1 };
        return { ...data, color: '#e2e5e9', label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        const f = focusRef.current;
        if (!f || !g.hasNode(f)) return data;
        return g.hasExtremity(edge, f) ? data : { ...data, hidden: true };
      },
    });
    renderer.on('clickNode', ({ node }) => setFocus(node));
    renderer.on('clickStage', () => setFocus(null));
    sigma.current = renderer;
    // for the browser tests: where a node is drawn, so they can click it
    (ref.current as HTMLDivElement & { __sigma?: Sigma }).__sigma = renderer;
    return () => {
      renderer.kill();
      sigma.current = null;
    };
  }, [net]);

  useEffect(() => {
    sigma.current?.refresh();
  }, [focus]);

  const node = focus ? net.nodes.find((n) => n.id === focus) : null;
  const partners = focus ? net.edges.filter((e) => e.source === focus || e.target === focus).sort((a, b) => b.events - a.events) : [];
  return (
    <div class="network">
      <div ref={ref} class="sigma" style={{ height: `${height}px` }} data-testid="network" data-nodes={net.nodes.length} data-edges={net.edges.length} />
      <aside class="side">
        {node ? (
          <>
            <h3>
              <a href={href('actor', node.id)}>{node.name}</a> <span class="code">{node.id}</span>
            </h3>
            <p>
              {fmt(node.events)} story events with the actors shown · mean Goldstein {node.goldstein ?? '—'}
            </p>
            <table class="grid compact">
              <thead>
                <tr>
                  <th>partner</th>
                  <th class="num">events</th>
                  <th>coop. / conflict</th>
                </tr>
              </thead>
              <tbody>
                {partners.slice(0, 15).map((e) => {
                  const other = e.source === focus ? e.target : e.source;
                  const [a, b] = [focus!, other];
                  return (
                    <tr>
                      <td>
                        <a href={href('dyad', a, b)}>
                          {focus} – {other}
                        </a>
                      </td>
                      <td class="num">{e.events}</td>
                      <td title={e.quad.map((q, i) => `${QUAD_SHORT[i]}: ${q}`).join(', ')}>
                        <span class="bar">
                          <span class="coop" style={{ width: `${(100 * (e.quad[0] + e.quad[1])) / e.events}%` }} />
                          <span class="conf" style={{ width: `${(100 * (e.quad[2] + e.quad[3])) / e.events}%` }} />
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        ) : (
          <p class="muted">
            {net.nodes.length} actors, {net.edges.length} relationships{net.truncated ? ' (the most active shown)' : ''}. Nodes: size by events, colour by mean Goldstein;
            edges: green cooperation … red conflict. Click an actor to focus on it.
          </p>
        )}
      </aside>
    </div>
  );
}
