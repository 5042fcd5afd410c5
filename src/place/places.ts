// Place mentions in running text: capitalised name sequences looked up in the gazetteer, kept or
// dropped by their context, then resolved to one place each with the article's other places as hints.
//
// What is not a place here: person names ("Jordan Peterson", "President Jackson", "Elizabeth Warren"
// and her later bare "Warren"), towns and states inside organisation names ("New York Times", "Bank
// of America", "Texas Rangers"), languages ("said in Russian"), and English words or people's names
// that happen to name a town ("Most", "March", "Obama") unless the context makes them places ("in
// Nice", "Reading, England"). What is: a place before its public body ("Maryland State Police",
// "Moscow Mayor"); a country's own name wherever it stands ("Pakistan Army", "Air Zimbabwe": what is
// named after a country is that country's); adjectives and demonyms ("Russian", geocoded to Russia;
// turned off with `adjectives: false`, used as hints either way). Metonymy is not decided here:
// "Washington said" is geocoded to Washington, D.C.
//
// The work is split by step: tokens.ts (words, sentence starts, headlines), candidates.ts (gazetteer
// names and ", State" qualifiers in the words), filters.ts (names of people, organisations and
// things that contain a place name), mentions.ts (the mentions those leave), words.ts (word lists,
// data/place/common-words.txt and person-names.txt). This file resolves each mention to one place.
import type { Place, Span } from '../doc.js';
import { choose, nameKey, type Candidate, type Entry, type Hint } from './gazetteer.js';
import { contains } from './candidates.js';
import { placeMentions, type Mention } from './mentions.js';
import { tokenize } from './tokens.js';

// A town under MIN_POP people needs context to count ("in Allendale", "Allendale, N.J."): the
// gazetteer's small places are mostly homonyms of people and words. In a headline, where capitals
// say nothing, the bar is HEADLINE_POP; where the text names the town's state or province, MIN_POP_NAMED.
const MIN_POP = 15000;
const HEADLINE_POP = 100000;
const MIN_POP_NAMED = 5000;

export interface FindPlacesOptions {
  /** ISO alpha-3 codes of countries the caller already knows the text is about */
  countries?: string[];
  /**
   * Return country and region adjectives and demonyms ("Russian", "Mexicans", "European"), geocoded
   * to their country or region. On by default: toponym annotation (GeoWebNews) counts them as place
   * mentions ("Russian troops" places Russia). `false` keeps only names. Either way they serve as
   * hints; `isAdjective` (gazetteer.ts) tells them apart in the result.
   */
  adjectives?: boolean;
}

/**
 * Every place mention in `text`, geocoded. `sentences` (optional) improves sentence-start
 * detection. Continents and seas come back with country null.
 */
export function findPlaces(text: string, sentences?: Span[], opts?: FindPlacesOptions): Place[] {
  const toks = tokenize(text, sentences);
  const kept = placeMentions(text, toks);

  // Hints: the countries and first-level divisions the text names, and the countries of the
  // capitals and big cities it names, each counted for the other names only (so "Georgia" does
  // not vouch for itself).
  const hintCountries = new Map<string, Set<string>>();
  const hintAdmins = new Map<string, Set<string>>();
  const note = (m: Map<string, Set<string>>, code: string, key: string) => (m.get(code) ?? m.set(code, new Set()).get(code)!).add(key);
  for (const m of kept) {
    const e = choose(plausible(m, null));
    if (!e) continue;
    if (e.kind === 'city' && e.feature !== 'C' && e.feature !== 'A' && e.pop < 500000) continue;
    if (e.country) note(hintCountries, e.country, m.key);
    if (e.admin && e.kind === 'region') note(hintAdmins, e.admin, m.key);
  }
  const given = opts?.countries ?? [];
  // one hint per name (a text names the same place many times)
  const hints = new Map<string, Hint>();
  const hintFor = (key: string): Hint => {
    let h = hints.get(key);
    if (!h) {
      const other = (m: Map<string, Set<string>>) => [...m].filter(([, keys]) => keys.size > 1 || !keys.has(key)).map(([c]) => c);
      hints.set(key, (h = { countries: new Set([...given, ...other(hintCountries)]), admins: new Set(other(hintAdmins)) }));
    }
    return h;
  };

  const resolved = new Map<string, Entry>();
  // Names with a qualifier first: "Paris, Texas" then fixes what a later bare "Paris" means.
  for (const m of kept) if (m.qualifier && !resolved.has(m.key)) {
    const e = choose(plausible(m, hintFor(m.key)), hintFor(m.key));
    if (e) resolved.set(m.key, e);
  }
  const places: Place[] = [];
  for (const m of kept) {
    if (m.adjective && opts?.adjectives === false) continue;
    const hint = hintFor(m.key);
    const cands = plausible(m, hint);
    if (!cands.length) continue;
    let e = m.qualifier ? null : resolved.get(m.key) ?? null;
    if (!e || !cands.some((c) => c.entry === e)) e = choose(cands, hint);
    if (!e) continue;
    if (!resolved.has(m.key)) resolved.set(m.key, e);
    const start = toks[m.i].start;
    let end = toks[m.j].end;
    // an abbreviation keeps its period: "Mass.", "Calif." (not "Georgia." ending a sentence)
    if (text[end] === '.' && m.i === m.j && e.kind === 'region' && end - start <= 5 && nameKey(e.name) !== m.key) end++;
    places.push({ text: text.slice(start, end), start, end, country: e.country || null, lat: e.lat, lon: e.lon });
  }
  return places;
}

/**
 * The candidates a mention can stand for given its context. Without a preposition or qualifier, a
 * town needs MIN_POP people (HEADLINE_POP in a headline), or MIN_POP_NAMED when the text names its
 * state or province; a town named by an English word ("Most", "Reading") needs context whatever
 * its size. Aliases ("Kiev") are names news uses, so they always count.
 */
function plausible(m: Mention, hint: Hint | null): Candidate[] {
  let cands = m.cands;
  if (m.qualifier) {
    const qe = m.qualifier;
    const within = cands.filter((c) => contains(qe, c.entry));
    if (within.length) cands = within;
  }
  if (m.strong) return cands;
  const admins = hint?.admins instanceof Set ? hint.admins : new Set(hint?.admins ?? []);
  return cands.filter((c) => {
    const e = c.entry;
    if (e.kind !== 'city' || c.alias) return true;
    if (m.word) return false;
    if (e.admin && admins.has(e.admin)) return e.pop >= MIN_POP_NAMED;
    return e.pop >= (m.title ? HEADLINE_POP : MIN_POP);
  });
}
