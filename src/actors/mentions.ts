// Actors stage: finds names in the text and composes them into coded actor phrases
// ("Venezuelan President Nicolás Maduro" → VENGOV, "Russian energy companies" → RUSBUS).
import type { Doc, ActorMention, Context, Token, ActorKind } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { actorLexicon, lookupAt, personCode, type ActorRef, type NodeRef } from './lexicon.js';
import { principal, withSector } from './codes.js';
import { lookup, choose, nameKey } from '../place/gazetteer.js';

interface RawMatch {
  start: number; // token index
  end: number;
  refs: ActorRef[];
}

const UPPER = /^\p{Lu}/u;
/** Modifier words that may sit between a country and its agent ("Russian energy companies", "U.S. senior officials"). */
const GAP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

function validRefs(tokens: Token[], i: number, len: number, refs: NodeRef[]): ActorRef[] {
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
    // Proper names need a capital initial: "turkey", "chad" and "us" are not countries; and every
    // capitalised word of a longer name capitalised too: "Russia today" is not Russia Today.
    if (UPPER.test(tokens[i].text) && (!r.caps || r.caps.every((k) => UPPER.test(tokens[i + k].text)))) out.push(r.ref);
  }
  return out;
}

/** Longest valid lexicon match at each position, left to right, within one sentence. */
export function rawMatches(doc: Doc, sentence: number, blocked?: Map<number, number>): RawMatch[] {
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
        else if (blocked) for (let b = i; b < i + found[k].len; b++) blocked.set(b, i);
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

/** A country word used as a modifier of a following noun ("Russian ally", "U.S. imports"). */
function isModifier(tokens: Token[], m: RawMatch): boolean {
  const next = tokens[m.end];
  return !!refOf(m, 'country') && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.sentence === tokens[m.start].sentence;
}

function isHeadNoun(m: RawMatch): boolean {
  return has(m, 'agent') || has(m, 'person');
}

/** "Russia today said", "The Security Council on Monday": a time word after a name does not make it a modifier. */
const TIME_WORDS = /^(today|yesterday|tonight|tomorrow|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|last|next)$/;

/** Words after a body's name that name the body or a part of it ("Fatah Party", "the UNITA armed wing"). */
const GROUP_WORDS = new Set(['party', 'wing', 'movement', 'group', 'faction', 'organization', 'organisation', 'alliance', 'coalition', 'front', 'network', 'leadership', 'bloc', 'camp', 'branch', 'cell', 'cells', 'unit', 'units', 'corps', 'regime', 'authority', 'council', 'command', 'office', 'agency', 'board', 'committee', 'delegation', 'mission', 'team']);
function namesGroupPart(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN'); k++) {
    if (GROUP_WORDS.has(tokens[k].norm)) return true;
  }
  return false;
}

/** Sectors an international body's own people carry: its officials, lawmakers, courts, forces ("EU bank union" stays the EU). */
const IGO_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'PKO', 'COP']);

/** "-backed", "-led": a country joined by a hyphen to a participle ("Russian-backed", "U.S.-led"). */
const BACKED = /^(backed|led|allied|aligned|funded|sponsored|supported|trained|armed|controlled|run|owned|based|held|dominated|installed|affiliated)$/;
function backedBy(tokens: Token[], at: number): boolean {
  const dash = tokens[at];
  const word = tokens[at + 1];
  return !!dash && !!word && dash.norm === '-' && dash.start === tokens[at - 1].end && word.start === dash.end && BACKED.test(word.norm);
}

/** A lone agent match that can modify a following name ("rebel", "militant group", "opposition"). */
function isSectorModifier(m: RawMatch): boolean {
  return m.refs.every((r) => r.type === 'agent');
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
      let attach = false;
      if (isHeadNoun(next) && !(hasPerson && has(next, 'person'))) {
        if (gapIsModifiers(tokens, last.end, next.start)) attach = true;
        // Possessive: "Venezuela's government", "Maduro's government".
        else if (tokens[last.end]?.norm === "'s" && gapIsModifiers(tokens, last.end + 1, next.start) && has(next, 'agent')) attach = true;
        // "Russian-backed separatists", "Saudi-led forces": the country that backs or leads them.
        else if (refOf(last, 'country') && backedBy(tokens, last.end) && gapIsModifiers(tokens, last.end + 2, next.start) && has(next, 'agent')) attach = true;
      } else if (phrase.length === 1 && isSectorModifier(last) && next.start === last.end && (refOf(next, 'igo') || (refOf(next, 'organisation') && refOf(next, 'organisation')!.kind !== 'outlet'))) {
        // "the rebel FDLR", "the militant group Hamas": a sector noun before a named group is part of its name phrase.
        attach = true;
      }
      if (!attach) break;
      phrase.push(next);
      j++;
    }
    out.push(phrase);
    i = j;
  }
  return mergeOfPhrases(tokens, out);
}

