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
// Word lists this module reads (data/place/): common-words.txt, person-names.txt; see their headers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Place, Span } from '../doc.js';
import { dataDir } from '../lexicon/load.js';
import { choose, isPrefix, lookup, nameKey, type Candidate, type Entry, type Hint } from './gazetteer.js';

interface Tok {
  start: number;
  end: number;
  /** nameKey of the token */
  key: string;
  /** starts with a capital letter */
  cap: boolean;
  /** every letter a capital, two letters or more ("US", "WASHINGTON") */
  caps: boolean;
  /** first token of its sentence */
  sentStart: boolean;
  /** the token's sentence is a headline in title case or capitals */
  title: boolean;
  /** a possessive 's was cut off ("Russia's") */
  poss: boolean;
}

interface Mention {
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

// A town under MIN_POP people needs context to count ("in Allendale", "Allendale, N.J."): the
// gazetteer's small places are mostly homonyms of people and words. In a headline, where capitals
// say nothing, the bar is HEADLINE_POP; where the text names the town's state or province, MIN_POP_NAMED.
const MIN_POP = 15000;
const HEADLINE_POP = 100000;
const MIN_POP_NAMED = 5000;

const words = (s: string) => new Set(s.split(' '));
/** After these a name is a place even when small ("in Nenagh", "from Most"). */
const PREPS = words('in at near to from outside into across around toward towards through via inside');
/** The ones that still say "place" before a name people also bear ("in Warren", not "to Obama"). */
const PLACE_PREPS = words('in near outside inside across around of');
/** Before "of": the place is named as a place ("the town of Most"). */
const OF_PLACE = words('city town village capital outskirts suburb suburbs province state county region district port streets residents people mayor north south east west center centre heart');
/** Before "of", these make an organisation name: "Bank of America", "University of California". */
const ORG_OF = words('bank university college institute museum council association federation chamber board commission department ministry court society league party club company corporation foundation fund academy library church diocese archdiocese school hospital center centre order times post journal bishop archbishop');
/** Titles: the next name is a person's ("President Jackson", "Mr. Washington"). */
const TITLES = words('mr mrs ms miss dr prof commander sens reps gens atty supt president pres sen senator rep representative gov governor mayor judge justice gen general adm admiral col colonel lt maj major capt captain sgt cpl pvt officer detective chief rev reverend father sister brother pope king queen prince princess lord lady sir dame sheikh emir sultan ayatollah imam rabbi coach secretary minister chancellor premier speaker sheriff ambassador commissioner director chairman chairwoman dean professor hurricane storm typhoon cyclone');
/** Abbreviated titles, written with a period ("Mr. Washington", "Sen. Warren"). */
const TITLE_ABBR = words('mr mrs ms dr prof pres sen sens rep reps gov gen gens lt col capt sgt cpl pvt maj adm rev atty supt');
/** Auxiliaries: a sentence goes on after them, a name does not. */
const AUX = words('is are was were has have had will would can could should may might must do does did');
/** A capitalised word before a place that does not make it part of a longer name. */
const MODIFIERS = words('republican democratic north south east west northern southern eastern western central northeast northwest southeast southwest northeastern northwestern southeastern southwestern upper lower greater inner outer downtown metro coastal rural occupied mainland suburban');
/** Geographic words that start other names ("Lake Geneva", "Fort Worth"): not given names. */
const FEATURES = words('lake mount mt fort ft port camp cape river bay gulf isle island islands new old little great san santa st saint');
/**
 * A capitalised word after a place that keeps it a place: titles ("Moscow Mayor"), the place's own
 * public bodies ("Beverly Hills Police", "Karnataka Assembly", "Kentucky Department of Education",
 * "Lagos Chamber of Commerce", "Cuyahoga County Executive"), dates ("in Syria Monday").
 */
const ALLOW_AFTER = words('police fire executive commissioners clerk prosecutor coroner supervisors court army navy guard department dept ministry commission commissioner councillor councilman councilwoman chamber chambers ambassador embassy consulate transit schools board council assembly legislature parliament government archbishop bishop governor gov lt lieutenant mayor premier senator sen rep reps representative congressman congresswoman assemblyman assemblywoman attorney atty secretary minister prime president vice chancellor king queen prince crown emir sheikh sultan sheriff democrats democrat republicans republican gop monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december');
/** Between a place and a public body, the body's kind: "Maryland State Police", "California National Guard". */
const BODY_LINK = words('state national regional city municipal metropolitan public provincial federal district assistant deputy chief');
/** Words that are never places alone, whatever a gazetteer says. */
const NEVER = words('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday god mr mrs ms dr sen sens rep reps gov gen lt col capt sgt');
/** Country names that people bear or that name many things elsewhere: inside a longer name, not the country. */
const GIVEN_COUNTRY = words('jordan chad georgia israel india kenya china ireland cuba america turkey jersey');
/** Names of things that the gazetteer also has as small towns. */
const NOT_PLACES = new Set(['notre dame', 'el nino', 'la nina']);
/** Lower-case words between a given name and a surname ("Mario de Santiago"). */
const PARTICLES = words('de da di van von bin ibn al el du le la del della dos das');
/** Verbs of saying right after a name make it a speaker. */
const SPEECH = words('said says told added recalled admitted explained wrote tweeted argued noted asked replied continued insisted stated warned claimed testified acknowledged');
/** Function words: capitalised, still ordinary words wherever they stand. */
const FUNCTION = words('the in at on of from to for and but or as by with after before when while since during across near like unlike over under into if though although because until then also even only both all some many most every each this that these those his her their its our my your a an no not so now here there where how what which who about against among between via without within toward towards around despite including amid than whether former');

/** A word list under data/place/: lower-case words, several a line, # comments. */
function wordList(file: string): Set<string> {
  const set = new Set<string>();
  for (const line of readFileSync(join(dataDir(), 'place', file), 'utf8').split('\n')) {
    if (line && !line.startsWith('#')) for (const w of line.split(' ')) if (w) set.add(w);
  }
  return set;
}
let common: Set<string> | null = null;
let personal: Set<string> | null = null;
/** English words written in lower case far more often than not (common-words.txt). */
const commonWords = () => (common ??= wordList('common-words.txt'));
/** Town names news mostly uses for people and organisations (person-names.txt). */
const personNames = () => (personal ??= wordList('person-names.txt'));

const LOWER = /\p{Ll}/u;
/** Between the words of one name: a space, a hyphen, "St. Louis", "Washington, D.C." */
const INNER_SEP = /^(?:[ \u00a0]+|-|\.[ \u00a0]+|,[ \u00a0]+)$/;
/** Between a name and a neighbour that could extend it: spaces only. */
const ADJ_SEP = /^[ \u00a0]+$/;

// Character classes for the tokenizer: ASCII by char code, the rest by Unicode property.
const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_UPPER = /\p{Lu}/u;
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return NON_ASCII_LETTER.test(text[i]);
}
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return NON_ASCII_UPPER.test(text[i]);
}
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
const isApostrophe = (ch: string) => ch === "'" || ch === '’';

