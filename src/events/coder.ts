// Events stage: finds trigger words of the pattern lexicon in candidate sentences and codes
// who did what to whom from the clause around them.
import type { Doc, ActorMention, Context, Modality } from '../doc.js';
import type { VerbPattern, NounPattern } from '../lexicon/schemas.js';
import { patternIndex, alternatives, alternativeSet } from './patterns.js';
import { lemmatize } from '../text/segment.js';
import { clauseStart, clauseEnd, verbGroupStart, isPassive, coordinated, firstMention, isVerb } from './clause.js';
import { modalityAt, intentCode } from '../modality/modality.js';
import { principal } from '../actors/codes.js';
import { irregularLemma } from './irregular.js';
import { codeReported } from './reported.js';

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

const MAX_TARGET_GAP = 7;
/** Nouns whose "with" phrase names the other party: "an association agreement with the European Union". */
const RELATIONAL = new Set(['agreement', 'deal', 'treaty', 'pact', 'accord', 'partnership', 'relation', 'tie', 'talk', 'alliance', 'cooperation', 'contract', 'truce', 'ceasefire']);

/** A sentence is worth coding when it holds a coded actor and a word that may trigger an event. */
export function isCandidate(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  // A coded actor, or a named person the lexicons do not hold ("President Abdelaziz Bouteflicka threatened …").
  if (!doc.actors.some((a) => a.sentence === sentence && (a.code || a.kind === 'person'))) return false;
  const words = patternIndex().triggerWords;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const n = doc.tokens[k].norm;
    if (words.has(n) || irregularLemma(n)) return true;
  }
  return false;
}

/** A subject can be a source: coded, or a named person the lexicons do not hold ("President Reagan"). */
function usable(m: ActorMention): boolean {
  return (m.code !== null || m.kind === 'person' || m.kind === 'agent') && !m.adjective;
}

