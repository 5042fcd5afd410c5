// How a relationship moved: per period, story events by quad class and Goldstein sum and mean, in
// both directions of a dyad.
import { principal } from '../actors/codes.js';
import { UsageError } from '../errors.js';
import type { Store } from './store.js';
import { isoWeek, PRECISION_RANK } from './dates.js';

export type Bin = 'day' | 'week' | 'month' | 'year';

export interface Direction {
  /** story events (merged across articles) */
  events: number;
  /** reports of them (GDELT NumMentions summed) */
  mentions: number;
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number | null;
}

export interface TimelinePeriod {
  period: string;
  /** a → b and b → a */
  ab: Direction;
  ba: Direction;
}

export interface Timeline {
  a: string;
  b: string;
  by: Bin;
  periods: TimelinePeriod[];
  /** story events dated less precisely than the period (a year-dated event in a monthly timeline): left out */
  coarser: number;
}

function empty(): Direction {
  return { events: 0, mentions: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null };
}

export function periodOf(day: string, by: Bin): string {
  if (by === 'day') return day;
  if (by === 'week') return isoWeek(day);
  if (by === 'month') return day.slice(0, 7);
  return day.slice(0, 4);
}

type DyadRow = [string, string, string, number | null, number | null, number];

/**
 * A dyad's stories in both directions, kept per store until it changes (another connection's commit or
 * this one's own write): a timeline asked again with other dates or bins (the dashboard's sliders)
 * costs a filter and a loop, not a query.
 */
const dyadCache = new WeakMap<Store['db'], { version: string; rows: Map<string, DyadRow[]> }>();
const DYADS_KEPT = 64;

function dyadRows(store: Store, pa: string, pb: string): DyadRow[] {
  // data_version sees other connections' commits, total_changes() this connection's own writes.
  const version = `${store.db.pragma('data_version', { simple: true })}:${store.db.prepare('SELECT total_changes()').pluck().get()}`;
  let c = dyadCache.get(store.db);
  if (!c || c.version !== version) dyadCache.set(store.db, (c = { version, rows: new Map() }));
  const key = `${pa}|${pb}`;
  let rows = c.rows.get(key);
  if (!rows) {
    rows = store.db
      .prepare(`SELECT src, lo, precision, quad, goldstein, num_mentions FROM stories WHERE (src = ? AND tgt = ?) OR (src = ? AND tgt = ?)`)
      .raw()
      .all(pa, pb, pb, pa) as DyadRow[];
    if (c.rows.size >= DYADS_KEPT) c.rows.delete(c.rows.keys().next().value!);
    c.rows.set(key, rows);
  }
  return rows;
}

/** The dyad's timeline over the whole store (or between `from` and `to`). */
export function timeline(store: Store, a: string, b: string, opts: { by?: Bin; from?: string; to?: string } = {}): Timeline {
  const by = opts.by ?? 'month';
  if (!['day', 'week', 'month', 'year'].includes(by)) throw new UsageError(`--by must be day, week, month or year, not "${by}"`);
  const pa = principal(a.toUpperCase());
  const pb = principal(b.toUpperCase());
  if (!pa || !pb || !/^[A-Z0-9]{3,6}$/.test(pa) || !/^[A-Z0-9]{3,6}$/.test(pb)) throw new UsageError('timeline needs two actor codes, e.g. attache timeline USA CHN');
  const rows = dyadRows(store, pa, pb).filter(([, lo]) => (!opts.from || lo >= opts.from) && (!opts.to || lo <= opts.to));
  const periods = new Map<string, TimelinePeriod>();
  const scored = new Map<Direction, number>();
  let coarser = 0;
  const maxRank = PRECISION_RANK[by];
  for (const [src, lo, precision, quad, goldstein, mentions] of rows) {
    if (PRECISION_RANK[precision] > maxRank) {
      coarser++;
      continue;
    }
    const key = periodOf(lo, by);
    let p = periods.get(key);
    if (!p) periods.set(key, (p = { period: key, ab: empty(), ba: empty() }));
    const d = src === pa ? p.ab : p.ba;
    d.events++;
    d.mentions += mentions;
    if (quad && quad >= 1 && quad <= 4) d.quad[quad - 1]++;
    if (goldstein !== null) {
      d.goldsteinSum += goldstein;
      scored.set(d, (scored.get(d) ?? 0) + 1);
    }
  }
  const out = [...periods.values()].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
  for (const p of out) {
    for (const d of [p.ab, p.ba]) {
      const k = scored.get(d) ?? 0;
      d.goldsteinMean = k ? Math.round((d.goldsteinSum / k) * 100) / 100 : null;
      d.goldsteinSum = Math.round(d.goldsteinSum * 10) / 10;
    }
  }
  return { a: pa, b: pb, by, periods: out, coarser };
}
