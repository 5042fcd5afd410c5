// Progress of a long ingest: a bar with rate and ETA on a terminal, plain periodic lines otherwise,
// and the closing summary.
import type { IngestProgress, IngestSummary } from './ingest.js';

const n = (x: number) => x.toLocaleString('en-US');

export function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}

/** The rate counts every record dealt with (stored, skipped, rejected); ETA is by bytes of input consumed. */
function figures(p: IngestProgress) {
  const done = p.stored + p.duplicates + p.known + p.rejected;
  const rate = p.seconds > 0 ? done / p.seconds : 0;
  const frac = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : null;
  const eta = frac && frac > 0.001 ? (p.seconds / frac) * (1 - frac) : NaN;
  return { done, rate, frac, eta };
}

export function progressBar(p: IngestProgress, width = 24): string {
  const { rate, frac, eta } = figures(p);
  const bar = frac === null ? '' : `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '-')}] ${(frac * 100).toFixed(0).padStart(3)}% `;
  return `${bar}${n(p.stored)} stored, ${n(p.duplicates + p.known)} dup, ${n(p.rejected)} rejected · ${rate.toFixed(1)}/s · ETA ${frac === null ? '?' : duration(eta)}`;
}

export function progressLine(p: IngestProgress): string {
  const { rate, frac, eta } = figures(p);
  return `ingest: ${duration(p.seconds)} ${n(p.read)} read, ${n(p.stored)} stored, ${n(p.duplicates + p.known)} duplicates, ${n(p.rejected)} rejected, ${n(p.events)} events, ${rate.toFixed(1)} articles/s${frac === null ? '' : `, ${(frac * 100).toFixed(1)}% of input, ETA ${duration(eta)}`}\n`;
}

/** A progress reporter for a stream: redraws a bar on a terminal, prints a line every `everyMs` otherwise. */
export function reporter(stream: { isTTY?: boolean; write(s: string): unknown; columns?: number }, everyMs = 10_000): { update: (p: IngestProgress) => void; done: () => void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      if (stream.isTTY) {
        const s = progressBar(p).slice(0, Math.max(20, (stream.columns || 100) - 1));
        stream.write(`\r\x1b[2K${s}`);
        drawn = true;
        return;
      }
      if (p.seconds * 1000 - last >= everyMs) {
        last = p.seconds * 1000;
        stream.write(progressLine(p));
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

export function summaryText(s: IngestSummary): string {
  const lines = [
    `read        ${n(s.read)} record(s) in ${duration(s.seconds)} (${(s.seconds > 0 ? (s.stored + s.duplicates + s.known + s.rejected) / s.seconds : 0).toFixed(1)} records/s, ${(s.seconds > 0 ? s.stored / s.seconds : 0).toFixed(1)} stored articles/s)`,
    `stored      ${n(s.stored)} article(s)${s.copies ? `, ${n(s.copies)} of them copies of an earlier article (syndication)` : ''}`,
    `duplicates  ${n(s.duplicates)} in this input, ${n(s.known)} already in the store`,
    `rejected    ${n(s.rejected)}${Object.keys(s.reasons).length ? ' (' + Object.entries(s.reasons).sort((a, b) => b[1] - a[1]).map(([r, c]) => `${r} ${n(c)}`).join(', ') + ')' : ''}${s.rejected && s.rejectsFile ? ` → ${s.rejectsFile}` : ''}`,
    `events      ${n(s.events)} extracted, ${n(s.stories)} new story event(s); ${n(s.storiesTotal)} story events in ${s.db}`,
  ];
  return lines.join('\n') + '\n';
}
