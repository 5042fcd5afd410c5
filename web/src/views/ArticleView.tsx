import { api } from '../api';
import { useAsync, Show } from '../components/async';
import { Reader } from '../components/Reader';
import { href } from '../route';

export function ArticleView({ id, event }: { id: number; event: number }) {
  const a = useAsync(() => api.article(id), [id]);
  return (
    <section class="card">
      <Show value={a}>{(art) => <Reader article={art} event={event || (art.events[0]?.event_id ?? 0)} linkTo={(e) => `${href('article', art.id)}?event=${e}`} />}</Show>
    </section>
  );
}
