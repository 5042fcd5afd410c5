// What an attribution reports, and the outlet it was told to.
import type { Doc, Attribution, Sentence } from '../doc.js';
import { boundaryAt } from './clause.js';
import { npRight } from './noun-phrase.js';
import { actorsInOrder, firstMentionFrom, type Found } from './source-kind.js';
import { isQuote, OBJECT_PRON } from './words.js';

/** What was reported: the clause after the verb, or, for "…, X said." at the end, the words before the source. */
export function contentOf(doc: Doc, s: Sentence, f: Found, cueFrom: number, cueTo: number, last: number, before: boolean, object: boolean): Attribution['content'] | null {
  const t = doc.tokens;
  const srcFrom = f.from >= 0 ? f.from : cueFrom;
  const first = before ? Math.min(srcFrom, cueFrom) : cueFrom;
  // the words before the source, when it follows them after a comma or a quotation
  let a = s.tokenStart;
  let b = first;
  while (a < b && (t[a].pos === 'PUNCT' || isQuote(t[a]))) a++;
  while (b > a && (t[b - 1].pos === 'PUNCT' || isQuote(t[b - 1]))) b--;
  const beforeOk = b - a >= (before ? 2 : 1) && first > s.tokenStart && (boundaryAt(doc, first - 1, s));
  let c = before ? cueTo : Math.max(cueTo, f.to);
  // "told reporters (that) …": past the one told
  if (object && before && c < last) {
    if (OBJECT_PRON.has(t[c].norm)) c++;
    else {
      const np = npRight(doc, c, last);
      if (np && np.to < last && t[np.to].pos !== 'ADP') c = np.to;
    }
  }
  while (c < last && (t[c].norm === 'that' || t[c].norm === ',' || t[c].norm === ':' || isQuote(t[c]))) c++;
  let d = last;
  while (d > c && isQuote(t[d - 1])) d--;
  // words after the verb without a verb of their own ("Thursday, according to the Times") are no report
  let afterLen = d - c;
  let verbAfter = false;
  for (let k = c; k < d && !verbAfter; k++) verbAfter = (t[k].pos === 'VERB' || t[k].pos === 'AUX') && t[k].norm !== 'according';
  if (!verbAfter && beforeOk) afterLen = 0;
  // a participle or a coordinated verb ("…, adding that …") reports what follows it
  if (f.from < 0 && afterLen >= 1) return { start: t[c].start, end: t[d - 1].end };
  if (beforeOk && (afterLen <= 3 || !before)) return { start: t[a].start, end: t[b - 1].end };
  if (afterLen >= 1) return { start: t[c].start, end: t[d - 1].end };
  if (beforeOk) return { start: t[a].start, end: t[b - 1].end };
  // "Trump said." — the report is the sentence before
  const prev = doc.sentences[s.index - 1];
  if (prev && prev.paragraph === s.paragraph) return { start: prev.start, end: prev.end };
  return { start: t[cueFrom].start, end: t[cueTo - 1].end };
}

/** The outlet told in "X told The New York Times" / "X said on CNN": the outermost link of the chain. */
export function viaAfter(doc: Doc, from: number, last: number): Attribution['via'] | undefined {
  const t = doc.tokens;
  let to = from;
  while (to < last && to < from + 6 && t[to].norm !== 'that' && t[to].norm !== ',' && !isQuote(t[to]) && t[to].pos !== 'VERB') to++;
  if (to === from) return undefined;
  const list = actorsInOrder(doc);
  for (let k = firstMentionFrom(list, from); k < list.length && list[k].tokenStart < to; k++) {
    const m = list[k];
    if (m.kind === 'outlet') return { start: m.start, end: m.end, text: m.text };
  }
  return undefined;
}
