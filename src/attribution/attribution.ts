// Attribution stage: who the text says reported each sentence — "according to X", "X told Y",
// "…, X said.", "X said that …", quotes with their speaker — and anonymous sources.
import { join } from 'node:path';
import { z } from 'zod';
import type { Doc, Attribution, Sentence, ActorMention, AttributionLink } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { loadJsonl, dataDir } from '../lexicon/load.js';

const CueEntry = z.object({ id: z.string(), kind: z.enum(['verb', 'phrase', 'anonymous']), forms: z.array(z.string()).min(1) }).strict();

interface Cues {
  verbs: Map<string, string>;
  anonymous: { words: string[]; id: string }[];
}
let cues: Cues | null = null;
function loadCues(): Cues {
  if (cues) return cues;
  const verbs = new Map<string, string>();
  const anonymous: Cues['anonymous'] = [];
  for (const { entry } of loadJsonl(CueEntry, [join(dataDir(), 'attribution', 'cues.jsonl')])) {
    if (entry.kind === 'verb') entry.forms.forEach((f) => verbs.set(f, entry.id));
    if (entry.kind === 'anonymous') entry.forms.forEach((f) => anonymous.push({ words: f.split(' '), id: entry.id }));
  }
  cues = { verbs, anonymous };
  return cues;
}

/** Is this token range (a source noun phrase) an anonymous source? */
function isAnonymous(doc: Doc, from: number, to: number): boolean {
  const norms = doc.tokens.slice(from, to).map((t) => t.norm);
  return loadCues().anonymous.some(({ words }) => {
    for (let i = 0; i + words.length <= norms.length; i++) if (words.every((w, k) => norms[i + k] === w)) return true;
    return false;
  });
}

function mentionIn(doc: Doc, from: number, to: number): ActorMention | undefined {
  return doc.actors.find((a) => a.tokenStart >= from && a.tokenEnd <= to && a.kind !== 'pronoun') ?? doc.actors.find((a) => a.tokenStart >= from && a.tokenEnd <= to);
}

function sourceOf(doc: Doc, from: number, to: number): Attribution['source'] | null {
  while (from < to && ['the', 'a', 'an'].includes(doc.tokens[from].norm) === false && doc.tokens[from].pos === 'PUNCT') from++;
  if (from >= to) return null;
  const start = doc.tokens[from].start;
  const end = doc.tokens[to - 1].end;
  const text = doc.text.slice(start, end);
  if (isAnonymous(doc, from, to)) return { start, end, text, kind: 'anonymous' };
  const m = mentionIn(doc, from, to);
  if (m) {
    const kind: AttributionLink['kind'] = m.kind === 'outlet' ? 'outlet' : m.kind === 'person' ? 'person' : m.kind === 'pronoun' ? 'person' : 'actor';
    return { start, end, text, kind, code: m.code };
  }
  // A source phrase without a known actor: only short noun phrases, so clauses are not taken for sources.
  if (to - from > 8) return null;
  if (!doc.tokens.slice(from, to).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return null;
  return { start, end, text, kind: 'actor' };
}

function span(doc: Doc, a: number, b: number) {
  return { start: doc.tokens[a].start, end: doc.tokens[b - 1].end, text: doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end) };
}

function inSentence(doc: Doc, s: Sentence): Attribution[] {
  const { verbs } = loadCues();
  const t = doc.tokens;
  const out: Attribution[] = [];
  const last = s.tokenEnd - (t[s.tokenEnd - 1].pos === 'PUNCT' ? 1 : 0);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // "according to X"
    if (t[i].norm === 'according' && t[i + 1]?.norm === 'to') {
      let j = i + 2;
      while (j < last && t[j].norm !== ',' && t[j].norm !== ';') j++;
      const source = sourceOf(doc, i + 2, j);
      if (!source) continue;
      const contentEnd = i > s.tokenStart && t[i - 1].norm === ',' ? i - 1 : i;
      const contentStart = i === s.tokenStart ? j + 1 : s.tokenStart;
      const cEnd = i === s.tokenStart ? last : contentEnd;
      if (cEnd <= contentStart) continue;
      out.push({ source, cue: span(doc, i, i + 2), content: { start: t[contentStart].start, end: t[cEnd - 1].end }, sentence: s.index });
      continue;
    }
    if (!verbs.has(t[i].norm)) continue;
    // "…, SOURCE said/told Y." or "“…,” SOURCE said Thursday.": the source is the phrase between the last comma or quote and the verb.
    let k = i - 1;
    while (k >= s.tokenStart && !/^[,;"“”]$/.test(t[k].text) && t[k].pos !== 'VERB') k--;
    const boundary = k;
    const afterIsEnd = (() => {
      let j = i + 1;
      while (j < last && t[j].norm !== ',' && t[j].norm !== 'that' && t[j].pos !== 'VERB') j++;
      return j >= last || t[j].norm === ',';
    })();
    if (boundary >= s.tokenStart && /^[,"“”]$/.test(t[boundary].text) && afterIsEnd && boundary > s.tokenStart) {
      const source = sourceOf(doc, boundary + 1, i);
      if (!source) continue;
      let j = i + 1;
      while (j < last && t[j].norm !== ',') j++;
      const via = outletIn(doc, i + 1, j);
      let cStart = s.tokenStart;
      let cEnd = boundary;
      while (cStart < cEnd && /^["“”]$/.test(t[cStart].text)) cStart++;
      while (cEnd > cStart && /^[,"“”]$/.test(t[cEnd - 1].text)) cEnd--;
      if (cEnd <= cStart) continue;
      const a: Attribution = { source, cue: span(doc, i, i + 1), content: { start: t[cStart].start, end: t[cEnd - 1].end }, sentence: s.index };
      if (via) a.via = via;
      out.push(a);
      continue;
    }
    // "SOURCE said (that) …" at the start of the sentence.
    if (boundary < s.tokenStart && i - s.tokenStart <= 10 && i + 1 < last) {
      const source = sourceOf(doc, s.tokenStart, i);
      if (!source) continue;
      let c = i + 1;
      if (t[c].norm === 'that') c++;
      if (c >= last) continue;
      out.push({ source, cue: span(doc, i, i + 1), content: { start: t[c].start, end: t[last - 1].end }, sentence: s.index });
    }
  }
  return out;
}

/** The outlet told in "X told The New York Times": the outermost link of the chain. */
function outletIn(doc: Doc, from: number, to: number): Attribution['via'] | undefined {
  const m = doc.actors.find((a) => a.tokenStart >= from && a.tokenEnd <= to && a.kind === 'outlet');
  return m ? { start: m.start, end: m.end, text: m.text } : undefined;
}

export function attribute(doc: Doc): Doc {
  for (const s of doc.sentences) doc.attributions.push(...inSentence(doc, s));
  return doc;
}

/** The display name of an attribution link: "the Times" is shown as "The New York Times". */
export function linkName(doc: Doc, span: { start: number; end: number; text: string }): string {
  const m = doc.actors.find((a) => a.start === span.start && a.end === span.end);
  if (m && m.kind === 'outlet') return m.name ?? m.text;
  return span.text;
}

export const attributionStage: Stage = {
  name: 'attribution',
  requires: ['actors', 'coref'],
  assigns: ['attributions'],
  run: attribute,
};
