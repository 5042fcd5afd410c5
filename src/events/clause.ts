// Shallow clause analysis over POS tags: clause bounds, subjects, objects, coordination.
// Issue 4 replaces this with a dependency parser; the event coder only uses these functions.
import type { Doc, ActorMention, Token } from '../doc.js';
import { principal as principalOf } from '../actors/codes.js';

const CLAUSE_BREAK = new Set([';', ':', '—', '–', '"', '“', '”']);
const SUBORDINATORS = new Set(['because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'when', 'after', 'before', 'since', 'as', 'until', 'once', 'whether']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const REPORTING = new Set(['say', 'tell', 'announce', 'declare', 'claim', 'insist', 'warn', 'believe', 'think', 'add', 'state', 'allege', 'argue', 'report']);

/** Possessive pronouns: determiners of a noun, not its subject ("its shelling", "his intention"). */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Where the clause holding token i begins: after a semicolon, quote, subordinator or relative pronoun. */
export function clauseStart(doc: Doc, i: number): { start: number; relative: boolean; subordinate: boolean } {
  const s = doc.sentences[doc.tokens[i].sentence];
  for (let k = i - 1; k >= s.tokenStart; k--) {
    const t = doc.tokens[k];
    if (CLAUSE_BREAK.has(t.text)) return { start: k + 1, relative: false, subordinate: false };
    if (RELATIVES.has(t.norm) || (t.norm === 'that' && (t.pos === 'PRON' || t.pos === 'SCONJ') && k > s.tokenStart && doc.tokens[k - 1].pos === 'NOUN')) {
      // "Cuba and Nicaragua, two governments that have aligned themselves with Moscow, abstained": a
      // relative clause closed by a comma before the verb is not the verb's clause.
      if (k > s.tokenStart && doc.tokens[k - 1].pos === 'NOUN' && closedBefore(doc, k, i)) continue;
      return { start: k + 1, relative: true, subordinate: false };
    }
    if (t.norm === 'that' && t.pos === 'SCONJ') return { start: k + 1, relative: false, subordinate: true };
    // "Palestinian leaders said they would boycott …": a speech verb opens its reported clause even without "that".
    if (t.pos === 'VERB' && REPORTING.has(t.lemma) && k + 1 < i && !isVerb(doc.tokens[k + 1]) && doc.tokens[k + 1].pos !== 'ADP' && isClauseAfter(doc, k, i)) {
      return { start: k + 1, relative: false, subordinate: true };
    }
    if (SUBORDINATORS.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP') && k > s.tokenStart && isClauseAfter(doc, k, i)) {
      return { start: k + 1, relative: false, subordinate: true };
    }
  }
  return { start: s.tokenStart, relative: false, subordinate: false };
}

/** A comma between the relative pronoun at k and token i, after a verb of the relative clause, closes it. */
function closedBefore(doc: Doc, k: number, i: number): boolean {
  let verb = false;
  for (let j = k + 1; j < i; j++) {
    const t = doc.tokens[j];
    if (isVerb(t)) verb = true;
    else if (t.norm === ',' && verb) return true;
  }
  return false;
}

/**
 * A subordinator starts a clause when a subject and then a verb follow it, up to token i
 * ("as Venezuela abstained"); "have since played" is an adverb inside the verb group.
 */
function isClauseAfter(doc: Doc, k: number, i: number): boolean {
  if (isVerb(doc.tokens[k + 1])) return false;
  for (let j = k + 2; j <= i; j++) if (isVerb(doc.tokens[j])) return true;
  return false;
}

/** Where the clause holding token i ends (exclusive). */
export function clauseEnd(doc: Doc, i: number): number {
  const s = doc.sentences[doc.tokens[i].sentence];
  for (let k = i + 1; k < s.tokenEnd; k++) {
    const t = doc.tokens[k];
    if (CLAUSE_BREAK.has(t.text) || RELATIVES.has(t.norm)) return k;
    if (SUBORDINATORS.has(t.norm) && t.pos === 'SCONJ') return k;
  }
  return s.tokenEnd;
}

/** The first token of the verb group ending at verb i (auxiliaries, negation, adverbs). */
export function verbGroupStart(doc: Doc, i: number): number {
  let k = i;
  const s = doc.sentences[doc.tokens[i].sentence];
  while (k - 1 >= s.tokenStart) {
    const t = doc.tokens[k - 1];
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || (t.pos === 'VERB' && ['be', 'have', 'get'].includes(t.lemma))) k--;
    else break;
  }
  return k;
}

/** Passive voice: a form of "be"/"get" and a participle, or a reduced relative ("an election deemed illegitimate by …"). */
export function isPassive(doc: Doc, i: number): boolean {
  const start = verbGroupStart(doc, i);
  const t = doc.tokens[i];
  const participle = t.norm !== t.lemma && !t.norm.endsWith('ing') && !t.norm.endsWith('s');
  if (!participle) return false;
  if (start === i && doc.tokens[i - 1]?.pos === 'NOUN') {
    const end = clauseEnd(doc, i);
    for (let k = i + 1; k < Math.min(end, i + 6); k++) if (doc.tokens[k].norm === 'by') return true;
  }
  for (let k = start; k < i; k++) if (['be', 'get'].includes(doc.tokens[k].lemma) || ['was', 'were', 'been', 'is', 'are', 'being'].includes(doc.tokens[k].norm)) return true;
  return false;
}

/** Mentions usable as actors: coded (directly or by coreference). */
export function coded(m: ActorMention): boolean {
  return m.code !== null;
}

const COORD_WORDS = new Set([',', 'and', 'or', 'as', 'well', 'both', 'fellow', 'the', 'along', 'together', 'with']);

/** Is the gap between two mentions a coordination ("A and B", "A, as well as B and C", "A and fellow … allies B")? */
export function isCoordinationGap(doc: Doc, from: number, to: number, weak: Set<number>): boolean {
  if (to - from < 1 || to - from > 7) return false;
  let joined = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t.norm === 'and' || t.norm === 'or' || t.norm === ',') joined = true;
    if (COORD_WORDS.has(t.norm) || weak.has(k) || t.pos === 'ADJ' || (t.pos === 'PROPN' && to - from > 2) || (t.pos === 'NOUN' && /allies|partners|neighbou?rs|members/.test(t.norm))) continue;
    return false;
  }
  return joined;
}