/**
 * "government of Venezuela", "the government of Venezuelan President Nicolás Maduro",
 * "government of Russian ally Venezuela": an agent without a country takes the of-phrase's head.
 */
function mergeOfPhrases(tokens: Token[], list: RawMatch[][]): RawMatch[][] {
  const out: RawMatch[][] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const end = p[p.length - 1].end;
    let k = end;
    // "King Hassan of Morocco", "President Ilves of Estonia": past a name the lexicon does not hold.
    if (p.every((m) => has(m, 'agent')) && tokens[k]?.norm !== 'of') {
      const limit = list[i + 1]?.[0].start ?? tokens.length;
      const nameEnd = unknownNameAfter(tokens, k, Math.min(limit, tokens.length));
      const of = list[i + 1];
      // "Sen. Saxby Chambliss of Georgia" is the U.S. state: a country name that also names a
      // first-level division elsewhere is not taken after a person's name.
      const ambiguous = of && of[0].start === nameEnd + 1 && alsoARegion(tokens, of[0]);
      if (nameEnd > k && !ambiguous && tokens[nameEnd]?.norm === 'of' && tokens[nameEnd].sentence === tokens[end - 1].sentence) k = nameEnd;
    }
    if (p.every((m) => has(m, 'agent')) && tokens[k]?.norm === 'of') {
      k++;
      if (tokens[k]?.norm === 'the') k++;
      let n = i + 1;
      if (list[n] && list[n][0].start === k) {
        const weak = (q: RawMatch[]) => q.length === 1 && isModifier(tokens, q[0]);
        // Past a modifier ("Russian ally") to the head ("Venezuela").
        if (weak(list[n]) && list[n + 1] && gapIsModifiers(tokens, list[n][0].end, list[n + 1][0].start)) n++;
        if (!weak(list[n]) && !list[n].every((m) => has(m, 'agent'))) {
          out.push([...p, ...list.slice(i + 1, n + 1).flat()]);
          i = n;
          continue;
        }
      }
    }
    out.push(p);
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
  // "Russia plans to attack": a verb the tagger took for a noun ("plans", "vows") is followed by "to"/"that".
  const verbLike = !!next && next.pos === 'NOUN' && ['to', 'that'].includes(tokens[last.end + 1]?.norm ?? '');
  const followedByNoun = !!next && next.sentence === tokens[last.start]?.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.norm !== "'s" && !verbLike && !TIME_WORDS.test(next.norm);

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
  const orgMatch = phrase.find((m) => refOf(m, 'organisation') ?? refOf(m, 'igo'));
  const org = orgMatch && (refOf(orgMatch, 'organisation') ?? refOf(orgMatch, 'igo'));
  // "Chile's Defense Department": a generic body name that the lexicon files under one country
  // ("Defense Department" is the Pentagon) belongs to the country written before it.
  const ownCountry = orgMatch && phrase.find((m) => m !== orgMatch && m.start < orgMatch.start && refOf(m, 'country'));
  const orgAsAgent = orgMatch && refOf(orgMatch, 'agent');
  if (org && !(ownCountry && orgAsAgent && org.type === 'organisation' && principal(org.code) !== refOf(ownCountry, 'country')!.code)) {
    const kind: ActorKind = org.type === 'igo' ? 'igo' : org.kind === 'outlet' ? 'outlet' : org.kind === 'group' ? 'group' : 'organisation';
    // News outlets report; they are not their country's voice: coded MED without a country, so an
    // outlet's reporting never counts as its state's action in a dyad.
    let code = kind === 'outlet' ? 'MED' : org.code;
    // "NATO troops", "EU foreign ministers", "UN peacekeepers": an international body's agents carry its sector.
    if (org.type === 'igo') {
      const after = phrase.filter((m) => m.start > orgMatch!.start).map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
      const sector = sectorOf(after);
      if (sector && IGO_SECTORS.has(sector)) code = withSector(code, sector);
    }
    // "Facebook page", "NATO summit", "Gazprom shares": a body's name before a common noun modifies it.
    const weak = followedByNoun && next.pos === 'NOUN' && org.type === 'organisation' && org.kind !== 'group' && orgMatch === last && !namesGroupPart(tokens, last.end);
    return { code, kind, rule: org.rule, name: org.name, weak };
  }
  // The head country, not a modifier inside the phrase ("government of Russian ally Venezuela" → VEN).
  // A backer ("Russian-backed") gives the country only when no other country is named ("U.S.-trained Afghan forces" → AFG).
  const countries = phrase.filter((m) => refOf(m, 'country'));
  const heads = countries.some((m) => !backedBy(tokens, m.end)) ? countries.filter((m) => !backedBy(tokens, m.end)) : countries;
  const countryMatch = [...heads].reverse().find((m) => !isModifier(tokens, m)) ?? heads[0];
  const country = countryMatch ? refOf(countryMatch, 'country') : undefined;
  const agentRefs = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
  if (country) {
    let sector = sectorOf(agentRefs);
    if (!sector && country.form === 'capital') sector = 'GOV';
    if (former && sector) sector = 'ELI';
    let code = withSector(country.code, sector);
    // "Georgia Rep. Tom Price", "Georgia Gov.": an abbreviated title after a name that is both a
    // country and a region elsewhere is the region's (American usage).
    const agentMatch = phrase.find((m) => m.start > countryMatch!.start && refOf(m, 'agent'));
    if (agentMatch && /\.$/.test(tokens[agentMatch.start].text) && tokens[agentMatch.start].text.length > 2) {
      const elsewhere = regionElsewhere(tokens, countryMatch!);
      if (elsewhere) code = withSector(elsewhere, sector);
    }
    // A bare country word modifying a noun ("Russian oil", "U.S. imports", "Russia allies") is weak:
    // it may be a nominal event's actor but is never a clause subject or object by itself.
    const weak = !agentRefs.length && country.form !== 'capital' && (followedByNoun || backedBy(tokens, last.end));
    const kind: ActorKind = agentRefs.length ? 'agent' : 'country';
    return { code, kind, rule: agentRefs.length ? `${country.rule}+${agentRefs[0].rule}` : country.rule, name: country.name, weak };
  }
  return { code: null, kind: 'agent', rule: agentRefs[0]?.rule ?? 'agent', weak: followedByNoun };
}

