// Periods and lengths: quarters and halves, "the year", durations, recurrences, clock times.
import { fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, quarterOf, shiftYears, ymd } from './calendar.js';
import { MONTH, NUMBER, UNIT, WEEKDAY, durationValue, monthOf, numberValue, ORDINALS, unitCode, weekdayOf } from './lexicon.js';
import { lastQuarter, quarterValue } from './resolve.js';
import { A, ANY_UNIT } from './anchors.js';
import { type Rule, date, duration, rx } from './rule.js';

const NTH = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const nth = (s: string): number => ORDINALS[s.toLowerCase()] ?? parseInt(s, 10);

/** Year named around a quarter or half: "1988", "this year's", "of next year"; null when none. */
function yearNamed(text: string, refYear: number): number | null {
  const digits = /\b((?:19|20)\d\d)\b/.exec(text);
  if (digits) return +digits[1];
  const rel = /\b(this|last|next)\s+year/i.exec(text);
  if (!rel) return null;
  return refYear + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[rel[1].toLowerCase()];
}

const SET_UNIT: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P3M', morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE', spring: 'XXXX-SP', summer: 'XXXX-SU', fall: 'XXXX-FA', autumn: 'XXXX-FA', winter: 'XXXX-WI' };
const ADVERB_SET: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P3M' };

