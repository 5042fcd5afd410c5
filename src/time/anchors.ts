// The cheap pre-filter: one pass over the words of the text, looking each up in a table of the head
// words of time expressions. Each rule declares which kinds of word it needs, and only runs on the
// sentences that have them; most sentences of an article have none and cost one word scan.
import type { Span } from '../doc.js';

export const A = {
  WEEKDAY: 1 << 0,
  MONTH: 1 << 1,
  DIGIT: 1 << 2,
  YEAR: 1 << 3,
  QUARTER: 1 << 4,
  MONTH_WORD: 1 << 5,
  WEEK: 1 << 6,
  DAY: 1 << 7,
  HOUR: 1 << 8,
  DECADE: 1 << 9,
  WEEKEND: 1 << 10,
  DEICTIC: 1 << 11,
  PART_OF_DAY: 1 << 12,
  PRESENT: 1 << 13,
  PAST: 1 << 14,
  FUTURE: 1 << 15,
  SEASON: 1 << 16,
  HOLIDAY: 1 << 17,
  SPELLED: 1 << 18,
  SET: 1 << 19,
  CLOCK: 1 << 20,
  HALF: 1 << 21,
  AGO: 1 << 22,
  NUMBER_WORD: 1 << 23,
} as const;

/** Any unit of time: what durations and "ago" expressions need. */
export const ANY_UNIT = A.YEAR | A.QUARTER | A.MONTH_WORD | A.WEEK | A.DAY | A.HOUR | A.DECADE;

const WORDS: [number, string][] = [
  [A.WEEKDAY, 'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'],
  [A.MONTH, 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'],
  [A.YEAR, 'year years yearly'],
  [A.QUARTER, 'quarter quarters quarterly period q'],
  [A.MONTH_WORD, 'month months monthly'],
  [A.WEEK, 'week weeks weekly biweekly fortnight fortnights'],
  [A.DAY, 'day days daily'],
  [A.HOUR, 'second seconds minute minutes hour hours hourly'],
  [A.DECADE, 'decade decades century centuries'],
  [A.WEEKEND, 'weekend weekends'],
  [A.DEICTIC, 'today yesterday tomorrow tonight'],
  [A.PART_OF_DAY, 'morning afternoon evening night mornings evenings nights nightly'],
  [A.PRESENT, 'now currently current present moment nowadays'],
  [A.PAST, 'recent recently lately previously formerly past'],
  [A.FUTURE, 'future soon term coming ahead'],
  [A.SEASON, 'spring summer fall autumn winter'],
  [A.HOLIDAY, 'christmas thanksgiving independence halloween valentine new'],
  [A.SPELLED, 'nineteen thousand twenties thirties forties fifties sixties seventies eighties nineties'],
  [A.SET, 'daily nightly weekly biweekly monthly annually yearly hourly once twice times per every each'],
  [A.CLOCK, 'noon midday midnight'],
  [A.HALF, 'half'],
  [A.AGO, 'ago earlier before later after now hence'],
  [A.NUMBER_WORD, 'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred few several some many couple dozen'],
];

const TABLE = new Map<string, number>();
for (const [bit, words] of WORDS) for (const w of words.split(' ')) TABLE.set(w, (TABLE.get(w) ?? 0) | bit);
const LONGEST = Math.max(...[...TABLE.keys()].map((w) => w.length));

/** Per sentence, the bit set of the kinds of head word in it; 0 means no time expression can be there. */
export function sentenceBits(text: string, sentences: Span[]): number[] {
  const bits = new Array<number>(sentences.length).fill(0);
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  let pos = 0;
  // A hand-rolled word scan: this runs over every character of every article, so no regex, no match objects.
  while (pos < n && i < sentences.length) {
    const c = lower.charCodeAt(pos);
    const letter = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (!letter && !digit) {
      pos++;
      continue;
    }
    const start = pos;
    if (digit) while (pos < n && lower.charCodeAt(pos) >= 48 && lower.charCodeAt(pos) <= 57) pos++;
    else while (pos < n && lower.charCodeAt(pos) >= 97 && lower.charCodeAt(pos) <= 122) pos++;
    while (i < sentences.length && sentences[i].end <= start) i++;
    if (i >= sentences.length || start < sentences[i].start) continue;
    if (digit) bits[i] |= A.DIGIT;
    else if (pos - start <= LONGEST) bits[i] |= TABLE.get(lower.slice(start, pos)) ?? 0;
  }
  return bits;
}
