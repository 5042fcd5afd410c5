// Who plays which part around a trigger: the clause subject, the object or prepositional target,
// a place standing for its country, an uncoded object phrase, the pairs of a reciprocal group.
import type { Doc, ActorMention } from '../doc.js';
import { mention } from '../doc.js';
import { alternatives, alternativeSet } from './patterns.js';
import { clauseStart, verbGroupStart, isPassive, coordinated, firstMention, isVerb } from './clause.js';
import { frameFor } from '../syntax/stage.js';
import { frameSubjects } from './frame-roles.js';

const MAX_TARGET_GAP = 7;
/** Nouns whose "with" phrase names the other party: "an association agreement with the European Union". */
const RELATIONAL = new Set(['agreement', 'deal', 'treaty', 'pact', 'accord', 'partnership', 'relation', 'tie', 'talk', 'alliance', 'cooperation', 'contract', 'truce', 'ceasefire']);

/** A subject can be a source: coded, or a named person the lexicons do not hold ("President Reagan"). */
export function usable(m: ActorMention): boolean {
  return (m.code !== null || m.kind === 'person' || m.kind === 'agent') && !m.adjective;
}

/**
 * The subject of the predicate at i: from its clause frame when the sentence is parsed, else by word
 * order. The parser misreads long coordinations ("The US, Russia, and Switzerland met"): when the
 * word-order group holds the frame's subject and more, the group stands.
 */
export function subjectOf(doc: Doc, i: number): ActorMention[] {
  const frame = frameFor(doc, i);
  const fromFrame = frame ? frameSubjects(doc, frame) : [];
  const byOrder = subjectByOrder(doc, i);
  // An inherited subject (control, conjunction) loses to an actor standing right before the verb group:
  // "a year after the United States attacked" — the parser may have hung that actor elsewhere.
  if (frame && frame.subjectVia !== 'nsubj' && byOrder.length && byOrder[byOrder.length - 1].tokenEnd === verbGroupStart(doc, i) && !fromFrame.some((m) => byOrder.includes(m))) return byOrder;
  if (!fromFrame.length) return byOrder;
  // A list the parser split stands only when a conjunction joins it: "the United States, Caracas turned"
  // is a fronted phrase and a subject, not a list.
  const joined = byOrder.length > 1 && doc.tokens.slice(byOrder[0].tokenEnd, byOrder[byOrder.length - 1].tokenStart).some((x) => x.norm === 'and' || x.norm === 'or');
  return joined && byOrder.length > fromFrame.length && fromFrame.every((m) => byOrder.includes(m)) ? byOrder : fromFrame;
}

/** The preposition governing a mention past its determiners and adjectives ("on the Syrian …"), from `floor` on; -1 if none. */
export function prepositionBefore(doc: Doc, m: ActorMention, floor = 0): number {
  const t = doc.tokens;
  let k = m.tokenStart - 1;
  while (k >= floor && ['DET', 'NUM', 'ADJ'].includes(t[k].pos)) k--;
  return k >= floor && t[k].pos === 'ADP' ? k : -1;
}

/**
 * "A plane crash in Costa Rica killed …": an actor in a prepositional phrase after a plain noun (no actor)
 * only says where the noun is; the noun, a thing, is the subject. ("Officials from X", "a statement by
 * X", "the leaders of X" name X's people.)
 */
export function modifiesThing(doc: Doc, m: ActorMention, clauseFrom = 0): boolean {
  const t = doc.tokens;
  // ("a year after the United States attacked": a preposition before the clause opens it.)
  const k = prepositionBefore(doc, m, clauseFrom);
  if (k < 0 || ['of', 'from', 'by'].includes(t[k].norm)) return false;
  const head = k - 1;
  return t[head]?.pos === 'NOUN' && !doc.actors.some((a) => a.tokenStart <= head && head < a.tokenEnd);
}

