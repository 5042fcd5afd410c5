// One story event: who did what to whom, every report of it, and the reader on the chosen report.
import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { Chain } from '../components/Chain';
import { Reader } from '../components/Reader';
import { href } from '../route';
import { QUAD_COLORS, QUADS, fmtG } from '../format';

export function EventView({ id, report }: { id: number; report: number }) {
  const ev = useAsync(() => api.event(id), [id]);
  return (
    <Show value={ev}>
      {(s) => {
        const rep = s.reports.find((r) => r.event_id === report) ?? s.reports[0];
        return (
          <>
            <h2>
              <span class="quad" style={{ background: s.quad ? QUAD_COLORS[s.quad - 1] : '#ccc' }} title={s.quad ? QUADS[s.quad - 1] : ''}>
                {s.code}
              </span>{' '}
              {s.name}
            </h2>
            <p>
              <a href={href('actor', s.src)}>{s.src_name ?? s.src}</a> <span class="code">{s.src_code ?? s.src}</span> →{' '}
              {s.tgt ? (
                <>
                  <a href={href('actor', s.tgt)}>{s.tgt_name ?? s.tgt}</a> <span class="code">{s.tgt_code ?? s.tgt}</span>
                </>
              ) : (
                <span class="muted">{s.tgt_name ?? 'no coded target'}</span>
              )}{' '}
              · {s.date} {s.precision !== 'day' && <span class="tag">{s.precision}</span>} {s.mclass !== 'factual' && <span class="tag">{s.mclass}</span>}
              {s.place && <> · {s.place}</>} · Goldstein {fmtG(s.goldstein)}
              {s.tgt && (
                <>
                  {' '}
                  · <a href={href('dyad', s.src, s.tgt)}>the relationship over time →</a>
                </>
              )}
            </p>
            <p class="muted">
              {s.num_mentions} reports in {s.num_articles} articles from {s.num_sources} sources · first seen {s.first_seen}
            </p>
            <div class="cols event-cols">
              <section class="card reports">
                <h3>Reports</h3>
                <ol class="plain" data-testid="reports">
                  {s.reports.map((r) => (
                    <li class={r === rep ? 'current' : ''}>
                      <a href={`${href('event', s.id)}?report=${r.event_id}`}>
                        <strong>{r.article.outlet ?? 'unknown outlet'}</strong> {r.article.date}
                      </a>
                      {r.article.copy_of !== null && <span class="tag">copy</span>}
                      <div class="quote">“{r.evidence[0]?.text ?? ''}”</div>
                      <div class="muted small">
                        <Chain outlet={r.article.outlet} links={r.attribution} /> · {r.modality} · rule {r.rule}
                      </div>
                    </li>
                  ))}
                </ol>
              </section>
              <section class="card">
                {rep ? <ReportArticle articleId={rep.article.id} eventId={rep.event_id} storyId={s.id} /> : <p class="muted">No reports.</p>}
              </section>
            </div>
          </>
        );
      }}
    </Show>
  );
}

function ReportArticle({ articleId, eventId, storyId }: { articleId: number; eventId: number; storyId: number }) {
  const a = useAsync(() => api.article(articleId), [articleId]);
  return (
    <Show value={a}>
      {(art) => (
        <>
          <p class="small">
            <a href={`${href('article', art.id)}?event=${eventId}`}>open the article on its own →</a>
          </p>
          <Reader article={art} event={eventId} linkTo={(e) => (art.events.find((x) => x.event_id === e)?.story_id === storyId ? `${href('event', storyId)}?report=${e}` : `${href('article', art.id)}?event=${e}`)} />
        </>
      )}
    </Show>
  );
}