/** Country modifiers inside a longer phrase, kept for the relations stage ("Russian" in "government of Russian ally Venezuela"). */
function nestedModifiers(doc: Doc, phrase: RawMatch[], outer: ActorMention): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of phrase) {
    const c = refOf(m, 'country');
    if (!c || !isModifier(doc.tokens, m) || principal(outer.code) === c.code || regionElsewhere(doc.tokens, m) === principal(outer.code)) continue;
    const start = doc.tokens[m.start].start;
    const end = doc.tokens[m.end - 1].end;
    out.push({
      id: -1, start, end, text: doc.text.slice(start, end), code: c.code, kind: 'country', tokenStart: m.start, tokenEnd: m.end,
      sentence: outer.sentence, rule: c.rule, name: c.name, adjective: true, nested: true,
    });
  }
  return out;
}

/** The end of a run of capitalised proper-noun tokens starting at `from` (a person's name), or `from`. */
function unknownNameAfter(tokens: Token[], from: number, limit: number): number {
  let k = from;
  let words = 0;
  while (k < limit && words < 4 && tokens[k].pos === 'PROPN' && UPPER.test(tokens[k].text) && !/[.]$/.test(tokens[k].text.slice(1))) {
    k++;
    words++;
    // "Kassym-Jomart", "Ho-jen": a hyphen written without spaces joins two parts of one name.
    if (k + 1 < limit && tokens[k].norm === '-' && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1].start && /^\p{L}/u.test(tokens[k + 1].text)) k += 2;
  }
  return k;
}

/**
 * "Diosdado Cabello said …": a capitalised two- or three-word name that no lexicon holds, as the
 * subject of a speech verb, is a person, kept with its text and no code — never a guessed one.
 */
function unknownSpeakers(doc: Doc, sentence: number, covered: Set<number>): ActorMention[] {
  const s = doc.sentences[sentence];
  const t = doc.tokens;
  const out: ActorMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (covered.has(i) || t[i].pos !== 'PROPN' || !UPPER.test(t[i].text)) continue;
    const end = unknownNameAfter(t, i, s.tokenEnd);
    const len = end - i;
    if (len >= 2 && len <= 3 && !covered.has(end - 1) && /^(said|says|told|tells|added|wrote)$/.test(t[end]?.norm ?? '')) {
      out.push({
        id: -1, start: t[i].start, end: t[end - 1].end, text: doc.text.slice(t[i].start, t[end - 1].end), code: null, kind: 'person',
        tokenStart: i, tokenEnd: end, sentence, rule: 'person.unknown',
      });
    }
    i = Math.max(i, end - 1);
  }
  return out;
}

