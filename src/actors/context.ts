// What the words around a phrase add: unknown names after titles, speakers, places before agents,
// countries shared by coordination or location, nested country modifiers.
import type { Doc, ActorMention, Token } from '../doc.js';
import { mention } from '../doc.js';
import { principal, withSector } from './codes.js';
import { lookup, choose, nameKey } from '../place/gazetteer.js';
import { type RawMatch, UPPER, refOf, unknownNameAfter, regionElsewhere } from './matches.js';
import { isModifier } from './phrases.js';

export function nestedModifiers(doc: Doc, phrase: RawMatch[], outer: ActorMention): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of phrase) {
    const c = refOf(m, 'country');
    if (!c || !isModifier(doc.tokens, m) || principal(outer.code) === c.code || regionElsewhere(doc.tokens, m) === principal(outer.code)) continue;
    const start = doc.tokens[m.start].start;
    const end = doc.tokens[m.end - 1].end;
    out.push(mention({
      id: -1, start, end, text: doc.text.slice(start, end), code: c.code, kind: 'country', tokenStart: m.start, tokenEnd: m.end,
      sentence: outer.sentence, rule: c.rule, name: c.name, adjective: true, nested: true,
    }));
  }
  return out;
}


/**
 * "Diosdado Cabello said …": a capitalised two- or three-word name that no lexicon holds, as the
 * subject of a speech verb, is a person, kept with its text and no code — never a guessed one.
 */
export function unknownSpeakers(doc: Doc, sentence: number, covered: Set<number>): ActorMention[] {
  const s = doc.sentences[sentence];
  const t = doc.tokens;
  const out: ActorMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (covered.has(i) || t[i].pos !== 'PROPN' || !UPPER.test(t[i].text)) continue;
    const end = unknownNameAfter(t, i, s.tokenEnd);
    const len = end - i;
    if (len >= 2 && len <= 3 && !covered.has(end - 1) && /^(said|says|told|tells|added|wrote)$/.test(t[end]?.norm ?? '')) {
      out.push(mention({
        id: -1, start: t[i].start, end: t[end - 1].end, text: doc.text.slice(t[i].start, t[end - 1].end), code: null, kind: 'person',
        tokenStart: i, tokenEnd: end, sentence, rule: 'person.unknown',
      }));
    }
    i = Math.max(i, end - 1);
  }
  return out;
}

export const NAME_POS = new Set(['PROPN', 'ADJ', 'NOUN']);
export const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'INTJ']);



/** Cities smaller than this are too likely to be a surname or a word to give an agent its country. */
export const MIN_CITY_POP = 100_000;

/**
 * "Shanghai authorities", "Texas officials", "Kano State government": a place name right before an
 * agent that has no country gives it the country the place lies in. Returns the place's first token
 * and country, or null. Only regions and large cities count, and only names no lexicon entry took.
 */
export function placeBefore(tokens: Token[], start: number, floor: number, blocked: Map<number, number>): { start: number; country: string } | null {
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

export const TITLE_MODIFIERS = new Set(['senior', 'top', 'former', 'high-ranking', 'high-level', 'junior', 'chief', 'acting', 'deputy', 'ex']);

/** Extends a phrase left over adjectives ("Senior U.S. officials") that no other phrase claims. */
export function leftEdge(tokens: Token[], start: number, floor: number): number {
  let k = start;
  while (k - 1 >= floor && (tokens[k - 1].pos === 'ADJ' || TITLE_MODIFIERS.has(tokens[k - 1].norm))) k--;
  return k;
}

/** "Russian energy companies and banks": an uncoded agent coordinated after a coded one shares its country. */
export function shareCountryInCoordination(doc: Doc, sectors: Map<ActorMention, string>): void {
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

export const LOCATIVE = new Set(['in', 'from', 'inside', 'across', 'of']);

/**
 * "Rebels in the Ivory Coast", "protesters in the eastern Kosovan town of Gjilan", "police in the
 * Gaza Strip": an uncoded agent located in a named country belongs to it.
 */
export function shareCountryOfLocation(doc: Doc, sectors: Map<ActorMention, string>): void {
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

