// Nominal triggers: "Russia's invasion of Ukraine", "launched an offensive against …", "was pessimistic about …".
import type { Doc, ActorMention } from '../doc.js';
import type { NounPattern } from '../lexicon/schemas.js';
import { patternIndex, alternatives, alternativeSet, alternativeWords, figurative, FORCE } from './patterns.js';
import { clauseStart, clauseEnd, firstMention } from './clause.js';
import { modalityAt, intentCode } from '../modality/modality.js';
import { subjectOf, placeTarget } from './roles.js';
import type { RawEvent } from './coder.js';

const LIGHT_VERBS = new Set(['launch', 'carry', 'conduct', 'stage', 'hold', 'make', 'issue', 'mount', 'step', 'begin', 'start', 'continue',
  'resume', 'intensify', 'escalate', 'order', 'announce', 'impose', 'give', 'offer', 'extend', 'express', 'voice', 'lodge', 'file', 'deliver', 'sign', 'reach', 'open', 'undertake', 'pay', 'wage', 'unleash', 'perpetrate']);

/** The light verb whose object the noun at i heads, within a few tokens ("launched a major offensive"); -1 if none. */
function lightVerbBefore(doc: Doc, i: number): number {
  const t = doc.tokens;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (t[k].pos === 'VERB' && LIGHT_VERBS.has(t[k].lemma)) return k;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV', 'ADP', 'PART'].includes(t[k].pos) || t[k].sentence !== t[i].sentence) return -1;
    if (t[k].pos === 'ADP' && !['out', 'up'].includes(t[k].norm)) return -1;
  }
  return -1;
}

const COPULAS = new Set(['be', 'remain', 'seem', 'become', 'appear', 'feel', 'sound']);

/** A predicate noun or adjective: "was (very) pessimistic", "is a critic". */
function isPredicate(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = doc.tokens[k];
    if (COPULAS.has(t.lemma) || ['was', 'were', 'is', 'are', "'s", 'been', 'be'].includes(t.norm)) return true;
    if (!['ADV', 'DET', 'ADJ', 'PART'].includes(t.pos)) return false;
  }
  return false;
}

/** The length of a noun phrase alternative matched at token i ("special military operation"), or 0. */
function nounPhraseAt(doc: Doc, i: number, p: NounPattern): number {
  const t = doc.tokens;
  let best = 0;
  for (const words of alternativeWords(p.noun)) {
    if (words.every((w, k) => t[i + k] && t[i + k].sentence === t[i].sentence && (t[i + k].lemma === w || t[i + k].norm === w))) best = Math.max(best, words.length);
  }
  return best;
}

/** Nominal events: "Russia's invasion of Ukraine", "the Trump administration's recognition of Guaidó". */
export function codeNoun(doc: Doc, i: number, out: RawEvent[]): number {
  const t = doc.tokens;
  const patterns = patternIndex().nouns.get(t[i].lemma) ?? patternIndex().nouns.get(t[i].norm);
  if (!patterns) return 0;
  const sentence = doc.sentences[t[i].sentence];
  const end = clauseEnd(doc, i);
  const matched = patterns.map((p) => ({ p, len: nounPhraseAt(doc, i, p) })).filter((m) => m.len > 0).sort((a, b) => b.len - a.len);
  for (const { p, len } of matched) {
    if (FORCE.test(p.code) && figurative(doc, i)) continue;
    const after = i + len;
    // Source: a possessive or adjectival actor right before the noun, past at most two modifiers.
    let source: ActorMention | undefined;
    for (const a of doc.actors) {
      if (a.sentence !== sentence.index || !a.code || a.tokenEnd > i) continue;
      const gapStart = a.possessive ? a.tokenEnd + 1 : a.tokenEnd;
      const gap = t.slice(gapStart, i);
      if (gap.length <= 2 && gap.every((g) => g.pos === 'ADJ' || g.pos === 'NOUN' || g.pos === 'ADV')) source = a;
    }
    const preps = alternativeSet(p.target);
    let target: ActorMention | undefined;
    for (let k = after; k < Math.min(end, after + 2); k++) {
      if (!preps.has(t[k].norm)) continue;
      target = firstMention(doc, k + 1, Math.min(end, k + 1 + 5), (m) => m.code !== null && m.id !== source?.id);
      break;
    }
    // "Israeli shelling in the east of the Gaza Strip": force at a place is force against its country.
    if (!target && FORCE.test(p.code)) target = placeTarget(doc, after, end, p.target) ?? undefined;
    if (!source) {
      // "launched an attack on …", "held talks with …", "issued a warning to …": the noun is the
      // object of a light verb, whose subject does it.
      const light = lightVerbBefore(doc, i);
      if (light >= 0) source = subjectOf(doc, light)[0];
    }
    if (!source && isPredicate(doc, i)) {
      // "Barak said he was very pessimistic about …", "Russia is critical of …": the subject holds the attitude.
      source = subjectOf(doc, i)[0];
    }
    if (!source) {
      // "… by the United States": a passive agent after the target.
      const by = t.slice(after, Math.min(end, after + 12)).findIndex((x) => x.norm === 'by');
      if (by >= 0) source = firstMention(doc, after + by + 1, Math.min(end, after + by + 5), (m) => m.code !== null && m.id !== target?.id);
    }
    const cs = clauseStart(doc, i);
    const mod = modalityAt(doc, i, cs.start, sentence.headline);
    let code = p.code;
    let rule = p.id;
    if (mod.intentFrame && intentCode(code)) {
      // "open to restarting Venezuela's oil trade with the U.S.": the intent is the subject's, coded 03x.
      const subject = subjectOf(doc, i)[0];
      if (subject) source = subject;
      code = intentCode(code)!;
      rule = `${p.id}+intent`;
    }
    if (!source || (!target && p.requiresTarget)) continue;
    if (target && target.code === source.code) continue;
    out.push({
      source, target: target ?? null, code, rule, trigger: i, triggerEnd: after, sentence: sentence.index,
      // A nominal event is presupposed by its clause ("distancing themselves from Russia's invasion"): asserted.
      modality: 'asserted',
      symmetric: p.symmetric, placeIsTarget: false, clauseFrom: cs.start, clauseTo: end, confidence: 0.6, nominal: true,
    });
    return len;
  }
  return 0;
}

