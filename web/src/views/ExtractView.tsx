// Paste an article, see its events at once (POST /api/extract; nothing is stored).
import { useState } from 'preact/hooks';
import { api, type ExtractResult } from '../api';
import { Highlighted, Legend, type Layer } from '../components/Highlighted';
import { Chain } from '../components/Chain';
import { QUAD_COLORS, fmtG } from '../format';

const today = () => new Date().toISOString().slice(0, 10);

export function ExtractView() {
  const [text, setText] = useState('');
  const [date, setDate] = useState(today());
  const [outlet, setOutlet] = useState('');
  const [res, setRes] = useState<{ text: string; outlet: string; r: ExtractResult } | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sel, setSel] = useState(0);
  const run = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErr(null);
    try {
      const r = await api.extract(text, date || null, outlet || null);
      setRes({ text, outlet, r });
      setSel(0);
    } catch (x) {
      setErr((x as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const layers: Layer[] = [];
  if (res) {
    for (const m of res.r.actors) layers.push({ start: m.start, end: m.end, cls: 'mention', title: m.code ? `actor ${m.code}` : 'actor' });
    for (const t of res.r.timexes) layers.push({ start: t.start, end: t.end, cls: 'time', title: `time ${t.value}` });
    for (const p of res.r.places) layers.push({ start: p.start, end: p.end, cls: 'place', title: 'place' });
    for (const x of res.r.attributions) layers.push({ start: x.source.start, end: x.source.end, cls: 'source', title: 'source' });
    res.r.events.forEach((ev, i) => {
      for (const s of ev.evidence) layers.push({ start: s.start, end: s.end, cls: i === sel ? 'focus' : 'evidence', title: `${ev.code} ${ev.name}`, id: i === sel ? 'focus' : undefined });
      if (i === sel) layers.push({ start: ev.trigger.start, end: ev.trigger.end, cls: 'trigger' });
    });
  }
  return (
    <>
      <h2>Paste an article</h2>
      <form class="extract" onSubmit={run}>
        <textarea name="text" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} rows={10} placeholder="Paste the text of a news article here." maxLength={100000} required />
        <div class="filters">
          <label>
            published <input type="date" name="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            outlet <input name="outlet" value={outlet} onInput={(e) => setOutlet((e.target as HTMLInputElement).value)} placeholder="The Hill" />
          </label>
          <button type="submit" disabled={busy || !text.trim()}>
            {busy ? 'Reading…' : 'Extract events'}
          </button>
        </div>
      </form>
      {err && (
        <p class="error" role="alert">
          {err}
        </p>
      )}
      {res && (
        <div class="cols event-cols">
          <section class="card">
            <h3>{res.r.events.length} events</h3>
            <table class="grid compact" data-testid="extract-events">
              <thead>
                <tr>
                  <th>date</th>
                  <th>who → whom</th>
                  <th>event</th>
                  <th class="num">Goldstein</th>
                </tr>
              </thead>
              <tbody>
                {res.r.events.map((ev, i) => (
                  <tr class={i === sel ? 'current' : ''} onClick={() => setSel(i)}>
                    <td class="nowrap">{ev.date.value}</td>
                    <td class="nowrap">
                      {ev.source?.code ?? '—'} → {ev.target?.code ?? '—'}
                    </td>
                    <td>
                      <span class="quad" style={{ background: QUAD_COLORS[ev.quad - 1] }}>
                        {ev.code}
                      </span>{' '}
                      {ev.name} {ev.modality !== 'asserted' && <span class="tag">{ev.modality}</span>}
                      <div class="muted small">
                        <Chain outlet={res.outlet || null} links={ev.attribution} />
                      </div>
                    </td>
                    <td class="num">{fmtG(ev.goldstein)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section class="card">
            <Highlighted
              text={res.text}
              layers={layers}
              legend={
                <Legend
                  items={[
                    ['focus', 'selected event'],
                    ['evidence', 'other events'],
                    ['mention', 'actor'],
                    ['time', 'time'],
                    ['place', 'place'],
                    ['source', 'attributed source'],
                  ]}
                />
              }
            />
          </section>
        </div>
      )}
    </>
  );
}
