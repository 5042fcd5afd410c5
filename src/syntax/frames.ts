// Clause frames from a dependency parse: each predicate with its voice, negation, modals, tense,
// subject (own or inherited), object, obliques, complements and, for reporting verbs, the reported clause.
import type { Frame, FrameArg } from '../doc.js';

/** One parsed sentence in Doc coordinates: `head[k]` is the Doc index of token k's head, -1 for the root. */
export interface ParsedSentence {
  /** Doc index of the first token */
  offset: number;
  words: string[];
  lemmas: string[];
  upos: string[];
  /** sentence-local heads, 1-based, 0 = root (the parser's output) */
  head: number[];
  deprel: string[];
  sentence: number;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll", 'wo', 'ca', "'d"]);
const MODAL_NAME: Record<string, string> = { "'ll": 'will', wo: 'will', ca: 'can', "'d": 'would' };
const NEGATORS = new Set(['not', "n't", 'never', 'nt']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'that', 'whose']);
/** Dependents that open a clause of their own: not part of a noun phrase's argument span. */
export const CLAUSAL = new Set(['acl', 'acl:relcl', 'advcl', 'ccomp', 'parataxis', 'conj', 'cc', 'appos', 'punct', 'dep', 'list', 'reparandum']);
const PREDICATE_RELATIONS = new Set(['root', 'xcomp', 'ccomp', 'conj', 'advcl', 'acl', 'acl:relcl', 'parataxis', 'csubj', 'csubj:pass', 'advcl:relcl']);
/** Verbs that report speech or thought: their clausal complement is what was said. */
export const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'announce', 'declare', 'claim', 'insist', 'warn', 'believe', 'think', 'add', 'state', 'allege', 'argue',
  'report', 'confirm', 'deny', 'note', 'explain', 'write', 'acknowledge', 'admit', 'assert', 'stress', 'emphasize',
  'suggest', 'indicate', 'reveal', 'charge', 'accuse', 'predict', 'promise', 'vow', 'pledge', 'threaten', 'urge', 'demand',
  'signal', 'conclude', 'estimate', 'contend', 'maintain', 'reiterate', 'repeat', 'recall', 'concede', 'complain', 'caution',
]);
const IRREGULAR_PAST = /^(was|were|had|did|said|told|went|came|made|took|gave|met|sent|held|led|left|began|won|lost|fought|struck|brought|sought|thought|built|spent|found|kept|paid|sold|set|put|cut|hit|let|shot|stood|understood|broke|spoke|wrote|chose|drove|rose|fell|ran|saw|knew|grew|threw|flew|drew|bore|swore|tore|wore|withdrew|overthrew|forbade|froze|stole|woke|shook|forsook|undertook|upheld|withheld|hung|fled|bled|fed|sped|slid|dealt|meant|felt|heard|lent|bent|rent|wept|slept|swept|crept|knelt|spelt|dwelt|sat|lit|quit|bid|bet|cast|cost|burst|hurt|shut|split|spread|thrust|upset|beat|bound|ground|wound|caught|taught|bought|fought|sought|brought|thought)$/;

/** Children of each token, in order. */
function childrenOf(head: number[]): number[][] {
  const kids: number[][] = head.map(() => []);
  head.forEach((h, k) => {
    if (h > 0) kids[h - 1].push(k);
  });
  return kids;
}

/** The argument phrase headed by k: its subtree without clausal dependents, and its conjuncts. */
function argument(k: number, s: ParsedSentence, kids: number[][]): FrameArg {
  let lo = k;
  let hi = k;
  const stack = [k];
  while (stack.length) {
    const x = stack.pop()!;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    // The preposition of an oblique is not part of the phrase it introduces.
    for (const c of kids[x]) if (!CLAUSAL.has(s.deprel[c]) && !(x === k && s.deprel[c] === 'case')) stack.push(c);
  }
  const conj: number[] = [];
  const walk = (x: number) => {
    for (const c of kids[x]) if (s.deprel[c] === 'conj' && s.upos[c] !== 'VERB') {
      conj.push(s.offset + c);
      walk(c);
    }
  };
  walk(k);
  return { head: s.offset + k, tokenStart: s.offset + lo, tokenEnd: s.offset + hi + 1, conj };
}

function base(rel: string): string {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
}