/**
 * Words of the text, scanned by hand (a regex iterator allocates per match and was most of the
 * time): letters with inner apostrophes ("Xi'an", "N'Djamena"), and initialisms ("U.S.", "D.C.").
 * A trailing possessive 's is cut off. Keys are computed here: a lower-case ASCII word is its own key.
 */
function tokenize(text: string, sentences?: Span[]): Tok[] {
  const toks: Tok[] = [];
  const starts = sentences ? new Set<number>() : null;
  let si = 0;
  const n = text.length;
  let prevEnd = 0;
  for (let i = 0; i < n; ) {
    if (!letterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let end: number;
    let ascii = true;
    let anyUpper = false;
    let anyLower = false;
    // initialism: two or more "X." pairs
    if (upperAt(text, i) && text[i + 1] === '.' && i + 2 < n && upperAt(text, i + 2) && text[i + 3] === '.') {
      end = i;
      while (end + 1 < n && upperAt(text, end) && text[end + 1] === '.') end += 2;
      anyUpper = true;
    } else {
      end = i;
      for (;;) {
        while (end < n && (letterAt(text, end) || digitAt(text, end))) {
          const c = text.charCodeAt(end);
          if (c >= 128) ascii = false;
          else if (c >= 65 && c <= 90) anyUpper = true;
          else if (c >= 97 && c <= 122) anyLower = true;
          end++;
        }
        if (end + 1 < n && isApostrophe(text[end]) && letterAt(text, end + 1)) {
          ascii = false;
          end++;
          continue;
        }
        break;
      }
    }
    i = end;
    // possessive: "Russia's" names Russia
    const poss = end - start > 3 && (text[end - 1] === 's' || text[end - 1] === 'S') && isApostrophe(text[end - 2]);
    if (poss) end -= 2;
    const surface = text.slice(start, end);
    const cap = upperAt(text, start);
    let sentStart: boolean;
    if (sentences && starts) {
      while (si < sentences.length && sentences[si].end <= start) si++;
      const s = sentences[si];
      sentStart = !!s && !starts.has(si) && start >= s.start;
      if (sentStart) starts.add(si);
    } else {
      sentStart = toks.length === 0 || sentenceGap(text, prevEnd, start);
    }
    const key = ascii && !anyUpper ? surface : nameKey(surface);
    const caps = cap && end - start > 1 && (ascii ? !anyLower : !LOWER.test(surface));
    toks.push({ start, end, key, cap, caps, sentStart, title: false, poss });
    prevEnd = end;
  }
  markHeadlines(toks, commonWords());
  return toks;
}

/** Whether the gap between two words ends a sentence: . ! ? (maybe a closing quote) then space, or a line break. */
function sentenceGap(text: string, from: number, to: number): boolean {
  let stop = false;
  for (let k = from; k < to; k++) {
    const ch = text[k];
    if (ch === '\n') return true;
    if (ch === '.' || ch === '!' || ch === '?') stop = true;
    else if (stop && (ch === ' ' || ch === '\t' || ch === '\u00a0')) return true;
    else if (stop && !(ch === '"' || ch === "'" || ch === '”' || ch === '’' || ch === ')')) stop = false;
  }
  return false;
}

/**
 * A sentence with no lower-case word of four letters or more, and some ordinary word capitalised,
 * is a headline ("Russia Warns Ukraine Over Crimea"); one in capitals is a dateline ("WASHINGTON
 * (Reuters)"). There capitals say nothing about names. (A list of names, "Mary Landrieu of
 * Louisiana, Kay Hagan", is not a headline.)
 */
function markHeadlines(toks: Tok[], cw: Set<string>): void {
  for (let a = 0; a < toks.length; ) {
    let b = a + 1;
    while (b < toks.length && !toks[b].sentStart) b++;
    let long = 0;
    let lowerLong = 0;
    let ordinary = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k];
      if (t.end - t.start < 4) continue;
      long++;
      if (!t.cap) lowerLong++;
      else if (cw.has(t.key)) ordinary++;
    }
    const title = lowerLong === 0 && ((long >= 3 && ordinary > 0) || toks[a].caps);
    if (title) for (let k = a; k < b; k++) toks[k].title = true;
    a = b;
  }
}

