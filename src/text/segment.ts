// Text stage: paragraphs, a headline, sentences, tokens and part-of-speech tags (wink-nlp).
// First: it changes how wink-nlp's lexicon remembers words, before wink-nlp loads.
import { newDocument } from './wink-memory.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token, Upos, Context } from '../doc.js';
import { normalize } from '../doc.js';
import type { Stage } from '../pipeline.js';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;
type WinkDoc = ReturnType<Wink['readDoc']>;
/** Per sentence, the wink document and the wink token index of each of its tokens: lemmas are read later, only where needed. */
const winkOf = new WeakMap<Doc, { wdoc: WinkDoc; indices: number[] }[]>();
function wink(): Wink {
  // Sentence breaking and POS only: wink's other pipes (NER, sentiment, negation) cost time and we don't use them.
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;
const TERMINAL = /[.!?…]["'”’)\]]*$/;
const UPOS = new Set<string>(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE']);

/** Paragraph spans: non-blank lines, trimmed. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** A first paragraph without a full stop, short, followed by more text, is a headline and its own sentence. */
function isHeadline(text: string, para: { start: number; end: number }, index: number, count: number, ctx: Context): boolean {
  if (index !== 0 || count < 2) return false;
  const s = text.slice(para.start, para.end);
  if (ctx.title && normalize(s) === normalize(ctx.title.trim())) return true;
  return s.length <= 250 && !TERMINAL.test(s);
}

/**
 * normalize() for one token. Most tokens are ASCII, where folding diacritics and quotes changes
 * nothing: lower-casing alone gives the same string without normalize()'s intermediate strings
 * (the text stage made more garbage than any other).
 */
export function normalizeToken(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return normalize(s);
  return s.toLowerCase();
}

/** wink's tokens for whitespace between paragraphs ("\n\n"): not tokens of ours. */
const BLANK = /^\s+$/;
/** The start offset marking such a token (a token not found in the text is -1). */
const BETWEEN_PARAGRAPHS = -2;

export function segment(doc: Doc, ctx: Context): Doc {
  const { text } = doc;
  const paragraphs = (doc.paragraphs = paragraphsOf(text));
  newDocument();
  const its = wink().its;
  const perSentence: { wdoc: WinkDoc; indices: number[] }[] = [];
  winkOf.set(doc, perSentence);
  if (!paragraphs.length) return doc;
  // One wink document for the whole text (one call is cheaper than one per paragraph); its tags do
  // not depend on the text around a sentence, and sentences are cut at paragraph ends below.
  const wdoc = wink().readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  // Token offsets: wink keeps each token's surface, so walk the text to find each in turn.
  const starts = new Int32Array(values.length).fill(-1);
  const ends = new Int32Array(values.length).fill(-1);
  const paraOf = new Int32Array(values.length);
  let cursor = 0;
  let p = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v.length && BLANK.test(v)) {
      starts[i] = BETWEEN_PARAGRAPHS;
      continue;
    }
    const at = text.indexOf(v, cursor);
    if (at < 0) continue;
    starts[i] = at;
    ends[i] = at + v.length;
    cursor = at + v.length;
    while (p < paragraphs.length - 1 && at >= paragraphs[p].end) p++;
    paraOf[i] = p;
  }
  const headline = isHeadline(text, paragraphs[0], 0, paragraphs.length, ctx);
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  let sentence: Sentence | null = null;
  let indices: number[] = [];
  const close = () => {
    if (sentence && sentence.tokenEnd > sentence.tokenStart) {
      doc.sentences.push(sentence);
      perSentence.push({ wdoc, indices });
    }
    sentence = null;
  };
  const open = (pIndex: number) => {
    const index = doc.sentences.length;
    indices = [];
    sentence = { index, paragraph: pIndex, headline: headline && pIndex === 0, start: 0, end: 0, tokenStart: doc.tokens.length, tokenEnd: doc.tokens.length };
    return sentence;
  };
  for (const [first, last] of spans) {
    // A headline is one sentence whatever wink made of it; elsewhere a sentence ends with its paragraph.
    if (!(sentence && (sentence as Sentence).headline)) close();
    for (let i = first; i <= last; i++) {
      const v = values[i];
      if (starts[i] === BETWEEN_PARAGRAPHS) continue;
      if (starts[i] < 0) {
        doc.diagnostics.push({ stage: 'text', message: `token "${v}" not found in the text`, sentence: doc.sentences.length });
        continue;
      }
      const pIndex = paraOf[i];
      let s: Sentence = sentence ?? open(pIndex);
      if (s.paragraph !== pIndex) {
        close();
        s = open(pIndex);
      }
      // wink splits some words at a non-ASCII letter ("Erdo" "ğ" "an"): a run of letters with no
      // space inside is one word.
      if (doc.tokens.length > s.tokenStart && starts[i] === ends[i - 1] && LETTERS.test(v) && LETTERS.test(values[i - 1] ?? '') && (NON_ASCII.test(v) || NON_ASCII.test(values[i - 1] ?? ''))) {
        const prev = doc.tokens[doc.tokens.length - 1];
        prev.end = ends[i];
        prev.text = text.slice(prev.start, prev.end);
        prev.norm = normalizeToken(prev.text);
        prev.lemma = prev.norm;
        if (prev.pos === 'X') prev.pos = (UPOS.has(tags[i]) ? tags[i] : 'X') as Upos;
        s.end = prev.end;
        continue;
      }
      const pos = (UPOS.has(tags[i]) ? tags[i] : 'X') as Upos;
      // wink's value is the surface: it was found at exactly this offset.
      const norm = normalizeToken(v);
      if (s.tokenEnd === s.tokenStart) s.start = starts[i];
      doc.tokens.push({ start: starts[i], end: ends[i], text: v, norm, pos, lemma: norm, sentence: s.index });
      s.tokenEnd = doc.tokens.length;
      s.end = ends[i];
      indices.push(i);
    }
  }
  close();
  return doc;
}

/** Lemma by tag, then surface form, shared across documents (bounded). */
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCount = 0;

/** Drops the tagger's per-paragraph documents once no stage needs lemmas any more. */
export function releaseTagger(doc: Doc): void {
  winkOf.delete(doc);
}

/** Lemmas for one sentence's tokens (wink's lemmatizer), computed only for sentences that are coded. */
export function lemmatize(doc: Doc, sentenceIndex: number): void {
  const s = doc.sentences[sentenceIndex];
  const source = winkOf.get(doc)?.[sentenceIndex];
  const its = wink().its;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k];
    // The same word with the same tag has the same lemma: asking wink once per form is far cheaper.
    let byForm = lemmaCache.get(t.pos);
    if (!byForm) lemmaCache.set(t.pos, (byForm = new Map()));
    const known = byForm.get(t.text);
    if (known !== undefined) {
      t.lemma = known;
      continue;
    }
    const wi = source?.indices[k - s.tokenStart];
    const lemma = source && wi !== undefined ? (source.wdoc.tokens().itemAt(wi).out(its.lemma as never) as string) : undefined;
    t.lemma = lemma ? normalize(lemma) : cheapLemma(t);
    if (lemmaCount < 50_000) {
      byForm.set(t.text, t.lemma);
      lemmaCount++;
    }
  }
}

/** Fallback lemma: strip common inflections. */
function cheapLemma(t: Token): string {
  const w = t.norm;
  if (t.pos === 'VERB' || t.pos === 'NOUN') {
    if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
    if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
    if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
    if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  }
  return w;
}

export const textStage: Stage = {
  name: 'text',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  run: segment,
};
