// Modality of an event from the words around its trigger: negated, intended, hypothetical,
// speculative or asserted; and intent frames, which CAMEO codes as 03x events of their own.
import type { Doc, Frame, Modality } from '../doc.js';
import { frameFor } from '../syntax/stage.js';
import { verbGroupStart } from '../events/clause.js';

const NEGATION = new Set(['not', "n't", 'never', 'no']);
const FUTURE = new Set(['will', "'ll", 'shall']);
const HYPOTHETICAL = new Set(['would', 'could', 'should']);
const SPECULATIVE = new Set(['may', 'might', 'possibly', 'probably', 'likely', 'perhaps', 'reportedly']);
/** "refused to vote", "failed to reach": the complement did not happen. */
const NEGATING_VERBS = new Set(['refuse', 'decline', 'fail', 'reject']);
/** "plans to visit", "is set to meet": the complement is intended. */
const INTENT_VERBS = new Set(['plan', 'intend', 'aim', 'seek', 'want', 'hope', 'expect', 'schedule', 'prepare', 'set', 'try', 'attempt', 'threaten', 'vow', 'pledge', 'promise']);
/** Cues that make the complement an expressed intent to cooperate ("would be open to restarting trade"). */
const INTENT_FRAMES: string[][] = [
  ['open', 'to'], ['willing', 'to'], ['ready', 'to'], ['prepared', 'to'], ['offer', 'to'], ['offered', 'to'], ['offers', 'to'],
  ['agree', 'to'], ['agreed', 'to'], ['agrees', 'to'], ['propose', 'to'], ['proposed', 'to'], ['pledged', 'to'], ['promised', 'to'],
  ['vowed', 'to'], ['plans', 'to'], ['planned', 'to'], ['plan', 'to'], ['intends', 'to'], ['intend', 'to'], ['eager', 'to'],
];
const SPECULATIVE_VERBS = new Set(['appear', 'seem', 'indicate', 'suggest']);
/** Verbs of asking: their open complement is what was asked for, not what was done. */
const APPEAL_VERBS = new Set(['urge', 'ask', 'call', 'press', 'request', 'demand', 'implore', 'invite', 'encourage', 'pressure', 'push']);

export interface ModalityResult {
  modality: Modality;
  /** an intent frame governs the trigger: cooperative codes become 03x */
  intentFrame: string | null;
  /** an announced refusal: "would not provide", "refused to", "will not meet" (not a plain past "did not") */
  refusal: boolean;
  /** the subject wants, vows or threatens to do it: "wants to attack" */
  volition: boolean;
  /** announced by its doer ("will provide", "plans to meet"), not merely scheduled or expected */
  announced: boolean;
  /** the verb of asking or wanting whose content this is ("urged Iran to release", "wants Putin to attack") */
  appealedBy: number | null;
}

/** Arrangements made by others: "is scheduled to attend", "is expected to meet" stay the event itself. */
const ARRANGED = new Set(['schedule', 'set', 'expect']);

/** Verbs of wanting and vowing: with force as their complement, CAMEO codes a threat. */
const VOLITION_VERBS = new Set(['want', 'vow', 'threaten', 'pledge', 'promise', 'swear', 'intend']);

const INTENT_FRAME_TEXT = INTENT_FRAMES.map((f) => f.join(' '));

/** Whether the words occur in a row among tokens [from, to). */
function occursIn(doc: Doc, from: number, to: number, words: string[]): boolean {
  const t = doc.tokens;
  next: for (let k = from; k + words.length <= to; k++) {
    for (let j = 0; j < words.length; j++) if (t[k + j].norm !== words[j]) continue next;
    return true;
  }
  return false;
}

/** Whether one of the tokens [from, to) is one of the words. */
function anyWordIn(doc: Doc, from: number, to: number, words: string[]): boolean {
  for (let k = from; k < to; k++) if (words.includes(doc.tokens[k].norm)) return true;
  return false;
}

