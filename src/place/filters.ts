// Context that decides whether a gazetteer name is a place: the preposition that introduces it, the
// public body after it, a language use of an adjective, and the names of people, organisations and
// things that merely contain a place name.
import { lookup, type Candidate } from './gazetteer.js';
import { longest } from './candidates.js';
import { ADJ_SEP, type Tok } from './tokens.js';
import {
  ALLOW_AFTER,
  AUX,
  BODY_LINK,
  FEATURES,
  FUNCTION,
  LANG_BEFORE,
  MODIFIERS,
  NOT_PLACES,
  OF_PLACE,
  ORG_OF,
  PARTICLES,
  PREPS,
  SPEECH,
  TITLE_ABBR,
  TITLES,
  commonWords,
} from './words.js';

/** The word before token i (skipping one "the") if it introduces a place: "in", "near", "town of"… */
export function placePreposition(text: string, toks: Tok[], i: number): string | null {
  let k = i - 1;
  if (k >= 0 && toks[k].key === 'the' && ADJ_SEP.test(text.slice(toks[k].end, toks[i].start))) k--;
  if (k < 0 || toks[k].cap) return null;
  if (!ADJ_SEP.test(text.slice(toks[k].end, toks[k + 1].start))) return null;
  if (PREPS.has(toks[k].key)) return toks[k].key;
  if (toks[k].key === 'of' && k > 0) {
    let p = k - 1;
    if (toks[p].key === 'the' && p > 0) p--;
    return OF_PLACE.has(toks[p].key) ? 'of' : null;
  }
  return null;
}

/** Whether the words from token k name a public body ("Police", "State Police", "Assistant District Attorney"). */
function publicBody(text: string, toks: Tok[], k: number): boolean {
  for (let m = k; m < toks.length && m < k + 4 && toks[m].cap; m++) {
    if (ALLOW_AFTER.has(toks[m].key)) return true;
    if (!BODY_LINK.has(toks[m].key) || m + 1 >= toks.length || !ADJ_SEP.test(text.slice(toks[m].end, toks[m + 1].start))) return false;
  }
  return false;
}

/**
 * Whether the adjective at tokens i..j names a language: after LANG_BEFORE (or "learning of") and
 * not modifying a noun ("in Russian." but not "in Russian territory"), as the subject of a verb
 * ("English is the main language"), or as a noun closing a clause ("of Arabic and English.").
 */
export function languageUse(text: string, toks: Tok[], i: number, j: number): boolean {
  if (text[toks[j].end] === '-' || toks[j].poss) return false;
  const next = j + 1 < toks.length && ADJ_SEP.test(text.slice(toks[j].end, toks[j + 1].start)) ? toks[j + 1] : null;
  const prev = i > 0 && ADJ_SEP.test(text.slice(toks[i - 1].end, toks[i].start)) ? toks[i - 1] : null;
  // a noun after it, or "and"/"or" and another adjective ("Russian and Chinese officials")
  const nounFollows = !!next && !next.cap && !FUNCTION.has(next.key) && !AUX.has(next.key);
  if (next && (next.key === 'and' || next.key === 'or') && j + 2 < toks.length && toks[j + 2].cap) return false;
  if (nounFollows || (next?.cap && !FUNCTION.has(next.key))) return false;
  if (prev && !prev.cap && LANG_BEFORE.has(prev.key)) return true;
  if (prev?.key === 'of' && i >= 2 && /^(learning|teaching|study|knowledge|use|command|mastery)$/.test(toks[i - 2].key)) return true;
  // the subject of a verb ("English is spoken"), or a noun ending a clause ("a mix of Arabic and English.")
  if (next && AUX.has(next.key)) return true;
  return !next && /^\s*[.;:!?)]/.test(text.slice(toks[j].end, toks[j].end + 3)) && !!prev && !prev.cap && /^(of|and|or|plus|in|into)$/.test(prev.key);
}

/** A gazetteer name at tokens i..j, with what the caller has already judged of it. */
export interface Hit {
  i: number;
  j: number;
  key: string;
  /** its candidates: adjectives alone, or names alone */
  found: Candidate[];
  /** an adjective or demonym ("Russian") */
  adjective: boolean;
  /** every candidate is a town */
  city: boolean;
  /** a country's own name, which stays the country inside a longer name */
  nation: boolean;
  /** a single English word that names a town ("Most") */
  word: boolean;
  /** a preposition or qualifier says it is a place */
  strong: boolean;
  /** the last token of the mention accepted before it; -2 when none */
  lastAccepted: number;
}

/**
 * Whether the hit is part of the name of something else: 'person' when a person's ("President
 * Jackson", "Barry said"; the caller remembers the surname), 'other' for an organisation, a thing or
 * an ordinary word ("New York Times", "Bank of America", "Post Office"), null when it stands.
 */
