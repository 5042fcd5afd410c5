// attache timeline A B: how a relationship moved, period by period, both directions.
import { UsageError } from '../errors.js';
import { isValidDate } from '../extract.js';
import { openStore } from '../store/store.js';
import { timeline, type Bin, type Timeline } from '../store/timeline.js';
import { csvLine } from '../store/export.js';
import { parseCommand, type CmdIo } from './query.js';

export function timelineTable(t: Timeline): string {
  const head = (x: string) => `${x.padStart(7)} ${'vcoop'.padStart(5)} ${'mcoop'.padStart(5)} ${'vconf'.padStart(5)} ${'mconf'.padStart(5)} ${'gold'.padStart(7)} ${'mean'.padStart(6)}`;
  const cell = (d: Timeline['periods'][number]['ab']) =>
    `${String(d.events).padStart(7)} ${d.quad.map((q) => String(q).padStart(5)).join(' ')} ${d.goldsteinSum.toFixed(1).padStart(7)} ${(d.goldsteinMean === null ? '—' : d.goldsteinMean.toFixed(2)).padStart(6)}`;
  const lines = [`${''.padEnd(10)} ${`${t.a} → ${t.b}`.padEnd(44)} │ ${t.b} → ${t.a}`, `${'period'.padEnd(10)} ${head('events')} │ ${head('events')}`];
  for (const p of t.periods) lines.push(`${p.period.padEnd(10)} ${cell(p.ab)} │ ${cell(p.ba)}`);
  if (!t.periods.length) lines.push(`(no story events between ${t.a} and ${t.b})`);
  if (t.coarser) lines.push(`(${t.coarser} story event(s) dated less precisely than a ${t.by} left out)`);
  return lines.join('\n') + '\n';
}

export async function runTimeline(argv: string[], io: CmdIo): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, { db: { type: 'string' }, by: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } });
  if (positionals.length !== 2) throw new UsageError('timeline needs two actor codes: attache timeline USA CHN [--by day|week|month|year]');
  const format = (v.format as string | undefined) ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) throw new UsageError(`--format must be table, json or csv, not "${format}"`);
  for (const k of ['from', 'to'] as const) if (typeof v[k] === 'string' && !isValidDate(v[k] as string)) throw new UsageError(`--${k} "${v[k]}" is not a valid YYYY-MM-DD date`);
  const store = openStore((v.db as string | undefined) ?? 'attache.db', { readonly: true });
  try {
    const t = timeline(store, positionals[0], positionals[1], { by: ((v.by as string | undefined) ?? 'month') as Bin, from: v.from as string | undefined, to: v.to as string | undefined });
    if (format === 'json') io.out(JSON.stringify(t) + '\n');
    else if (format === 'csv') {
      io.out(csvLine(['period', 'direction', 'events', 'mentions', 'quad1', 'quad2', 'quad3', 'quad4', 'goldstein_sum', 'goldstein_mean']));
      for (const p of t.periods)
        for (const [dir, d] of [[`${t.a}>${t.b}`, p.ab], [`${t.b}>${t.a}`, p.ba]] as const)
          io.out(csvLine([p.period, dir, d.events, d.mentions, ...d.quad, d.goldsteinSum, d.goldsteinMean]));
    } else io.out(timelineTable(t));
  } finally {
    store.close();
  }
  return 0;
}
