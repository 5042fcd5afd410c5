// Calendar expressions: explicit dates, months, years, decades, centuries.
import { dayNumber, fmtDay, fmtMonth, fmtYear, ymd } from './calendar.js';
import { AMBIGUOUS_MONTHS, MONTH, ORDINAL_WORD, WEEKDAY, monthOf, numberValue, ordinalValue } from './lexicon.js';
import { monthValue, yearFor } from './resolve.js';
import { A } from './anchors.js';
import { type Rule, type RuleCtx, capitalised, date, rx } from './rule.js';

const YEAR = '(?:19|20)\\d\\d';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** "nineteen ninety-six", "nineteen hundred", "the year two thousand": how broadcast transcripts write years. */
const SPELLED_YEAR = `(?:(?:nineteen|twenty)[- ](?:hundred|oh[- ](?:${ONES})|${TEENS}|(?:${TENS})(?:[- ](?:${ONES}))?)|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+and\\s+(?:${ONES}|${TEENS}))?)`;
const YEARISH = `(?:${YEAR}|${SPELLED_YEAR})`;

function spelledYear(s: string): number {
  const t = s.toLowerCase().replace(/^the\s+year\s+/, '');
  if (/^\d{4}$/.test(t)) return +t;
  const m = /^(nineteen|twenty)[- ](.*)$/.exec(t);
  if (m) {
    const rest = m[2].replace(/^oh[- ]/, '');
    const century = m[1] === 'nineteen' ? 1900 : 2000;
    return rest === 'hundred' ? century : century + numberValue(rest);
  }
  const k = /thousand(?:\s+and\s+(.*))?$/.exec(t);
  return k ? 2000 + (k[1] ? numberValue(k[1]) : 0) : NaN;
}

/** Prepositions and modifiers that make a capitalised month name read as a date. */
const DATE_CONTEXT = new Set(['a', 'in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'before', 'after', 'of', 'early', 'mid', 'late', 'last', 'next', 'this', 'each', 'every', 'between', 'and', 'or', 'on', 'for', 'around', 'throughout', 'as', 'fiscal', 'year', 'summer', 'spring', 'winter', 'autumn', 'fall', 'the', 'circa', 'c.', 'about', 'ending', 'ended', 'than']);

function monthOk(word: string, m: RegExpExecArray, c: RuleCtx, strong: boolean): boolean {
  if (!capitalised(word)) return false;
  if (strong) return true;
  const key = word.toLowerCase().replace(/\.$/, '');
  const prev = c.prevWord(m);
  const nextCap = /^\s+[A-Z][a-z]/.test(c.after(m)) && !/^\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+(?:ber|ary))\b/.test(c.after(m));
  // A name ("June Carter", "April Ryan") or a modal ("May I…") unless a preposition introduces it.
  const abbreviated = !/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(key);
  if (AMBIGUOUS_MONTHS.has(key) || nextCap || abbreviated) return DATE_CONTEXT.has(prev) || /['’]s\b/.test(c.after(m, 3));
  return true;
}

/** Words that make the next four-digit number a year whatever follows it. */
const YEAR_PREP = new Set(['in', 'since', 'until', 'till', 'during', 'before', 'after', 'through', 'throughout', 'by', 'from', 'early', 'mid', 'late', 'fiscal', 'year', 'circa', 'c.', 'ending', 'ended']);

/** Plurals without an -s: what a number before them counts. */
const COUNTED = /^(?:people|men|women|children|police|personnel|staff|crew|cattle|sheep|fish|aircraft|feet|more|other|new|additional|million|billion)$/;

/** Words after which a four-digit number is a designation, not a year ("Resolution 1973", "No. 2019"). */
const NOT_YEAR_AFTER = new Set('no nos number room flight route resolution article section rule model page chapter item highway interstate version vol volume issue channel boeing airbus apollo bill code mig su tu # $'.split(' '));

export const dateRules: Rule[] = [
  {
    id: 'date.iso',
    need: A.DIGIT,
    re: rx(`\\b(${YEAR})-(0[1-9]|1[0-2])-([0-2]\\d|3[01])\\b`),
    apply: (m) => date(`${m[1]}-${m[2]}-${m[3]}`),
  },
  {
    // "Aug. 7, 1998", "Saturday, April 25", "March 3", "Sunday, March eighth"
    id: 'date.month-day',
    need: A.MONTH,
    re: rx(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2}|${ORDINAL_WORD})(?:st|nd|rd|th)?\\b(?!:\\d|\\.\\d|,\\d{3}|\\s*(?:%|percent))(?:,?\\s+(${YEAR})\\b)?`),
    apply(m, c) {
      const month = monthOf(m[1]);
      const day = ordinalValue(m[2]);
      if (!month || day < 1 || day > 31 || !capitalised(m[1])) return null;
      // "May first" is as likely a modal as a date.
      if (!/^\d/.test(m[2]) && AMBIGUOUS_MONTHS.has(m[1].toLowerCase()) && !DATE_CONTEXT.has(c.prevWord(m))) return null;
      const year = m[3] ? +m[3] : yearFor(c.ref, month, day, c.tense(m));
      return { ...date(fmtDay(dayNumber(year, month, day))), rule: m[3] ? 'date.full' : 'date.month-day' };
    },
  },
  {
    id: 'date.day-month',
    need: A.MONTH,
    also: A.DIGIT,
    re: rx(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${YEAR})\\b)?`),
    apply(m, c) {
      const month = monthOf(m[2]);
      const day = +m[1];
      if (!month || day < 1 || day > 31 || !capitalised(m[2])) return null;
      const year = m[3] ? +m[3] : yearFor(c.ref, month, day, c.tense(m));
      return date(fmtDay(dayNumber(year, month, day)));
    },
  },
  {
    id: 'month.year',
    need: A.MONTH,
    also: A.DIGIT | A.SPELLED,
    re: rx(`\\b(?:(?:early|mid|late)[- ]?|the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?(${MONTH})(?:\\s+of)?,?\\s+(${YEARISH})\\b`),
    apply(m) {
      const month = monthOf(m[1]);
      const year = spelledYear(m[2]);
      if (!month || !capitalised(m[1]) || Number.isNaN(year)) return null;
      return date(fmtMonth(year, month));
    },
  },
  {
    // "June last year", "January this year"
    id: 'month.rel-year',
    need: A.MONTH,
    also: A.YEAR,
    re: rx(`\\b(${MONTH})\\s+(this|last|next)\\s+year\\b`),
    apply(m, c) {
      const month = monthOf(m[1]);
      if (!month || !capitalised(m[1])) return null;
      const y = ymd(c.ref).y + (m[2].toLowerCase() === 'last' ? -1 : m[2].toLowerCase() === 'next' ? 1 : 0);
      return date(fmtMonth(y, month));
    },
  },
  {
    // "last May", "this September", "early March", "the end of October", bare "October"
    id: 'month',
    need: A.MONTH,
    re: rx(`\\b(?:(last|next|this|coming|past)\\s+|(?:early|mid|late)[- ]?|the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?(${MONTH})(?![\\w-]|\\s+\\d)`),
    apply(m, c) {
      const word = m[2];
      const month = monthOf(word);
      const modded = m[0].length > word.length;
      if (!month || /\.$/.test(word) || !monthOk(word, m, c, modded)) return null;
      const mod = m[1]?.toLowerCase().replace('coming', 'next').replace('past', 'last');
      return { ...date(monthValue(c.ref, month, c.tense(m), mod)), rule: mod ? `month.${mod}` : 'month.bare' };
    },
  },
  {
    id: 'year.spelled',
    need: A.SPELLED,
    re: rx(`\\b(?:(?:early|mid|late)[- ]?)?(${SPELLED_YEAR})\\b(?![- ](?:${ONES}|percent|years?|days?|people|dollars|hundred|thousand|million))`),
    apply(m) {
      const y = spelledYear(m[1]);
      // "twenty thirty" is more often a count than a year; only words that began a year (1900–2099) pass.
      if (Number.isNaN(y) || y < 1900 || y > 2099) return null;
      if (!/^the year/i.test(m[1]) && /^two thousand/i.test(m[1])) return null;
      return date(fmtYear(y));
    },
  },
  {
    id: 'year.modified',
    need: A.DIGIT,
    re: rx(`\\b(?:fiscal(?:\\s+year)?\\s+|(?:early|mid|late)[- ]|the\\s+(?:end|beginning|start|middle|spring|summer|fall|autumn|winter)\\s+of\\s+|the\\s+year\\s+)(${YEAR})\\b(?!\\d)`),
    apply: (m) => date(m[1]),
  },
  {
    id: 'year.bare',
    need: A.DIGIT,
    re: /(?<![\w$£€#.,/:]|(?<!\b(?:post|pre))-)((?:1[89]|20)\d\d)(?!\d|[.,:/]\d|[-–]\d{3}\b|\s*(?:%|percent\b|GMT\b|UTC\b|hours\b|hrs\b|local\b|BST\b|[ap]\.?m\.?))(?![A-Za-z])/g,
    apply(m, c) {
      const prev = c.prevWord(m);
      if (NOT_YEAR_AFTER.has(prev)) return null;
      if (YEAR_PREP.has(prev) || monthOf(prev) || prev === '-') return date(m[1]);
      const after = c.after(m);
      // "2019 people", "about 1950 rebels": a count followed by what it counts.
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      if (next && ((/s$/.test(next) && !/^(?:was|has|is|as|its|his|this|thus|perhaps|besides|plus|vs|across|always)$/.test(next)) || COUNTED.test(next))) return null;
      if (/^(?:about|some|nearly|almost|roughly|approximately|than|over|under|only|just|total)$/.test(prev) && !/^\s*[,.;)]/.test(after)) return null;
      // Before 1900 only with a preposition: "in 1898" is a year, "1898 troops" is not.
      return m[1] < '1900' ? null : date(m[1]);
    },
  },
  {
    // "the 1990s", "the early 1980s", "the '90s", "the nineties"
    id: 'decade',
    need: A.DIGIT | A.SPELLED,
    re: rx(`\\b(?:(the)\\s+)?(?:(?:early|mid|late)[- ]?)?(?:((?:19|20)\\d)0['’]?s|['’](\\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`),
    apply(m, c) {
      if (m[2]) return date(m[2]);
      const digit = m[3] ?? String(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[4].toLowerCase()) + 2);
      // Spelled decades need "the": "in her forties" is an age.
      if (m[4] && !m[1]) return null;
      const refDecade = Math.floor((ymd(c.ref).y % 100) / 10);
      const century = +digit <= refDecade ? Math.floor(ymd(c.ref).y / 100) : Math.floor(ymd(c.ref).y / 100) - 1;
      return date(`${century}${digit}`);
    },
  },
  {
    id: 'century',
    need: A.DECADE,
    re: rx(`\\b(?:the\\s+)?(?:(?:early|mid|late)[- ]?)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})[- ]century\\b`),
    apply(m) {
      const n = ordinalValue(m[1]);
      return n >= 1 && n <= 22 ? date(String(n - 1).padStart(2, '0')) : null;
    },
  },
];
