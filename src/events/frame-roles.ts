// Who plays which part, read off a clause frame: the actor mentions inside the frame's subject,
// object, "by" agent and obliques. Used instead of roles.ts's word-order heuristics when the
// sentence was parsed.
import type { Doc, ActorMention, Frame, FrameArg } from '../doc.js';
import { alternatives } from './patterns.js';
import { usable, modifiesThing } from './roles.js';
import { coordinated } from './clause.js';
import { CLAUSAL } from '../syntax/frames.js';

/** The mention an argument names: the one holding its head, else the first usable one in its phrase. */
function mentionOf(doc: Doc, head: number, from: number, to: number, ok: (m: ActorMention) => boolean, subject = false): ActorMention | undefined {
  const sentence = doc.tokens[head].sentence;
  let first: ActorMention | undefined;
  for (const a of doc.actors) {
    if (a.sentence !== sentence || a.nested || !ok(a)) continue;
    if (a.tokenStart <= head && head < a.tokenEnd) return a;
    if (!first && a.tokenStart >= from && a.tokenEnd <= to && !(subject && modifiesThing(doc, a))) first = a;
  }
  return first;
}

/** The actors an argument names, its conjuncts included, groups ("the two countries") expanded. */
export function argMentions(doc: Doc, arg: FrameArg | null, ok: (m: ActorMention) => boolean, subject = false): ActorMention[] {
  if (!arg) return [];
  const out: ActorMention[] = [];
  const first = mentionOf(doc, arg.head, arg.tokenStart, arg.tokenEnd, ok, subject);
  if (first) {
    // "US and British activists": actors coordinated inside the phrase, before its head's mention.
    const leftmost = doc.actors.find((a) => a.sentence === first.sentence && !a.nested && ok(a) && a.tokenStart >= arg.tokenStart && a.tokenEnd <= first.tokenStart);
    if (leftmost) for (const m of coordinated(doc, leftmost, arg.tokenEnd)) if (ok(m) && !out.includes(m)) out.push(m);
    if (!out.includes(first)) out.push(first);
  }
  for (const c of arg.conj) {
    // A conjunct's own phrase: from its head back to the previous conjunct's end is close enough.
    const m = mentionOf(doc, c, c, c + 1, ok) ?? doc.actors.find((a) => a.sentence === doc.tokens[c].sentence && !a.nested && ok(a) && a.tokenEnd === c + 1);
    if (m && !out.includes(m)) out.push(m);
  }
  return out.flatMap((m) => (m.members?.length ? m.members.map((id) => doc.actors[id]) : [m]));
}

export function frameSubjects(doc: Doc, f: Frame): ActorMention[] {
  // The doer must be the subject's own head; a passive's subject is the patient, a camp "for Congolese refugees" included.
  return argMentions(doc, f.subject, usable, f.voice === 'active');
}

export function frameAgents(doc: Doc, f: Frame): ActorMention[] {
  return argMentions(doc, f.agent, usable);
}


/** The phrase headed by k in the Doc's parse: its subtree without clausal dependents (as frames.ts's arguments). */
function phraseAt(doc: Doc, k: number): FrameArg {
  const p = doc.parse!;
  const s = doc.sentences[doc.tokens[k].sentence];
  let lo = k;
  let hi = k;
  const inside = new Set([k]);
  for (let changed = true; changed;) {
    changed = false;
    for (let c = s.tokenStart; c < s.tokenEnd; c++) {
      if (inside.has(c) || !inside.has(p.head[c]) || CLAUSAL.has(p.deprel[c])) continue;
      inside.add(c);
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
      changed = true;
    }
  }
  return { head: k, tokenStart: lo, tokenEnd: hi + 1, conj: conjuncts(doc, k) };
}

/** Nominal modifiers of a noun with their preposition: "an agreement with Russia", "sanctions on Iran". */
function nmods(doc: Doc, noun: number): (FrameArg & { prep: string })[] {
  const p = doc.parse;
  if (!p) return [];
  const s = doc.sentences[doc.tokens[noun].sentence];
  const out: (FrameArg & { prep: string })[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (p.head[k] !== noun || !p.deprel[k].startsWith('nmod')) continue;
    let prep = '';
    for (let c = s.tokenStart; c < k; c++) if (p.head[c] === k && p.deprel[c] === 'case') prep += (prep ? ' ' : '') + doc.tokens[c].norm;
    out.push({ ...phraseAt(doc, k), prep });
  }
  return out;
}

function conjuncts(doc: Doc, k: number): number[] {
  const p = doc.parse!;
  const s = doc.sentences[doc.tokens[k].sentence];
  const out: number[] = [];
  for (let c = k + 1; c < s.tokenEnd; c++) if (p.deprel[c] === 'conj' && (p.head[c] === k || out.includes(p.head[c]))) out.push(c);
  return out;
}

/**
 * The targets a pattern's slot names in the frame: "object" is the direct object (the subject of a
 * passive is handled by the caller); a preposition is an oblique of the verb with it, or a modifier
 * with it of the object noun the pattern matched ("signed an agreement with Russia").
 */
export function frameTargets(doc: Doc, f: Frame, slot: string, objectNoun: number | null, exclude: Set<number>): ActorMention[] {
  const found = targetsOf(doc, f, slot, objectNoun, exclude);
  // The parser often splits a list ("to Russia, Iran and China"): a word-order list with a conjunction
  // that starts at the frame's target completes it.
  if (found.length === 1) {
    const s = doc.sentences[found[0].sentence];
    const list = coordinated(doc, found[0], s.tokenEnd);
    const joined = list.length > 1 && doc.tokens.slice(found[0].tokenEnd, list[list.length - 1].tokenStart).some((x) => x.norm === 'and' || x.norm === 'or');
    // "… to Venezuela, and China has been a lender": a member followed by a verb opens a clause of its own.
    const opensClause = list.some((m) => ['VERB', 'AUX'].includes(doc.tokens[m.tokenEnd]?.pos ?? ''));
    if (joined && !opensClause) return list.filter((m) => !exclude.has(m.id));
  }
  return found;
}

function targetsOf(doc: Doc, f: Frame, slot: string, objectNoun: number | null, exclude: Set<number>): ActorMention[] {
  if (slot === 'none') return [];
  const ok = (m: ActorMention) => (m.code !== null || m.kind === 'person' || m.kind === 'agent') && !exclude.has(m.id) && !(m.kind === 'pronoun' && m.possessive);
  const preps = alternatives(slot);
  for (const prep of preps) {
    if (prep === 'object') {
      const obj = argMentions(doc, f.object, ok);
      if (obj.length) return obj;
      // "gave Ukraine weapons": the indirect object is the recipient.
      const iobj = argMentions(doc, f.indirectObject, ok);
      if (iobj.length) return iobj;
      continue;
    }
    for (const o of f.obliques) if (o.prep === prep) {
      const m = argMentions(doc, o, ok);
      if (m.length) return m;
    }
    const nouns = [objectNoun, f.object?.head].filter((x): x is number => x !== null && x !== undefined);
    for (const noun of new Set(nouns)) for (const o of nmods(doc, noun)) if (o.prep === prep) {
      const m = argMentions(doc, o, ok);
      if (m.length) return m;
    }
  }
  return [];
}
