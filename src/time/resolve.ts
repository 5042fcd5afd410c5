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

/**
 * How far from the reference date a tense cue may pull a date without a year. News looks back
 * further than it looks ahead: "signed on Dec. 12" is last December well into the next autumn.
 */
const FUTURE_REACH_MONTHS = 6;
const PAST_REACH_DAYS = 300;
const FUTURE_REACH_DAYS = 183;

/**
 * Year for a month (and day) written without one: the occurrence on the side the clause's tense
 * points to, if it is within reach; otherwise the nearer one. A month only one or two ahead is
 * the coming one; a past clause takes any month back ("in March", said in November).
 */
export function yearFor(ref: number, month: number, day: number | null, tense: Tense | null): number {
  const { y, m } = ymd(ref);
  if (day === null) {
    const ahead = (month - m + 12) % 12;
    const back = (m - month + 12) % 12;
    const backYear = month <= m ? y : y - 1;
    const aheadYear = month >= m ? y : y + 1;
    // "said it would close the deal in January", written in November.
    if (ahead > 0 && ahead <= 2) return aheadYear;
    if (tense === 'future') return ahead <= FUTURE_REACH_MONTHS ? aheadYear : backYear;
    if (tense === 'past') return backYear;
    return ahead < back ? aheadYear : backYear;
  }
  const cands = [y - 1, y, y + 1].map((yy) => ({ yy, day: dayNumber(yy, month, day) }));
  const before = [...cands].reverse().find((c) => c.day <= ref)!;
  const after = cands.find((c) => c.day >= ref)!;
  if (tense === 'future' && after.day - ref <= FUTURE_REACH_DAYS) return after.yy;
  if (tense === 'past' && ref - before.day <= PAST_REACH_DAYS) return before.yy;
  return after.day - ref < ref - before.day ? after.yy : before.yy;
}

export function monthValue(ref: number, month: number, tense: Tense | null, mod?: string): string {
  const { y, m } = ymd(ref);
  if (mod === 'last') return fmtMonth(month < m ? y : y - 1, month);
  if (mod === 'next') return fmtMonth(month > m ? y : y + 1, month);
  if (mod === 'this') return fmtMonth(y, month);
  return fmtMonth(yearFor(ref, month, null, tense), month);
}

/** "the third quarter": the latest such quarter that has begun, or next year's in a clearly future clause. */
export function quarterValue(ref: number, q: number, tense: Tense | null): string {
  const { y, m } = ymd(ref);
  const cur = quarterOf(m);
  // Results for a quarter come out in the next one, so only a quarter two or more back can be next year's.
  if (tense === 'future' && q < cur - 1) return fmtQuarter(y + 1, q);
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
  if (tense) return value(tense === 'future' ? lastStartYear + 1 : lastStartYear);
  // No tense to go by: the nearer of the last one and the next one.
  return value(since <= 6 ? lastStartYear : lastStartYear + 1);
}
