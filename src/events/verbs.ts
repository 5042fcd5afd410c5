// Verb triggers: matching a verb pattern (particle, object, required words) and coding its event.
import type { Doc, ActorMention, Frame } from '../doc.js';
import type { VerbPattern } from '../lexicon/schemas.js';
import { patternIndex, alternatives, alternativeSet, alternativeWords, figurative, FORCE } from './patterns.js';
import { clauseStart, clauseEnd, isPassive, firstMention, POSSESSIVE_PRONOUNS } from './clause.js';
import { modalityAt } from '../modality/modality.js';
import { principal } from '../actors/codes.js';
import { irregularLemma, unprefixed } from './irregular.js';
import { usable, subjectOf, targetAfter, placeTarget, objectPhrase, pairs, prepositionBefore } from './roles.js';
import { recode, announcedBySelf } from './recode.js';
import { frameAgents, frameTargets } from './frame-roles.js';
import { frameFor } from '../syntax/stage.js';
import type { RawEvent } from './coder.js';

export function hasLemmaIn(doc: Doc, from: number, to: number, lemmas: string | undefined, maxGap = 5): number {
  return objectMatch(doc, from, to, lemmas, maxGap).end;
}

/**
 * Where a noun of `lemmas` ends after `from`, and how well it matched: a compound the pattern names
 * ("air strike" for "airstrike") is a strong match (2); the head of a compound it does not name
 * ("hunger strike" for a pattern that only says "strike") a weak one (0); a plain noun 1.
 */
function objectMatch(doc: Doc, from: number, to: number, lemmas: string | undefined, maxGap = 5, code = ''): { end: number; strength: number } {
  if (!lemmas) return { end: from, strength: 1 };
  const t = doc.tokens;
  const set = alternativeSet(lemmas);
  for (let k = from; k < Math.min(to, from + maxGap); k++) {
    // A capitalised plural the tagger took for a name ("Sanctions were imposed …") is still the plural.
    if (!set.has(t[k].lemma) && !set.has(t[k].norm) && !(t[k].pos === 'PROPN' && set.has(t[k].norm.replace(/s$/, '')))) continue;
    const mod = t[k - 1];
    // "waging an escalating trade war" is no use of force.
    if (FORCE.test(code) && figurative(doc, k)) return { end: -1, strength: 0 };
    if (k > from && mod && mod.pos === 'NOUN') {
      const joined = set.has(mod.norm + t[k].norm) || set.has(mod.norm + t[k].lemma) || set.has(`${mod.norm} ${t[k].lemma}`);
      // "launched an air strike" is not a labour strike: a compound the noun lexicon codes as force is
      // not the head noun of a pattern that is not about force.
      if (!joined && !FORCE.test(code) && isForceCompound(mod.norm, t[k].norm)) return { end: -1, strength: 0 };
      return { end: k + 1, strength: joined ? 2 : 0 };
    }
    return { end: k + 1, strength: 1 };
  }
  return { end: -1, strength: 0 };
}


function isForceCompound(modifier: string, noun: string): boolean {
  return !!patternIndex().nouns.get(modifier)?.some((e) => FORCE.test(e.code) && alternatives(e.noun).includes(`${modifier} ${noun}`));
}

interface VerbMatch {
  pattern: VerbPattern;
  score: number;
  /** where the target search starts */
  after: number;
}

/** The forms of the verb at i that a pattern's first word may be: its lemma, irregular lemma and unprefixed lemma. */
interface VerbHeads {
  lemma: string;
  irregular: string | undefined;
  bare: string | undefined;
}

