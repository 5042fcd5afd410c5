// An attribution chain as a reader says it: "The Hill ← The New York Times ← people familiar with
// the matter" — the publishing outlet first, then each source it relays, outermost first.
import type { Link } from '../api';

export function Chain({ outlet, links }: { outlet: string | null; links: Link[] }) {
  const parts = [...(outlet ? [{ text: outlet, kind: 'publisher' }] : []), ...links];
  if (!parts.length) return <span class="muted">no attribution</span>;
  return (
    <span class="chain" data-testid="chain">
      {parts.map((p, i) => (
        <>
          {i > 0 && <span class="arrow"> ← </span>}
          <span class={`link ${p.kind}`} title={p.kind}>
            {p.text}
          </span>
        </>
      ))}
    </span>
  );
}