/** The mention and the mentions coordinated with it to its right, within the clause. */
export function coordinated(doc: Doc, first: ActorMention, limit: number): ActorMention[] {
  const inSentence = doc.actors.filter((a) => a.sentence === first.sentence);
  const weakTokens = new Set<number>();
  for (const a of inSentence) if (a.adjective) for (let k = a.tokenStart; k < a.tokenEnd; k++) weakTokens.add(k);
  const group = [first];
  let last = first;
  for (const m of inSentence) {
    if (m.tokenStart < last.tokenEnd || m.adjective || m.nested || m.tokenStart >= limit) continue;
    if (!isCoordinationGap(doc, last.tokenEnd, m.tokenStart, weakTokens)) break;
    // "Vladimir Putin, the Russian president, …": an apposition names the same actor again.
    const gap = doc.tokens.slice(last.tokenEnd, m.tokenStart).map((t) => t.norm);
    if (!gap.includes('and') && !gap.includes('or') && m.code && principalOf(m.code) === principalOf(last.code)) {
      last = m;
      continue;
    }
    group.push(m);
    last = m;
  }
  // "the two countries" stands for the countries it refers to.
  return group.flatMap((m) => (m.members?.length ? m.members.map((id) => doc.actors[id]) : [m]));
}

/** The first mention starting in [from, to) that passes the filter. */
export function firstMention(doc: Doc, from: number, to: number, ok: (m: ActorMention) => boolean): ActorMention | undefined {
  return doc.actors.find((a) => a.tokenStart >= from && a.tokenStart < to && !a.nested && ok(a));
}
