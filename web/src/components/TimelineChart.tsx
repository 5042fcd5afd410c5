// A relationship over time with uPlot: the mean Goldstein score per period in each direction, and
// story events per period stacked by quad class (both directions together).
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Timeline } from '../api';
import { QUAD_COLORS, QUADS } from '../format';

const DAY = 86400;

/** First day of a period label (2022-03-05, 2022-W09, 2022-03, 2022) in Unix seconds. */
export function periodStart(p: string): number {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(p))) {
    const jan4 = Date.UTC(+m[1], 0, 4) / 1000;
    const dow = (new Date(jan4 * 1000).getUTCDay() + 6) % 7;
    return jan4 - dow * DAY + (+m[2] - 1) * 7 * DAY;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p))) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 1000;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return Date.UTC(+m[1], +m[2] - 1, 1) / 1000;
  return Date.UTC(+p.slice(0, 4), 0, 1) / 1000;
}

const PERIOD_SECONDS: Record<string, number> = { day: DAY, week: 7 * DAY, month: 31 * DAY, year: 366 * DAY };

/** The series with a null between two periods that are not next to each other, so lines break at empty periods. */
export function withGaps(xs: number[], ys: (number | null)[][], by: string): [number[], ...(number | null)[][]] {
  const step = PERIOD_SECONDS[by] ?? 31 * DAY;
  const outX: number[] = [];
  const outY: (number | null)[][] = ys.map(() => []);
  xs.forEach((x, i) => {
    if (i > 0 && x - xs[i - 1] > step) {
      outX.push(xs[i - 1] + step / 2);
      outY.forEach((col) => col.push(null));
    }
    outX.push(x);
    outY.forEach((col, k) => col.push(ys[k][i]));
  });
  return [outX, ...outY];
}

function useUplot(make: (el: HTMLDivElement, width: number) => uPlot, deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current!;
    const plot = make(el, Math.max(320, el.clientWidth));
    const ro = new ResizeObserver(() => plot.setSize({ width: Math.max(320, el.clientWidth), height: plot.height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, deps);
  return ref;
}

export function TimelineChart({ t }: { t: Timeline }) {
  const xs = t.periods.map((p) => periodStart(p.period));
  const tz = { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC') };
  const gold = useUplot(
    (el, width) =>
      new uPlot(
        {
          width,
          height: 220,
          ...tz,
          title: 'Mean Goldstein score (−10 conflict … +10 cooperation)',
          scales: { y: { range: [-10, 10] } },
          series: [
            {},
            // A period without events in a direction has no mean: the line breaks there instead of
            // drawing a trend through months nobody reported on.
            { label: `${t.a} → ${t.b}`, stroke: '#2b6cb0', width: 2, points: { show: true, size: 6 }, spanGaps: false },
            { label: `${t.b} → ${t.a}`, stroke: '#dd6b20', width: 2, points: { show: true, size: 6 }, spanGaps: false },
          ],
          axes: [{}, { values: (_u, vs) => vs.map((v) => (v > 0 ? `+${v}` : String(v))) }],
        },
        withGaps(xs, [t.periods.map((p) => p.ab.goldsteinMean), t.periods.map((p) => p.ba.goldsteinMean)], t.by),
        el,
      ),
    [t],
  );
  const counts = useUplot((el, width) => {
    // Stacked bars: each series is drawn from zero to its cumulative total, the largest first.
    const cum = [0, 1, 2, 3].map((k) => t.periods.map((p) => [0, 1, 2, 3].filter((i) => i <= k).reduce((s, i) => s + p.ab.quad[i] + p.ba.quad[i], 0)));
    const span = xs.length > 1 ? (xs[xs.length - 1] - xs[0]) / (xs.length - 1) : 30 * DAY;
    const bars = uPlot.paths.bars!({ size: [0.8, 60], align: 0 });
    return new uPlot(
      {
        width,
        height: 200,
        ...tz,
        title: 'Story events per period, by quad class (both directions)',
        scales: { x: { range: (_u, lo, hi) => [lo - span / 2, hi + span / 2] }, y: { range: (_u, _lo, hi) => [0, Math.max(1, hi)] } },
        series: [
          {},
          ...[3, 2, 1, 0].map((q) => ({
            label: QUADS[q],
            fill: QUAD_COLORS[q],
            stroke: QUAD_COLORS[q],
            paths: bars,
            points: { show: false },
            // the legend shows the class's own count, not the stacked total
            value: (_u: uPlot, _v: number, _s: number, i: number | null) => (i === null ? '—' : String(t.periods[i].ab.quad[q] + t.periods[i].ba.quad[q])),
          })),
        ],
      },
      [xs, cum[3], cum[2], cum[1], cum[0]],
      el,
    );
  }, [t]);
  return (
    <div class="charts" data-testid="timeline">
      <div ref={gold} class="chart" />
      <div ref={counts} class="chart" />
    </div>
  );
}
