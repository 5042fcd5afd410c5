// One actor: counts, its partners (each a way into the dyad view), its own network, recent events.
import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { EventsTable } from '../components/EventsTable';
import { NetworkGraph } from '../components/NetworkGraph';
import { href } from '../route';
import { fmt, fmtG, QUAD_COLORS, QUAD_SHORT } from '../format';

export function Actor({ code }: { code: string }) {
  const a = useAsync(() => api.actor(code), [code]);
  const net = useAsync(() => api.network({ actor: code, nodes: 25 }), [code]);
  return (
    <Show value={a}>
      {(s) => (
        <>
          <h2>
            {s.name} <span class="code">{s.code}</span>
          </h2>
          <p class="muted">
            {fmt(s.events)} story events ({fmt(s.as_source)} as source, {fmt(s.as_target)} as target) · {fmt(s.mentions)} mentions · mean Goldstein {fmtG(s.goldstein)} · {s.first ?? '—'} to {s.last ?? '—'}
            {s.codes.length > 1 && <> · codes {s.codes.join(', ')}</>}
          </p>
          <p class="quadbar">
            {s.quad.map((q, i) => (
              <span style={{ flex: Math.max(q, 0.0001), background: QUAD_COLORS[i] }} title={`${QUAD_SHORT[i]}: ${q}`} />
            ))}
          </p>
          <div class="cols two">
            <section class="card">
              <h3>Top partners</h3>
              <table class="grid compact" data-testid="partners">
                <thead>
                  <tr>
                    <th>partner</th>
                    <th class="num">events</th>
                    <th class="num">Goldstein</th>
                    <th>coop. / conflict</th>
                  </tr>
                </thead>
                <tbody>
                  {s.partners.map((p) => (
                    <tr>
                      <td>
                        <a href={href('dyad', s.code, p.code)} class="partner">
                          {p.name} <span class="code">{p.code}</span>
                        </a>
                      </td>
                      <td class="num">{p.events}</td>
                      <td class="num">{fmtG(p.goldstein)}</td>
                      <td>
                        <span class="bar">
                          <span class="coop" style={{ width: `${(100 * (p.quad[0] + p.quad[1])) / p.events}%` }} />
                          <span class="conf" style={{ width: `${(100 * (p.quad[2] + p.quad[3])) / p.events}%` }} />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section class="card">
              <h3>Its network</h3>
              <Show value={net}>{(n) => <NetworkGraph net={n} focus={s.code} height={360} />}</Show>
            </section>
          </div>
          <EventsTable key={s.code} base={{ actor: s.code }} title={`Story events with ${s.name}`} />
        </>
      )}
    </Show>
  );
}