/** The subject of the verb at i: the leftmost coded mention of its clause, past a leading adverbial. */
function subjectOf(doc: Doc, i: number): ActorMention[] {
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
  let subj = firstMention(doc, from, groupStart, (m) => usable(m) && m.tokenEnd <= groupStart);
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
    // "Russia, which invaded Ukraine": the relative pronoun's antecedent.
    const before = doc.actors.filter((a) => a.tokenEnd <= start - 1 && a.sentence === t[i].sentence && usable(a));
    const near = before[before.length - 1];
    if (near && start - 1 - near.tokenEnd <= 1) subj = near;
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
function targetAfter(doc: Doc, from: number, end: number, slot: string, exclude: Set<number>): ActorMention[] {
  const t = doc.tokens;
  // A named target the lexicons cannot code ("Prime Minister Mahendra Chaudhry", "refugees") is kept
  // with its text and a null code: the event is real even if its target cannot join a dyad.
  // A possessive pronoun is a determiner of the object ("meet his counterpart …"), not the object.
  const ok = (m: ActorMention) => (m.code !== null || m.kind === 'person' || m.kind === 'agent') && !exclude.has(m.id) && !(m.kind === 'pronoun' && m.possessive);
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
        group[0] = { ...first, tokenStart: from, start: t[from].start, text: doc.text.slice(t[from].start, first.end), nested: false };
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

function hasLemmaIn(doc: Doc, from: number, to: number, lemmas: string | undefined, maxGap = 5): number {
  return objectMatch(doc, from, to, lemmas, maxGap).end;
}

/**
 * Where a noun of `lemmas` ends after `from`, and how well it matched: a compound the pattern names
 * ("air strike" for "airstrike") is a strong match (2); the head of a compound it does not name
 * ("hunger strike" for a pattern that only says "strike") a weak one (0); a plain noun 1.
 */
function objectMatch(doc: Doc, from: number, to: number, lemmas: string | undefined, maxGap = 5): { end: number; strength: number } {
  if (!lemmas) return { end: from, strength: 1 };
  const t = doc.tokens;
  const set = alternativeSet(lemmas);
  for (let k = from; k < Math.min(to, from + maxGap); k++) {
    if (!set.has(t[k].lemma) && !set.has(t[k].norm)) continue;
    const mod = t[k - 1];
    if (k > from && mod && mod.pos === 'NOUN') {
      const joined = set.has(mod.norm + t[k].norm) || set.has(mod.norm + t[k].lemma) || set.has(`${mod.norm} ${t[k].lemma}`);
      return { end: k + 1, strength: joined ? 2 : 0 };
    }
    return { end: k + 1, strength: 1 };
  }
  return { end: -1, strength: 0 };
}

interface VerbMatch {
  pattern: VerbPattern;
  score: number;
  /** where the target search starts */
  after: number;
}

const verbWordCache = new WeakMap<VerbPattern, string[][]>();
/** A pattern's verbs split into words once ("lash out" → ["lash", "out"]). */
function verbWords(p: VerbPattern): string[][] {
  let w = verbWordCache.get(p);
  if (!w) {
    w = alternatives(p.verb).map((v) => v.split(' '));
    verbWordCache.set(p, w);
  }
  return w;
}

function matchVerb(doc: Doc, i: number, end: number, p: VerbPattern): VerbMatch | null {
  const t = doc.tokens;
  let after = i + 1;
  let score = 1;
  const head = t[i].lemma;
  const words = verbWords(p).filter((w) => w[0] === head || w[0] === irregularLemma(t[i].norm));
  // A two-word verb ("lash out") must be followed by its second word.
  const two = words.find((w) => w.length === 2);
  if (two) {
    if (t[after]?.norm !== two[1]) {
      if (!words.some((w) => w.length === 1)) return null;
    } else {
      after++;
      score += 2;
    }
  }
  if (p.particle) {
    if (t[after]?.norm !== p.particle) return null;
    after++;
    score += 2;
  }
  if (p.object) {
    const m = objectMatch(doc, after, end, p.object, 7);
    if (m.end < 0) return null;
    after = m.end;
    score += 1 + m.strength;
  }
  if (p.requires) {
    if (hasLemmaIn(doc, after, end, p.requires, 30) < 0) return null;
    score += 1;
  }
  return { pattern: p, score, after };
}

/** A place named after the verb's preposition, as a target actor: "arrived in Amman" → JOR. */
function placeTarget(doc: Doc, from: number, end: number, slot: string): ActorMention | null {
  const t = doc.tokens;
  const preps = alternativeSet(slot);
  for (let k = from; k < Math.min(end, from + 8); k++) {
    if (!preps.has(t[k].norm)) continue;
    const at = t[k + 1]?.start ?? -1;
    const next = t[k + 2]?.start ?? -1;
    const place = doc.places.find((p) => p.country && p.country.length === 3 && (p.start === at || (t[k + 1]?.norm === 'the' && p.start === next)));
    if (!place) continue;
    const tok = t.findIndex((x) => x.start === place.start);
    const tokEnd = t.findIndex((x) => x.end === place.end) + 1;
    return {
      id: -1 - tok, start: place.start, end: place.end, text: place.text, code: place.country, kind: 'country',
      tokenStart: tok, tokenEnd: tokEnd, sentence: t[tok].sentence, rule: 'place.as-target',
    };
  }
  return null;
}

/**
 * A transitive verb with a plain noun object ("rejected the draft resolution", "burned the flag")
 * is an event even when the object names no actor: its target is that phrase, with no code.
 */
function objectPhrase(doc: Doc, from: number, end: number): ActorMention | null {
  const t = doc.tokens;
  for (let k = from; k < Math.min(end, from + 4); k++) {
    if (t[k].pos === 'NOUN') {
      let last = k + 1;
      while (last < end && t[last].pos === 'NOUN') last++;
      return {
        id: -10_000 - from, start: t[from].start, end: t[last - 1].end, text: doc.text.slice(t[from].start, t[last - 1].end),
        code: null, kind: 'agent', tokenStart: from, tokenEnd: last, sentence: t[from].sentence, rule: 'object.uncoded',
      };
    }
    if (!['DET', 'ADJ', 'NUM', 'ADV', 'PROPN'].includes(t[k].pos)) return null;
  }
  return null;
}

/** Every pair of a coordinated group, for a reciprocal event: "the US, Russia and Switzerland met". */
function pairs(group: ActorMention[]): [ActorMention, ActorMention][] {
  const out: [ActorMention, ActorMention][] = [];
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) out.push([group[a], group[b]]);
  return out;
}

const COOPERATIVE = /^0[3-8]/;

function codeVerb(doc: Doc, i: number, ctx: Context, out: RawEvent[], absorbed: Set<number>): void {
  const t = doc.tokens;
  const candidates = patternIndex().verbs.get(t[i].lemma) ?? patternIndex().verbs.get(irregularLemma(t[i].norm) ?? '');
  if (!candidates) return;
  const cs = clauseStart(doc, i);
  const end = clauseEnd(doc, i);
  const matches = candidates.map((p) => matchVerb(doc, i, end, p)).filter((m): m is VerbMatch => !!m).sort((a, b) => b.score - a.score);
  if (!matches.length) return;
  const subjects = subjectOf(doc, i);
  const passive = isPassive(doc, i);
  const exclude = new Set(subjects.map((m) => m.id));
  // First the patterns that find their target; a pattern that stands without one only if none does.
  for (const pass of [true, false]) for (const match of matches) {
    const p = match.pattern;
    let sources = subjects;
    let targets: ActorMention[];
    let agentless = false;
    if (passive) {
      // "X was attacked by Y": the agent is the source, the subject the target.
      sources = targetAfter(doc, i + 1, end, 'by', new Set()).filter(usable);
      targets = subjects;
      // "Three US servicemen were killed by an explosive device": force against a named victim is an
      // event even when the text names no perpetrator.
      if (!sources.length && targets.some((x) => x.code) && /^(1[4-9]|20)/.test(p.code)) agentless = true;
      else if (!sources.length) continue;
    } else if (p.absorbs) {
      const src = principal(subjects[0]?.code);
      const m = firstMention(doc, match.after, end, (a) => a.code !== null && principal(a.code) !== src);
      targets = m ? [m] : [];
      for (let k = match.after; k < end; k++) absorbed.add(k);
    } else {
      targets = targetAfter(doc, match.after, end, p.target, exclude);
      if (!targets.length && p.placeIsTarget && p.target !== 'object' && p.target !== 'none') {
        const place = placeTarget(doc, match.after, end, p.target);
        if (place) targets = [place];
      }
    }
    if (agentless) {
      const mod = modalityAt(doc, i, cs.start, doc.sentences[t[i].sentence].headline);
      for (const tg of targets.filter((x) => x.code)) {
        out.push({
          source: null, target: tg, code: p.code, rule: `${p.id}+agentless`, trigger: i, triggerEnd: match.after, sentence: t[i].sentence,
          modality: mod.modality, symmetric: false, placeIsTarget: false, clauseFrom: cs.start, clauseTo: end, confidence: 0.5,
        });
      }
      return;
    }
    if (!sources.length) continue;
    // A bare country that is the source's own ("Canada … bans on travel to Canada") is not its target.
    targets = targets.filter((tg) => !(tg.kind === 'country' && tg.code && tg.code === principal(sources[0].code) && sources[0].code !== tg.code));
    let reciprocal: [ActorMention, ActorMention][] | null = null;
    if (!targets.length && sources.length >= 2 && (p.symmetric || COOPERATIVE.test(p.code))) {
      // "Venezuela and the U.S. severed relations", "Jordan and Britain agreed to …": reciprocal between the coordinated actors.
      reciprocal = pairs(sources);
    }
    // A specific pattern (its object or particle matched: "lifted a curfew", "declined to comment")
    // stands without a target actor; a bare verb does not.
    if (pass && !targets.length && !reciprocal) continue;
    const nounObject = !targets.length && !reciprocal && alternatives(p.target).includes('object') ? objectPhrase(doc, match.after, end) : null;
    if (!targets.length && !reciprocal && p.requiresTarget && match.score < 3 && !nounObject) continue;
    // "Beijing police detained 18 people": the object names no actor, but the analyst sees who.
    if (nounObject && !targets.length) targets = [nounObject];
    const mod = modalityAt(doc, i, cs.start, doc.sentences[t[i].sentence].headline);
    const { code, modality, rule } = recode(p, mod, announcedBySelf(doc, i, sources[0], mod));
    let emitted = 0;
    const emit = (s: ActorMention, tg: ActorMention | null, symmetric: boolean) => {
      if (tg && (tg.id === s.id || tg.code === s.code)) return;
      // "A European court convicted Turkey": an uncoded agent may act on a coded actor; two uncoded
      // parties ("officials attacked the plan") make no event an analyst could place.
      if (!s.code && s.kind !== 'person' && !tg?.code) return;
      emitted++;
      out.push({
        source: s, target: tg, code, rule, trigger: i, triggerEnd: match.after, sentence: t[i].sentence, modality,
        symmetric, placeIsTarget: p.placeIsTarget, clauseFrom: cs.start, clauseTo: end,
        // An event with no coded target cannot join a dyad and rests on less evidence: lower confidence.
        confidence: tg?.code ? Math.min(0.95, 0.5 + 0.1 * match.score) : Math.min(0.45, 0.3 + 0.05 * match.score),
      });
    };
    if (reciprocal) for (const [a, b] of reciprocal) emit(a, b, true);
    else for (const s of sources) for (const tg of targets.length ? targets : [null]) emit(s, tg, p.symmetric);
    // A pattern whose every event fell away (the actors were one and the same) leaves the verb to the next.
    if (emitted) return;
  }
}

/**
 * CAMEO codes what was said about an event, not only the event: an intent frame makes a cooperative
 * event an expressed intent (03x, "would be open to restarting trade"); a refusal of a cooperative
 * event is a rejection (12x, "said he would not provide support"); a wish or vow to use force is a
 * threat (13x, "wants to attack"). The new code's event is asserted: the intent, refusal or threat happened.
 */
function recode(p: VerbPattern, mod: ReturnType<typeof modalityAt>, selfAnnounced = false): { code: string; modality: Modality; rule: string } {
  const root = Number(p.code.slice(0, 2));
  if (mod.intentFrame && mod.modality !== 'negated') {
    const c = intentCode(p.code);
    if (c) return { code: c, modality: 'asserted', rule: `${p.id}+intent` };
  }
  // "will provide aid", "plans to meet": CAMEO codes announced cooperation as intent (03x); the
  // event itself stays intended.
  if (mod.modality === 'intended' && mod.announced && root >= 4 && root <= 8) {
    const c = intentCode(p.code);
    if (c) return { code: c, modality: 'intended', rule: `${p.id}+future` };
  }
  if (mod.refusal && root >= 3 && root <= 8) {
    const c = refusalCode(p.code);
    return { code: c, modality: 'asserted', rule: `${p.id}+refusal` };
  }
  // "threatened to impose", "is prepared to impose martial law", "said they would blockade": a threat (13x).
  // A plan reported by the writer ("Russia plans to attack") is an intended act, not a threat.
  const expressive = !!mod.intentFrame && !/^(plans?|planned|intends?) to$/.test(mod.intentFrame);
  if ((mod.volition || selfAnnounced || expressive) && mod.modality !== 'negated' && threatCode(p.code)) {
    return { code: threatCode(p.code)!, modality: 'asserted', rule: `${p.id}+threat` };
  }
  return { code: p.code, modality: mod.modality, rule: p.id };
}

/** CAMEO's threat code (13x) for an announced coercive or violent act; null for other roots. */
export function threatCode(code: string): string | null {
  const root = code.slice(0, 2);
  const base = code.slice(0, 3);
  switch (root) {
    case '14':
      return '133';
    case '16':
      return { '161': '1313', '162': '1311', '163': '1312' }[base] ?? '131';
    case '17':
      if (base === '172') return code.length === 4 ? `132${code[3]}` : '132';
      return '137';
    case '18':
      return '1383';
    case '19':
      return { '191': '1381', '192': '1382' }[base] ?? '1384';
    case '20':
      return '1385';
    default:
      return null;
  }
}

const SPEECH_LEMMAS = new Set(['say', 'announce', 'declare', 'warn', 'state', 'tell', 'insist', 'vow']);

/**
 * "Palestinian leaders said they would boycott …", "Nigeria announced that it will withdraw … unless …":
 * an actor announcing its own future coercive act is threatening (CAMEO 13x).
 */
function announcedBySelf(doc: Doc, i: number, subject: ActorMention | undefined, mod: ReturnType<typeof modalityAt>): boolean {
  if (!subject?.code || !mod.announced) return false;
  const t = doc.tokens;
  const s = doc.sentences[t[i].sentence];
  if (t.slice(s.tokenStart, s.tokenEnd).some((x) => x.norm === 'unless')) return true;
  const from = subject.tokenStart >= s.tokenStart && subject.tokenStart < i ? subject.tokenStart : clauseStart(doc, i).start;
  for (let k = from - 1; k >= s.tokenStart && k >= from - 6; k--) {
    if (t[k].pos !== 'VERB' || !SPEECH_LEMMAS.has(t[k].lemma)) continue;
    const speaker = subjectOf(doc, k)[0];
    return !!speaker?.code && principal(speaker.code) === principal(subject.code);
  }
  return false;
}

/** The rejection code for a refused cooperative event (CAMEO 12x). */
function refusalCode(code: string): string {
  const root = code.slice(0, 2);
  const base = code.slice(0, 3);
  if (root === '03') return refusalCode({ '031': '060', '032': '050', '033': '070', '036': '040', '035': '080' }[base] ?? '050');
  if (root === '04') return '125';
  if (root === '05') return base === '057' ? '127' : '120';
  if (root === '06') return { '061': '1211', '062': '1212' }[base] ?? '121';
  if (root === '07') return '121';
  return '124';
}

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
  for (const alt of alternatives(p.noun)) {
    const words = alt.split(' ');
    if (words.every((w, k) => t[i + k] && t[i + k].sentence === t[i].sentence && (t[i + k].lemma === w || t[i + k].norm === w))) best = Math.max(best, words.length);
  }
  return best;
}

