// Direct quotations: the words inside one are the speaker's, not the article's attributions.
import type { Doc, Sentence } from '../doc.js';

/**
 * The direct quotations of the text, as character spans [a0, b0, a1, b1, …]: from an opening quotation mark to
 * the mark that closes it in the same paragraph. A paragraph that opens with a quotation mark never closed is a
 * quotation running on into the next paragraph, as news style writes it; a mark left open inside a paragraph is a
 * stray one. Straight marks and two apostrophes ('') count as well as curly ones.
 */
export function quoteSpans(doc: Doc): number[] {
  const text = doc.text;
  const paragraphs = doc.paragraphs;
  const spans: number[] = [];
  let p = 0;
  let open = -1;
  const re = /[“”"]|''/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (p < paragraphs.length && at >= paragraphs[p].end) {
      if (open >= 0 && open === paragraphs[p].start) spans.push(open, paragraphs[p].end);
      open = -1;
      while (p < paragraphs.length && at >= paragraphs[p].end) p++;
    }
    const x = m[0];
    if (open < 0 || x === '“') {
      if (x !== '”') open = at;
    } else {
      spans.push(open, at + x.length);
      open = -1;
    }
  }
  if (open >= 0 && p < paragraphs.length && open === paragraphs[p].start) spans.push(open, paragraphs[p].end);
  return spans;
}

/** Is the character at `pos` inside a quotation? */
export function isQuoted(spans: number[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[2 * lo] <= pos;
}

/** Does the sentence end with a quotation ("… ?”") — so that the next may open with "asked X"? */
export function endsWithQuote(doc: Doc, s: Sentence): boolean {
  const text = doc.text.slice(Math.max(s.start, s.end - 3), s.end);
  return /["”']$/.test(text);
}
