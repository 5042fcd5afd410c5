// Calendar arithmetic on plain UTC day numbers: no time zones, no Date objects leaking out.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date (month 1–12; day may overflow, Date.UTC normalises it). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function parseDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`bad date: ${iso}`);
  return dayNumber(+m[1], +m[2], +m[3]);
}

export function ymd(day: number): { y: number; m: number; d: number } {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function fmtMonth(y: number, m: number): string {
  // Month arithmetic may overflow in either direction; fold it back into the year.
  const i = y * 12 + (m - 1);
  return `${fmtYear(Math.floor(i / 12))}-${pad((i % 12 + 12) % 12 + 1)}`;
}

export function fmtDay(day: number): string {
  const { y, m, d } = ymd(day);
  return `${fmtYear(y)}-${pad(m)}-${pad(d)}`;
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return ((day + 3) % 7 + 7) % 7 + 1;
}

/** ISO week: the week belongs to the year that holds its Thursday. */
export function isoWeek(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = ymd(thursday).y;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

export function fmtWeek(day: number): string {
  const { year, week } = isoWeek(day);
  return `${fmtYear(year)}-W${pad(week)}`;
}

/** The Monday of ISO week `week` of `year`. */
export function weekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
}

/** The month (YYYY-MM) holding the Thursday of an ISO week ("2022-W09" → "2022-03"). */
export function weekToMonth(value: string): string {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) throw new Error(`not an ISO week: ${value}`);
  const { y, m: month } = ymd(weekMonday(+m[1], +m[2]) + 3);
  return fmtMonth(y, month);
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function fmtQuarter(y: number, q: number): string {
  const i = y * 4 + (q - 1);
  return `${fmtYear(Math.floor(i / 4))}-Q${(i % 4 + 4) % 4 + 1}`;
}

/** Shift a calendar value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Wnn, YYYY-SU…) by whole years. */
export function shiftYears(value: string, years: number): string {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return value;
  const rest = m[2];
  const y = +m[1] + years;
  // Feb 29 has no twin in most years; fall back to the month.
  if (/^-02-29/.test(rest)) return fmtMonth(y, 2);
  return fmtYear(y) + rest;
}

/** Nth weekday (1 = Monday) of a month; n = 4 gives Thanksgiving for Thursday in November. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): number {
  const first = dayNumber(y, m, 1);
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}
