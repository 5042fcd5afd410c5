// Deictic expressions: weekdays, today/yesterday, this/last/next week…, "two years ago", seasons, holidays.
import { dayNumber, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday, nthWeekday, ymd } from './calendar.js';
import { NUMBER, PARTS_OF_DAY, SEASONS, UNIT, WEEKDAY, numberValue, unitCode, weekdayOf } from './lexicon.js';
import { seasonValue, weekdayDay, yearFor } from './resolve.js';
import { A, ANY_UNIT } from './anchors.js';
import { type Result, type Rule, capitalised, date, duration, inName, rx } from './rule.js';

const POD = '(morning|afternoon|evening|night)';

/** A day, with a part of the day when one is given ("Friday evening" → 2022-03-04TEV). */
function dayResult(day: number, pod: string | undefined): Result {
  return pod ? { value: `${fmtDay(day)}T${PARTS_OF_DAY[pod.toLowerCase()]}`, type: 'TIME' } : date(fmtDay(day));
}

// Weekday names inside titles and names of events, not dates.
const NAME_BEFORE = /^(?:good|black|bloody|super|ash|holy|palm|easter|cyber|maundy|shrove|giving)$/;
const NAME_AFTER = /^\s+(?:prayers?|sermons?|services?|mass|school|Night\s+Live|Times|Telegraph|Mirror|Express|Herald|Post|Mail|Tribune|Independent|Star|Sport|People|Business|Today|Morning|Politics|Club|Show)\b/;

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'Christmas': [12, 25], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], "New Year's": [1, 1], "New Year's Day": [1, 1],
  "New Year's Eve": [12, 31], 'Independence Day': [7, 4], 'Halloween': [10, 31], "Valentine's Day": [2, 14],
};

/** Calendar value of `ref` shifted by n units, at the unit's own granularity. */
function shifted(ref: number, n: number, unit: string): string {
  const { y, m } = ymd(ref);
  switch (unitCode(unit).letter + (unitCode(unit).time ? 'T' : '')) {
    case 'D': return fmtDay(ref + n);
    case 'W': return fmtWeek(ref + 7 * n * unitCode(unit).factor);
    case 'M': return unitCode(unit).factor === 3 ? fmtMonth(y, m + 3 * n) : fmtMonth(y, m + n);
    case 'Y': return fmtYear(y + n * unitCode(unit).factor);
    default: return fmtDay(ref);
  }
}

