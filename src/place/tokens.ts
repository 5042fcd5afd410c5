// Words of a text for place finding: each with its key, its capitals, whether it starts a sentence,
// and whether its sentence is a headline (where capitals say nothing about names).
import type { Span } from '../doc.js';
import { nameKey } from './gazetteer.js';
import { commonWords } from './words.js';

export interface Tok {
  start: number;
  end: number;
  /** nameKey of the token */
  key: string;
  /** starts with a capital letter */
  cap: boolean;
  /** every letter a capital, two letters or more ("US", "WASHINGTON") */
  caps: boolean;
  /** first token of its sentence */
  sentStart: boolean;
  /** the token's sentence is a headline in title case or capitals */
  title: boolean;
  /** a possessive 's was cut off ("Russia's") */
  poss: boolean;
}

const LOWER = /\p{Ll}/u;
/** Between the words of one name: a space, a hyphen, "St. Louis", "Washington, D.C." */
export const INNER_SEP = /^(?:[ \u00a0]+|-|\.[ \u00a0]+|,[ \u00a0]+)$/;
/** Between a name and a neighbour that could extend it: spaces only. */
export const ADJ_SEP = /^[ \u00a0]+$/;

// Character classes for the tokenizer: ASCII by char code, the rest by Unicode property.
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_UPPER = /\p{Lu}/u;
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return NON_ASCII_LETTER.test(text[i]);
}
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return NON_ASCII_UPPER.test(text[i]);
}
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
const isApostrophe = (ch: string) => ch === "'" || ch === '’';

/**
 * Words of the text, scanned by hand (a regex iterator allocates per match and was most of the
 * time): letters with inner apostrophes ("Xi'an", "N'Djamena"), and initialisms ("U.S.", "D.C.").
 * A trailing possessive 's is cut off. Keys are computed here: a lower-case ASCII word is its own key.
 */
export function tokenize(text: string, sentences?: Span[]): Tok[] {
  const toks: Tok[] = [];
  const starts = sentences ? new Set<number>() : null;
  let si = 0;
  const n = text.length;
  let prevEnd = 0;
  for (let i = 0; i < n; ) {
    if (!letterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let end: number;
    let ascii = true;
    let anyUpper = false;
    let anyLower = false;
    // initialism: two or more "X." pairs
    if (upperAt(text, i) && text[i + 1] === '.' && i + 2 < n && upperAt(text, i + 2) && text[i + 3] === '.') {
      end = i;
      while (end + 1 < n && upperAt(text, end) && text[end + 1] === '.') end += 2;
      anyUpper = true;
    } else {
      end = i;
      for (;;) {
        while (end < n && (letterAt(text, end) || digitAt(text, end))) {
          const c = text.charCodeAt(end);
          if (c >= 128) ascii = false;
          else if (c >= 65 && c <= 90) anyUpper = true;
          else if (c >= 97 && c <= 122) anyLower = true;
          end++;
        }
        if (end + 1 < n && isApostrophe(text[end]) && letterAt(text, end + 1)) {
          ascii = false;
          end++;
          continue;
        }
        break;
      }
    }
    i = end;
    // possessive: "Russia's" names Russia
    const poss = end - start > 3 && (text[end - 1] === 's' || text[end - 1] === 'S') && isApostrophe(text[end - 2]);
    if (poss) end -= 2;
    const surface = text.slice(start, end);
    const cap = upperAt(text, start);
    let sentStart: boolean;
    if (sentences && starts) {
      while (si < sentences.length && sentences[si].end <= start) si++;
      const s = sentences[si];
      sentStart = !!s && !starts.has(si) && start >= s.start;
      if (sentStart) starts.add(si);
    } else {
      sentStart = toks.length === 0 || sentenceGap(text, prevEnd, start);
    }
    const key = ascii && !anyUpper ? surface : nameKey(surface);
    const caps = cap && end - start > 1 && (ascii ? !anyLower : !LOWER.test(surface));
    toks.push({ start, end, key, cap, caps, sentStart, title: false, poss });
    prevEnd = end;
  }
  markHeadlines(toks, commonWords());
  return toks;
}

/** Whether the gap between two words ends a sentence: . ! ? (maybe a closing quote) then space, or a line break. */
function sentenceGap(text: string, from: number, to: number): boolean {
  let stop = false;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === '\n') return true;
    if (ch === '.' || ch === '!' || ch === '?') stop = true;
    else if (stop && (ch === ' ' || ch === '\t' || ch === '\u00a0')) return true;
    else if (stop && !(ch === '"' || ch === "'" || ch === '”' || ch === '’' || ch === ')')) stop = false;
  }
  return false;
}

/**
 * A sentence with no lower-case word of four letters or more, and some ordinary word capitalised,
 * is a headline ("Russia Warns Ukraine Over Crimea"); one in capitals is a dateline ("WASHINGTON
 * (Reuters)"). There capitals say nothing about names. (A list of names, "Mary Landrieu of
 * Louisiana, Kay Hagan", is not a headline.)
 */
function markHeadlines(toks: Tok[], cw: Set<string>): void {
  for (let a = 0; a < toks.length; ) {
    let b = a + 1;
    while (b < toks.length && !toks[b].sentStart) b++;
    let long = 0;
    let lowerLong = 0;
    let ordinary = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.end - t.start < 4) continue;
      long++;
      if (!t.cap) lowerLong++;
      else if (cw.has(t.key)) ordinary++;
    }
    const title = lowerLong === 0 && ((long >= 3 && ordinary > 0) || toks[a].caps);
    if (title) for (let k = a; k < b; k++) toks[k].title = true;
    a = b;
  }
}

/** The key of the name spanning tokens i..j. */
export function keyOf(toks: Tok[], i: number, j: number): string {
  let k = toks[i].key;
  for (let m = i + 1; m <= j; m++) k += ' ' + toks[m].key;
  return k;
}
