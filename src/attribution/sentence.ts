// The attributions of one sentence: "according to X", headline "X: …", and the report verbs, whose sources
// source.ts finds; then what another source's report holds is dropped.
import type { Doc, Attribution, Sentence } from '../doc.js';
import { clauseBeside } from './clause.js';
import { contentOf, viaAfter } from './content.js';
import { loadCues } from './cues.js';
import { npLeft, npRight } from './noun-phrase.js';
import { isQuoted, quoteSpans } from './quotes.js';
import { sourceFor } from './source.js';
import { found, type Found } from './source-kind.js';
import { FIRST_SECOND, isQuote } from './words.js';

function span(doc: Doc, a: number, b: number) {
  return { start: doc.tokens[a].start, end: doc.tokens[b - 1].end, text: doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end) };
}

/** What the stage works out once per document, when it first needs it. */
export interface DocState {
  quotes: number[] | null;
}

/** Adds the attribution of the cue [cueFrom, cueTo) with its content and the outlet it went to; false when there is none. */
function pushed(doc: Doc, s: Sentence, out: Attribution[], first: number, f: Found, cueFrom: number, cueTo: number, last: number, before: boolean, object: boolean): boolean {
  const t = doc.tokens;
  for (let k = first; k < out.length; k++) if (out[k].cue.start === t[cueFrom].start) return false;
  const content = f.content ? { start: t[f.content[0]].start, end: t[f.content[1] - 1].end } : contentOf(doc, s, f, cueFrom, cueTo, last, before, object);
  if (!content) return false;
  const a: Attribution = { source: f.source, cue: span(doc, cueFrom, cueTo), content, sentence: s.index };
  const via = viaAfter(doc, cueTo, last);
  if (via && (via.start < f.source.start || via.start >= f.source.end)) a.via = via;
  out.push(a);
  return true;
}

