// Word lists shared by the time rules, as regex source fragments and lookup tables.

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** Month names and the abbreviations newswire uses; the map keys are lower-case without the dot. */
const MONTH_KEYS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
/** Months that double as ordinary words or first names: they need date context around them. */
export const AMBIGUOUS_MONTHS = new Set(['march', 'may', 'june', 'august', 'mar', 'jun', 'jul', 'jan']);

export function monthOf(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(MONTH_KEYS, key) ? MONTH_KEYS[key] : 0;
}

export function weekdayOf(word: string): number {
  const w = word.toLowerCase().replace(/s$/, '');
  return WEEKDAYS.indexOf(w) + 1;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000 };

const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)';
/** A cardinal: digits, words ("twenty-four", "a hundred thirty"), or a vague quantity (→ X). */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1/2)?|(?:an?\\s+)?${NUMBER_WORD}(?:[- ](?:and[- ])?${NUMBER_WORD})*|an?(?:\\s+couple\\s+of)?|couple\\s+of|(?:a\\s+)?few|several|some|many)`;

/** Value of a NUMBER match; NaN for vague quantities ("several", "a few"). */
export function numberValue(s: string): number {
  const t = s.toLowerCase().trim();
  if (/^\d/.test(t)) return parseFloat(t.replace(/,/g, '')) + (/1\/2$/.test(t) ? 0.5 : 0);
  if (/couple/.test(t)) return 2;
  if (/few|several|some|many/.test(t)) return NaN;
  let total = 0;
  let current = 0;
  const words = t.split(/[\s-]+/);
  // "a hundred" is 100, but in "a five-year low" the article belongs to the noun phrase.
  if (words.length > 1 && /^an?$/.test(words[0]) && !/^(?:hundred|thousand|dozen)$/.test(words[1])) words.shift();
  for (const w of words) {
    if (w === 'and') continue;
    if (w in SCALE) {
      current = (current || 1) * SCALE[w];
      if (SCALE[w] >= 1000) { total += current; current = 0; }
    } else if (Object.hasOwn(SMALL, w)) current += SMALL[w];
    else return NaN;
  }
  return total + current;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
export const ORDINAL_WORD = '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';

export function ordinalValue(s: string): number {
  const t = s.toLowerCase();
  const m = /^(\d+)/.exec(t);
  if (m) return +m[1];
  return t.split(/[\s-]+/).reduce((n, w) => n + (Object.hasOwn(ORDINALS, w) ? ORDINALS[w] : Object.hasOwn(SMALL, w) ? SMALL[w] : 0), 0);
}

/** TimeML unit letters; decades and centuries are written in years, as the TimeBank annotators did. */
export const UNIT = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?';
export function unitCode(word: string): { letter: string; time: boolean; factor: number } {
  const w = word.toLowerCase().replace(/s$/, '').replace(/centurie$/, 'century');
  switch (w) {
    case 'second': return { letter: 'S', time: true, factor: 1 };
    case 'minute': return { letter: 'M', time: true, factor: 1 };
    case 'hour': return { letter: 'H', time: true, factor: 1 };
    case 'day': return { letter: 'D', time: false, factor: 1 };
    case 'week': return { letter: 'W', time: false, factor: 1 };
    case 'fortnight': return { letter: 'W', time: false, factor: 2 };
    case 'month': return { letter: 'M', time: false, factor: 1 };
    case 'quarter': return { letter: 'M', time: false, factor: 3 };
    case 'decade': return { letter: 'Y', time: false, factor: 10 };
    case 'century': return { letter: 'Y', time: false, factor: 100 };
    default: return { letter: 'Y', time: false, factor: 1 };
  }
}

/** A duration value: P3D, PT2H, P2Y6M for "2 1/2 years", PXY for "several years". */
export function durationValue(amount: number, unitWord: string): string {
  const u = unitCode(unitWord);
  const t = u.time ? 'T' : '';
  if (Number.isNaN(amount)) return `P${t}X${u.letter}`;
  const n = amount * u.factor;
  if (Number.isInteger(n)) return `P${t}${n}${u.letter}`;
  // Halves: the only fractions newswire uses with units.
  const whole = Math.floor(n);
  if (u.letter === 'Y' && !u.time) return `P${whole ? `${whole}Y` : ''}${Math.round((n - whole) * 12)}M`;
  if (u.letter === 'D') return `P${whole ? `${whole}D` : ''}T${Math.round((n - whole) * 24)}H`;
  if (u.letter === 'H') return `PT${whole ? `${whole}H` : ''}${Math.round((n - whole) * 60)}M`;
  if (u.letter === 'M' && u.time) return `PT${whole ? `${whole}M` : ''}${Math.round((n - whole) * 60)}S`;
  return `P${t}${n}${u.letter}`;
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