/** Reads the verb group and the words between the clause start and the trigger. */
export function modalityAt(doc: Doc, trigger: number, clauseFrom: number, headline: boolean): ModalityResult {
  const t = doc.tokens;
  const groupStart = verbGroupStart(doc, trigger);
  const group = t.slice(groupStart, trigger).map((x) => x.norm);
  let negated = group.some((w) => NEGATION.has(w) && w !== 'no');
  let intended = group.some((w) => FUTURE.has(w));
  let hypothetical = false;
  let speculative = group.some((w) => SPECULATIVE.has(w));
  let intentFrame: string | null = null;
  let refusal = false;
  let volition = false;
  // "would" is the future of reported speech ("said they would boycott"): announced, when a speech verb frames it.
  let announced = group.some((w) => FUTURE.has(w) || w === 'would');
  let appealedBy: number | null = null;

  // Look back through the chain of "to"-complements: "signaled that he would be open to restarting".
  // (Index loops over the tokens, not slices: this runs for every coded trigger.)
  const beforeLength = Math.max(0, groupStart - clauseFrom);
  // Frames end in "to", which belongs to the trigger's verb group: search up to the trigger.
  for (let f = 0; f < INTENT_FRAMES.length; f++) if (occursIn(doc, clauseFrom, trigger, INTENT_FRAMES[f])) intentFrame = INTENT_FRAME_TEXT[f];
  for (let k = clauseFrom; k < groupStart; k++) if (t[k].norm === 'if' || t[k].norm === 'unless') hypothetical = true;
  for (let k = 0; k < beforeLength; k++) {
    const w = t[clauseFrom + k];
    if (t[clauseFrom + k + 1]?.norm === 'to') {
      if (NEGATING_VERBS.has(w.lemma)) {
        negated = true;
        if (w.lemma === 'refuse' || w.lemma === 'reject' || w.lemma === 'decline') refusal = true;
      }
      if (VOLITION_VERBS.has(w.lemma)) volition = true;
      if (INTENT_VERBS.has(w.lemma)) {
        intended = true;
        if (!ARRANGED.has(w.lemma)) announced = true;
      }
      if (SPECULATIVE_VERBS.has(w.lemma)) speculative = true;
    }
    if (FUTURE.has(w.norm)) {
      intended = true;
      announced = true;
    }
    if (HYPOTHETICAL.has(w.norm) && !intentFrame) hypothetical = true;
    if (SPECULATIVE.has(w.norm)) speculative = true;
    if (NEGATION.has(w.norm) && w.norm !== 'no' && k >= beforeLength - 3) negated = true;
  }
  if (group.some((w) => HYPOTHETICAL.has(w))) hypothetical = !intentFrame;
  // Headlines use the bare infinitive for what will happen: "U.S. officials to meet with …".
  if (headline && t[trigger - 1]?.norm === 'to' && !intentFrame) intended = true;
  // A purpose infinitive after another event ("went to Venezuela … to meet with the government") is intended.
  if (t[trigger - 1]?.norm === 'to' && t[trigger].pos === 'VERB' && !intentFrame) intended = true;

  // "would not", "will not", "won't": an announced refusal, unlike a plain past "did not".
  if (negated && (group.some((w) => ['would', 'will', 'wo', 'shall'].includes(w)) || anyWordIn(doc, Math.max(clauseFrom, groupStart - 3), groupStart, ['would', 'will']))) refusal = true;
  const frame = frameFor(doc, trigger) ?? verbOfNoun(doc, trigger);
  if (frame) {
    // The parse knows which verb a "not" or a modal belongs to and which verbs govern the trigger:
    // it replaces the word-window guesses for negation, hypotheticals and governing verbs.
    const chain = governingFrames(doc, frame);
    negated = frame.negated;
    hypothetical = frame.modals.some((m) => HYPOTHETICAL.has(m)) && !intentFrame;
    for (const g of chain) {
      const lemma = doc.tokens[g.predicate].lemma;
      if (NEGATING_VERBS.has(lemma)) {
        negated = true;
        if (lemma !== 'fail') refusal = true;
      }
      // "did not agree to meet": a negated governor negates its complement.
      if (g.negated) negated = true;
      // "Obama wants Putin to attack": what one actor wants another to do is the wanter's wish, not the
      // doer's threat or plan.
      if (g.object && (VOLITION_VERBS.has(lemma) || INTENT_VERBS.has(lemma))) {
        hypothetical = true;
        appealedBy ??= g.predicate;
        continue;
      }
      if (VOLITION_VERBS.has(lemma)) volition = true;
      if (INTENT_VERBS.has(lemma)) {
        intended = true;
        if (!ARRANGED.has(lemma)) announced = true;
      }
      if (SPECULATIVE_VERBS.has(lemma)) speculative = true;
      // "urged the White House to stop buying Russian oil": what one actor asks of another has not happened.
      if (APPEAL_VERBS.has(lemma)) {
        hypothetical = true;
        appealedBy ??= g.predicate;
      }
      if (g.modals.some((m) => HYPOTHETICAL.has(m)) && !intentFrame) hypothetical = true;
      if (g.modals.some((m) => FUTURE.has(m))) intended = announced = true;
    }
    if (conditional(doc, frame)) hypothetical = true;
  }
  let modality: Modality = 'asserted';
  if (negated) modality = 'negated';
  else if (speculative) modality = 'speculative';
  else if (hypothetical) modality = 'hypothetical';
  else if (intended) modality = 'intended';
  return { modality, intentFrame, refusal, volition, announced, appealedBy };
}