function usable(c: Candidate, surfaceCaps: boolean): boolean {
  return !c.qualifier && (!c.caps || surfaceCaps);
}

/** The longest gazetteer name starting at token i: [j, candidates]. */
function longest(text: string, toks: Tok[], i: number): [number, Candidate[]] | null {
  const first = toks[i];
  // extend while some longer name starts with the words so far
  const keys = [first.key];
  for (let k = i + 1; k < toks.length; k++) {
    // inside a name a possessive is part of it ("Democratic People's Republic of Korea")
    const prev = toks[k - 1];
    if (!isPrefix(keys[keys.length - 1] + (prev.poss ? "'s" : ''))) break;
    const sep = prev.poss ? text.slice(prev.end + 2, toks[k].start) : text.slice(prev.end, toks[k].start);
    if (!INNER_SEP.test(sep)) break;
    keys.push(keys[keys.length - 1] + (prev.poss ? "'s " : ' ') + toks[k].key);
  }
  for (let len = keys.length; len >= 1; len--) {
    const j = i + len - 1;
    let cands = lookup(keys[len - 1]);
    if (!cands) continue;
    // a town's name ends on a capitalised word; lower-case ends are for our aliases ("Washington state")
    if (!toks[j].cap) cands = cands.filter((c) => c.entry.kind !== 'city');
    let surfaceCaps = true;
    for (let k = i; k <= j; k++) surfaceCaps &&= toks[k].caps;
    // short words in capitals are acronyms (ICE, NASA): no town is meant, only countries and
    // regions ("DPRK", "IRAN" in a headline) and capitals-only names (US, UK)
    const acronym = len === 1 && first.caps && first.end - first.start <= 4 && !first.title;
    const ok = cands.filter((c) => usable(c, surfaceCaps) && (!acronym || c.caps || c.entry.kind !== 'city'));
    if (ok.length) return [j, ok];
  }
  return null;
}

/**
 * A ", Texas" / ", Tex." / ", TX" / ", England" right after token j that contains one of the
 * `head` candidates (so "North Carolina, Georgia and Illinois" is a list, and "Tbilisi, Georgia"
 * picks the country): [last token, region or country]. With no head (a town we do not know,
 * "Estey's Bridge, N.B.") the first region or country of the name. Postal codes ("TX") count only
 * written in capitals and after a known town, where "Rothstein, P.A." cannot be a law firm.
 */
function qualifierAfter(text: string, toks: Tok[], j: number, head: Candidate[] | null): [number, Entry] | null {
  const k = j + 1;
  if (k >= toks.length || !toks[k].cap || !/^,[ \u00a0]+$/.test(text.slice(toks[j].end, toks[k].start))) return null;
  for (let len = Math.min(4, toks.length - k); len >= 1; len--) {
    const e = k + len - 1;
    let key = toks[k].key;
    let ok = true;
    for (let m = k + 1; m <= e && ok; m++) {
      ok = INNER_SEP.test(text.slice(toks[m - 1].end, toks[m].start));
      key += ' ' + toks[m].key;
    }
    if (!ok || text[toks[e].end] === '-') continue;
    let surfaceCaps = true;
    for (let m = k; m <= e; m++) surfaceCaps &&= toks[m].caps;
    const surface = text.slice(toks[k].start, toks[e].end);
    // "TX", "In": two letters without periods (AP's "N.J.", "Ga." are fine anywhere)
    if (/^\p{L}\p{L}$/u.test(surface) && text[toks[e].end] !== '.' && (!surfaceCaps || !head)) continue;
    const found = lookup(key)?.filter((c) => c.entry.kind !== 'city' && c.entry.kind !== 'continent' && !c.adjective && (!c.caps || surfaceCaps));
    if (!found?.length) continue;
    if (!head) return [e, found[0].entry];
    const hit = found.find((q) => head.some((c) => c.entry !== q.entry && contains(q.entry, c.entry)));
    return hit ? [e, hit.entry] : null;
  }
  return null;
}

/** Whether region or country `outer` contains `inner` (by admin code, else by country). */
function contains(outer: Entry, inner: Entry): boolean {
  return outer.admin ? inner.admin === outer.admin : outer.kind === 'country' && inner.country === outer.country;
}

/** Whether the words from token k name a public body ("Police", "State Police", "Assistant District Attorney"). */
function publicBody(text: string, toks: Tok[], k: number): boolean {
  for (let m = k; m < toks.length && m < k + 4 && toks[m].cap; m++) {
    if (ALLOW_AFTER.has(toks[m].key)) return true;
    if (!BODY_LINK.has(toks[m].key) || m + 1 >= toks.length || !ADJ_SEP.test(text.slice(toks[m].end, toks[m + 1].start))) return false;
  }
  return false;
}

/** Before a language name: "in Russian", "speaks Spanish", "translated into English". */
const LANG_BEFORE = words('in into speak speaks spoke speaking learn learns learning learned study studying studied teach teaches teaching taught translated written fluent native dubbed subtitled');
/**
 * Whether the adjective at tokens i..j names a language: after LANG_BEFORE (or "learning of") and
 * not modifying a noun ("in Russian." but not "in Russian territory"), as the subject of a verb
 * ("English is the main language"), or as a noun closing a clause ("of Arabic and English.").
 */