/** Nominal events: "Russia's invasion of Ukraine", "the Trump administration's recognition of Guaidó". */
function codeNoun(doc: Doc, i: number, out: RawEvent[]): number {
  const t = doc.tokens;
  const patterns = patternIndex().nouns.get(t[i].lemma) ?? patternIndex().nouns.get(t[i].norm);
  if (!patterns) return 0;
  const sentence = doc.sentences[t[i].sentence];
  const end = clauseEnd(doc, i);
  const matched = patterns.map((p) => ({ p, len: nounPhraseAt(doc, i, p) })).filter((m) => m.len > 0).sort((a, b) => b.len - a.len);
  for (const { p, len } of matched) {
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

export function codeEvents(doc: Doc, ctx: Context): RawEvent[] {
  const out: RawEvent[] = [];
  for (const s of doc.sentences) {
    if (!isCandidate(doc, s.index)) continue;
    s.candidate = true;
    lemmatize(doc, s.index);
    const absorbed = new Set<number>();
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (absorbed.has(i)) continue;
      const t = doc.tokens[i];
      if (isVerb(t) && !(t.norm.endsWith('ing') && ['DET', 'PART'].includes(doc.tokens[i - 1]?.pos ?? ''))) codeVerb(doc, i, ctx, out, absorbed);
      else {
        // Nouns, and noun phrases that open with an adjective ("military operation") or a gerund ("Russia's shelling").
        const len = codeNoun(doc, i, out);
        if (len > 1) i += len - 1;
      }
    }
  }
  return codeReported(doc, out, (i) => subjectOf(doc, i));
}
