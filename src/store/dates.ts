// Calendar helpers for the store: an event date's day interval, day arithmetic, ISO weeks.

const DAY = 86_400_000;

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(d: string): number {
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
}

export function addDays(d: string, n: number): string {
  return toDay(dayMs(d) + n * DAY);
}

/** Monday of ISO week `week` of ISO year `year`. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * DAY + (week - 1) * 7 * DAY;
}

/** ISO week label of a day: 2022-03-05 → 2022-W09. */
export function isoWeek(d: string): string {
  const t = dayMs(d);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  const thursday = t - dow * DAY + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export type Precision = 'day' | 'week' | 'month' | 'year';

/** The days [lo, hi] an event date covers; unparseable values fall back to the publication day. */
export function interval(value: string, precision: string, fallback: string): { lo: string; hi: string; precision: Precision } {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(value))) return { lo: m[1], hi: m[1], precision: 'day' };
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const s = isoWeekStart(+m[1], +m[2]);
    return { lo: toDay(s), hi: toDay(s + 6 * DAY), precision: 'week' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1];
    const mo = +m[2];
    return { lo: toDay(Date.UTC(y, mo - 1, 1)), hi: toDay(Date.UTC(y, mo, 0)), precision: 'month' };
  }
  if ((m = /^(\d{4})/.exec(value))) return { lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31`, precision: 'year' };
  void precision;
  return { lo: fallback, hi: fallback, precision: 'day' };
}

export const PRECISION_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };
