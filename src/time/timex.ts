// Time expressions: find and normalise (TimeML values) every date, time, duration and set in a text.
import * as chrono from 'chrono-node';
import type { DatePrecision, Span, Timex } from '../doc.js';
import { fmtDay, fmtQuarter, parseDay, quarterOf, shiftYears, ymd } from './calendar.js';
import { sentenceBits } from './anchors.js';
import { splitSentences } from './context.js';
import { type Cand, type Rule, RuleCtx, precisionOf } from './rule.js';
import { dateRules } from './rules-dates.js';
import { relativeRules } from './rules-relative.js';
import { spanRules } from './rules-spans.js';

export { weekToMonth } from './calendar.js';

const RULES: Rule[] = [...dateRules, ...relativeRules, ...spanRules];
const ORDER = new Map(RULES.map((r, i) => [r.id, i]));

const SLASH_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/** How far back (in characters) a reported quarter stays the period that "a year ago" is compared with. */
const PERIOD_WINDOW = 400;

/** Keep the longest of overlapping candidates (earlier rules win ties), in text order. */
function pickLongest(cands: Cand[]): Cand[] {
  const byLength = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.prio ?? 99) - (b.prio ?? 99) || a.start - b.start);
  const kept: Cand[] = [];
  for (const c of byLength) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** "10 p.m. Wednesday", "Friday at noon": a clock time takes its date from the day beside it. */
function mergeClockAndDay(cands: Cand[], text: string): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      const clockFirst = a.rule === 'clock' && DAY_VALUE.test(b.value) && /^(?:\s+|\s*,\s*|\s+on\s+)$/.test(gap);
      const dayFirst = b.rule === 'clock' && DAY_VALUE.test(a.value) && /^(?:\s+|\s*,\s*|\s+(?:at|around|about|by)\s+)$/.test(gap);
      if (clockFirst || dayFirst) {
        const [clock, day] = clockFirst ? [a, b] : [b, a];
        out.push({ start: a.start, end: b.end, value: `${day.value}T${clock.value.split('T')[1]}`, type: 'TIME', rule: `clock.${day.rule}` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Numeric dates ("3/5/2022") are left to chrono, on the few sentences that have one. */
function chronoDates(s: string, offset: number, ref: number): Cand[] {
  const { y, m, d } = ymd(ref);
  const out: Cand[] = [];
  for (const r of chrono.parse(s, new Date(y, m - 1, d, 12), { forwardDate: false })) {
    if (!SLASH_DATE.test(r.text) || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const day = fmtDay(Math.floor(Date.UTC(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!) / 86_400_000));
    const h = r.start.isCertain('hour') ? r.start.get('hour') : null;
    const value = h === null ? day : `${day}T${String(h).padStart(2, '0')}:${String(r.start.get('minute') ?? 0).padStart(2, '0')}`;
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, value, type: h === null ? 'DATE' : 'TIME', rule: 'chrono' });
  }
  return out;
}

function sentenceCands(text: string, span: Span, ref: number, bits: number): Cand[] {
  const s = text.slice(span.start, span.end);
  const ctx = new RuleCtx(ref, s);
  const found: Cand[] = [];
  for (const rule of RULES) {
    if (!(rule.need & bits) || (rule.also && !(rule.also & bits))) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(s))) {
      const r = rule.apply(m, ctx);
      if (!r) continue;
      const start = span.start + (r.start ?? m.index);
      let end = span.start + (r.end ?? m.index + m[0].length);
      while (end > start && /\s/.test(text[end - 1])) end--;
      found.push({ start, end, value: r.value, type: r.type, rule: r.rule ?? rule.id, anaphor: r.anaphor, prio: ORDER.get(rule.id) });
    }
  }
  if (SLASH_DATE.test(s)) found.push(...chronoDates(s, span.start, ref));
  return mergeClockAndDay(pickLongest(found), text);
}

/**
 * Values that depend on the period under discussion: in earnings copy, "a year earlier" after
 * "the third quarter" is last year's third quarter; "the following year" after 1995 is 1996.
 */
function resolveAnaphora(cands: Cand[], ref: number): void {
  // Only a quarter that has begun can be the one being reported on.
  const current = fmtQuarter(ymd(ref).y, quarterOf(ymd(ref).m));
  let quarter: { value: string; end: number } | null = null;
  let year: number | null = null;
  for (const c of cands) {
    const nearQuarter = quarter && c.start - quarter.end < PERIOD_WINDOW ? quarter.value : null;
    switch (c.anaphor) {
      case 'yearBack':
      case 'periodBack':
        if (nearQuarter) c.value = shiftYears(nearQuarter, -1);
        break;
      case 'period':
        // "the latest quarter" is one that has ended, not a coming one the text also mentions.
        if (nearQuarter && nearQuarter <= c.value) c.value = nearQuarter;
        break;
      case 'yearNext':
      case 'yearPrev':
      case 'yearSame':
        if (year !== null) c.value = String(year + (c.anaphor === 'yearNext' ? 1 : c.anaphor === 'yearPrev' ? -1 : 0));
        break;
      default:
        if (/^\d{4}-Q\d$/.test(c.value) && c.value <= current) quarter = { value: c.value, end: c.end };
        if (/^\d{4}/.test(c.value) && c.type !== 'DURATION') year = +c.value.slice(0, 4);
        continue;
    }
    if (c.anaphor === 'period') quarter = { value: c.value, end: c.end };
  }
}

/** Every time expression in `text`, normalised against the publication date `refDate` (YYYY-MM-DD). */
export function findTimexes(text: string, refDate: string, sentences?: Span[]): Timex[] {
  const ref = parseDay(refDate);
  const cands: Cand[] = [];
  const spans = sentences ? [...sentences].sort((a, b) => a.start - b.start) : splitSentences(text);
  const bits = sentenceBits(text, spans);
  spans.forEach((span, i) => {
    if (bits[i]) cands.push(...sentenceCands(text, span, ref, bits[i]));
  });
  resolveAnaphora(cands, ref);
  return cands.map((c) => {
    const t: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.value, type: c.type, rule: c.rule };
    const precision = c.type === 'DATE' || c.type === 'TIME' ? precisionOf(c.value) : undefined;
    if (precision) t.precision = precision;
    return t;
  });
}

/** The calendar value a DATE (or dated TIME) timex places an event at; null for durations, sets, PAST_REF, decades. */
export function dateOfTimex(t: Timex): { value: string; precision: DatePrecision } | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const v = t.value;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(v))) return { value: m[1], precision: 'day' };
  if ((m = /^(\d{4}-W\d{2})/.exec(v))) return { value: m[1], precision: 'week' };
  if (/^\d{4}-\d{2}$/.test(v)) return { value: v, precision: 'month' };
  if ((m = /^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$/.exec(v))) return { value: m[1], precision: 'year' };
  return null;
}
