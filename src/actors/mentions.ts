// Actors stage: finds names in the text and composes them into coded actor phrases
// ("Venezuelan President Nicolás Maduro" → VENGOV, "Russian energy companies" → RUSBUS).
import type { Doc, ActorMention, Context, Token, ActorKind } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { actorLexicon, lookupAt, personCode, type ActorRef } from './lexicon.js';
import { principal, withSector } from './codes.js';

interface RawMatch {
  start: number; // token index
  end: number;
  refs: ActorRef[];
}

const UPPER = /^\p{Lu}/u;
/** Modifier words that may sit between a country and its agent ("Russian energy companies", "U.S. senior officials"). */
const GAP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

function validRefs(tokens: Token[], i: number, len: number, refs: { ref: ActorRef; exact?: string[] }[]): ActorRef[] {
  const out: ActorRef[] = [];
  for (const r of refs) {
    if (r.exact) {
      if (r.exact.every((t, k) => tokens[i + k].text === t)) out.push(r.ref);
      continue;
    }
    if (r.ref.type === 'agent' || r.ref.type === 'block') {
      out.push(r.ref);
      continue;
    }
    // Proper names need a capital initial: "turkey", "chad" and "us" are not countries.
    if (UPPER.test(tokens[i].text)) out.push(r.ref);
  }
  return out;
}

/** Longest valid lexicon match at each position, left to right, within one sentence. */
export function rawMatches(doc: Doc, sentence: number): RawMatch[] {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  const norms = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.norm);
  const out: RawMatch[] = [];
  const lex = actorLexicon();
  for (let i = s.tokenStart; i < s.tokenEnd; ) {
    const found = lookupAt(norms, i - s.tokenStart, lex);
    let taken = false;
    for (let k = found.length - 1; k >= 0; k--) {
      const refs = validRefs(tokens, i, found[k].len, found[k].refs);
      if (refs.length) {
        // A blocking phrase ("Latin American") consumes its tokens and names no actor.
        if (!refs.some((r) => r.type === 'block')) out.push({ start: i, end: i + found[k].len, refs });
        i += found[k].len;
        taken = true;
        break;
      }
    }
    if (!taken) i++;
  }
  return out;
}

const has = (m: RawMatch, type: ActorRef['type']) => m.refs.some((r) => r.type === type);
const refOf = <T extends ActorRef['type']>(m: RawMatch, type: T) => m.refs.find((r) => r.type === type) as Extract<ActorRef, { type: T }> | undefined;

function isHeadNoun(m: RawMatch): boolean {
  return has(m, 'agent') || has(m, 'person');
}

/** Tokens between two matches that may sit inside one noun phrase. */
function gapIsModifiers(tokens: Token[], from: number, to: number, max = 2): boolean {
  if (to - from > max) return false;
  for (let k = from; k < to; k++) if (!GAP_POS.has(tokens[k].pos) || tokens[k].norm === 'and' || tokens[k].norm === 'or') return false;
  return true;
}

/** Groups raw matches into actor phrases (one noun phrase each). */
function phrases(doc: Doc, raws: RawMatch[]): RawMatch[][] {
  const tokens = doc.tokens;
  const out: RawMatch[][] = [];
  let i = 0;
  while (i < raws.length) {
    const phrase = [raws[i]];
    let j = i + 1;
    while (j < raws.length) {
      const last = phrase[phrase.length - 1];
      const next = raws[j];
      const hasPerson = phrase.some((m) => has(m, 'person'));
      const hasCountryNoun = phrase.some((m) => refOf(m, 'country'));
      let attach = false;
      if (isHeadNoun(next) && !(hasPerson && has(next, 'person'))) {
        if (gapIsModifiers(tokens, last.end, next.start)) attach = true;
        // Possessive: "Venezuela's government", "Maduro's government".
        else if (tokens[last.end]?.norm === "'s" && gapIsModifiers(tokens, last.end + 1, next.start) && has(next, 'agent')) attach = true;
      } else if (!hasCountryNoun && !hasPerson && phrase.every((m) => has(m, 'agent'))) {
        // "government of Venezuela", "the president of the United States".
        let k = last.end;
        if (tokens[k]?.norm === 'of') {
          k++;
          if (tokens[k]?.norm === 'the') k++;
          if (k === next.start && !has(next, 'agent')) attach = true;
        }
      }
      if (!attach) break;
      phrase.push(next);
      j++;
    }
    out.push(phrase);
    i = j;
  }
  return out;
}

