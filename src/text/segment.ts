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

export function segment(doc: Doc, ctx: Context): Doc {
  const { text } = doc;
  doc.paragraphs = paragraphsOf(text);
  newDocument();
  const its = wink().its;
  const perSentence: { wdoc: WinkDoc; indices: number[] }[] = [];
  winkOf.set(doc, perSentence);
  doc.paragraphs.forEach((para, pIndex) => {
    const ptext = text.slice(para.start, para.end);
    const headline = isHeadline(text, para, pIndex, doc.paragraphs.length, ctx);
    const wdoc = wink().readDoc(ptext);
    const values = wdoc.tokens().out(its.value) as string[];
    const tags = wdoc.tokens().out(its.pos) as string[];
    // Token offsets: wink keeps each token's surface, so walk the paragraph to find each in turn.
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = 0;
    for (const v of values) {
      const at = ptext.indexOf(v, cursor);
      if (at < 0) {
        starts.push(-1);
        ends.push(-1);
        continue;
      }
      starts.push(at);
      ends.push(at + v.length);
      cursor = at + v.length;
    }
    const spans: [number, number][] = headline
      ? [[0, values.length - 1]]
      : (wdoc.sentences().out(its.span) as unknown as [number, number][]);
    for (const [first, last] of spans) {
      const index = doc.sentences.length;
      const tokenStart = doc.tokens.length;
      const indices: number[] = [];
      for (let i = first; i <= last; i++) {
        // wink splits some words at a non-ASCII letter ("Erdo" "ğ" "an"): a run of letters with no
        // space inside is one word.
        if (starts[i] >= 0 && doc.tokens.length > tokenStart && starts[i] === ends[i - 1] && LETTERS.test(values[i]) && LETTERS.test(values[i - 1] ?? '') && (NON_ASCII.test(values[i]) || NON_ASCII.test(values[i - 1] ?? ''))) {
          const prev = doc.tokens[doc.tokens.length - 1];
          prev.end = para.start + ends[i];
          prev.text = text.slice(prev.start, prev.end);
          prev.norm = normalizeToken(prev.text);
          prev.lemma = prev.norm;
          if (prev.pos === 'X') prev.pos = (UPOS.has(tags[i]) ? tags[i] : 'X') as Upos;
          continue;
        }
        if (starts[i] < 0) {
          doc.diagnostics.push({ stage: 'text', message: `token "${values[i]}" not found in paragraph ${pIndex}`, sentence: index });
          continue;
        }
        const pos = (UPOS.has(tags[i]) ? tags[i] : 'X') as Upos;
        // wink's value is the surface: it was found at exactly this offset.
        const surface = values[i];
        const norm = normalizeToken(surface);
        doc.tokens.push({ start: para.start + starts[i], end: para.start + ends[i], text: surface, norm, pos, lemma: norm, sentence: index });
        indices.push(i);
      }
      const tokenEnd = doc.tokens.length;
      if (tokenEnd === tokenStart) continue;
      const sentence: Sentence = {
        index,
        paragraph: pIndex,
        headline,
        start: doc.tokens[tokenStart].start,
        end: doc.tokens[tokenEnd - 1].end,
        tokenStart,
        tokenEnd,
      };
      doc.sentences.push(sentence);
      perSentence.push({ wdoc, indices });
    }
  });
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
