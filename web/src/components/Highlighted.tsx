// Untrusted article text with spans highlighted. The text is split at every span boundary into
// segments, and each segment is a text node inside a <span> with classes: nothing from the article
// is ever parsed as markup, whatever it contains.
import type { ComponentChildren } from 'preact';

export interface Layer {
  start: number;
  end: number;
  /** CSS class of the layer: evidence, focus, mention, time, place, source, trigger */
  cls: string;
  title?: string;
  /** for scrolling to it */
  id?: string;
}

interface Segment {
  start: number;
  end: number;
  layers: Layer[];
}

export function segments(textLength: number, layers: Layer[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  const ok = layers.filter((l) => l.start >= 0 && l.end <= textLength && l.end > l.start);
  for (const l of ok) {
    cuts.add(l.start);
    cuts.add(l.end);
  }
  const xs = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < xs.length; i++) {
    const s = xs[i];
    const e = xs[i + 1];
    out.push({ start: s, end: e, layers: ok.filter((l) => l.start <= s && l.end >= e) });
  }
  return out;
}

export function Highlighted({ text, layers, legend }: { text: string; layers: Layer[]; legend?: ComponentChildren }) {
  const segs = segments(text.length, layers);
  return (
    <div class="reader">
      {legend}
      <div class="reader-text" data-testid="article-text">
        {segs.map((s) => {
          const t = text.slice(s.start, s.end);
          if (!s.layers.length) return t;
          const cls = [...new Set(s.layers.map((l) => l.cls))].join(' ');
          const title = s.layers.map((l) => l.title).filter(Boolean).join(' · ');
          const id = s.layers.find((l) => l.id)?.id;
          const Tag = s.layers.some((l) => l.cls === 'focus') ? 'mark' : 'span';
          return (
            <Tag class={cls} title={title || undefined} data-anchor={id}>
              {t}
            </Tag>
          );
        })}
      </div>
    </div>
  );
}

export function Legend({ items }: { items: [string, string][] }) {
  return (
    <p class="legend">
      {items.map(([cls, label]) => (
        <span class={`key ${cls}`}>{label}</span>
      ))}
    </p>
  );
}