export const relativeRules: Rule[] = [
  {
    id: 'weekday',
    need: A.WEEKDAY,
    re: rx(`\\b(?:(early|late|earlier|later)\\s+(?:on\\s+)?)?(?:(last|next|this|coming|past)\\s+)?(${WEEKDAY})(s)?(?:\\s+${POD}s?)?\\b`),
    apply(m, c) {
      const [, , mod, name, plural, pod] = m;
      // "on a Sunday" is any Sunday.
      if (!capitalised(name) || NAME_BEFORE.test(c.prevWord(m)) || (!mod && /\bon\s+a\s+$/i.test(c.before(m, 6)))) return null;
      if (!pod && NAME_AFTER.test(c.after(m))) return null;
      const wd = weekdayOf(name);
      if (plural) {
        const part = pod ? `T${PARTS_OF_DAY[pod.toLowerCase()]}` : '';
        return { value: `XXXX-WXX-${wd}${part}`, type: 'SET', rule: 'weekday.set' };
      }
      // "Friday's jobs report" has happened unless a word right before says otherwise ("ahead of").
      const possessive = /^['’]s\b/.test(c.after(m, 3));
      const tense = c.tense(m, possessive ? 2 : undefined);
      const day = weekdayDay(c.ref, wd, tense, mod?.toLowerCase());
      const how = mod ? mod.toLowerCase() : day === c.ref ? 'today' : day > c.ref ? 'future' : 'past';
      return { ...dayResult(day, pod), rule: `weekday.${how}` };
    },
  },
  {
    id: 'day.deictic',
    need: A.DEICTIC,
    re: rx(`\\b(?:(early|late|earlier|later)\\s+)?(?:the\\s+day\\s+(before|after)\\s+)?(today|yesterday|tomorrow|tonight)(?:\\s+${POD})?\\b`),
    apply(m, c) {
      const word = m[3].toLowerCase();
      if (/^usa$/i.test(c.prevWord(m)) || (capitalised(m[3]) && !c.atStart(m) && /^\s+[A-Z]/.test(c.after(m)))) return null;
      let day = c.ref + (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
      if (m[2]) day += m[2].toLowerCase() === 'before' ? -1 : 1;
      return dayResult(day, word === 'tonight' ? 'night' : m[4]);
    },
  },
  {
    id: 'pod.deictic',
    need: A.PART_OF_DAY,
    re: rx(`\\b(this|last)\\s+${POD}\\b`),
    apply(m, c) {
      const last = m[1].toLowerCase() === 'last';
      // "last night" is the night before; "last morning" is not said.
      if (last && m[2].toLowerCase() !== 'night') return null;
      return dayResult(c.ref - (last ? 1 : 0), m[2]);
    },
  },
  {
    // "this week", "last month", "earlier this year", "the end of next week", "the past week" (a duration)
    id: 'unit.deictic',
    need: A.YEAR | A.MONTH_WORD | A.WEEK | A.DECADE,
    re: rx(`\\b(?:(?:early|late|earlier|later|so\\s+far)\\s+|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+)?(this|last|next|the\\s+(?:current|past|previous|prior|coming|next|last|following|same)|that)\\s+(week|month|year|decade|century|fiscal\\s+year)(?!\\s*(?:-|ago|earlier))\\b`),
    apply(m, c) {
      const det = m[1].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[2].toLowerCase().replace(/fiscal\s+/, '');
      // "ABC's This Week" is a programme.
      if (/^[A-Z]/.test(m[2]) && !c.atStart(m)) return null;
      const { y } = ymd(c.ref);
      if (/past|coming|^the next|^the last/.test(det)) {
        // "the past week": TimeML reads the span ending (or starting) now as a duration.
        return { ...duration(`P${unit === 'decade' ? '10Y' : unit === 'century' ? '100Y' : `1${unit[0].toUpperCase()}`}`), rule: 'unit.span' };
      }
      if (det === 'the following' || det === 'the previous' || det === 'the prior' || det === 'that' || det === 'the same') {
        if (unit !== 'year') return null;
        const anaphor = det === 'the following' ? 'yearNext' : det === 'that' || det === 'the same' ? 'yearSame' : 'yearPrev';
        return { ...date(fmtYear(y + (anaphor === 'yearNext' ? 1 : anaphor === 'yearPrev' ? -1 : 0))), anaphor };
      }
      const n = det === 'last' ? -1 : det === 'next' ? 1 : 0;
      if (unit === 'decade') return date(String(Math.floor(y / 10) + n));
      if (unit === 'century') return date(String(Math.floor(y / 100) + n).padStart(2, '0'));
      return { ...date(shifted(c.ref, n, unit)), rule: `unit.${det.replace('the ', '')}` };
    },
  },
  {
    id: 'weekend',
    need: A.WEEKEND,
    re: rx(`\\b(the|this|last|next|that|the\\s+past|the\\s+coming)\\s+weekend\\b`),
    apply(m, c) {
      const det = m[1].toLowerCase();
      const wd = isoWeekday(c.ref);
      // The weekend now under way, else the one just gone (or the coming one in a future clause).
      let monday = c.ref - wd + 1;
      const inWeekend = wd >= 6;
      if (det.includes('last') || det.includes('past')) monday -= 7;
      else if (det.includes('next') || det.includes('coming')) monday += inWeekend ? 7 : 0;
      else if (!inWeekend && det !== 'this' && c.tense(m) !== 'future') monday -= 7;
      return date(`${fmtWeek(monday)}-WE`);
    },
  },
  {
    // "two days ago", "a year earlier", "three weeks from now", "months ago"
    id: 'ago',
    need: ANY_UNIT,
    also: A.AGO,
    re: rx(`\\b(?:(?:about|around|nearly|almost|some|roughly|more\\s+than|less\\s+than|over|just|only|barely)\\s+)?(?:(${NUMBER})\\s+)?(${UNIT})\\s+(?:or\\s+(?:so|more)\\s+)?(ago|earlier|before|later|after|from\\s+now|hence)\\b`),
    apply(m, c) {
      // "months ago": plural without a count is vague; a singular needs its count ("a year ago").
      if (!m[1] && !/s$/i.test(m[2])) return null;
      const n = m[1] ? numberValue(m[1]) : NaN;
      const unit = m[2].toLowerCase();
      const dir = m[3].toLowerCase();
      const back = dir === 'ago' || dir === 'earlier' || dir === 'before';
      if (dir === 'ago' || /now|hence/.test(dir)) {
        if (Number.isNaN(n)) return { ...date(back ? 'PAST_REF' : 'FUTURE_REF'), rule: 'ago.vague' };
        // "up from $10 million a year ago": in a comparison, the same period of last year.
        if (n === 1 && unit === 'year' && back) return { ...date(fmtYear(ymd(c.ref).y - 1)), anaphor: 'yearBack', rule: 'ago.anaphoric' };
        return { ...date(shifted(c.ref, back ? -n : n, unit)), rule: dir === 'ago' ? 'ago' : 'from-now' };
      }
      // "a year earlier" compares with the period in focus; other spans counted from a past event are lengths.
      if (n === 1 && /^year$/.test(unit)) return { ...date(fmtYear(ymd(c.ref).y + (back ? -1 : 1))), anaphor: back ? 'yearBack' : 'yearNext', rule: 'ago.anaphoric' };
      return null;
    },
  },
  {
    id: 'year-ago.adj',
    need: A.YEAR,
    also: A.AGO,
    re: rx(`\\b(?:(the)\\s+)?year[- ](?:ago|earlier)(?:\\s+(quarter|period))?\\b`),
    apply(m, c) {
      if (!m[1] && !m[2] && !/-/.test(m[0])) return null;
      const value = fmtYear(ymd(c.ref).y - 1);
      return { ...date(value), anaphor: m[2] ? 'periodBack' : 'yearBack' };
    },
  },
  {
    id: 'ref.present',
    need: A.PRESENT | A.DAY,
    re: rx(`\\b(?:(?:right\\s+)?now|currently|current|at\\s+present|at\\s+the\\s+moment|these\\s+days|nowadays|the\\s+present)\\b(?!-day|\\s+account)`),
    apply(m, c) {
      return inName(m, c) ? null : date('PRESENT_REF');
    },
  },
  {
    id: 'ref.past',
    need: A.PAST,
    re: rx(`\\b(?:(?:more|most|until|only|very)\\s+)?(?:recently|lately|previously|formerly|(?:in\\s+)?the\\s+past|recent)\\b(?!\\s+(?:${NUMBER}\\s+)?(?:${UNIT}))`),
    apply: (m, c) => (inName(m, c) ? null : date('PAST_REF')),
  },
  {
    id: 'ref.future',
    need: A.FUTURE,
    re: rx(`\\b(?:soon|(?:in\\s+)?the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short)\\s+term|(?:the\\s+)?coming\\s+(?:days|weeks|months|quarters|years|decades)|the\\s+(?:days|weeks|months|years)\\s+ahead)\\b`),
    apply(m, c) {
      if (inName(m, c)) return null;
      // "as soon as" is a conjunction, not a time.
      if (/^soon$/i.test(m[0]) && (/^as$/.test(c.prevWord(m)) || /^\s+(?:after|before|afterwards)\b/.test(c.after(m)))) return null;
      return date('FUTURE_REF');
    },
  },
  {
    id: 'recent.span',
    need: A.PAST,
    re: rx(`\\b(?:in\\s+)?(?:recent|past)\\s+(days|weeks|months|quarters|years|decades)\\b`),
    apply: (m) => duration(({ days: 'PXD', weeks: 'PXW', months: 'PXM', quarters: 'PXM', years: 'PXY' } as Record<string, string>)[m[1].toLowerCase()] ?? 'PXDE'),
  },
  {
    id: 'season',
    need: A.SEASON,
    re: rx(`\\b(?:(this|last|next|past|coming|early|late|mid|in|the|that)[- ]\\s*)?(?:(this|last|next|past|coming)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?\\b`),
    apply(m, c) {
      const season = SEASONS[m[3].toLowerCase()];
      const mod = (m[2] ?? m[1] ?? '').toLowerCase().replace('past', 'last').replace('coming', 'next');
      if (capitalised(m[3]) && !c.atStart(m) && !m[1]) return null;
      if (m[4]) return date(`${m[4]}-${season}`);
      // "fall" is a verb and "the fall of Kabul" an event: require a determiner and no "of".
      if (!m[1] && !m[2]) return null;
      if (/^\s+of\b/.test(c.after(m))) return null;
      if (/^\s+[A-Z]/.test(c.after(m))) return null;
      return date(seasonValue(c.ref, season, /^(?:this|last|next)$/.test(mod) ? mod : undefined, c.tense(m)));
    },
  },
  {
    id: 'holiday',
    need: A.HOLIDAY | A.YEAR,
    re: /\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day)\b/g,
    apply(m, c) {
      const name = m[1].replace(/\s+/g, ' ');
      const tense = c.tense(m);
      if (name.startsWith('Thanksgiving')) {
        const y = ymd(c.ref).y;
        const cands = [y - 1, y, y + 1].map((yy) => nthWeekday(yy, 11, 4, 4));
        const pick = tense === 'future' ? cands.find((d) => d >= c.ref)! : [...cands].reverse().find((d) => d <= c.ref)!;
        return date(fmtDay(pick));
      }
      const [month, day] = FIXED_HOLIDAYS[name];
      return date(fmtDay(dayNumber(yearFor(c.ref, month, day, tense), month, day)));
    },
  },
];
