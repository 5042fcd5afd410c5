// Anchoring underspecified dates ("Monday", "March 3", "the third quarter") to the reference date.
import { dayNumber, fmtMonth, fmtQuarter, fmtYear, isoWeek, isoWeekday, quarterOf, weekMonday, ymd } from './calendar.js';
import type { Tense } from './context.js';

/**
 * A bare weekday in news is the most recent such day (the story reports what happened); a future
 * clause takes the next one. Either way the reference day itself counts.
 */
export function weekdayDay(ref: number, weekday: number, tense: Tense | null, mod: string | undefined): number {
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7;
  const fwd = (weekday - today + 7) % 7;
  switch (mod) {
    case 'last':
    case 'past':
      return ref - (back || 7);
    case 'next': {
      // "next Tuesday" is the Tuesday of the following week, not merely the coming one.
      const { year, week } = isoWeek(ref);
      return weekMonday(year, week) + 7 + weekday - 1;
    }
    case 'coming':
    case 'this':
      return tense === 'past' ? ref - back : ref + fwd;
    default:
      return tense === 'future' ? ref + fwd : ref - back;
  }
}

/** Year for a month (and day) without one: forwards for a future clause, backwards for a past one, else the nearer. */
export function yearFor(ref: number, month: number, day: number | null, tense: Tense | null): number {
  const { y, m, d } = ymd(ref);
  if (day === null) {
    if (tense === 'future') return month >= m ? y : y + 1;
    if (tense === 'past') return month <= m ? y : y - 1;
    // Without a cue the story is most likely looking back, unless the month is only just ahead.
    const ahead = (month - m + 12) % 12;
    return ahead > 0 && ahead <= 2 ? (month >= m ? y : y + 1) : month <= m ? y : y - 1;
  }
  const cands = [y - 1, y, y + 1].map((yy) => ({ yy, day: dayNumber(yy, month, day) }));
  if (tense === 'future') return cands.find((c) => c.day >= ref)!.yy;
  if (tense === 'past') return [...cands].reverse().find((c) => c.day <= ref)!.yy;
  let best = cands[0];
  for (const c of cands) if (Math.abs(c.day - ref) < Math.abs(best.day - ref)) best = c;
  void d;
  return best.yy;
}

export function monthValue(ref: number, month: number, tense: Tense | null, mod?: string): string {
  const { y, m } = ymd(ref);
  if (mod === 'last') return fmtMonth(month < m ? y : y - 1, month);
  if (mod === 'next') return fmtMonth(month > m ? y : y + 1, month);
  if (mod === 'this') return fmtMonth(y, month);
  return fmtMonth(yearFor(ref, month, null, tense), month);
}

/** "the third quarter": the latest such quarter that has begun, or the next one in a future clause. */
export function quarterValue(ref: number, q: number, tense: Tense | null): string {
  const { y, m } = ymd(ref);
  const cur = quarterOf(m);
  if (tense === 'future' && q < cur) return fmtQuarter(y + 1, q);
  return fmtQuarter(q <= cur ? y : y - 1, q);
}

/** The last quarter that has ended by the reference date: what "the quarter" means in an earnings report. */
export function lastQuarter(ref: number): string {
  const { y, m } = ymd(ref);
  return fmtQuarter(y, quarterOf(m) - 1);
}

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Season value; a winter belongs to the year it starts in. */
export function seasonValue(ref: number, season: string, mod: string | undefined, tense: Tense | null): string {
  const { y, m } = ymd(ref);
  const start = SEASON_MONTH[season];
  // Months since the season last began (Dec–Feb winter spans the new year).
  const since = (m - start + 12) % 12;
  const began = since < 3 ? 'now' : 'past';
  const lastStartYear = m >= start ? y : y - 1;
  const value = (yy: number) => `${fmtYear(yy)}-${season}`;
  if (mod === 'last') return value(began === 'now' ? lastStartYear - 1 : lastStartYear);
  if (mod === 'next') return value(lastStartYear + 1);
  if (mod === 'this') return value(began === 'now' ? lastStartYear : y);
  if (began === 'now') return value(lastStartYear);
  return tense === 'future' ? value(lastStartYear + 1) : value(lastStartYear);
}