interface Coded {
  code: string | null;
  kind: ActorKind;
  rule: string;
  name?: string;
  weak: boolean;
}

/** The sector an agent sequence gives: the leftmost specific sector, else GOV ("opposition leader" → OPP). */
function sectorOf(agents: Extract<ActorRef, { type: 'agent' }>[]): string | null {
  if (!agents.length) return null;
  return agents.find((a) => a.sector !== 'GOV')?.sector ?? agents[0].sector;
}

function codePhrase(doc: Doc, phrase: RawMatch[], ctx: Context): Coded {
  const tokens = doc.tokens;
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  const personIdx = phrase.findIndex((m) => has(m, 'person'));
  const former = tokens.slice(Math.max(first.start - 2, 0), last.end).some((t) => t.norm === 'former' || t.norm === 'ex');
  const next = tokens[last.end];
  const followedByNoun = !!next && next.sentence === tokens[last.start]?.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.norm !== "'s";

  if (personIdx >= 0) {
    const persons = phrase[personIdx].refs.filter((r): r is Extract<ActorRef, { type: 'person' }> => r.type === 'person');
    const chosen = persons.find((p) => personCode(p.person, ctx.date).current) ?? persons[0];
    const pc = personCode(chosen.person, ctx.date);
    const after = phrase.slice(personIdx + 1).map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
    let code = pc.code;
    if (after.length) code = withSector(principal(code) ?? code, sectorOf(after));
    else if (former) code = withSector(principal(code) ?? code, 'ELI');
    return { code, kind: after.length ? 'agent' : 'person', rule: chosen.rule, name: chosen.person.name, weak: false };
  }
  const org = phrase.map((m) => refOf(m, 'organisation') ?? refOf(m, 'igo')).find(Boolean);
  if (org) {
    const kind: ActorKind = org.type === 'igo' ? 'igo' : org.kind === 'outlet' ? 'outlet' : org.kind === 'group' ? 'group' : 'organisation';
    return { code: org.code, kind, rule: org.rule, name: org.name, weak: false };
  }
  const country = phrase.map((m) => refOf(m, 'country')).find(Boolean);
  const agentRefs = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
  if (country) {
    let sector = sectorOf(agentRefs);
    if (!sector && country.form === 'capital') sector = 'GOV';
    if (former && sector) sector = 'ELI';
    const code = withSector(country.code, sector);
    // A bare country word modifying a noun ("Russian oil", "U.S. imports", "Russia allies") is weak:
    // it may be a nominal event's actor but is never a clause subject or object by itself.
    const weak = !agentRefs.length && country.form !== 'capital' && followedByNoun;
    const kind: ActorKind = agentRefs.length ? 'agent' : 'country';
    return { code, kind, rule: agentRefs.length ? `${country.rule}+${agentRefs[0].rule}` : country.rule, name: country.name, weak };
  }
  return { code: null, kind: 'agent', rule: agentRefs[0]?.rule ?? 'agent', weak: followedByNoun };
}

/** Extends a phrase left over adjectives ("Senior U.S. officials") that no other phrase claims. */
function leftEdge(tokens: Token[], start: number, floor: number): number {
  let k = start;
  while (k - 1 >= floor && tokens[k - 1].pos === 'ADJ') k--;
  return k;
}

export function findActors(doc: Doc, ctx: Context): Doc {
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    const raws = rawMatches(doc, s.index);
    let floor = s.tokenStart;
    for (const phrase of phrases(doc, raws)) {
      const coded = codePhrase(doc, phrase, ctx);
      const startTok = leftEdge(tokens, phrase[0].start, floor);
      const endTok = phrase[phrase.length - 1].end;
      floor = endTok;
      const mention: ActorMention = {
        id: doc.actors.length,
        start: tokens[startTok].start,
        end: tokens[endTok - 1].end,
        text: doc.text.slice(tokens[startTok].start, tokens[endTok - 1].end),
        code: coded.code,
        kind: coded.kind,
        tokenStart: startTok,
        tokenEnd: endTok,
        sentence: s.index,
        rule: coded.rule,
      };
      if (coded.name) mention.name = coded.name;
      if (tokens[endTok]?.norm === "'s" || tokens[endTok]?.norm === "'") mention.possessive = true;
      if (coded.weak) mention.adjective = true;
      if (phrase.length === 1 && refOf(phrase[0], 'country')?.form === 'capital') mention.metonym = true;
      doc.actors.push(mention);
    }
  }
  return doc;
}

export const actorStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences'],
  assigns: ['actors'],
  run: findActors,
};