/** The verbs whose open complement the frame is, innermost first: "refused to [agree to [meet]]". */
function governingFrames(doc: Doc, frame: Frame): Frame[] {
  const out: Frame[] = [];
  for (let f: Frame | undefined = frame; f && f.relation === 'xcomp' && f.governor !== null && out.length < 4;) {
    f = doc.frames?.get(f.governor);
    if (f) out.push(f);
  }
  return out;
}

/** The trigger's clause, or a clause it is the complement of, is a condition: "if Russia attacks". */
function conditional(doc: Doc, frame: Frame): boolean {
  const p = doc.parse;
  if (!p) return false;
  const s = doc.sentences[frame.sentence];
  for (let f: Frame | undefined = frame, n = 0; f && n < 4; n++) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (p.head[k] === f.predicate && p.deprel[k] === 'mark' && ['if', 'unless'].includes(doc.tokens[k].norm)) return true;
      // "If Russia attacks, France will impose sanctions": the consequence of a condition is hypothetical too.
      if (p.head[k] === f.predicate && p.deprel[k] === 'advcl' && hasMark(doc, k, ['if', 'unless'])) return true;
    }
    f = f.relation === 'xcomp' && f.governor !== null ? doc.frames?.get(f.governor) : undefined;
  }
  return false;
}

function hasMark(doc: Doc, k: number, marks: string[]): boolean {
  const p = doc.parse!;
  const s = doc.sentences[doc.tokens[k].sentence];
  for (let c = s.tokenStart; c < k; c++) if (p.head[c] === k && p.deprel[c] === 'mark' && marks.includes(doc.tokens[c].norm)) return true;
  return false;
}

/** A nominal trigger's verb: "imposed sanctions" — the sanctions' modality is the imposing's. */
function verbOfNoun(doc: Doc, noun: number): Frame | undefined {
  const p = doc.parse;
  if (!p || p.head[noun] < 0 || !/^(obj|nsubj:pass|obl)/.test(p.deprel[noun])) return undefined;
  return frameFor(doc, p.head[noun]);
}

/** CAMEO's intent codes for a cooperative event: "would be open to restarting trade" (061) → 0311. */
export function intentCode(code: string): string | null {
  const root = code.slice(0, 2);
  switch (root) {
    case '04':
      return '036';
    case '05':
      return '032';
    case '06':
      return { '061': '0311', '062': '0312', '063': '0313', '064': '0314' }[code.slice(0, 3)] ?? '031';
    case '07':
      return { '071': '0331', '072': '0332', '073': '0333', '074': '0334' }[code.slice(0, 3)] ?? '033';
    case '08':
      return { '081': '0351', '082': '0352', '083': '034', '084': '0353', '085': '0354', '086': '0355', '087': '0356' }[code.slice(0, 3)] ?? '035';
    default:
      return null;
  }
}
