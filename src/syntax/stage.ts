// The syntax stage: tags and parses, on demand, the sentences where the event coder found a verb
// matching an event pattern and two different actors (events/verbs.ts), and reads clause frames
// off the parse. Other sentences are never parsed.
import type { Doc, Context, Frame, ActorMention } from '../doc.js';
import type { Stage } from '../pipeline.js';
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

/**
 * The frame of the predicate at token i, parsing its sentence on first use. Sentences are parsed
 * only when the coder asks: a verb that matched an event pattern in a sentence with an actor.
 */
export function frameAt(doc: Doc, i: number): Frame | undefined {
  if (!doc.frames || !doc.parsed) return undefined;
  const sentence = doc.tokens[i]?.sentence;
  if (sentence === undefined) return undefined;
  if (!doc.parsed.has(sentence)) {
    doc.parsed.add(sentence);
    try {
      parseSentence(doc, sentence);
    } catch (err) {
      // One sentence the parser cannot handle keeps its word-order coding.
      doc.diagnostics.push({ stage: 'syntax', message: `parse failed: ${(err as Error).message}`, sentence });
    }
  }
  return doc.frames.get(i);
}

/**
 * A parse costs about as much as everything else the pipeline does to an article's sentences, so it
 * is spent where it decides a dyad: sentences naming two or more different actors. With one actor,
 * word order already tells whether it acts ("Russia attacked the convoy").
 */
/** A mention that can take part in a dyad: coded, or a named person; not a modifier inside another. */
function dyadic(m: ActorMention, sentence: number): boolean {
  return m.sentence === sentence && !m.nested && (m.code !== null || m.kind === 'person');
}

function namesTwoActors(doc: Doc, sentence: number): boolean {
  let first: string | null = null;
  for (const m of doc.actors) {
    if (!dyadic(m, sentence)) continue;
    const key = m.code ?? m.text;
    if (first === null) first = key;
    else if (key !== first) return true;
  }
  return false;
}

/**
 * The frame of the predicate at i. Only the verb coder may have a sentence parsed (`mayParse`), and only
 * when it names two different actors; other readers (nouns, reported speech, modality) take the frames that exist.
 */
export function frameFor(doc: Doc, i: number, mayParse = false): Frame | undefined {
  if (!doc.frames) return undefined;
  const sentence = doc.tokens[i]?.sentence;
  if (sentence === undefined || !namesTwoActors(doc, sentence)) return undefined;
  if (!doc.parsed?.has(sentence) && (!mayParse || !worthParsing(doc, i))) return undefined;
  return frameAt(doc, i);
}

/** Longer sentences cost the parser the most and are the ones it parses worst: word order codes them. */
const MAX_PARSED_TOKENS = 35;

/**
 * A parse decides a dyad only when actors stand on both sides of the verb; with all of them on one
 * side, word order already says who is the subject (docs/PERFORMANCE.md: half the parses, the same figures).
 */
function worthParsing(doc: Doc, i: number): boolean {
  const s = doc.sentences[doc.tokens[i].sentence];
  if (s.tokenEnd - s.tokenStart > MAX_PARSED_TOKENS) return false;
  let before = false;
  let after = false;
  for (const m of doc.actors) {
    if (!dyadic(m, s.index)) continue;
    if (m.tokenEnd <= i) before = true;
    else if (m.tokenStart > i) after = true;
  }
  return before && after;
}

export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['tokens', 'sentences', 'actors', 'coref'],
  assigns: ['frames'],
  // Frames are made on demand (frameAt): most sentences never need a parse.
  run: (doc: Doc, ctx: Context) => {
    if (ctx.syntax === false) return doc;
    doc.frames = new Map();
    doc.parsed = new Set();
    return doc;
  },
};