/** The subject of the verb at i by word order: the leftmost coded mention of its clause, past a leading adverbial. */
export function subjectByOrder(doc: Doc, i: number): ActorMention[] {
  const t = doc.tokens;
  const { start, relative } = clauseStart(doc, i);
  const groupStart = verbGroupStart(doc, i);
  let from = start;
  // "In response to the sanctions, Venezuela turned …": skip a leading prepositional phrase.
  if (t[from] && (t[from].pos === 'ADP' || t[from].pos === 'SCONJ')) {
    for (let k = from; k < groupStart; k++) if (t[k].norm === ',') {
      from = k + 1;
      break;
    }
  }
  let subj = firstMention(doc, from, groupStart, (m) => usable(m) && m.tokenEnd <= groupStart && !modifiesThing(doc, m, from));
  // "United Nations resolutions condemning Russian aggression": a participle after a noun has that
  // noun phrase for its subject, never the clause's.
  if (groupStart === i && (t[i].norm.endsWith('ing') || isPassive(doc, i)) && (t[i - 1]?.pos === 'NOUN' || t[i - 1]?.pos === 'PROPN')) {
    const np = doc.actors.filter((a) => a.sentence === t[i].sentence && !a.nested && a.code && a.tokenEnd <= i && i - a.tokenEnd <= 2
      && t.slice(a.tokenEnd, i).every((x) => x.pos === 'NOUN' || x.pos === 'PROPN'));
    return np.length ? [np[np.length - 1]] : [];
  }
  // "companies involved in exporting oil": a gerund after a preposition is a noun; its doer is not the clause subject.
  if (groupStart === i && t[i].norm.endsWith('ing') && t[i - 1]?.pos === 'ADP' && i - 1 > start) return [];
  if (!subj && relative) {
    const s0 = doc.sentences[t[i].sentence].tokenStart;
    // "Russia, which invaded Ukraine": the relative pronoun's antecedent.
    const before = doc.actors.filter((a) => a.tokenEnd <= start - 1 && a.sentence === t[i].sentence && usable(a));
    const near = before[before.length - 1];
    if (near && start - 1 - near.tokenEnd <= 1) {
      subj = near;
      // "Cuba and Nicaragua, two other governments that have aligned …": an uncoded apposition stands for the actors before it.
      if (!near.code) {
        let k = near.tokenStart - 1;
        while (k > s0 && ['DET', 'NUM', 'ADJ'].includes(t[k].pos)) k--;
        const prev = before.filter((a) => a.tokenEnd === k && a.code);
        if (t[k]?.norm === ',' && prev.length) {
          const last = prev[prev.length - 1];
          const first = before.find((a) => a.code && coordinated(doc, a, last.tokenEnd).includes(last));
          if (first) return coordinated(doc, first, last.tokenEnd);
        }
      }
    }
  }
  // "wants Putin to attack", "urged Iran to release": an infinitive's doer is the actor right before "to".
  if (t[groupStart]?.norm === 'to' || t[groupStart - 1]?.norm === 'to') {
    const to = t[groupStart]?.norm === 'to' ? groupStart : groupStart - 1;
    const obj = doc.actors.find((a) => a.tokenEnd === to && a.sentence === t[i].sentence && usable(a) && !a.nested && isVerb(t[a.tokenStart - 1]));
    if (obj) return coordinated(doc, obj, to);
  }
  if (!subj && (t[groupStart - 1]?.norm === 'to' || t[groupStart - 1]?.norm === 'and' || t[i].norm.endsWith('ing'))) {
    // An infinitive, a conjoined verb or a participle shares the subject of the clause before it.
    const outer = clauseStart(doc, start > doc.sentences[t[i].sentence].tokenStart ? start - 1 : start);
    subj = firstMention(doc, outer.start, groupStart, (m) => usable(m) && m.tokenEnd <= groupStart);
  }
  if (!subj) return [];
  return coordinated(doc, subj, groupStart);
}