export const spanRules: Rule[] = [
  {
    // "the third quarter", "third-quarter", "the 1988 second quarter", "next year's first quarter", "Q3 2019"
    id: 'quarter.nth',
    need: A.QUARTER,
    re: rx(`\\b(?:(?:the|this\\s+year's|last\\s+year's|next\\s+year's|(?:fiscal\\s+)?(?:19|20)\\d\\d(?:'s)?)\\s+)*(?:fiscal\\s+)?${NTH}[- ](?:fiscal[- ])?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?:19|20)\\d\\d|this\\s+year|last\\s+year|next\\s+year))?\\b(?!s)`),
    apply(m, c) {
      const q = nth(m[1]);
      const y = yearNamed(m[0], ymd(c.ref).y);
      return { ...date(y !== null ? fmtQuarter(y, q) : quarterValue(c.ref, q, c.tense(m))), rule: 'quarter.nth' };
    },
  },
  {
    id: 'quarter.q',
    need: A.QUARTER,
    also: A.DIGIT,
    re: /\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/g,
    apply: (m, c) => date(m[2] ? `${m[2]}-Q${m[1]}` : quarterValue(c.ref, +m[1], c.tense(m))),
  },
  {
    // "the quarter", "the latest quarter", "this quarter", "the year-ago quarter", "last year's quarter"
    id: 'quarter.rel',
    need: A.QUARTER,
    re: rx(`\\b(?:(the|this|last\\s+year's)\\s+)?(latest|last|past|previous|prior|current|next|coming|same|corresponding|most\\s+recent|year-ago|year-earlier|latest\\s+fiscal)?\\s*(quarter|period)\\b(?!s|ly|-)(?:\\s+(?:of\\s+)?(last\\s+year|a\\s+year\\s+(?:ago|earlier)))?`),
    apply(m, c) {
      const det = (m[1] ?? '').toLowerCase();
      const adj = (m[2] ?? '').toLowerCase();
      const noun = m[3].toLowerCase();
      const back = !!m[4] || det.startsWith('last year') || /year-/.test(adj);
      if (back) return { ...date(shiftYears(lastQuarter(c.ref), -1)), anaphor: 'periodBack' };
      if (!det) return null;
      // "the period" alone is too vague; only the reported period ("the latest period") is meant.
      if (noun === 'period' && !/latest|recent/.test(adj)) return null;
      const { y, m: month } = ymd(c.ref);
      if (/^(?:next|coming)$/.test(adj)) return date(fmtQuarter(y, quarterOf(month) + 1));
      if (adj === 'current') return date(fmtQuarter(y, quarterOf(month)));
      if (/^(?:last|past|previous|prior)$/.test(adj)) return date(lastQuarter(c.ref));
      if (adj === 'same' || adj === 'corresponding') return null;
      return { ...date(lastQuarter(c.ref)), anaphor: 'period' };
    },
  },
  {
    id: 'half',
    need: A.HALF,
    re: rx(`\\b(?:the\\s+)?(first|second|1st|2nd)\\s+half\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d|this\\s+year|last\\s+year|next\\s+year|the\\s+year)\\b`),
    apply(m, c) {
      const y = yearNamed(m[2], ymd(c.ref).y) ?? ymd(c.ref).y;
      return date(`${fmtYear(y)}-H${nth(m[1])}`);
    },
  },
  {
    // "the year", "the fiscal year"; "the year ended March 31" is a twelve-month length
    id: 'the-year',
    need: A.YEAR,
    re: rx(`\\bthe\\s+(?:(?:full|whole|entire|fiscal|calendar|current|current\\s+fiscal)\\s+)?year\\b(?!\\s*(?:-|ago|earlier|before|later|after|'s|\\d|two\\s+thousand|or))`),
    apply(m, c) {
      if (/\b(?:person|man|woman|player|coach|album|song|car|team|story|book|word|rookie|time|most|rest)\s+of\s*$/i.test(c.before(m, 20))) return null;
      if (/^\s+(?:ended|ending|to|through)\b/.test(c.after(m))) return duration('P1Y');
      return date(fmtYear(ymd(c.ref).y));
    },
  },
  {
    // "three days", "the past two weeks", "more than four hours", "a couple of years", "2 1/2 years"
    id: 'duration',
    need: ANY_UNIT,
    also: A.DIGIT | A.NUMBER_WORD,
    re: rx(`\\b(?:(?:about|around|approximately|roughly|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|over|under|up\\s+to|at\\s+least|at\\s+most|only|just|barely|another|an\\s+additional|an\\s+extra|a\\s+further)\\s+)?(?:(?:the|its|their|his|her)\\s+)?(?:(?:past|last|next|first|final|coming|previous|following|ensuing|initial|remaining|full|entire|whole|latest)\\s+)?(${NUMBER})\\s+(?:(?:more|additional|full|straight|consecutive|long|successive|further)\\s+)?(${UNIT})\\b(?!-)(\\s+and\\s+a\\s+half\\b)?`),
    apply(m, c) {
      const n = numberValue(m[1]) + (m[3] ? 0.5 : 0);
      const unit = m[2].toLowerCase();
      // "the 1988 quarter" names a year; "60 Minutes" a programme; "52 years old" an age, not a time.
      if (/^(?:19|20)\d\d$/.test(m[1]) || /^[A-Z]/.test(m[2]) || /^\s+old\b/.test(c.after(m))) return null;
      const article = /^an?$/i.test(m[1].trim());
      // "a second term", "a quarter of voters", "three quarters of the vote": ordinals and fractions.
      if (article && /^(?:second|quarter)/.test(unit)) return null;
      if (/^quarter/.test(unit) && /^\s+of\s+(?:the|its|their|his|her|all|a|an)\b/.test(c.after(m))) return null;
      if (/^\s+(?:ago|earlier|before|later|after|from\s+now)\b/.test(c.after(m)) && article && unit === 'year') return null;
      if (/^some$/i.test(m[1]) && !/s$/.test(unit)) return null;
      // "$500 a year", "four flights a week": a rate, so a recurrence.
      if (article && /^(?:day|week|month|year)$/.test(unit) && m[0].trim().length === m[1].length + 1 + m[2].length
        && /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen|times|once|twice))\S*\s+(?:[a-z]+\s+){0,2}$/i.test(c.before(m, 40))
        && !/\b(?:for|in|within|over|after|than|about|nearly|almost|only|just|of|about|than|and|or)\s+$/i.test(c.before(m, 12))) {
        return { value: SET_UNIT[unit], type: 'SET', rule: 'set.rate' };
      }
      return duration(durationValue(n, unit));
    },
  },
  {
    // "two-year", "52-week", "8-month-old", "10-day"
    id: 'duration.adj',
    need: ANY_UNIT,
    also: A.DIGIT | A.NUMBER_WORD,
    re: rx(`\\b(\\d+(?:\\.\\d+)?|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))-(${UNIT})(-old|-long)?\\b`),
    apply(m) {
      // Ages ("a 6-year-old boy") and fractions ("three-quarters") are not times.
      if (/old/i.test(m[3] ?? '') || /^quarters$/i.test(m[2])) return null;
      const n = numberValue(m[1].replace(/-/g, ' '));
      return Number.isNaN(n) || n === 0 ? null : duration(durationValue(n, m[2]));
    },
  },
  {
    // "for weeks", "within months", "in years": an unstated number of units
    id: 'duration.vague',
    need: ANY_UNIT,
    re: rx(`\\b(?:for|within|in|over|after)\\s+(?:the\\s+)?(days|weeks|months|years|decades|centuries)\\b(?!\\s+(?:ago|of\\s+(?:the|his|her|their|its)))`),
    apply(m) {
      const unit = m[1].toLowerCase();
      const value = ({ days: 'PXD', weeks: 'PXW', months: 'PXM', years: 'PXY', decades: 'PXDE', centuries: 'PXC' } as Record<string, string>)[unit];
      const start = m.index + m[0].length - m[1].length - (/\bthe\s+\w+$/i.test(m[0]) ? m[0].match(/the\s+\w+$/i)![0].length - m[1].length : 0);
      return { ...duration(value), start };
    },
  },
  {
    // "year-end", "by the end of the month": the end of the current period
    id: 'period.end',
    need: A.YEAR | A.MONTH_WORD | A.WEEK,
    re: rx(`\\b(?:(?:around|by|at|until|since)\\s+)?(?:the\\s+)?(?:year[- ]end|year's\\s+end|(?:end|close)\\s+of\\s+the\\s+(year|month|week))\\b`),
    apply(m, c) {
      const { y, m: month } = ymd(c.ref);
      const since = /^since/i.test(m[0]);
      const start = m.index + (m[0].match(/^(?:(?:around|by|at|until|since)\s+)/i)?.[0].length ?? 0);
      if (m[1]?.toLowerCase() === 'month') return { ...date(fmtMonth(y, month)), start };
      if (m[1]?.toLowerCase() === 'week') return { ...date(fmtWeek(c.ref)), start };
      return { ...date(fmtYear(since ? y - 1 : y)), start };
    },
  },
  {
    id: 'set.every',
    need: A.SET,
    re: rx(`\\b(?:every|each)\\s+(?:other\\s+|single\\s+)?(day|week|month|year|quarter|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|${WEEKDAY}|${MONTH})\\b`),
    apply(m) {
      const w = m[1].toLowerCase();
      const other = /other/i.test(m[0]);
      if (weekdayOf(w)) return { value: `XXXX-WXX-${weekdayOf(w)}`, type: 'SET' };
      if (!SET_UNIT[w] && monthOf(w)) return { value: `XXXX-${String(monthOf(w)).padStart(2, '0')}`, type: 'SET' };
      const v = SET_UNIT[w];
      return v ? { value: other ? v.replace('P1', 'P2') : v, type: 'SET' } : null;
    },
  },
  {
    id: 'set.adverb',
    need: A.SET,
    re: rx(`\\b(?:(?:once|twice|(?:${NUMBER})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT})|(daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)|per\\s+(day|week|month|year|hour))\\b`),
    apply(m, c) {
      // "the Communist Party daily Granma" is a newspaper.
      if (m[2] && /^\s+[A-Z]/.test(c.after(m))) return null;
      if (m[2]) return { value: ADVERB_SET[m[2].toLowerCase()], type: 'SET' };
      const unit = (m[1] ?? m[3]).toLowerCase().replace(/s$/, '');
      const u = unitCode(unit);
      return { value: `P${u.time ? 'T' : ''}${u.factor}${u.letter}`, type: 'SET' };
    },
  },
  {
    // "10 p.m.", "around 7:15 p.m. EST", "14:00 GMT", "noon"; the date comes from a neighbouring day, else the reference day
    id: 'clock',
    need: A.DIGIT | A.CLOCK,
    re: rx(`\\b(?:(?:about|around|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.?m\\b\\.?|p\\.?m\\b\\.?|o'clock)|(\\d{1,2}):(\\d\\d)(?!\\d|:\\d)|(noon|midday|midnight))(?:\\s+(?:local\\s+time|[ECMP][SD]T|GMT|UTC))?`),
    apply(m, c) {
      let h: number;
      let min = 0;
      if (m[6]) h = /midnight/i.test(m[6]) ? 0 : 12;
      else {
        h = +(m[1] ?? m[4]);
        min = +(m[2] ?? m[5] ?? 0);
        const ampm = (m[3] ?? '').toLowerCase();
        if (ampm.startsWith('p') && h < 12) h += 12;
        if (ampm.startsWith('a') && h === 12) h = 0;
        // Bare "3:1", "24:7" or a video's "04:19" are not clock times without "at" or a time zone.
        if (!ampm && !/\s+\S/.test(m[0].slice(m[0].indexOf(m[4]))) && !/\b(?:at|by|until|from|before|after|around|about|since)\s*$/i.test(c.before(m, 10))) return null;
      }
      if (h > 23 || min > 59) return null;
      const hhmm = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
      return { value: `${fmtDay(c.ref)}T${hhmm}`, type: 'TIME' };
    },
  },
];