const NAME_POS = new Set(['PROPN', 'ADJ', 'NOUN']);
const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'INTJ']);

/** A country name that also names a region of another country ("Georgia"). */
function alsoARegion(tokens: Token[], m: RawMatch): boolean {
  return regionElsewhere(tokens, m) !== null;
}

/** The country of a region that shares a country's name ("Georgia" → USA), or null. */
function regionElsewhere(tokens: Token[], m: RawMatch): string | null {
  const c = refOf(m, 'country');
  if (!c || c.form !== 'noun') return null;
  const name = tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
  return lookup(nameKey(name))?.find((x) => x.entry.kind === 'region' && x.entry.country !== c.code)?.entry.country ?? null;
}

/** Cities smaller than this are too likely to be a surname or a word to give an agent its country. */
const MIN_CITY_POP = 100_000;

/**
 * "Shanghai authorities", "Texas officials", "Kano State government": a place name right before an
 * agent that has no country gives it the country the place lies in. Returns the place's first token
 * and country, or null. Only regions and large cities count, and only names no lexicon entry took.
 */
function placeBefore(tokens: Token[], start: number, floor: number, blocked: Map<number, number>): { start: number; country: string } | null {
  let k = start;
  if (tokens[k - 1]?.norm === "'s") k--;
  const end = k;
  const sentenceStart = (t: number) => t === 0 || tokens[t - 1].sentence !== tokens[t].sentence;
  // Capitalised words of a place name ("New Hampshire", "North Carolina"); the tagger takes a
  // sentence-initial place for a verb now and then ("Shanghai authorities …").
  const nameWord = (t: number) =>
    UPPER.test(tokens[t].text) && (NAME_POS.has(tokens[t].pos) || (sentenceStart(t) && !CLOSED_CLASS.has(tokens[t].pos)));
  while (k - 1 >= floor && end - (k - 1) <= 3 && tokens[k - 1].sentence === tokens[start].sentence && nameWord(k - 1)) k--;
  for (let from = k; from < end; from++) {
    // A phrase the lexicon blocks as a whole ("New England") is a place only as a whole, never from its middle.
    if (blocked.has(from) && blocked.get(from) !== from) continue;
    const name = tokens.slice(from, end).map((t) => t.text).join(' ');
    const cands = lookup(nameKey(name))?.filter((c) => !c.qualifier && !c.adjective && !c.caps && c.entry.kind !== 'continent' && c.entry.kind !== 'country');
    const e = cands && choose(cands);
    // A blocked phrase counts only as a region ("New Jersey"), never as a town of that name ("Latina").
    if (e && e.country && (e.kind === 'region' || (e.pop >= MIN_CITY_POP && !blocked.has(from)))) return { start: from, country: e.country };
  }
  return null;
}

const TITLE_MODIFIERS = new Set(['senior', 'top', 'former', 'high-ranking', 'high-level', 'junior', 'chief', 'acting', 'deputy', 'ex']);

/** Extends a phrase left over adjectives ("Senior U.S. officials") that no other phrase claims. */
function leftEdge(tokens: Token[], start: number, floor: number): number {
  let k = start;
  while (k - 1 >= floor && (tokens[k - 1].pos === 'ADJ' || TITLE_MODIFIERS.has(tokens[k - 1].norm))) k--;
  return k;
}

/** "Russian energy companies and banks": an uncoded agent coordinated after a coded one shares its country. */
function shareCountryInCoordination(doc: Doc, sectors: Map<ActorMention, string>): void {
  for (let i = 1; i < doc.actors.length; i++) {
    const m = doc.actors[i];
    const prev = doc.actors[i - 1];
    const sector = sectors.get(m);
    if (m.code || !sector || !prev.code || prev.sentence !== m.sentence || !sectors.has(prev)) continue;
    const gap = doc.tokens.slice(prev.tokenEnd, m.tokenStart).map((t) => t.norm);
    if (gap.length === 1 && (gap[0] === 'and' || gap[0] === 'or')) {
      m.code = withSector(principal(prev.code) ?? prev.code, sector);
      m.rule = `${m.rule}+coordination`;
    }
  }
}

