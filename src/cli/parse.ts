// `attache parse`: our dependency parser over raw text (our tokens, our tagger's UPOS) or over a CoNLL-U file,
// keeping its tokenisation and UPOS and writing our HEAD and DEPREL (DEPS is cleared to "_").

import { readFileSync } from 'node:fs';
import { parseConllu, writeConllu, type ConlluSentence } from '../syntax/conllu.js';
import { emptyDoc } from '../doc.js';
import { segment } from '../text/segment.js';
import { loadParser } from '../syntax/parser.js';
import { tag } from '../syntax/tagger.js';

export function runParseConllu(inputPath: string, out: (s: string) => void): void {
  const sentences = parseConllu(readFileSync(inputPath, 'utf8'));
  const parser = loadParser();
  for (const s of sentences) {
    if (s.tokens.length === 0) continue;
    const r = parser.parse(
      s.tokens.map((t) => t.form),
      s.tokens.map((t) => t.upos),
    );
    s.tokens.forEach((t, i) => {
      t.head = r.head[i];
      t.deprel = r.deprel[i];
      t.deps = '_';
    });
  }
  out(writeConllu(sentences));
}

/**
 * `attache parse FILE|-`: raw text through attache's own tokenizer and tagger (what the event coder
 * sees), then our parser; CoNLL-U by default, or one JSON object a sentence.
 */
export function runParseText(text: string, format: 'conllu' | 'json', out: (s: string) => void): void {
  const ctx = { date: '1970-01-01', dateAssumed: true, outlet: null, title: null };
  const doc = segment(emptyDoc(text), ctx);
  const parser = loadParser();
  const sentences: ConlluSentence[] = [];
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    // Our own tagger measures better than wink's tags for the parser (docs/PARSER.md).
    const words = tokens.map((t) => t.text);
    const upos = tag(words);
    const r = parser.parse(words, upos);
    if (format === 'json') {
      out(JSON.stringify({
        sentence: s.index, start: s.start, end: s.end,
        tokens: tokens.map((t, i) => ({ id: i + 1, text: t.text, start: t.start, end: t.end, upos: upos[i], head: r.head[i], deprel: r.deprel[i] })),
      }) + '\n');
      continue;
    }
    sentences.push({
      comments: [`sent_id = ${s.index + 1}`, `text = ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
      tokens: tokens.map((t, i) => ({
        id: i + 1, form: t.text, lemma: '_', upos: upos[i], xpos: '_', feats: '_', head: r.head[i], deprel: r.deprel[i], deps: '_',
        misc: doc.tokens[s.tokenStart + i + 1]?.start === t.end ? 'SpaceAfter=No' : '_',
      })),
    });
  }
  if (format === 'conllu') out(writeConllu(sentences));
}
