// Place mentions: the gazetteer names in the token stream that their context keeps (see places.ts
// for what counts), not yet resolved to one place each.
import type { Candidate, Entry } from './gazetteer.js';
import { longest, qualifierAfter } from './candidates.js';
import { languageUse, nameOfSomethingElse, placePreposition } from './filters.js';
import { keyOf, type Tok } from './tokens.js';
import { GIVEN_COUNTRY, NEVER, PLACE_PREPS, commonWords, personNames } from './words.js';

export interface Mention {
  i: number;
  j: number;
  key: string;
  cands: Candidate[];
  /** a preposition before it or a ", State" after it says it is a place */
  strong: boolean;
  /** in a headline */
  title: boolean;
  /** a single English word ("Most", "Reading") or a name people bear ("Warren"): towns need context */
  word: boolean;
  /** "Paris, Texas": what the qualifier allows */
  qualifier?: Entry;
  /** an adjective or demonym ("Russian"): a hint, and a place only when asked for */
  adjective?: boolean;
}

/**
 * The place mentions among `toks`, in text order; the qualifier in "Paris, Texas" is one of its
 * own. A bare town name the text also uses as a person's surname is dropped ("Warren said").
 */
export function placeMentions(text: string, toks: Tok[]): Mention[] {
  const cw = commonWords();
  const mentions: Mention[] = [];
  const surnames = new Set<string>();

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.cap || NEVER.has(t.key)) continue;
    const hit = longest(text, toks, i);
    if (!hit) {
      // "Estey's Bridge, N.B.", "HORRY COUNTY, SC": a state after a town we do not know
      const qa = i > 0 && toks[i - 1].cap ? qualifierAfter(text, toks, i - 1, null) : null;
      if (qa) {
        mentions.push({ i, j: qa[0], key: keyOf(toks, i, qa[0]), cands: [{ entry: qa[1], caps: false, qualifier: false, alias: false }], strong: true, title: t.title, word: false });
        i = qa[0];
      }
      continue;
    }
    const [j, all] = hit;
    const key = keyOf(toks, i, j);
    // "Russian", "Europeans": kept apart from names (a key is rarely both)
    const adjective = all.every((c) => c.adjective);
    const found = adjective ? all : all.filter((c) => !c.adjective);
    const title = t.title;
    const city = found.every((c) => c.entry.kind === 'city');
    const q = qualifierAfter(text, toks, j, all);
    const prep = placePreposition(text, toks, i);
    // a town named like a person needs a preposition only places take ("in Warren", not "to Obama")
    const personName = i === j && city && personNames().has(key) && !q && !(prep && PLACE_PREPS.has(prep) && !toks[j].poss);
    const strong = (!!prep && !personName) || !!q;
    const lastAccepted = mentions.length ? mentions[mentions.length - 1].j : -2;
    // A country's own name stays the country inside a longer name ("Pakistan Army", "Air Zimbabwe",
    // "Development Bank of Mauritius"): what is named after a country is that country's. Not the
    // names people also bear ("Jordan Peterson", "Chad Smith"), nor "America" ("Bank of America").
    const nation = !adjective && found.some((c) => c.entry.kind === 'country' && !c.caps) && !GIVEN_COUNTRY.has(key) && !(title && i === j);

    // "said in Russian", "English is spoken": a language, not a place
    if (adjective && languageUse(text, toks, i, j)) {
      i = j;
      continue;
    }
    const word = i === j && city && cw.has(key);
    const other = nameOfSomethingElse(text, toks, { i, j, key, found, adjective, city, nation, word, strong, lastAccepted });
    if (other) {
      if (other === 'person' && i === j && city) surnames.add(key);
      i = j;
      continue;
    }
    mentions.push({ i, j, key, cands: found, strong, title, word: word || personName, qualifier: q?.[1], adjective });
    // the qualifier is a place mention of its own ("Texas" in "Paris, Texas")
    if (q) {
      const [e, qe] = q;
      mentions.push({ i: j + 1, j: e, key: keyOf(toks, j + 1, e), cands: [{ entry: qe, caps: false, qualifier: false, alias: false }], strong: true, title, word: false });
      i = e;
    } else i = j;
  }

  return mentions.filter((m) => m.strong || !surnames.has(m.key));
}