export function findActors(doc: Doc, ctx: Context): Doc {
  const tokens = doc.tokens;
  const sectors = new Map<ActorMention, string>();
  for (const s of doc.sentences) {
    const blocked = new Map<number, number>();
    const raws = rawMatches(doc, s.index, blocked);
    let floor = s.tokenStart;
    for (const phrase of phrases(doc, raws)) {
      // "talks in Baghdad": a capital after a locative preposition is a place, not its government.
      const only = phrase.length === 1 ? refOf(phrase[0], 'country') : undefined;
      if (only?.form === 'capital' && ['in', 'at', 'near', 'from', 'outside'].includes(tokens[phrase[0].start - 1]?.norm ?? '')) continue;
      const coded = codePhrase(doc, phrase, ctx);
      let startTok = leftEdge(tokens, phrase[0].start, floor);
      if (coded.code === null && phrase.every((m) => has(m, 'agent'))) {
        const place = placeBefore(tokens, phrase[0].start, floor, blocked);
        if (place) {
          const agents = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
          coded.code = withSector(place.country, sectorOf(agents));
          coded.rule = `place.${place.country.toLowerCase()}+${coded.rule}`;
          startTok = leftEdge(tokens, place.start, floor);
        }
      }
      let endTok = phrase[phrase.length - 1].end;
      // "Venezuelan Foreign Minister Félix Plasencia": a title followed by a name the lexicon does not
      // hold takes the name into the mention; the code stays what the title and country give.
      const nextRaw = raws.find((r) => r.start >= endTok);
      const nameEnd = unknownNameAfter(tokens, endTok, Math.min(s.tokenEnd, nextRaw?.start ?? s.tokenEnd));
      const titled = has(phrase[phrase.length - 1], 'agent') && nameEnd > endTok;
      if (titled) endTok = nameEnd;
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
      if (titled) {
        mention.kind = 'person';
        mention.name = doc.text.slice(tokens[phrase[phrase.length - 1].end].start, tokens[endTok - 1].end);
      }
      if (tokens[endTok]?.norm === "'s" || tokens[endTok]?.norm === "'") mention.possessive = true;
      if (coded.weak && !titled) mention.adjective = true;
      if (phrase.length === 1 && refOf(phrase[0], 'country')?.form === 'capital') mention.metonym = true;
      const agentRefs = phrase.map((m) => refOf(m, 'agent')).filter((a): a is NonNullable<typeof a> => !!a);
      if (agentRefs.length) sectors.set(mention, sectorOf(agentRefs)!);
      doc.actors.push(mention);
      if (phrase.length > 1) doc.actors.push(...nestedModifiers(doc, phrase, mention));
    }
  }
  const covered = new Set<number>();
  for (const a of doc.actors) for (let k = a.tokenStart; k < a.tokenEnd; k++) covered.add(k);
  for (const s of doc.sentences) doc.actors.push(...unknownSpeakers(doc, s.index, covered));
  doc.actors.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.actors.forEach((a, i) => (a.id = i));
  shareCountryInCoordination(doc, sectors);
  shareCountryOfLocation(doc, sectors);
  return doc;
}

const LOCATIVE = new Set(['in', 'from', 'inside', 'across', 'of']);

/**
 * "Rebels in the Ivory Coast", "protesters in the eastern Kosovan town of Gjilan", "police in the
 * Gaza Strip": an uncoded agent located in a named country belongs to it.
 */
function shareCountryOfLocation(doc: Doc, sectors: Map<ActorMention, string>): void {
  const t = doc.tokens;
  for (const m of doc.actors) {
    const sector = sectors.get(m);
    if (m.code || !sector || !LOCATIVE.has(t[m.tokenEnd]?.norm ?? '')) continue;
    const place = doc.actors.find((a) => a.sentence === m.sentence && a.tokenStart > m.tokenEnd && a.tokenStart <= m.tokenEnd + 4
      && a.code && a.code.length === 3 && (a.kind === 'country') && !a.metonym);
    if (!place) continue;
    const between = t.slice(m.tokenEnd + 1, place.tokenStart);
    if (!between.every((x) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(x.pos))) continue;
    m.code = withSector(place.code!, sector);
    m.rule = `${m.rule}+location.${place.code!.toLowerCase()}`;
  }
}

export const actorStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences'],
  assigns: ['actors'],
  run: findActors,
};
