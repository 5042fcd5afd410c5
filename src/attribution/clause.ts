// Clause structure around a cue: where a clause starts, its subject, and the appositives ("X, a former
// senator, said") a subject may stand before.
import type { Doc, Sentence } from '../doc.js';
import { npLeft, npRight, type NP } from './noun-phrase.js';
import { AUX, BE, isQuote, NEG, QUOTE, RELATIVE, SUBJECT_PRON } from './words.js';

/** Is token k a clause boundary a subject may stand after (sentence start, comma, quote, colon, dash)? */
export function boundaryAt(doc: Doc, k: number, s: Sentence): boolean {
  if (k < s.tokenStart) return true;
  const n = doc.tokens[k].norm;
  return n === ',' || n === ':' || n === ';' || n === '-' || n === '(' || QUOTE.has(n);
}

/** Where the clause holding token i starts: after the last quotation mark or semicolon before it. */
export function clauseStart(doc: Doc, s: Sentence, i: number): number {
  const t = doc.tokens;
  let k = i - 1;
  while (k >= s.tokenStart && !isQuote(t[k]) && t[k].norm !== ';' && t[k].norm !== ':') k--;
  k++;
  while (k < i && (t[k].pos === 'PUNCT' || isQuote(t[k]))) k++;
  // a dateline: "WASHINGTON (AP) — …"
  if (k === s.tokenStart) {
    for (let j = k + 1; j < i && j < k + 8; j++) {
      if (t[j].norm === '-' && t[j].start > t[j - 1].end && (t[j - 1].norm === ')' || t[j - 1].text === t[j - 1].text.toUpperCase())) return j + 1;
    }
  }
  return k;
}

/** The subject of the clause that starts at `lo` (an introductory phrase up to a comma is skipped), followed by a verb before `hi`. */
export function clauseSubject(doc: Doc, lo: number, hi: number): NP | null {
  const t = doc.tokens;
  let k = lo;
  if (k < hi && (t[k].pos === 'ADP' || t[k].pos === 'ADV' || t[k].pos === 'SCONJ' || t[k].pos === 'VERB' || t[k].pos === 'CCONJ')) {
    while (k < hi && t[k].norm !== ',') k++;
    k++;
  }
  if (k >= hi) return null;
  let np: NP | null;
  if (t[k].pos === 'PRON' && SUBJECT_PRON.has(t[k].norm)) np = { from: k, to: k + 1, head: k };
  else np = npRight(doc, k, hi);
  if (!np) return null;
  let j = np.to;
  // "X, a former senator, endorsed …"
  if (j < hi && t[j].norm === ',') {
    let c = j + 1;
    while (c < hi && c < j + 25 && t[c].norm !== ',') c++;
    if (c < hi && t[c].norm === ',' && appositiveBetween(doc, j + 1, c)) j = c + 1;
  }
  while (j < hi && (AUX.has(t[j].norm) || BE.has(t[j].norm) || NEG.has(t[j].norm) || t[j].pos === 'ADV')) j++;
  if (j >= hi || (t[j].pos !== 'VERB' && t[j].pos !== 'AUX' && j === np.to)) return null;
  if (t[j].pos !== 'VERB' && !AUX.has(t[j - 1].norm) && !BE.has(t[j - 1].norm)) return null;
  return np;
}

/**
 * Are tokens [from, to) appositive material: noun phrases ("a former senator"), relative clauses ("who …"),
 * participle and prepositional phrases ("wearing a red cape", "in a statement released Thursday")? A
 * comma-separated segment that opens with a noun phrase and holds a verb is a clause of its own.
 */
function appositiveBetween(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  if (to - from > 30) return false;
  let segStart = from;
  let open = true;
  for (let k = from; k < to; k++) {
    const x = t[k];
    if (isQuote(x) || x.norm === ';' || x.norm === ':') return false;
    if (x.norm === ',') {
      segStart = k + 1;
      open = true;
      continue;
    }
    if (k === segStart) {
      const n = x.norm;
      open = !(RELATIVE.has(n) || x.pos === 'ADP' || x.pos === 'VERB' || x.pos === 'SCONJ' || x.pos === 'ADV');
    }
    if (open && (x.pos === 'AUX' || (x.pos === 'PRON' && SUBJECT_PRON.has(x.norm) && !RELATIVE.has(x.norm)))) return false;
    if (open && x.pos === 'VERB' && !/(ed|ing)$/.test(x.norm) && !t[k - 1].norm.endsWith('-') && t[k - 1].norm !== '-') return false;
  }
  return true;
}

/** "X, a former senator, said" / "X, who …, said" / "…, a spokeswoman, Anna White, said": the subject before the appositive that ends at the comma `comma`. */
export function appositiveSubject(doc: Doc, s: Sentence, comma: number): NP | null {
  const t = doc.tokens;
  let cs = clauseStart(doc, s, comma);
  if (cs < comma && (t[cs].pos === 'CCONJ' || t[cs].norm === 'even' || t[cs].norm === 'but')) cs++;
  // the subject opens the clause
  const np = npRight(doc, cs, comma);
  if (np && np.to < comma && t[np.to].norm === ',' && appositiveBetween(doc, np.to + 1, comma)) return np;
  // the subject follows a comma inside the clause, with a one-segment appositive
  let c1 = comma - 1;
  while (c1 > cs && c1 > comma - 12 && t[c1].norm !== ',' && !isQuote(t[c1])) c1--;
  if (c1 <= cs || t[c1].norm !== ',' || !appositiveBetween(doc, c1 + 1, comma)) return null;
  const np0 = npLeft(doc, c1 - 1, cs);
  if (!np0 || !(np0.from === cs || boundaryAt(doc, np0.from - 1, s))) return null;
  // "a spokeswoman, Anna White": the name belongs to the source
  let named = true;
  for (let k = c1 + 1; k < comma && named; k++) named = t[k].pos === 'PROPN' || t[k].norm === '.';
  if (named && !t.slice(np0.from, np0.to).some((x) => x.pos === 'PROPN')) return { from: np0.from, to: comma, head: comma - 1 };
  return np0;
}

/** Is there a clause, quotation or colon beside the verb (for verbs that report only so)? */
export function clauseBeside(doc: Doc, s: Sentence, i: number, last: number): boolean {
  const t = doc.tokens;
  const n = t[i + 1];
  // at the end of the sentence: after what was said ("“…,” he continued.")
  if (!n || i + 1 >= last) {
    for (let k = s.tokenStart; k < i; k++) if (t[k].norm === ',' || isQuote(t[k])) return true;
    return false;
  }
  if (n.norm === 'that' || n.norm === ':' || n.norm === ',' || isQuote(n)) return true;
  const p = t[i - 1];
  return !!p && (p.norm === ',' || isQuote(p));
}
