// Events stage: finds trigger words of the pattern lexicon in candidate sentences and codes
// who did what to whom from the clause around them (verbs.ts, nouns.ts, reported.ts).
import type { Doc, ActorMention, Context, Modality } from '../doc.js';
import { patternIndex } from './patterns.js';
import { lemmatize } from '../text/segment.js';
import { isVerb, POSSESSIVE_PRONOUNS } from './clause.js';
import { irregularLemma, unprefixed } from './irregular.js';
import { codeReported } from './reported.js';
import { subjectOf } from './roles.js';
import { codeVerb } from './verbs.js';
import { codeNoun } from './nouns.js';

export { threatCode } from './recode.js';

/** An event before dating, attribution and merging: positions are token indices. */
export interface RawEvent {
  source: ActorMention | null;
  target: ActorMention | null;
  code: string;
  rule: string;
  trigger: number;
  triggerEnd: number;
  sentence: number;
  modality: Modality;
  symmetric: boolean;
  placeIsTarget: boolean;
  /** a nominal event ("Russia's invasion of Ukraine") rather than a clause's verb */
  nominal?: boolean;
  /** token range of the clause, for dating and places */
  clauseFrom: number;
  clauseTo: number;
  confidence: number;
}

/** A sentence is worth coding when it holds a coded actor and a word that may trigger an event. */
export function isCandidate(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  // A coded actor, or a named person the lexicons do not hold ("President Abdelaziz Bouteflicka threatened …").
  if (!doc.actors.some((a) => a.sentence === sentence && (a.code || a.kind === 'person'))) return false;
  const words = patternIndex().triggerWords;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const n = doc.tokens[k].norm;
    if (words.has(n) || irregularLemma(n) || words.has(unprefixed(n) ?? '')) return true;
  }
  return false;
}

/** Prefixes that make a verb, not a compound modifier: "re-examine", "co-sponsor". */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'de', 'counter', 'over', 'under', 'out', 'mis', 'cross', 'un', 'non', 'self']);
const ATTRIBUTIVE_BEFORE = new Set(['DET', 'NUM', 'ADJ', 'ADP', 'VERB']);

/**
 * A verb form used as a noun or an adjective names no act of the clause: a gerund after a determiner
 * ("after the museum shooting"), a participle glued to a word before it ("a government-held district",
 * "the Israeli-occupied sector"), or one standing before its noun ("two exiled dissidents").
 */
export function modifierUse(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const prev = t[i - 1];
  if (!prev) return false;
  if (t[i].norm.endsWith('ing')) {
    if (['DET', 'PART'].includes(prev.pos) || POSSESSIVE_PRONOUNS.has(prev.norm) || (['NOUN', 'ADJ'].includes(prev.pos) && t[i - 2]?.pos === 'DET')) return true;
    // "killed in Israeli tank shelling in the east": a gerund after its modifiers, with no object of its own.
    if (['NOUN', 'ADJ', 'PROPN'].includes(prev.pos) && (!t[i + 1] || ['ADP', 'PUNCT'].includes(t[i + 1].pos)) && t[i - 2]?.pos !== 'AUX') return true;
  }
  if (prev.norm === '-' && prev.start === t[i - 2]?.end && t[i].start === prev.end && !VERB_PREFIXES.has(t[i - 2].norm)) return true;
  const participle = t[i].pos === 'VERB' && /(ed|en)$/.test(t[i].norm) && t[i].norm !== t[i].lemma;
  return participle && ATTRIBUTIVE_BEFORE.has(prev.pos) && ['NOUN', 'PROPN'].includes(t[i + 1]?.pos ?? '') && doc.sentences[t[i].sentence].tokenStart < i;
}

export function codeEvents(doc: Doc, ctx: Context): RawEvent[] {
  const out: RawEvent[] = [];
  for (const s of doc.sentences) {
    if (!isCandidate(doc, s.index)) continue;
    s.candidate = true;
    lemmatize(doc, s.index);
    const absorbed = new Set<number>();
    const objectOf = new Map<number, string>();
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (absorbed.has(i)) continue;
      const t = doc.tokens[i];
      if (isVerb(t) && !modifierUse(doc, i)) {
        const before = out.length;
        codeVerb(doc, i, out, absorbed);
        // "will impose sanctions": the noun a verb pattern took as its object is not a second event of that kind.
        for (const e of out.slice(before)) for (let k = e.trigger + 1; k < e.triggerEnd; k++) objectOf.set(k, e.code.slice(0, 2));
      } else {
        // Nouns, and noun phrases that open with an adjective ("military operation") or a gerund ("Russia's shelling").
        const before = out.length;
        const len = codeNoun(doc, i, out);
        const root = objectOf.get(i);
        if (root) for (let k = out.length - 1; k >= before; k--) {
          const noun = out[k];
          if (!noun.code.startsWith(root)) continue;
          out.splice(k, 1);
          // "launched an air strike" (190) names its kind of force (195): the verb's event takes the finer code.
          for (const v of out) if (v.sentence === noun.sentence && v.trigger < i && i < v.triggerEnd && /^\d\d0$/.test(v.code) && noun.code.length > 2 && noun.code !== v.code) {
            v.code = noun.code;
            v.rule = `${v.rule}+${noun.rule}`;
          }
        }
        if (len > 1) i += len - 1;
      }
    }
  }
  return codeReported(doc, withoutRestatements(out), (i) => subjectOf(doc, i));
}

/**
 * "Obama has agreed to lift the sanctions on Iran": the intent found at "agreed" (no target) and at "lift
 * the sanctions on Iran" is one act; the coding that names its target stands for both. A statement (010)
 * addressed to no one and about no one ("made his remarks in Doha") tells an analyst nothing: not coded.
 */
function withoutRestatements(events: RawEvent[]): RawEvent[] {
  return events.filter((e) => e.target || (e.code !== '010' && !events.some((o) => o !== e && o.target && o.sentence === e.sentence && o.code === e.code && o.source?.id === e.source?.id)));
}