function matchVerb(doc: Doc, i: number, end: number, p: VerbPattern, heads: VerbHeads): VerbMatch | null {
  const t = doc.tokens;
  let after = i + 1;
  let score = 1;
  // A two-word verb ("lash out") must be followed by its second word.
  let two: string[] | undefined;
  let oneWord = false;
  for (const w of alternativeWords(p.verb)) {
    if (w[0] !== heads.lemma && w[0] !== heads.irregular && w[0] !== heads.bare) continue;
    if (w.length === 2) two ??= w;
    else if (w.length === 1) oneWord = true;
  }
  if (two) {
    if (t[after]?.norm !== two[1]) {
      if (!oneWord) return null;
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
    const m = objectMatch(doc, after, end, p.object, 7, p.code);
    if (m.end >= 0) {
      after = m.end;
      score += 1 + m.strength;
    } else {
      // "Evidence against Russia was presented by the US": a passive's object noun is its subject.
      const from = clauseStart(doc, i).start;
      if (!BE.has(t[i - 1]?.norm ?? '') || objectMatch(doc, from, i, p.object, 3, p.code).end < 0) return null;
      score += 1;
    }
  }
  if (p.requires) {
    if (hasLemmaIn(doc, after, end, p.requires, 30) < 0) return null;
    score += 1;
  }
  if (p.intransitive) {
    let k = after;
    while (t[k]?.pos === 'ADV') k++;
    if (t[k] && (['DET', 'NOUN', 'PROPN', 'NUM'].includes(t[k].pos) || POSSESSIVE_PRONOUNS.has(t[k].norm))) return null;
  }
  if (p.unless) {
    const s = doc.sentences[t[i].sentence];
    if (hasLemmaIn(doc, s.tokenStart, s.tokenEnd, p.unless, s.tokenEnd - s.tokenStart) >= 0) return null;
  }
  return { pattern: p, score, after };
}

const COOPERATIVE = /^0[3-8]/;
/** Visits and hosting have a direction: "the US, Germany and Italy received the threats" is no mutual hosting. */
const DIRECTED = /^04[23]/;
/** Verbs of fighting that also mean attacking in words. */
const VERBAL_ATTACK = new Set(['attack', 'assail', 'hit', 'target', 'hammer', 'batter', 'blast', 'fight', 'battle', 'counterattack', 'counter-attack']);
/** Heads of an uncoded object that can be released, freed or pardoned: people. */
const PEOPLE = new Set(('people person civilian protester demonstrator soldier troop villager child woman man student worker journalist reporter ' +
  'militant fighter member officer prisoner hostage detainee captive activist dissident opponent leader national citizen resident refugee migrant ' +
  'sailor crew fisherman tourist passenger pilot other others dozen dozens hundreds thousands').split(' '));
const GUESTS = new Set(['visit', 'delegation', 'guest', 'visitor', 'counterpart', 'envoy', 'team', 'mission', 'minister', 'president', 'official', 'king', 'queen', 'prince', 'pope']);
/** Heads of an uncoded object that force can be used against: people, forces, places and things. */
const HURTABLE = new Set(('people person civilian protester demonstrator soldier troop villager child woman man student worker journalist reporter ' +
  'militant fighter member officer policeman police guard resident refugee migrant worshipper passenger pilgrim farmer prisoner hostage ' +
  'patient doctor tourist family inhabitant crowd convoy base village town city camp hospital school building embassy ship vessel boat plane ' +
  'aircraft helicopter drone tanker train bus car vehicle house home mosque church market checkpoint post position airport port bridge station ' +
  'plant facility compound office headquarters depot warehouse target area district neighbourhood neighborhood region border territory ' +
  'outpost barracks army force unit column patrol rebel insurgent gunman tank site refinery pipeline infrastructure mall hotel restaurant ' +
  'stronghold enclave province capital suburb street square other others dozen dozens hundreds thousands score scores victim').split(' '));
const PROTESTERS = /\b(protest[eo]rs?|demonstrators?|rioters?|mobs?)\b/i;
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const SANCTION_ELABORATION = new Set(['target', 'hit', 'cover', 'affect', 'single']);

/**
 * "imposed sanctions, targeting officials tied to Maduro's government": a participle that says whom a
 * sanction hits elaborates the sanction (its target), it is not an attack of its own.
 */
function elaboratesSanction(doc: Doc, frame: Frame, out: RawEvent[]): boolean {
  const t = doc.tokens;
  if (!SANCTION_ELABORATION.has(t[frame.predicate].lemma) || frame.governor === null || !['advcl', 'acl', 'conj'].includes(frame.relation)) return false;
  const sanction = out.find((e) => e.sentence === frame.sentence && e.code.startsWith('16') && frame.governor! >= e.trigger && frame.governor! < Math.max(e.triggerEnd, e.trigger + 1));
  if (!sanction) return false;
  const exclude = new Set(sanction.source ? [sanction.source.id] : []);
  for (const tg of frameTargets(doc, frame, 'object', null, exclude)) {
    if (!tg.code || out.some((e) => e.sentence === frame.sentence && e.code === sanction.code && e.target?.id === tg.id)) continue;
    out.push({ ...sanction, target: tg, rule: `${sanction.rule}+elaboration`, trigger: frame.predicate, triggerEnd: frame.predicate + 1, confidence: Math.min(sanction.confidence, 0.8) });
  }
  return true;
}




/** "released a series of images of Antarctica": what a release (084x) frees is people, named or not. */
function releasesPeople(doc: Doc, from: number, targets: ActorMention[]): boolean {
  const t = doc.tokens;
  let k = from;
  while (t[k] && ['DET', 'NUM', 'ADJ', 'ADV'].includes(t[k].pos)) k++;
  return !t[k] || targets.some((tg) => tg.tokenStart <= k && k < tg.tokenEnd) || PEOPLE.has(t[k].lemma) || t[k].pos !== 'NOUN';
}

/** Who acted on whom for one matched pattern, before the checks every reading must pass. */
interface Roles {
  sources: ActorMention[];
  targets: ActorMention[];
  /** force against a named victim with no perpetrator named */
  agentless: boolean;
}

/** What one verb token's coding shares across its matched patterns. */
interface VerbSite {
  doc: Doc;
  i: number;
  end: number;
  clauseFrom: number;
  frame: Frame | undefined;
  subjects: ActorMention[];
  exclude: Set<number>;
}

// codeVerb is split into these steps so that V8 recompiles one small function, not the whole coder,
// when a rare case deoptimises it (one compile of the whole took a helper thread ~230 ms, several
// times per extraction thread: docs/PERFORMANCE.md).
export function codeVerb(doc: Doc, i: number, out: RawEvent[], absorbed: Set<number>): void {
  const t = doc.tokens;
  const index = patternIndex().verbs;
  const candidates = index.get(t[i].lemma) ?? index.get(irregularLemma(t[i].norm) ?? '') ?? index.get(unprefixed(t[i].lemma) ?? '');
  if (!candidates) return;
  const end = clauseEnd(doc, i);
  const heads: VerbHeads = { lemma: t[i].lemma, irregular: irregularLemma(t[i].norm), bare: unprefixed(t[i].lemma) };
  const matches = candidates.map((p) => matchVerb(doc, i, end, p, heads)).filter((m): m is VerbMatch => !!m).sort((a, b) => b.score - a.score);
  if (!matches.length) return;
  codeMatches(doc, i, end, matches, out, absorbed);
}

function codeMatches(doc: Doc, i: number, end: number, matches: VerbMatch[], out: RawEvent[], absorbed: Set<number>): void {
  const cs = clauseStart(doc, i);
  // A parsed sentence gives the verb's frame: subject, voice and arguments from the parse, not word order.
  const frame = frameFor(doc, i, true);
  if (frame && elaboratesSanction(doc, frame, out)) return;
  const subjects = subjectOf(doc, i);
  const passive = frame ? frame.voice === 'passive' : isPassive(doc, i);
  const site: VerbSite = { doc, i, end, clauseFrom: cs.start, frame, subjects, exclude: new Set(subjects.map((m) => m.id)) };
  // First the patterns that find their target; a pattern that stands without one only if none does.
  for (const pass of [true, false]) for (const match of matches) {
    const p = match.pattern;
    if (passive && (p.converse || p.targetIsPlace)) continue;
    const roles = passive ? passiveRoles(site, match) : activeRoles(site, match, absorbed);
    if (!roles) continue;
    if (roles.agentless) {
      const mod = modalityAt(doc, i, cs.start, doc.sentences[doc.tokens[i].sentence].headline);
      for (const tg of roles.targets.filter((x) => x.code)) {
        out.push({
          source: null, target: tg, code: p.code, rule: `${p.id}+agentless`, trigger: i, triggerEnd: match.after, sentence: doc.tokens[i].sentence,
          modality: mod.modality, symmetric: false, placeIsTarget: false, clauseFrom: cs.start, clauseTo: end, confidence: 0.5,
        });
      }
      return;
    }
    if (emitReading(site, match, roles, passive, pass, out)) return;
  }
}

/** "X was attacked by Y": the agent is the source, the subject the target. Null: no reading. */
function passiveRoles(site: VerbSite, match: VerbMatch): Roles | null {
  const { doc, i, end, frame, subjects } = site;
  const t = doc.tokens;
  const p = match.pattern;
  let sources = frame ? frameAgents(doc, frame) : [];
  // "attacked by Turkish jets": a country adjective on the agent's noun names who acted.
  if (!sources.length) sources = targetAfter(doc, i + 1, end, 'by', new Set()).filter((x) => usable(x) || (x.adjective && x.code && doc.text[x.end] !== '-'));
  let targets = subjects;
  // "Rockets were fired at Israel from Gaza": the subject is the weapon; the target is in the pattern's
  // slot and the attacker's country is where the fire came from.
  const slot = alternatives(p.target).filter((x) => x !== 'object' && x !== 'none').join('|');
  if (!targets.some((x) => x.code) && slot) {
    // "Sanctions were imposed on Iran by the EU": likewise a target in the slot after the verb.
    targets = targetAfter(doc, match.after, end, slot, new Set(sources.map((x) => x.id)));
    if (!sources.length && targets.length && FORCE.test(p.code)) {
      const origin = placeTarget(doc, match.after, end, 'from');
      if (origin) sources = [origin];
    }
  }
  // "The Russian building was demolished by …": a country adjective in the subject names whose it was.
  if (!targets.some((x) => x.code)) {
    const owner = doc.actors.find((a) => a.adjective && a.code && !a.nested && a.tokenStart >= site.clauseFrom && a.tokenEnd < i && doc.text[a.end] !== '-');
    if (owner) targets = [owner];
  }
  // "Three US servicemen were killed by an explosive device": force against a named victim is an
  // event even when the text names no perpetrator.
  // The victim must be the passive's own subject, not a preposition's noun ("talks on Syria would be held")
  // nor another clause's ("Guterres revealed talks would be held").
  // ("the release of Americans detained in Venezuela": a participle right after its noun qualifies it wherever it stands.)
  const ownSubject = (x: ActorMention) => x.tokenEnd <= i && !t.slice(x.tokenEnd, i).some((k) => k.pos === 'VERB' && !BE.has(k.norm)) && (x.tokenEnd === i || prepositionBefore(doc, x) < 0);
  if (!sources.length && targets.some((x) => x.code && ownSubject(x)) && /^(1[4-9]|20)/.test(p.code)) {
    return { sources, targets: targets.filter(ownSubject), agentless: true };
  }
  if (!sources.length) return null;
  return { sources, targets, agentless: false };
}

/** The subject acts on the pattern's target. Null: no reading. */
function activeRoles(site: VerbSite, match: VerbMatch, absorbed: Set<number>): Roles | null {
  const { doc, end, frame, subjects, exclude } = site;
  const p = match.pattern;
  let sources = subjects;
  let targets: ActorMention[];
  if (p.absorbs) {
    const src = principal(subjects[0]?.code);
    const m = firstMention(doc, match.after, end, (a) => a.code !== null && principal(a.code) !== src);
    targets = m ? [m] : [];
    for (let k = match.after; k < end; k++) absorbed.add(k);
    return { sources, targets, agentless: false };
  }
  targets = p.targetIsPlace ? [] : frame ? frameTargets(doc, frame, p.target, p.object ? match.after - 1 : null, exclude) : [];
  if (!targets.length && !p.targetIsPlace) targets = targetAfter(doc, match.after, end, p.target, exclude);
  if (p.converse) {
    // "Georgian demonstrators received weapons from the government": the giver acts on the receiver.
    if (!targets.length) return null;
    [sources, targets] = [targets.filter(usable), subjects];
  }
  if (!targets.length && p.placeIsTarget && p.target !== 'object' && p.target !== 'none') {
    const place = placeTarget(doc, match.after, end, p.target);
    if (place) targets = [place];
  }
  // "claimed responsibility for a deadly attack … at a mall in Kenya's capital": CAMEO's target of a claim
  // of responsibility is whoever the act claimed was done to, named anywhere in the act's phrase.
  if (!targets.length && p.code === '015') {
    const own = principal(sources[0]?.code);
    const victim = firstMention(doc, match.after, end, (a) => !!a.code && principal(a.code) !== own && !exclude.has(a.id)) ??
      placeTarget(doc, match.after, end, 'in|at|on|near', end - match.after);
    if (victim && principal(victim.code) !== own) targets = [victim];
  }
  // "Russian forces shelled Kharkiv", "attacks on Mariupol": force against a place is force against its
  // country ("in" only says where it happened).
  if (!targets.length && FORCE.test(p.code) && p.target !== 'none') {
    const slot = alternatives(p.target).filter((x) => x !== 'in').join('|');
    const place = slot ? placeTarget(doc, match.after, end, slot) : null;
    if (place) targets = [place];
  }
  return { sources, targets, agentless: false };
}

/**
 * The events of one reading, if it passes the checks every reading must. True when the verb is
 * coded (by these events, or settled as an appeal's content) and no later pattern should be tried.
 */
function emitReading(site: VerbSite, match: VerbMatch, roles: Roles, passive: boolean, pass: boolean, out: RawEvent[]): boolean {
  const { doc, i, end, clauseFrom } = site;
  const t = doc.tokens;
  const p = match.pattern;
  const { sources } = roles;
  let { targets } = roles;
  if (!sources.length) return false;
  if (p.code.startsWith('084') && !passive && p.target === 'object' && !releasesPeople(doc, match.after, targets)) return false;
  // "fired a ballistic missile over Hokkaido": the pattern's own object noun (the weapon) is no target.
  if (p.object && !passive && FORCE.test(p.code)) targets = targets.filter((tg) => !(tg.tokenStart < match.after && match.after <= tg.tokenEnd));
  // A bare country that is the source's own ("Canada … bans on travel to Canada") is not its target.
  targets = targets.filter((tg) => !(tg.kind === 'country' && tg.code && tg.code === principal(sources[0].code) && sources[0].code !== tg.code));
  let reciprocal: [ActorMention, ActorMention][] | null = null;
  if (!targets.length && sources.length >= 2 && (p.symmetric || (COOPERATIVE.test(p.code) && !DIRECTED.test(p.code)))) {
    // "Venezuela and the U.S. severed relations", "Jordan and Britain agreed to …": reciprocal between the coordinated actors.
    reciprocal = pairs(sources);
  }
  // A specific pattern (its object or particle matched: "lifted a curfew", "declined to comment")
  // stands without a target actor; a bare verb does not.
  if (pass && !targets.length && !reciprocal) return false;
  let nounObject = !targets.length && !reciprocal && alternatives(p.target).includes('object') ? objectPhrase(doc, match.after, end) : null;
  // "efforts to combat the drawing of districts", "fight corruption", "holding a press conference", "cut
  // down the value of the dollar": force and coercion need someone or something they can hurt.
  if (nounObject && /^(17[3-5]|1[89]|20)/.test(p.code) && !HURTABLE.has(t[nounObject.tokenEnd - 1].lemma)) {
    if (p.particle) return false;
    nounObject = null;
  }
  // "NASA released a series of images", "Sony released an update": a release (084x) frees people.
  if (nounObject && p.code.startsWith('084') && !PEOPLE.has(t[nounObject.tokenEnd - 1].lemma)) nounObject = null;
  // "received the threats", "receive medical assistance": one hosts people and their visits.
  if (nounObject && p.code === '043' && !PEOPLE.has(t[nounObject.tokenEnd - 1].lemma) && !GUESTS.has(t[nounObject.tokenEnd - 1].lemma)) nounObject = null;
  if (!targets.length && !reciprocal && p.requiresTarget && match.score < 3 && !nounObject) return false;
  // "Beijing police detained 18 people": the object names no actor, but the analyst sees who.
  if (nounObject && !targets.length) targets = [nounObject];
  const mod = modalityAt(doc, i, clauseFrom, doc.sentences[t[i].sentence].headline);
  // What was asked of another actor is the appeal's content (CAMEO codes the appeal, 02x/10x), not an event.
  if (mod.appealedBy !== null && out.some((e) => e.trigger === mod.appealedBy && /^(02|10)/.test(e.code))) return true;
  let { code, modality, rule } = recode(p, mod, announcedBySelf(doc, i, sources[0], mod));
  // "Trump attacked Biden", "attacked the FBI": one person attacking another, or a body of their own
  // country, is criticising it (111); force against a person is assault, shooting, killing.
  if (/^19/.test(code) && VERBAL_ATTACK.has(t[i].lemma) && sources[0]?.kind === 'person' && targets.some((tg) => tg.kind === 'person' || (tg.code && tg.kind !== 'country' && principal(tg.code) === principal(sources[0].code)))) {
    [code, rule] = ['111', `${rule}+verbal`];
  }
  // CAMEO 145: demonstrators destroying property are rioting.
  if (code.startsWith('171') && sources.some((x) => PROTESTERS.test(x.text))) [code, rule] = ['145', `${rule}+riot`];
  let emitted = 0;
  const emit = (s: ActorMention, tg: ActorMention | null, symmetric: boolean) => {
    if (tg && (tg.id === s.id || tg.code === s.code)) return;
    // "A European court convicted Turkey": an uncoded agent may act on a coded actor; two uncoded
    // parties ("officials attacked the plan") make no event an analyst could place.
    if (!s.code && s.kind !== 'person' && !tg?.code) return;
    emitted++;
    out.push({
      source: s, target: tg, code, rule, trigger: i, triggerEnd: match.after, sentence: t[i].sentence, modality,
      symmetric, placeIsTarget: p.placeIsTarget, clauseFrom, clauseTo: end,
      // An event with no coded target cannot join a dyad and rests on less evidence: lower confidence.
      confidence: tg?.code ? Math.min(0.95, 0.5 + 0.1 * match.score) : Math.min(0.45, 0.3 + 0.05 * match.score),
    });
  };
  if (reciprocal) for (const [a, b] of reciprocal) emit(a, b, true);
  else for (const s of sources) for (const tg of targets.length ? targets : [null]) emit(s, tg, p.symmetric);
  // A pattern whose every event fell away (the actors were one and the same) leaves the verb to the next.
  return emitted > 0;
}
