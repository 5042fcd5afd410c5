// Noun phrases that may be a source, read leftwards from a verb ("a source familiar with the matter said") or
// rightwards from a cue ("according to the director of the FBI").
import type { Doc } from '../doc.js';
import { isNounish, NP_PREP, OBJECT_PRON, POSSESSIVE, QUANT, REFLEXIVE, SUBJECT_PRON, TIME } from './words.js';

export interface NP {
  from: number;
  to: number;
  head: number;
}

/** The noun phrase that ends at token `end` (inclusive), not reaching before `lo`. */
export function npLeft(doc: Doc, end: number, lo: number): NP | null {
  const t = doc.tokens;
  if (end < lo) return null;
  let last = end;
  // "Trump himself said"
  if (REFLEXIVE.has(t[last].norm) && last > lo) last--;
  const tok = t[last];
  if (tok.pos === 'PRON' || (SUBJECT_PRON.has(tok.norm) && !isNounish(tok))) {
    // "a source close to him"
    const h = OBJECT_PRON.has(tok.norm) ? linkBefore(doc, last, lo) : -1;
    if (h >= 0 && t[h + 1].pos !== 'ADP') {
      const np = npLeft(doc, h, lo);
      return np ? { from: np.from, to: last + 1, head: np.head } : null;
    }
    if (!SUBJECT_PRON.has(tok.norm)) return null;
    return { from: last, to: last + 1, head: last };
  }
  if (!isNounish(tok) && !QUANT.has(tok.norm)) return null;
  // A day or a time is no subject: "published Wednesday said".
  if (TIME.has(tok.norm)) return null;
  let head = last;
  let k = last;
  while (k - 1 >= lo && last - k < 12) {
    const p = t[k - 1];
    if (p.pos === 'ADJ' || isNounish(p)) {
      k--;
      continue;
    }
    if ((p.norm === "'s" || p.norm === "'") && k - 2 >= lo && isNounish(t[k - 2])) {
      k--;
      continue;
    }
    if ((p.norm === '-' || p.norm === '&' || p.norm === '.') && k - 2 >= lo && isNounish(t[k - 2]) && p.end === t[k].start) {
      k--;
      continue;
    }
    // "4 in 10 voters"
    if (p.norm === 'in' && t[k].pos === 'NUM' && k - 2 >= lo && t[k - 2].pos === 'NUM') {
      k -= 2;
      continue;
    }
    // A determiner closes the phrase; past it, "the director of the FBI", "a source familiar with the
    // matter" go on through the preposition.
    if (p.pos === 'DET' || POSSESSIVE.has(p.norm)) k--;
    const h = linkBefore(doc, k, lo);
    if (h >= 0) {
      k = h + 1;
      head = h;
      continue;
    }
    break;
  }
  // "more than 4 in 10"
  if (k - 2 >= lo && t[k - 1].norm === 'than' && (t[k - 2].norm === 'more' || t[k - 2].norm === 'less' || t[k - 2].norm === 'fewer')) k -= 2;
  if (t[head].pos === 'NUM' && head === last && k === last) return null;
  return { from: k, to: last + 1, head };
}

/** words that tie a noun to the phrase after it inside a source: "familiar with", "close to", "knowledge of" */
const TIE: Record<string, string> = { familiar: 'with', close: 'to', knowledge: 'of', briefed: 'on', near: 'to' };
/** Before the phrase that starts at token k: a preposition tying it to a noun ("spokesman for", "familiar with").
 * Returns the index of that noun (the new head), or -1. */
function linkBefore(doc: Doc, k: number, lo: number): number {
  const t = doc.tokens;
  if (k - 2 < lo) return -1;
  const p = t[k - 1];
  const q = t[k - 2];
  if (Object.hasOwn(TIE, q.norm) && TIE[q.norm] === p.norm) {
    // "familiar with": the head is the noun before the adjective
    if (q.pos === 'NOUN' && q.norm === 'knowledge') {
      const r = k - 3 >= lo && t[k - 3].norm === 'direct' ? k - 4 : k - 3;
      return r >= lo && t[r].norm === 'with' && r - 1 >= lo && isNounish(t[r - 1]) ? r - 1 : -1;
    }
    return k - 3 >= lo && (isNounish(t[k - 3]) || t[k - 3].pos === 'PRON') ? k - 3 : -1;
  }
  if (NP_PREP.has(p.norm) && (q.pos === 'NOUN' || q.pos === 'PROPN')) return k - 2;
  return -1;
}

/** The noun phrase that starts at token `from`, not reaching `hi`. */
export function npRight(doc: Doc, from: number, hi: number): NP | null {
  const t = doc.tokens;
  let k = from;
  if (k < hi && (t[k].pos === 'DET' || POSSESSIVE.has(t[k].norm))) k++;
  let head = -1;
  let firstHead = -1;
  let paren = -1;
  while (k < hi && k - from < 14) {
    const x = t[k];
    if (x.pos === 'ADJ' || isNounish(x) || QUANT.has(x.norm)) {
      if (x.pos !== 'ADJ' || QUANT.has(x.norm)) head = k;
      k++;
      continue;
    }
    if ((x.norm === "'s" || x.norm === "'") && head === k - 1) {
      k++;
      if (k < hi && t[k].pos === 'DET') break;
      continue;
    }
    if ((x.norm === '-' || x.norm === '&') && head === k - 1 && k + 1 < hi && isNounish(t[k + 1]) && x.end === t[k + 1].start) {
      k++;
      continue;
    }
    // "Sen. Jack Reed (D-R.I.)"
    if (x.norm === '(' && head === k - 1) {
      let c = k + 1;
      while (c < hi && c < k + 8 && t[c].norm !== ')') c++;
      if (c < hi && t[c].norm === ')') {
        k = c + 1;
        paren = k;
        continue;
      }
    }
    if (NP_PREP.has(x.norm) && head === k - 1 && k + 1 < hi) {
      if (firstHead < 0) firstHead = head;
      k++;
      if (k < hi && (t[k].pos === 'DET' || POSSESSIVE.has(t[k].norm))) k++;
      continue;
    }
    break;
  }
  if (head < 0 || TIME.has(t[head].norm)) return null;
  // end at the last noun (not a dangling preposition or adjective)
  const to = paren > head ? paren : head + 1;
  return { from, to, head: firstHead >= 0 ? firstHead : head };
}