/** The target after position `from`: the object, or the first mention after one of the prepositions. */
export function targetAfter(doc: Doc, from: number, end: number, slot: string, exclude: Set<number>): ActorMention[] {
  const t = doc.tokens;
  // A named target the lexicons cannot code ("Prime Minister Mahendra Chaudhry", "refugees") is kept
  // with its text and a null code: the event is real even if its target cannot join a dyad.
  // A possessive pronoun is a determiner of the object ("meet his counterpart …"), not the object.
  // An uncoded sector word used as an adjective ("held military drills") names no target.
  const ok = (m: ActorMention) => (m.code !== null || ((m.kind === 'person' || m.kind === 'agent') && !m.adjective)) && !exclude.has(m.id) && !(m.kind === 'pronoun' && m.possessive);
  const within = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (t[k].pos === 'VERB' && !t[k].norm.endsWith('ing') || /^[;:,]$/.test(t[k].text)) return false;
    return true;
  };
  if (slot === 'none') return [];
  const preps = new Set(alternatives(slot));
  if (preps.delete('object')) {
    // The direct object: an actor right after the verb, before any preposition other than the
    // noun phrase's own ("the call of the European Parliament", "more than 500 civilians");
    // a time phrase in between is transparent ("vetoed on Friday a resolution").
    const timeTokens = new Set<number>();
    for (const x of doc.timexes) for (let k = from; k < Math.min(end, from + 12); k++) {
      if (t[k].start >= x.start && t[k].end <= x.end) timeTokens.add(k);
      else if (t[k].pos === 'ADP' && t[k + 1] && t[k + 1].start === x.start) timeTokens.add(k);
    }
    const m = firstMention(doc, from, Math.min(end, from + MAX_TARGET_GAP + timeTokens.size), ok);
    const relational = (k: number) => t[k].norm === 'with' && RELATIONAL.has(t[k - 1]?.lemma ?? '');
    // A participle before a noun is a modifier: "proposed Israeli changes", "the besieged town".
    const attributive = (k: number) => t[k].pos === 'VERB' && ['NOUN', 'ADJ', 'PROPN'].includes(t[k + 1]?.pos ?? '') && ['DET', 'ADJ', 'NUM'].includes(t[k - 1]?.pos ?? 'DET');
    const blocked = (k: number) => !timeTokens.has(k) && !relational(k) && !attributive(k) && ((t[k].pos === 'VERB' && !t[k].norm.endsWith('ing')) || /^[;:,]$/.test(t[k].text) || (t[k].pos === 'ADP' && t[k].norm !== 'of' && t[k].norm !== 'than'));
    let clear = !!m;
    if (m) for (let k = from; k < m.tokenStart; k++) if (blocked(k)) clear = false;
    if (m && clear) {
      const group = coordinated(doc, m, end);
      // "struck an arms depot of the Syrian army": the target is the army, named by the whole object.
      const ofAt = t.slice(from, m.tokenStart).findIndex((x) => x.norm === 'of');
      if (ofAt > 0 && t.slice(from, from + ofAt).some((x) => x.pos === 'NOUN')) {
        const first = group[0];
        group[0] = mention({ ...first, tokenStart: from, start: t[from].start, text: doc.text.slice(t[from].start, first.end), nested: false });
      }
      return group;
    }
    if (!preps.size) return [];
  }
  for (let k = from; k < Math.min(end, from + 12); k++) {
    if (!preps.has(t[k].norm)) continue;
    const m = firstMention(doc, k + 1, Math.min(end, k + 1 + MAX_TARGET_GAP), ok);
    if (m && within(k + 1, m.tokenStart)) return coordinated(doc, m, end);
  }
  return [];
}

/** A place named after the verb's preposition, as a target actor: "arrived in Amman" → JOR. */
const PARTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'centre', 'center', 'outskirts', 'heart', 'rest', 'edge']);

export function placeTarget(doc: Doc, from: number, end: number, slot: string, reach = 8): ActorMention | null {
  const t = doc.tokens;
  const preps = alternativeSet(slot);
  // "shelled Kharkiv": a place as the verb's own object (k stands before the object).
  const object = preps.has('object') ? from - 1 : -1;
  for (let k = object >= 0 ? object : from; k < Math.min(end, from + reach); k++) {
    if (k !== object && !preps.has(t[k].norm)) continue;
    // "in the east of the Gaza Strip": a part of a place is in that place.
    let to = k;
    if (t[k + 1]?.norm === 'the' && PARTS.has(t[k + 2]?.norm ?? '') && t[k + 3]?.norm === 'of') to = k + 3;
    const at = t[to + 1]?.start ?? -1;
    const next = t[to + 2]?.start ?? -1;
    const place = doc.places.find((p) => p.country && p.country.length === 3 && (p.start === at || (t[to + 1]?.norm === 'the' && p.start === next)));
    if (!place) continue;
    const tok = t.findIndex((x) => x.start === place.start);
    const tokEnd = t.findIndex((x) => x.end === place.end) + 1;
    return mention({
      id: -1 - tok, start: place.start, end: place.end, text: place.text, code: place.country, kind: 'country',
      tokenStart: tok, tokenEnd: tokEnd, sentence: t[tok].sentence, rule: 'place.as-target',
    });
  }
  return null;
}

/**
 * A transitive verb with a plain noun object ("rejected the draft resolution", "burned the flag")
 * is an event even when the object names no actor: its target is that phrase, with no code.
 */
export function objectPhrase(doc: Doc, from: number, end: number): ActorMention | null {
  const t = doc.tokens;
  for (let k = from; k < Math.min(end, from + 4); k++) {
    if (t[k].pos === 'NOUN') {
      let last = k + 1;
      while (last < end && t[last].pos === 'NOUN') last++;
      return mention({
        id: -10_000 - from, start: t[from].start, end: t[last - 1].end, text: doc.text.slice(t[from].start, t[last - 1].end),
        code: null, kind: 'agent', tokenStart: from, tokenEnd: last, sentence: t[from].sentence, rule: 'object.uncoded',
      });
    }
    if (!['DET', 'ADJ', 'NUM', 'ADV', 'PROPN'].includes(t[k].pos)) return null;
  }
  return null;
}

/** Every pair of a coordinated group, for a reciprocal event: "the US, Russia and Switzerland met". */
export function pairs(group: ActorMention[]): [ActorMention, ActorMention][] {
  const out: [ActorMention, ActorMention][] = [];
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) out.push([group[a], group[b]]);
  return out;
}

