// Sentence spans and the tense of the clause around a time expression: bare "Monday" or "March 3"
// is anchored backwards or forwards depending on whether the governing verb is past or future.
import type { Span } from '../doc.js';

const ABBREV = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|[ap]\.m)\.$/;

/** Sentences as spans: split after . ! ? before a capital, and at line breaks; honorifics and initials don't end one. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])|\n\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const cut = m.index + m[0].length;
    if (m[0][0] !== '\n' && ABBREV.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    if (cut > start) out.push({ start, end: m.index + m[0].trimEnd().length });
    start = cut;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export type Tense = 'past' | 'future';

// Markers of a clause about what has not happened yet: modals, schedules, intentions, deadlines.
const FUTURE = /\b(?:will|won't|wo|shall|would|'ll|is to|are to|was to|were to|(?:is|are|was|were) due|due to be|scheduled|slated|set to|(?:plans?|planned|planning|intends?|intended|aims?|hopes?) to|(?:expects?|expected|expecting) to|(?:is|are) expected|going to|next(?!\s+to\b)|upcoming|coming|tomorrow|expires?|expiring|payable|effective|as (?:soon|early) as|ahead|postponed|delayed)\b/g;
// Finite past verbs: the irregular ones news writes most, plus regular -ed forms (checked separately).
const PAST_WORDS = new Set(
  ('said told met went came left made took gave held began saw spoke wrote sent won lost fell rose hit struck shot ' +
    'fought flew ran found brought sought caught taught felt kept led paid sold bought stood was were had did got became ' +
    'drew grew threw knew wore tore broke chose woke rode drove fled sank swore hung ' +
    'ago yesterday last earlier previously recently since agreed signed').split(' '),
);
// "-ed" words that are adjectives or future markers more often than past verbs.
const NOT_PAST = new Set(['scheduled', 'planned', 'expected', 'slated', 'intended', 'postponed', 'delayed', 'proposed', 'united', 'based', 'armed', 'related', 'speed', 'embed', 'called', 'alleged', 'advanced', 'limited', 'detailed', 'concerned', 'interested', 'indeed', 'hundred']);

interface Cue { at: number; tense: Tense }

const cueCache = new Map<string, Cue[]>();

function cuesOf(sentence: string): Cue[] {
  const hit = cueCache.get(sentence);
  if (hit) return hit;
  const cues: Cue[] = [];
  const lower = sentence.toLowerCase();
  let m: RegExpExecArray | null;
  FUTURE.lastIndex = 0;
  while ((m = FUTURE.exec(lower))) cues.push({ at: m.index, tense: 'future' });
  // Lower-case words only: capitalised "-ed" words are names ("United", "Ahmed").
  const word = /\b[a-z][a-z']*\b/g;
  while ((m = word.exec(sentence))) {
    const w = m[0];
    if (!(PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)))) continue;
    // "will be paid", "a renewed offer": a participle after an auxiliary or article is no past tense.
    if (/\b(?:be|being|a|an|the|to|still|not|will|would|could|should|may|might|must)\s+$/.test(lower.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "was to", "were planning": a past auxiliary carrying a future.
    if (/^(?:was|were)$/.test(w) && /^\s+(?:still\s+)?(?:to|planning|going|expected|scheduled|due|set|supposed|slated)\b/.test(lower.slice(m.index + w.length))) continue;
    cues.push({ at: m.index, tense: 'past' });
  }
  cues.sort((a, b) => a.at - b.at);
  if (cueCache.size > 256) cueCache.clear();
  cueCache.set(sentence, cues);
  return cues;
}

function wordsBetween(s: string, a: number, b: number): number {
  if (b <= a) return 0;
  const m = s.slice(a, b).match(/[A-Za-z0-9']+/g);
  return m ? m.length : 0;
}

/**
 * Tense of the clause holding [start, end) of `sentence`: the nearest tense cue wins. Cues to the
 * right count only up to the next comma or quote, so a trailing "he said" doesn't decide for the
 * clause it reports. `reach` limits the search to that many words.
 */
export function tenseAt(sentence: string, start: number, end: number, reach = Infinity): Tense | null {
  const cues = cuesOf(sentence);
  const stop = sentence.slice(end).search(/[,;:"“”(]|\s[-–—]\s/);
  const rightLimit = stop < 0 ? sentence.length : end + stop;
  let best: Cue | null = null;
  let bestDist = Infinity;
  for (const c of cues) {
    let dist: number;
    if (c.at < start) dist = wordsBetween(sentence, c.at, start) - 1;
    else if (c.at >= end && c.at < rightLimit) dist = wordsBetween(sentence, end, c.at) + 0.5;
    else continue;
    if (dist < bestDist) { best = c; bestDist = dist; }
  }
  if (best) return bestDist <= reach ? best.tense : null;
  if (reach < Infinity) return null;
  // "In January, the company said…": an opening adverbial takes the tense of the main clause.
  if (wordsBetween(sentence, 0, start) <= 2) for (const c of cues) if (c.at >= end) return c.tense;
  return null;
}
