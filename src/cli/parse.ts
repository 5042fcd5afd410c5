// `attache parse`: our dependency parser over raw text (our tokens, our tagger's UPOS) or over a CoNLL-U file,
// keeping its tokenisation and writing our UPOS, HEAD and DEPREL (DEPS is cleared to "_"); with
// { goldUpos: true } the file's own UPOS column is kept and fed to the parser instead.

import { readFileSync } from 'node:fs';
import { parseConllu, writeConllu, type ConlluSentence } from '../syntax/conllu.js';
import { emptyDoc } from '../doc.js';
import { segment } from '../text/segment.js';
import { loadParser } from '../syntax/parser.js';
import { tag } from '../syntax/tagger.js';
import { udTokens } from '../syntax/tokens.js';

export function runParseConllu(inputPath: string, out: (s: string) => void, opts: { goldUpos?: boolean } = {}): void {
  const sentences = parseConllu(readFileSync(inputPath, 'utf8'));
  const parser = loadParser();
  for (const s of sentences) {
    if (s.tokens.length === 0) continue;
    const words = s.tokens.map((t) => t.form);
    const upos = opts.goldUpos ? s.tokens.map((t) => t.upos) : tag(words);
    const r = parser.parse(words, upos);
    s.tokens.forEach((t, i) => {
      t.upos = upos[i];
      t.head = r.head[i];
      t.deprel = r.deprel[i];
      t.deps = '_';
    });
  }
  out(writeConllu(sentences));
}

export interface ParsedToken {
  id: number;
  text: string;
  start: number;
  end: number;
  upos: string;
  head: number;
  deprel: string;
}

export interface ParsedSentence {
  index: number;
  start: number;
  end: number;
  tokens: ParsedToken[];
}

/**
 * Raw text through attache's own sentence splitter and tokenizer (src/text/segment.ts, refined to UD
 * conventions by udTokens()), our tagger and our parser. Offsets are into `text`.
 */
export function parseText(text: string): ParsedSentence[] {
  const ctx = { date: '1970-01-01', dateAssumed: true, outlet: null, title: null };
  const doc = segment(emptyDoc(text), ctx);
  const parser = loadParser();
  const out: ParsedSentence[] = [];
  // a sentence break with no space after it ("Space.com", "!!!") is not one: such sentences are joined
  const groups: [number, number][] = [];
  for (const s of doc.sentences) {
    const last = groups[groups.length - 1];
    if (last && doc.tokens[last[1] - 1].end === doc.tokens[s.tokenStart].start) last[1] = s.tokenEnd;
    else groups.push([s.tokenStart, s.tokenEnd]);
  }
  for (const [from, to] of groups) {
    const spans = udTokens(text, doc.tokens.slice(from, to));
    if (spans.length === 0) continue;
    const words = spans.map((t) => text.slice(t.start, t.end));
    // Our own tagger measures better than wink's tags for the parser (docs/PARSER.md).
    const upos = tag(words);
    const r = parser.parse(words, upos);
    out.push({
      index: out.length,
      start: spans[0].start,
      end: spans[spans.length - 1].end,
      tokens: spans.map((t, i) => ({ id: i + 1, text: words[i], start: t.start, end: t.end, upos: upos[i], head: r.head[i], deprel: r.deprel[i] })),
    });
  }
  return out;
}

/**
 * `attache parse FILE|-`: raw text through attache's own tokenizer and tagger (what the event coder
 * sees), then our parser; CoNLL-U by default, or one JSON object a sentence.
 */
export function runParseText(text: string, format: 'conllu' | 'json', out: (s: string) => void): void {
  const sentences: ConlluSentence[] = [];
  for (const s of parseText(text)) {
    if (format === 'json') {
      out(JSON.stringify({ sentence: s.index, start: s.start, end: s.end, tokens: s.tokens }) + '\n');
      continue;
    }
    sentences.push({
      comments: [`sent_id = ${s.index + 1}`, `text = ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
      tokens: s.tokens.map((t, i) => ({
        id: t.id, form: t.text, lemma: '_', upos: t.upos, xpos: '_', feats: '_', head: t.head, deprel: t.deprel, deps: '_',
        misc: s.tokens[i + 1]?.start === t.end ? 'SpaceAfter=No' : '_',
      })),
    });
  }
  if (format === 'conllu') out(writeConllu(sentences));
}