function languageUse(text: string, toks: Tok[], i: number, j: number): boolean {
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

/** The word before token i (skipping one "the") if it introduces a place: "in", "near", "town of"… */
function placePreposition(text: string, toks: Tok[], i: number): string | null {
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
    const prev = i > 0 && ADJ_SEP.test(text.slice(toks[i - 1].end, t.start)) ? toks[i - 1] : null;
    const next = j + 1 < toks.length && ADJ_SEP.test(text.slice(toks[j].end, toks[j + 1].start)) ? toks[j + 1] : null;
    const before = text.slice(Math.max(0, t.start - 1), t.start);
    const after = text.slice(toks[j].end, toks[j].end + 2);
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
    // --- is this a name of something else? ---
    const word = i === j && city && cw.has(key);
    // "Vice President", "Post Office": an English-word town before a capitalised word is a name part;
    // "Bay", "Lake" alone are features of something unnamed
    let reject = NOT_PLACES.has(key) || ORG_OF.has(key) || (i === j && FEATURES.has(key)) || before === '@' || before === '#' || (word && !!next?.cap && !title);
    let person = false;
    // capitals next to lower case are a dateline or a shouted name, not one name with the neighbour
    const capsBreak = (o: Tok) => o.caps !== toks[i].caps && (o.caps || toks[j].caps);
    if (!reject && !nation && prev?.cap && lastAccepted !== i - 1 && !capsBreak(prev)) {
      const ordinary = FUNCTION.has(prev.key) || ((prev.sentStart || title) && cw.has(prev.key));
      if (TITLES.has(prev.key)) reject = person = true;
      else if (!ordinary && !MODIFIERS.has(prev.key) && !title) {
        // "Michael Jordan", "Lake Geneva", "Hurricane Florence": part of a longer name
        reject = true;
        person = !FEATURES.has(prev.key) && !cw.has(prev.key);
      }
    }
    // "Mr. Washington": the title ends in a period
    if (!reject && i > 0 && toks[i - 1].cap && TITLE_ABBR.has(toks[i - 1].key) && /^\.[ \u00a0]+$/.test(text.slice(toks[i - 1].end, t.start))) reject = person = true;
    // "Mario de Santiago": a name particle between two capitalised words
    if (!reject && i >= 2 && PARTICLES.has(toks[i - 1].key) && !toks[i - 1].cap && toks[i - 2].cap && ADJ_SEP.test(text.slice(toks[i - 2].end, toks[i - 1].start)) && ADJ_SEP.test(text.slice(toks[i - 1].end, t.start))) reject = person = true;
    // "Jordan Peterson", "New York Times", "Washington Post" — but not "Maiduguri, Borno State"
    // without its comma, a new sentence missing its full stop ("in Portugal The pair"), or
    // "President of Ukraine Petro Poroshenko"
    const bodyAfter = !!next && publicBody(text, toks, j + 1);
    if (!reject && !adjective && !nation && next?.cap && !bodyAfter && !FUNCTION.has(next.key) && !AUX.has(next.key) && !title && !capsBreak(next) && !(next.caps && next.end - next.start <= 4)) {
      const regionNext = longest(text, toks, j + 1)?.[1].some((c) => c.entry.kind === 'region' || c.entry.kind === 'country');
      const titleOf = i >= 2 && toks[i - 1].key === 'of' && TITLES.has(toks[i - 2].key);
      if (!regionNext && !titleOf) reject = true;
    }
    // "Mercedes-Benz", "Green-Karol": a town glued to a capitalised word that is no place
    if (!reject && city && j + 1 < toks.length && toks[j + 1].cap && text.slice(toks[j].end, toks[j + 1].start) === '-' && !lookup(toks[j + 1].key)) reject = true;
    // "St. Peter's Basilica", "Moody's Analytics": a small town's possessive before a name is the
    // name's ("London's Heathrow" keeps London: big cities own things)
    if (!reject && city && toks[j].poss && j + 1 < toks.length && toks[j + 1].cap && !title && /^['’]s[ \u00a0]+$/.test(text.slice(toks[j].end, toks[j + 1].start)) && !found.some((c) => c.entry.pop >= 100000)) reject = true;
    // "Bank of America", "University of California"
    if (!reject && !nation && i >= 2 && toks[i - 1].key === 'of' && !toks[i - 1].cap && toks[i - 2].cap && ORG_OF.has(toks[i - 2].key)) reject = true;
    // "US$3.7m": a currency sign
    if (!reject && after.startsWith('$')) reject = true;
    // "Barry said", "according to Davis": a town name used of a speaker is a person (capitals and
    // metropolises do speak for their governments: "Moscow said")
    if (!reject && city && i === j && !strong && !found.some((c) => c.entry.feature === 'C' || c.entry.pop >= 250000)) {
      const saidAfter = next && !next.cap && SPEECH.has(next.key);
      const accordingTo = i >= 2 && toks[i - 1].key === 'to' && toks[i - 2].key === 'according';
      if (saidAfter || accordingTo) reject = person = true;
    }
    if (reject) {
      if (person && i === j && city) surnames.add(key);
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

  // A bare town name that the text also uses as a person's surname is the person ("Warren said").
  const kept = mentions.filter((m) => m.strong || !surnames.has(m.key));

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

function keyOf(toks: Tok[], i: number, j: number): string {
  let k = toks[i].key;
  for (let m = i + 1; m <= j; m++) k += ' ' + toks[m].key;
  return k;
}