export function nameOfSomethingElse(text: string, toks: Tok[], hit: Hit): 'person' | 'other' | null {
  const { i, j, key, found, adjective, city, nation, word, strong, lastAccepted } = hit;
  const t = toks[i];
  const title = t.title;
  const cw = commonWords();
  const prev = i > 0 && ADJ_SEP.test(text.slice(toks[i - 1].end, t.start)) ? toks[i - 1] : null;
  const next = j + 1 < toks.length && ADJ_SEP.test(text.slice(toks[j].end, toks[j + 1].start)) ? toks[j + 1] : null;
  const before = text.slice(Math.max(0, t.start - 1), t.start);
  const after = text.slice(toks[j].end, toks[j].end + 2);
  // "Vice President", "Post Office": an English-word town before a capitalised word is a name part;
  // "Bay", "Lake" alone are features of something unnamed
  if (NOT_PLACES.has(key) || ORG_OF.has(key) || (i === j && FEATURES.has(key)) || before === '@' || before === '#' || (word && !!next?.cap && !title)) return 'other';
  // capitals next to lower case are a dateline or a shouted name, not one name with the neighbour
  const capsBreak = (o: Tok) => o.caps !== toks[i].caps && (o.caps || toks[j].caps);
  if (!nation && prev?.cap && lastAccepted !== i - 1 && !capsBreak(prev)) {
    const ordinary = FUNCTION.has(prev.key) || ((prev.sentStart || title) && cw.has(prev.key));
    if (TITLES.has(prev.key)) return 'person';
    if (!ordinary && !MODIFIERS.has(prev.key) && !title) {
      // "Michael Jordan", "Lake Geneva", "Hurricane Florence": part of a longer name
      return !FEATURES.has(prev.key) && !cw.has(prev.key) ? 'person' : 'other';
    }
  }
  // "Mr. Washington": the title ends in a period
  if (i > 0 && toks[i - 1].cap && TITLE_ABBR.has(toks[i - 1].key) && /^\.[ \u00a0]+$/.test(text.slice(toks[i - 1].end, t.start))) return 'person';
  // "Mario de Santiago": a name particle between two capitalised words
  if (i >= 2 && PARTICLES.has(toks[i - 1].key) && !toks[i - 1].cap && toks[i - 2].cap && ADJ_SEP.test(text.slice(toks[i - 2].end, toks[i - 1].start)) && ADJ_SEP.test(text.slice(toks[i - 1].end, t.start))) return 'person';
  // "Jordan Peterson", "New York Times", "Washington Post" — but not "Maiduguri, Borno State"
  // without its comma, a new sentence missing its full stop ("in Portugal The pair"), or
  // "President of Ukraine Petro Poroshenko"
  const bodyAfter = !!next && publicBody(text, toks, j + 1);
  if (!adjective && !nation && next?.cap && !bodyAfter && !FUNCTION.has(next.key) && !AUX.has(next.key) && !title && !capsBreak(next) && !(next.caps && next.end - next.start <= 4)) {
    const regionNext = longest(text, toks, j + 1)?.[1].some((c) => c.entry.kind === 'region' || c.entry.kind === 'country');
    const titleOf = i >= 2 && toks[i - 1].key === 'of' && TITLES.has(toks[i - 2].key);
    if (!regionNext && !titleOf) return 'other';
  }
  // "Mercedes-Benz", "Green-Karol": a town glued to a capitalised word that is no place
  if (city && j + 1 < toks.length && toks[j + 1].cap && text.slice(toks[j].end, toks[j + 1].start) === '-' && !lookup(toks[j + 1].key)) return 'other';
  // "St. Peter's Basilica", "Moody's Analytics": a small town's possessive before a name is the
  // name's ("London's Heathrow" keeps London: big cities own things)
  if (city && toks[j].poss && j + 1 < toks.length && toks[j + 1].cap && !title && /^['’]s[ \u00a0]+$/.test(text.slice(toks[j].end, toks[j + 1].start)) && !found.some((c) => c.entry.pop >= 100000)) return 'other';
  // "Bank of America", "University of California"
  if (!nation && i >= 2 && toks[i - 1].key === 'of' && !toks[i - 1].cap && toks[i - 2].cap && ORG_OF.has(toks[i - 2].key)) return 'other';
  // "US$3.7m": a currency sign
  if (after.startsWith('$')) return 'other';
  // "Barry said", "according to Davis": a town name used of a speaker is a person (capitals and
  // metropolises do speak for their governments: "Moscow said")
  if (city && i === j && !strong && !found.some((c) => c.entry.feature === 'C' || c.entry.pop >= 250000)) {
    const saidAfter = next && !next.cap && SPEECH.has(next.key);
    const accordingTo = i >= 2 && toks[i - 1].key === 'to' && toks[i - 2].key === 'according';
    if (saidAfter || accordingTo) return 'person';
  }
  return null;
}
