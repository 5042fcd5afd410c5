// The syntax stage: tags and parses the sentences that can hold an event (a coded actor and a
// trigger word) and reads clause frames off the parse. Other sentences are never parsed.
import type { Doc, Context, Frame } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { isCandidate } from '../events/coder.js';
import { lemmatize } from '../text/segment.js';
import { loadParser } from './parser.js';
import { loadTagger } from './tagger.js';
import { framesOf } from './frames.js';

/** Parses one sentence of the Doc and records its heads, relations and frames. */
export function parseSentence(doc: Doc, index: number): Frame[] {
  const s = doc.sentences[index];
  const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
  if (!tokens.length) return [];
  const words = tokens.map((t) => t.text);
  // Our tagger measures better than wink's tags as parser input (docs/PARSER.md).
  const upos = loadTagger().tag(words);
  const { head, deprel } = loadParser().parse(words, upos);
  const parse = (doc.parse ??= { head: new Int32Array(doc.tokens.length).fill(-2), deprel: new Array(doc.tokens.length).fill(''), upos: new Array(doc.tokens.length).fill('') });
  tokens.forEach((_, k) => {
    parse.head[s.tokenStart + k] = head[k] === 0 ? -1 : s.tokenStart + head[k] - 1;
    parse.deprel[s.tokenStart + k] = deprel[k];
    parse.upos[s.tokenStart + k] = upos[k];
  });
  const frames = framesOf({ offset: s.tokenStart, words, lemmas: tokens.map((t) => t.lemma), upos, head, deprel, sentence: index });
  const byPredicate = (doc.frames ??= new Map());
  for (const f of frames) byPredicate.set(f.predicate, f);
  return frames;
}

export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['tokens', 'sentences', 'actors', 'coref'],
  assigns: ['frames'],
  run: (doc: Doc, ctx: Context) => {
    if (ctx.syntax === false) return doc;
    doc.frames ??= new Map();
    for (const s of doc.sentences) {
      if (!isCandidate(doc, s.index)) continue;
      lemmatize(doc, s.index);
      try {
        parseSentence(doc, s.index);
      } catch (err) {
        // One sentence the parser cannot handle keeps its POS-heuristic coding.
        doc.diagnostics.push({ stage: 'syntax', message: `parse failed: ${(err as Error).message}`, sentence: s.index });
      }
    }
    return doc;
  },
};
