// The article reader: the stored text with the selected event's evidence highlighted (and its
// trigger and actors), the other events' evidence, actor mentions, times, places and attribution
// sources, plus the event's attribution chain. The text stays text (see Highlighted).
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../api';
import { Highlighted, Legend, type Layer } from './Highlighted';
import { Chain } from './Chain';
import { href } from '../route';
import { QUAD_COLORS, fmtG } from '../format';

export function Reader({ article: a, event, linkTo }: { article: Article; event: number; linkTo: (eventId: number) => string }) {
  const sel = a.events.find((e) => e.event_id === event) ?? null;
  const layers: Layer[] = [];
  for (const m of a.mentions) layers.push({ start: m.start, end: m.end, cls: 'mention', title: m.code ? `actor ${m.code}` : `actor (${m.kind})` });
  for (const t of a.times) layers.push({ start: t.start, end: t.end, cls: 'time', title: `time ${t.value}` });
  for (const p of a.places) layers.push({ start: p.start, end: p.end, cls: 'place', title: `place${p.country ? ` (${p.country})` : ''}` });
  for (const x of a.attributions) layers.push({ start: x.source.start, end: x.source.end, cls: 'source', title: `source (${x.source.kind})` });
  for (const e of a.events) {
    if (e === sel) continue;
    for (const s of e.evidence) layers.push({ start: s.start, end: s.end, cls: 'evidence', title: `event ${e.code} ${e.name ?? ''}` });
  }
  if (sel) {
    for (const s of sel.evidence) layers.push({ start: s.start, end: s.end, cls: 'focus', title: `evidence of ${sel.code} ${sel.name ?? ''}`, id: 'focus' });
    if (sel.trigger?.start != null && sel.trigger.end != null) layers.push({ start: sel.trigger.start, end: sel.trigger.end, cls: 'trigger', title: 'trigger' });
    for (const side of [sel.source, sel.target]) if (side?.start != null && side.end != null) layers.push({ start: side.start, end: side.end, cls: 'who', title: side.code ?? '' });
  }
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // scroll the text box only (scrollIntoView would move the whole page as well)
    const text = box.current?.querySelector<HTMLElement>('.reader-text');
    const mark = text?.querySelector<HTMLElement>('[data-anchor="focus"]');
    if (text && mark) text.scrollTop = Math.max(0, mark.getBoundingClientRect().top - text.getBoundingClientRect().top + text.scrollTop - text.clientHeight / 3);
  }, [a.id, event]);
  return (
    <div class="reader-wrap" ref={box}>
      <header class="article-head">
        <h3 data-testid="article-title">{a.title ?? '(untitled)'}</h3>
        <p class="muted">
          {a.outlet ?? 'unknown outlet'} · {a.date}
          {a.url && (
            <>
              {' '}
              · <span class="url">{a.url}</span>
            </>
          )}
          {a.copy_of !== null && (
            <>
              {' '}
              · a copy of <a href={href('article', a.copy_of)}>article {a.copy_of}</a>
            </>
          )}
        </p>
      </header>
      {sel && (
        <div class="selected" data-testid="selected-event">
          <span class="quad" style={{ background: sel.quad ? QUAD_COLORS[sel.quad - 1] : '#ccc' }}>
            {sel.code}
          </span>{' '}
          <strong>{sel.name}</strong> · {sel.source?.code ?? '—'} → {sel.target?.code ?? '—'} · {sel.date.value} ({sel.date.basis}) · {sel.modality} · Goldstein {fmtG(sel.goldstein)}
          <div>
            according to <Chain outlet={a.outlet} links={sel.attribution} />
          </div>
        </div>
      )}
      <Highlighted
        text={a.text}
        layers={layers}
        legend={
          <Legend
            items={[
              ['focus', 'this event’s evidence'],
              ['evidence', 'other events'],
              ['mention', 'actor'],
              ['time', 'time'],
              ['place', 'place'],
              ['source', 'attributed source'],
            ]}
          />
        }
      />
      {a.analysis === 'skipped' && <p class="muted">Times, places and attributions are not shown for texts this long.</p>}
      <h4>Events in this article</h4>
      <ul class="plain article-events">
        {a.events.map((e) => (
          <li class={e.event_id === event ? 'current' : ''}>
            <a href={linkTo(e.event_id)}>
              {e.code} {e.name}
            </a>{' '}
            <span class="muted">
              {e.source?.code ?? '—'} → {e.target?.code ?? '—'} · {e.date.value}
            </span>{' '}
            <a href={href('event', e.story_id)} class="muted">
              story
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
