// Attribution stage: who the text says said, reported, found or thought what — "X said (that) …", "…, X said.",
// "“…,” said X", "according to X", "X told The New York Times", "X, a former senator, warned", "X, who …,
// argued", "X has long insisted", "X did Y, saying …", "was criticized by X", "the poll found", headline "X: …" —
// with the source's kind (outlet, anonymous, person, organisation, document, actor) and, for "told The New York
// Times", the outlet it spoke to (via).
//
// The source of a report verb is its subject. It is found from the verb leftwards: over auxiliaries, negation,
// adverbs, a time phrase, a parenthesis and a catenative verb ("did not say", "has long argued", "on Tuesday
// said", "(D-Ore.) said", "declined to say"), then the noun phrase that ends there ("a source familiar with the
// matter", "the director of the FBI", "4 in 10 voters"). Where no subject stands right before the verb, the
// construction gives it: the subject before an appositive ("X, a former senator, said"), the subject after a
// quotation ("“…,” said X"), the subject of the main clause for a participle or a coordinated verb ("X did Y,
// saying …", "X did Y and said …"), the agent of a passive ("… by X").
//
// What is not the article's attribution is left out: words inside a direct quotation (the speaker's, not the
// article's), "I", "we" and "you" outside one (the writer and the reader), and verbs other than verbs of saying
// inside what another source of the sentence reports ("X said voters support Y" attributes to X). The cue
// verbs, their frames and the anonymous and document phrases are data: data/attribution/cues.jsonl.
import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { inSentence, type DocState } from './sentence.js';

export function attribute(doc: Doc): Doc {
  const state: DocState = { quotes: null };
  for (const s of doc.sentences) if (s.tokenEnd > s.tokenStart) inSentence(doc, s, state, doc.attributions);
  return doc;
}

/** The display name of an attribution link: "the Times" is shown as "The New York Times". */
export function linkName(doc: Doc, span: { start: number; end: number; text: string }): string {
  const m = doc.actors.find((a) => a.start === span.start && a.end === span.end);
  if (m && m.kind === 'outlet') return m.name ?? m.text;
  // "the newspaper's account": the outlet the phrase is about, named as the outlet.
  const inner = doc.actors.find((a) => a.kind === 'outlet' && a.start >= span.start && a.end <= span.end && a.antecedent !== undefined);
  if (inner) return inner.name ?? inner.text;
  return span.text;
}

export const attributionStage: Stage = {
  name: 'attribution',
  requires: ['actors', 'coref'],
  assigns: ['attributions'],
  run: attribute,
};