export function inSentence(doc: Doc, s: Sentence, state: DocState, out: Attribution[]): void {
  const { verbs } = loadCues();
  const t = doc.tokens;
  const first = out.length;
  /** the source of the last report verb of the sentence */
  let prior: Attribution['source'] | null = null;
  let priorCue = -1;
  /** attributions made by verbs that are not verbs of saying */
  let attitude: number[] | null = null;
  const last = s.tokenEnd - (t[s.tokenEnd - 1].pos === 'PUNCT' ? 1 : 0);

  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // one lookup a token: the stage runs on every sentence
    const verb = verbs.get(t[i].norm);
    if (verb === undefined) continue;
    const tok = t[i];
    // Inside a direct quotation the words are the speaker's, not the article's attributions.
    state.quotes ??= quoteSpans(doc);
    if (state.quotes.length && isQuoted(state.quotes, tok.start)) continue;
    // "according to X"
    if (verb.special === 'phrase') {
      const rest = verb.rest!;
      const from = i + 1 + rest.length;
      if (from >= last || rest.some((w, k) => t[i + 1 + k].norm !== w)) continue;
      let j = from;
      while (j < last && t[j].norm !== ',' && t[j].norm !== ';' && !isQuote(t[j])) j++;
      const np = npRight(doc, from, j);
      let f = np && np.to === j ? found(doc, np) : null;
      f ??= found(doc, { from, to: j, head: np ? np.head : j - 1 });
      if (!f && np) f = found(doc, np);
      if (!f) continue;
      // "X said …, according to the Times": the outlet reports X's report, and is the outermost link of its chain
      const before = out.length > first ? out[out.length - 1] : undefined;
      if (f.source.kind === 'outlet' && before && !before.via && i > s.tokenStart && t[i - 1].norm === ',' && before.source.kind !== 'outlet') {
        before.via = { start: f.source.start, end: f.source.end, text: f.source.text };
      }
      const contentEnd = i > s.tokenStart && t[i - 1].norm === ',' ? i - 1 : i;
      const contentStart = i === s.tokenStart ? j + 1 : s.tokenStart;
      const cEnd = i === s.tokenStart ? last : contentEnd;
      if (cEnd <= contentStart) continue;
      out.push({ source: f.source, cue: span(doc, i, from), content: { start: t[contentStart].start, end: t[cEnd - 1].end }, sentence: s.index });
      continue;
    }
    // Headline or lead "X: …" — a short name before a colon that opens the sentence.
    if (verb.special === 'colon') {
      if (i - s.tokenStart > 5 || i === s.tokenStart || last - i <= 3) continue;
      const np = npLeft(doc, i - 1, s.tokenStart);
      // a name (every word a proper noun, not in capitals as a dateline or a label is) or a known actor
      const name = np && t.slice(np.from, np.to).every((x) => (x.pos === 'PROPN' && /[a-z]/.test(x.text)) || x.norm === "'s" || x.norm === '.');
      if (np && np.from === s.tokenStart) {
        const f = found(doc, np);
        if (f && f.source.kind !== 'document' && (name || f.source.kind !== 'actor')) {
          out.push({ source: f.source, cue: span(doc, i, i + 1), content: { start: t[i + 1].start, end: t[last - 1].end }, sentence: s.index });
        }
      }
      continue;
    }
    const f = sourceFor(doc, s, i, verb, prior, priorCue, last);
    if (!f) continue;
    // "added 200 jobs", "found itself": such verbs report a clause, a quotation — or what a document or outlet shows
    if (verb.clause && !clauseBeside(doc, s, i, last) && f.found.source.kind !== 'document' && f.found.source.kind !== 'outlet') continue;
    // "I", "we" and "you" outside a quotation are the writer and the reader, not a source the article cites.
    if (FIRST_SECOND.has(f.found.source.text.toLowerCase())) continue;

    let cueTo = i + 1;
    if (verb.particle && t[i + 1] && verb.particle.has(t[i + 1].norm)) cueTo = i + 2;
    const n = out.length;
    if (!pushed(doc, s, out, first, f.found, i, cueTo, last, f.before, verb.object)) continue;
    prior = out[n].source;
    priorCue = i;
    if (!verb.nested) (attitude ??= []).push(n);
  }
  // A verb that is not one of saying, inside what another source of the sentence reports, is part of that
  // report: "X said voters support Y" attributes to X, not to the voters.
  if (attitude) {
    const drop = new Set<number>();
    for (const k of attitude) {
      const a = out[k];
      for (let j = first; j < out.length; j++) {
        const o = out[j];
        if (j !== k && !drop.has(j) && o.content.start <= a.source.start && a.cue.end <= o.content.end) {
          drop.add(k);
          break;
        }
      }
    }
    if (drop.size) {
      const keep = out.slice(first).filter((_, k) => !drop.has(first + k));
      out.length = first;
      out.push(...keep);
    }
  }
  citedSources(doc, out, first, last);
}

const CITING = new Set(['citing', 'cited', 'quoting', 'quoted']);

/**
 * "The New York Times reported, citing people familiar with the matter": who is cited is a source of
 * its own, one link deeper than the outlet that cites it.
 */
function citedSources(doc: Doc, out: Attribution[], first: number, last: number): void {
  const t = doc.tokens;
  const n = out.length;
  for (let k = first; k < n; k++) {
    const a = out[k];
    if (!CITING.has(a.cue.text.toLowerCase()) || a.source.kind !== 'outlet') continue;
    const after = t.findIndex((x) => x.start >= a.cue.end);
    if (after < 0 || after >= last) continue;
    let end = after;
    while (end < last && t[end].norm !== ',' && t[end].norm !== ';' && !isQuote(t[end])) end++;
    const np = npRight(doc, after, end);
    const f = np ? found(doc, { from: np.from, to: end, head: np.head }) ?? found(doc, np) : null;
    if (!f || f.source.kind === 'outlet' || f.source.start < a.cue.end) continue;
    out.push({ source: f.source, via: { start: a.source.start, end: a.source.end, text: a.source.text }, cue: a.cue, content: a.content, sentence: a.sentence });
  }
}
