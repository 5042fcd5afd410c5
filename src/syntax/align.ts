// CoNLL 2018 shared-task style scoring of a parse of raw text against gold CoNLL-U: system and gold
// words are matched by their character spans in the text, and UPOS / heads / relations are scored as
// F1 over the aligned words (Zeman et al. 2018, "aligned words"). Used by scripts/score-parser.ts.

import type { ConlluSentence } from './conllu.js';

export interface SpanWord {
  start: number;
  end: number;
  upos: string;
  /** 1-based index of the head within the same sentence, 0 = root */
  head: number;
  deprel: string;
}

/**
 * Character spans of a gold sentence's words in `text` (its `# text`). Surface tokens (plain words and
 * multiword tokens) are found left to right; the words of a multiword token share its span in
 * proportion to their forms when the forms spell the surface ("do"+"n't" = "don't"), else each
 * gets the whole span. Returns null when a token cannot be found in the text.
 */
export function goldSpans(s: ConlluSentence, text: string): { start: number; end: number }[] | null {
  const spans: { start: number; end: number }[] = new Array(s.tokens.length);
  const mwt = new Map<number, { first: number; last: number; form: string }>();
  for (const m of s.multiword ?? []) mwt.set(m.first, m);
  const index = new Map<number, number>(s.tokens.map((t, i) => [t.id, i]));
  let cursor = 0;
  for (let i = 0; i < s.tokens.length; ) {
    const t = s.tokens[i];
    const m = mwt.get(t.id);
    const form = m ? m.form : t.form;
    const at = findForm(text, form, cursor);
    if (at < 0) return null;
    const end = at + form.length;
    if (m) {
      const last = index.get(m.last) ?? i;
      const words = s.tokens.slice(i, last + 1);
      const joined = words.map((w) => w.form).join('');
      let p = at;
      for (let k = 0; k < words.length; k++) {
        if (joined.toLowerCase() === form.toLowerCase()) {
          spans[i + k] = { start: p, end: p + words[k].form.length };
          p += words[k].form.length;
        } else spans[i + k] = { start: at, end };
      }
      i = last + 1;
    } else {
      spans[i] = { start: at, end };
      i++;
    }
    cursor = end;
  }
  return spans;
}

/** Position of form in text at or after `from`, skipping only whitespace; -1 if it is not next. */
function findForm(text: string, form: string, from: number): number {
  let p = from;
  while (p < text.length && /\s/.test(text[p])) p++;
  if (text.startsWith(form, p)) return p;
  // tolerate forms whose spaces were removed or normalised (e.g. "1 000")
  const at = text.indexOf(form, from);
  return at >= 0 && at - from < 3 ? at : -1;
}

export interface AlignedCounts {
  gold: number;
  system: number;
  words: number;
  upos: number;
  uas: number;
  /** head and full deprel */
  las: number;
  /** head and universal deprel (CoNLL 2018 LAS) */
  lasU: number;
}

export function emptyCounts(): AlignedCounts {
  return { gold: 0, system: 0, words: 0, upos: 0, uas: 0, las: 0, lasU: 0 };
}

const uni = (d: string): string => d.split(':')[0];

/**
 * Adds one unit of text (a sentence or document) to the counts. Words are indexed 1.. within
 * their own sentence list (gold and system may be split into sentences differently, so heads are
 * given as global spans: each sentence's words are passed with a `sentence` offset already resolved).
 */
export function alignAndCount(gold: SpanWord[][], system: SpanWord[][], c: AlignedCounts): void {
  const flat = (sents: SpanWord[][]): { w: SpanWord; headSpan: string }[] => {
    const out: { w: SpanWord; headSpan: string }[] = [];
    for (const s of sents) {
      for (const w of s) {
        const h = w.head > 0 ? s[w.head - 1] : null;
        out.push({ w, headSpan: h ? `${h.start}:${h.end}` : 'root' });
      }
    }
    return out;
  };
  const g = flat(gold);
  const sy = flat(system);
  c.gold += g.length;
  c.system += sy.length;
  const bySpan = new Map<string, { w: SpanWord; headSpan: string }>();
  for (const x of g) bySpan.set(`${x.w.start}:${x.w.end}`, x);
  for (const x of sy) {
    const key = `${x.w.start}:${x.w.end}`;
    const gx = bySpan.get(key);
    if (!gx) continue;
    bySpan.delete(key); // one-to-one
    c.words++;
    if (gx.w.upos === x.w.upos) c.upos++;
    if (gx.headSpan === x.headSpan) {
      c.uas++;
      if (gx.w.deprel === x.w.deprel) c.las++;
      if (uni(gx.w.deprel) === uni(x.w.deprel)) c.lasU++;
    }
  }
}

/** F1 of a count given the system and gold totals. */
export function f1(correct: number, c: AlignedCounts): number {
  return c.gold + c.system > 0 ? (2 * correct) / (c.gold + c.system) : 0;
}