/** The preposition of an oblique or nominal modifier: its `case` child ("with", "in", "because of"). */
function prepOf(k: number, s: ParsedSentence, kids: number[][]): string {
  const cases = kids[k].filter((c) => s.deprel[c] === 'case' && c < k && s.upos[c] !== 'PART');
  return cases.map((c) => s.words[c].toLowerCase()).join(' ');
}

function isPredicate(k: number, s: ParsedSentence, kids: number[][]): boolean {
  if (s.upos[k] === 'VERB') return true;
  // A copular or auxiliary-only clause has no event verb, but "is critical of" keeps its subject for nouns.ts.
  return PREDICATE_RELATIONS.has(base(s.deprel[k]) === 'acl' ? 'acl' : s.deprel[k]) && kids[k].some((c) => base(s.deprel[c]) === 'nsubj') && s.upos[k] !== 'AUX';
}

/** Frames of every predicate of one parsed sentence, keyed by Doc token index. */
export function framesOf(s: ParsedSentence): Frame[] {
  const n = s.words.length;
  const kids = childrenOf(s.head);
  const frames = new Map<number, Frame>();
  for (let k = 0; k < n; k++) {
    if (!isPredicate(k, s, kids)) continue;
    frames.set(k, ownFrame(k, s, kids));
  }
  // Inherited subjects need the governor's frame: resolve top-down, governors first.
  const depth = (k: number) => {
    let d = 0;
    for (let x = k; s.head[x] > 0 && d < n; x = s.head[x] - 1) d++;
    return d;
  };
  const order = [...frames.keys()].sort((a, b) => depth(a) - depth(b));
  for (const k of order) inherit(frames.get(k)!, k, s, kids, frames);
  return [...frames.values()];
}

function ownFrame(k: number, s: ParsedSentence, kids: number[][]): Frame {
  const o = s.offset;
  const frame: Frame = {
    predicate: o + k, sentence: s.sentence, relation: s.head[k] === 0 ? 'root' : s.deprel[k], governor: s.head[k] === 0 ? null : o + s.head[k] - 1,
    voice: 'active', negated: false, auxiliaries: [], modals: [], tense: 'nonfinite', subject: null, subjectVia: null, agent: null,
    object: null, indirectObject: null, obliques: [], xcomp: null, ccomp: null, speech: false, content: null,
  };
  let finite = false;
  let past = false;
  for (const c of kids[k]) {
    const rel = s.deprel[c];
    const w = s.words[c].toLowerCase().replace('’', "'");
    switch (rel) {
      case 'nsubj':
      case 'nsubj:pass':
      case 'nsubj:outer':
        frame.subject = argument(c, s, kids);
        frame.subjectVia = 'nsubj';
        finite = true;
        if (rel === 'nsubj:pass') frame.voice = 'passive';
        break;
      case 'obj':
        frame.object = argument(c, s, kids);
        break;
      case 'iobj':
        frame.indirectObject = argument(c, s, kids);
        break;
      case 'obl:agent':
        frame.agent = argument(c, s, kids);
        frame.voice = 'passive';
        break;
      case 'aux':
      case 'aux:pass':
        frame.auxiliaries.push(o + c);
        if (rel === 'aux:pass') frame.voice = 'passive';
        if (MODALS.has(w)) frame.modals.push(MODAL_NAME[w] ?? w);
        if (w !== 'to') finite = true;
        if (/^(was|were|had|did|could|would|might|should|'d)$/.test(w) && !frame.auxiliaries.slice(0, -1).length) past = true;
        break;
      case 'advmod':
        if (NEGATORS.has(w)) frame.negated = true;
        break;
      case 'xcomp':
        frame.xcomp = o + c;
        break;
      case 'ccomp':
        frame.ccomp = o + c;
        break;
      default:
        if (base(rel) === 'obl') {
          const arg = argument(c, s, kids);
          const prep = prepOf(c, s, kids);
          if (prep === 'by' && frame.voice === 'passive' && !frame.agent) frame.agent = arg;
          else frame.obliques.push({ ...arg, prep });
        }
    }
  }
  // A passive "by" phrase parsed as a plain oblique before the passive was known.
  if (frame.voice === 'passive' && !frame.agent) {
    const by = frame.obliques.findIndex((x) => x.prep === 'by');
    if (by >= 0) frame.agent = frame.obliques.splice(by, 1)[0];
  }
  // A participle modifying a noun with a "by" phrase: "an election deemed illegitimate by the opposition".
  if (s.deprel[k] === 'acl' && frame.agent) frame.voice = 'passive';
  const lemma = s.lemmas[k];
  frame.speech = SPEECH_LEMMAS.has(lemma) && (frame.ccomp !== null || kids[k].some((c) => s.deprel[c] === 'parataxis'));
  if (frame.speech) frame.content = frame.ccomp ?? o + kids[k].find((c) => s.deprel[c] === 'parataxis')!;
  // Reported speech put first: "Russia will retaliate, the minister said" — the said-clause is parataxis of the content.
  if (!frame.speech && SPEECH_LEMMAS.has(lemma) && s.deprel[k] === 'parataxis' && s.head[k] > 0) {
    frame.speech = true;
    frame.content = o + s.head[k] - 1;
  }
  if (frame.modals.some((m) => m === 'will' || m === 'shall')) frame.tense = 'future';
  else if (past || (finite && frame.auxiliaries.length === 0 && isPastForm(s.words[k], lemma))) frame.tense = 'past';
  else if (finite || (s.head[k] === 0 && !frame.auxiliaries.some((a) => s.words[a - o].toLowerCase() === 'to'))) frame.tense = 'present';
  return frame;
}

function isPastForm(word: string, lemma: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PAST.test(w) || (w !== lemma && w.endsWith('ed'));
}

/** Subjects the predicate shares with another: control, conjunction, relative clauses, participles. */
function inherit(frame: Frame, k: number, s: ParsedSentence, kids: number[][], frames: Map<number, Frame>): void {
  const gov = s.head[k] - 1;
  // "the country which Russia invaded", "Russia, which invaded Ukraine": the relative pronoun stands for the noun.
  const relative = (arg: FrameArg | null) => !!arg && RELATIVE_PRONOUNS.has(s.words[arg.head - s.offset].toLowerCase()) && s.upos[arg.head - s.offset] === 'PRON';
  const rel = s.deprel[k];
  if (gov < 0) return;
  const govFrame = frames.get(gov);
  const nounArg = () => argument(gov, s, kids);
  if (rel === 'acl:relcl') {
    if (relative(frame.subject)) {
      frame.subject = nounArg();
      frame.subjectVia = 'relative';
    } else if (relative(frame.object)) frame.object = nounArg();
    else if (!frame.subject) {
      frame.subject = nounArg();
      frame.subjectVia = 'relative';
    }
    return;
  }
  if (frame.subject) return;
  if (rel === 'acl') {
    // "resolutions condemning Russia": the noun does it; "troops stationed in Syria": the noun undergoes it.
    if (frame.voice === 'passive' || (!s.words[k].toLowerCase().endsWith('ing') && isPastForm(s.words[k], s.lemmas[k]))) {
      frame.voice = 'passive';
      frame.subject = nounArg();
    } else frame.subject = nounArg();
    frame.subjectVia = 'participle';
    return;
  }
  if (!govFrame) return;
  if (rel === 'xcomp') {
    // Object control ("urged Iran to release") before subject control ("wants to attack").
    frame.subject = govFrame.object ?? govFrame.subject;
    frame.subjectVia = frame.subject ? 'control' : null;
  } else if (rel === 'conj') {
    frame.subject = govFrame.subject;
    frame.subjectVia = frame.subject ? 'conj' : null;
    if (frame.voice === 'active' && govFrame.voice === 'passive' && frame.auxiliaries.length === 0 && isPastForm(s.words[k], s.lemmas[k])) frame.voice = 'passive';
  } else if (rel === 'advcl' && (s.words[k].toLowerCase().endsWith('ing') || kids[k].some((c) => s.words[c].toLowerCase() === 'to' && s.deprel[c] === 'mark'))
    && kids[k].every((c) => s.deprel[c] !== 'mark' || s.words[c].toLowerCase() === 'to')) {
    // "…, saying it would respond": a subjectless participle or purpose infinitive shares the main subject.
    frame.subject = govFrame.subject;
    frame.subjectVia = frame.subject ? 'adverbial' : null;
  }
}
