// Builds data/actors/countries.jsonl (schema CountryEntry) from the world-countries package (ODbL)
// and i18n-nationality (MIT), plus the hand-written overrides below: `npx tsx scripts/build-countries.ts`.
//
// What goes into an entry:
//   code        ISO 3166 alpha-3 as CAMEO uses it. CAMEO's country table differs from ISO for a few
//               countries (CAMEO_CODE below); everything else is the package's cca3.
//   names       the common English name; the official name when a news writer would write it; the
//               package's altSpellings that are English names (no two-letter codes, no native-language
//               forms); plus EXTRA_NAMES, the short forms news actually uses ("U.S.", "Britain", "DPRK").
//   adjectives  demonyms and adjectives, singular and plural: the package's English demonyms,
//               i18n-nationality's English nationality names, our plurals of both, and EXTRA_ADJECTIVES.
//   capitals    the package's capitals (used as metonyms for the government: "Moscow said"), less the
//               ones that would swamp news text with false hits (DROP_CAPITALS), plus EXTRA_CAPITALS.
//
// Every normalised name, adjective and capital must belong to one code only. The script prints every
// form that two codes claim and exits non-zero until OWNER below says which code keeps it.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';

const require = createRequire(import.meta.url);
const countries: Country[] = require('world-countries/countries.json');
const nationalities: Record<string, string> = require('i18n-nationality/langs/en.json').nationalities;

const outFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'actors', 'countries.jsonl');

// ---- codes ------------------------------------------------------------------------------------
/**
 * The package's own alpha-3 → the code we use, where they differ. Codes are ISO 3166 alpha-3, as the
 * CAMEO-based coders of today use them (Phoenix/PLOVER data, NGEC): ROU for Romania, MNE for
 * Montenegro, TLS for East Timor and IMN for the Isle of Man, not the older CAMEO table's ROM, MTN,
 * TMP and IMY. Kosovo has no ISO code (the package uses UNK, the UN mission's): XKX, the user-assigned
 * code the EU, the World Bank and NGEC use. South Sudan (2011) is ISO SSD.
 */
const CAMEO_CODE: Record<string, string> = {
  UNK: 'XKX',
};

// ---- names ------------------------------------------------------------------------------------
/** Short and informal forms that news writes and the package lacks or files elsewhere. */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'US', 'U.S.A.', 'USA', 'United States', 'United States of America', 'America'],
  GBR: ['U.K.', 'UK', 'Britain', 'Great Britain', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  // Former states are coded as the state that continues them, as the persons lexicon codes Soviet leaders RUS.
  RUS: ['Russia', 'Russian Federation', 'Soviet Union', 'USSR', 'U.S.S.R.'],
  SRB: ['Yugoslavia', 'Federal Republic of Yugoslavia', 'Serbia and Montenegro'],
  DEU: ['West Germany', 'East Germany', 'Federal Republic of Germany', 'German Democratic Republic', 'GDR', 'FRG'],
  KOR: ['South Korea', 'Republic of Korea'],
  PRK: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"],
  IRN: ['Iran', 'Islamic Republic of Iran', 'Islamic Republic'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  VNM: ['Vietnam', 'Viet Nam'],
  LAO: ['Laos'],
  CZE: ['Czech Republic', 'Czechia', 'Czechoslovakia'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ['Burma', 'Myanmar'],
  NLD: ['Holland', 'Netherlands', 'The Netherlands'],
  // Bare "Congo" is the Democratic Republic in today's news; the Republic is written out in full.
  COD: ['Congo', 'DR Congo', 'D.R. Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  COG: ['Republic of the Congo', 'Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'],
  ARE: ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates'],
  VAT: ['Vatican', 'Holy See', 'Vatican City'],
  PSE: ['Palestine', 'State of Palestine', 'Palestinian territories', 'Palestinian Territories'],
  XKX: ['Kosovo', 'Republic of Kosovo'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  SWZ: ['Eswatini', 'Swaziland'],
  MKD: ['North Macedonia', 'Macedonia'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste'],
  CHN: ['China', "People's Republic of China", 'PRC'],
  BIH: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina'],
  TTO: ['Trinidad and Tobago', 'Trinidad'],
  KNA: ['St. Kitts and Nevis', 'St Kitts and Nevis'],
  VCT: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  LCA: ['St. Lucia', 'St Lucia'],
  STP: ['Sao Tome and Principe'],
  VGB: ['British Virgin Islands'],
  VIR: ['U.S. Virgin Islands', 'US Virgin Islands', 'United States Virgin Islands'],
  // Jersey's common name would match "New Jersey": only the full style is kept.
  JEY: ['Bailiwick of Jersey'],
  MAC: ['Macau', 'Macao'],
  HKG: ['Hong Kong'],
  FSM: ['Micronesia', 'Federated States of Micronesia'],
  GMB: ['Gambia', 'The Gambia'],
  SAU: ['Kingdom of Saudi Arabia', 'KSA'],
  TWN: ['Taiwan', 'Republic of China'],
  BHS: ['Bahamas', 'The Bahamas'],
};

/**
 * Forms from the package that are not names of the country in English news, or that would match
 * something else: "Jersey" (New Jersey), "Island" (Iceland's altSpelling), "Guiana", "Timor",
 * "Virgin Islands" (both sets of islands), one-word demonyms filed as altSpellings, and "RSA".
 */
const DROP_NAMES: Record<string, string[]> = {
  JEY: ['Jersey'],
  ISL: ['Island'],
  GUF: ['Guiana', 'Guyane'],
  TLS: ['Timor'],
  VGB: ['Virgin Islands'],
  ZAF: ['RSA'],
  SAU: ['Saudi'],
  LAO: ['Lao'],
  TGO: ['Togolese'],
  COG: ['Congo'],
  TWN: ['Republic of China (Taiwan)'],
  SJM: ['Svalbard og Jan Mayen'],
  BRN: ['Nation of Brunei, Abode of Peace', 'the Abode of Peace', 'Nation of Brunei'],
  HKG: ["Hong Kong Special Administrative Region of the People's Republic of China"],
  MAC: ["Macao Special Administrative Region of the People's Republic of China"],
  TUR: ['Republic of Turkey'],
  BMU: ['The Islands of Bermuda'],
};

/** Function words and descriptors an English altSpelling may use besides the words of the countries' own English names. */
const ENGLISH_WORDS = new Set(['of', 'the', 'and', 'The', 'Islands', 'Island', 'Republic', 'Kingdom', 'State', 'States']);

// ---- adjectives -------------------------------------------------------------------------------
/** Demonym nouns and informal forms the packages lack. */
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  USA: ['American', 'Americans'],
  GBR: ['British', 'Briton', 'Britons', 'Brits', 'Scottish', 'Scots', 'Welsh', 'Northern Irish'],
  RUS: ['Russian', 'Russians', 'Soviet', 'Soviets'],
  SRB: ['Yugoslav', 'Yugoslavs'],
  DEU: ['West German', 'East German', 'West Germans', 'East Germans'],
  CZE: ['Czechoslovak'],
  CHN: ['Chinese'],
  ISR: ['Israeli', 'Israelis'],
  PSE: ['Palestinian', 'Palestinians'],
  SAU: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'],
  ARE: ['Emirati', 'Emiratis'],
  KOR: ['South Korean', 'South Koreans'],
  PRK: ['North Korean', 'North Koreans'],
  AFG: ['Afghan', 'Afghans'],
  XKX: ['Kosovar', 'Kosovars', 'Kosovan', 'Kosovans', 'Kosovo Albanian', 'Kosovo Albanians', 'Kosovo Serb', 'Kosovo Serbs'],
  DNK: ['Dane', 'Danes'],
  FIN: ['Finn', 'Finns'],
  SWE: ['Swede', 'Swedes'],
  POL: ['Poles'],
  TUR: ['Turk', 'Turks'],
  ESP: ['Spaniard', 'Spaniards'],
  FRA: ['Frenchman', 'Frenchmen'],
  NLD: ['Dutchman', 'Dutchmen'],
  THA: ['Thai', 'Thais'],
  LAO: ['Lao', 'Laotian', 'Laotians'],
  PHL: ['Filipina', 'Filipinas'],
  TGO: ['Togolese'],
  YEM: ['Yemeni', 'Yemenis'],
  TJK: ['Tajik', 'Tajiks'],
  KGZ: ['Kyrgyz'],
  KAZ: ['Kazakh', 'Kazakhs'],
  UZB: ['Uzbek', 'Uzbeks'],
  AUS: ['Aussie', 'Aussies'],
  HKG: ['Hongkonger', 'Hongkongers'],
  BIH: ['Bosnian', 'Bosnians'],
  CZE: ['Czech', 'Czechs'],
  SVK: ['Slovak', 'Slovaks'],
  SVN: ['Slovenian', 'Slovenians'],
  VAT: ['Vatican'],
  TWN: ['Taiwanese'],
  BWA: ['Motswana', 'Batswana'],
  LSO: ['Mosotho', 'Basotho'],
  SOM: ['Somali', 'Somalis'],
  ARG: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'],
  ECU: ['Ecuadorian', 'Ecuadorians'],
  AZE: ['Azeri', 'Azeris'],
  DJI: ['Djiboutian', 'Djiboutians'],
  MDV: ['Maldivian', 'Maldivians'],
  NPL: ['Nepali', 'Nepalis', 'Nepalese'],
  // Serb and Croat are the peoples; in news they mostly name the states' forces and people ("Serb forces").
  // The Serbs and Croats of Bosnia and Croatia are written with their country first, coded there.
  SRB: ['Serb', 'Serbs'],
  HRV: ['Croat', 'Croats', 'Croatian Serb', 'Croatian Serbs'],
  BIH: ['Bosnian Serb', 'Bosnian Serbs', 'Bosnian Croat', 'Bosnian Croats', 'Bosnian Muslim', 'Bosnian Muslims', 'Bosniak', 'Bosniaks'],
  SLE: ['Sierra Leonean', 'Sierra Leoneans'],
  LKA: ['Sri Lankan', 'Sri Lankans'],
  NZL: ['New Zealander', 'New Zealanders'],
  LUX: ['Luxembourger', 'Luxembourgers'],
};

/**
 * Adjectives that several codes claim and the code that keeps them; "French" is France's, not French
 * Polynesia's, "Congolese" is the Democratic Republic's (as bare "Congo" is). Forms no code should keep
 * are in DROP_ADJECTIVES.
 */
const OWNER: Record<string, string> = {
  french: 'FRA',
  dutch: 'NLD',
  norwegian: 'NOR',
  norwegians: 'NOR',
  american: 'USA',
  americans: 'USA',
  indian: 'IND',
  indians: 'IND',
  dominican: 'DOM',
  dominicans: 'DOM',
  congolese: 'COD',
  british: 'GBR',
};

/** Forms of the packages that are wrong or ambiguous: i18n-nationality files "Welsh" under Wallis and Futuna. */
const DROP_ADJECTIVES: Record<string, string[]> = {
  WLF: ['Welsh'],
  VGB: ['Virgin Islander', 'Virgin Islanders'],
  VIR: ['Virgin Islander', 'Virgin Islanders'],
  GGY: ['Channel Islander', 'Channel Islanders'],
  JEY: ['Channel Islander', 'Channel Islanders'],
  SVK: ['Slovakian', 'Slovakians'],
  BVT: ['Bouvet Island'],
};

// ---- capitals ---------------------------------------------------------------------------------
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington', 'Washington D.C.', 'Washington DC'],
  // Seat of the West German government until 1990: "Bonn said" in older wire copy.
  DEU: ['Bonn'],
  UKR: ['Kyiv', 'Kiev'],
  YEM: ["Sana'a", 'Sanaa'],
  MNG: ['Ulan Bator', 'Ulaanbaatar'],
  MMR: ['Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw'],
  BOL: ['Sucre', 'La Paz'],
  MYS: ['Kuala Lumpur', 'Putrajaya'],
  SWZ: ['Lobamba', 'Mbabane'],
  CHE: ['Bern', 'Berne'],
  XKX: ['Pristina', 'Prishtina'],
  IND: ['New Delhi'],
};

/**
 * Capitals that would swamp news text: people's names (Hamilton, Victoria, Douglas, Stanley), English
 * towns (Plymouth), ordinary phrases (The Valley, The Bottom, West Island), capitals whose metonym means
 * something else (Brussels is the EU far more often than Belgium), and "Malé" ("male" once folded).
 */
const DROP_CAPITALS: Record<string, string[]> = {
  BMU: ['Hamilton'],
  SYC: ['Victoria'],
  HKG: ['City of Victoria'],
  IMN: ['Douglas'],
  MSR: ['Plymouth'],
  FLK: ['Stanley'],
  SHN: ['Jamestown'],
  AIA: ['The Valley'],
  BES: ['The Bottom', 'Oranjestad'],
  CCK: ['West Island'],
  NFK: ['Kingston'],
  CYM: ['George Town'],
  REU: ['Saint-Denis'],
  BEL: ['Brussels'],
  MDV: ['Malé'],
};

// ---- helpers ----------------------------------------------------------------------------------
/** The matcher's normalisation: lower case, diacritics folded, curly quotes straightened. */
function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/** Plural of a demonym, or null where English uses the singular ("the Chinese", "the French"). */
function pluralOf(d: string): string | null {
  if (/Islander$/.test(d)) return `${d}s`;
  if (/(French|Dutch|English|Irish)man$/.test(d)) return d.replace(/man$/, 'men');
  // invariable: -ese, -ss, -sh, -ch, -ic, -x, -z, -men, -s, and a few that English leaves as they are
  if (/(ese|ss|sh|ch|ic|x|z|men|s|Malagasy|Lao|Ni-Vanuatu|I-Kiribati|Batswana|Basotho|Motswana|Mosotho|Burkinabe)$/.test(d)) {
    return null;
  }
  return `${d}s`;
}

function isCode2(s: string): boolean {
  return /^[A-Z]{2}$/.test(s);
}

const cameo = (iso: string) => CAMEO_CODE[iso] ?? iso;

// English vocabulary: every word of every country's English common and official name and capital.
const vocab = new Set<string>([...ENGLISH_WORDS].map(norm));
for (const c of countries) {
  for (const s of [c.name.common, c.name.official, ...c.capital]) {
    for (const w of s.split(/[\s,-]+/)) vocab.add(norm(w));
  }
}

/** An altSpelling is kept when it is a name in English: every word is a word of some English country name. */
function isEnglishName(s: string): boolean {
  if (isCode2(s)) return false;
  if (/[^\p{Script=Latin}\s'.,()-]/u.test(s)) return false;
  if (/[(),]/.test(s)) return false;
  return s.split(/[\s-]+/).every((w) => vocab.has(norm(w)));
}

/** Splits "Bosnian, Herzegovinian" and "Trinidadian or Tobagonian"; i18n-nationality also joins with
 * " and " and " - " ("Kittian and Nevisian"), which the package's own demonyms use inside one demonym
 * ("Turks and Caicos Islander"). */
function splitDemonym(s: string, andToo: boolean): string[] {
  const sep = andToo ? /\s*,\s*|\s+or\s+|\s+and\s+|\s+-\s+/ : /\s*,\s*|\s+or\s+/;
  return s
    .replace(/\s*\(.*\)\s*/g, '')
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A nationality string from i18n-nationality that is an adjective and not a place name. */
function looksLikeDemonym(s: string): boolean {
  return /(an|ans|ese|ish|i|ic|er|ch|ss|ine|ite|ot|ek|ik|ak|ai|que|no|na|ho|men|zi|ois)$/.test(s);
}

interface Entry {
  code: string;
  name: string;
  names: string[];
  adjectives: string[];
  capitals: string[];
}

/** Drops empty and repeated forms; forms equal once normalised ("Táiwān", "Taiwan") count as repeats. */
function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const t = x.trim();
    if (!t || seen.has(norm(t))) continue;
    seen.add(norm(t));
    out.push(t);
  }
  return out;
}

// ---- build ------------------------------------------------------------------------------------
const entries: Entry[] = [];
for (const c of countries) {
  const code = cameo(c.cca3);
  const dropNames = new Set((DROP_NAMES[code] ?? []).map(norm));
  const dropAdj = new Set((DROP_ADJECTIVES[code] ?? []).map(norm));
  const dropCap = new Set((DROP_CAPITALS[code] ?? []).map(norm));

  // adjectives first: altSpellings that are demonyms go there, not into names
  const adjectives: string[] = [];
  const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((x): x is string => !!x);
  for (const d of demonyms) adjectives.push(...splitDemonym(d, false));
  const nat = nationalities[c.cca2];
  if (nat) {
    for (const d of splitDemonym(nat, true)) {
      if (norm(d) === norm(c.name.common) || c.altSpellings.some((a) => norm(a) === norm(d))) continue;
      if (!looksLikeDemonym(d) || /\b(Island|Islands|Territory|Republic)\b/.test(d)) continue;
      adjectives.push(d);
    }
  }
  adjectives.push(...(EXTRA_ADJECTIVES[code] ?? []));
  // a demonym that is the country's own name ("Djibouti", "Gibraltar", "Vatican") is a name, not an
  // adjective; a demonym filed among the altSpellings ("Thai", "Saudi") is an adjective, not a name
  const ownNames = new Set(
    [c.name.common, c.name.official, ...(EXTRA_NAMES[code] ?? [])].map(norm).filter((n) => !dropNames.has(n)),
  );
  const withPlurals: string[] = [];
  for (const a of adjectives) {
    if (ownNames.has(norm(a))) continue;
    withPlurals.push(a);
    if (/s$/.test(a) && adjectives.includes(a.replace(/s$/, ''))) continue;
    const p = pluralOf(a);
    if (p) withPlurals.push(p);
  }
  const adjSet = new Set(withPlurals.map(norm));

  const names: string[] = [];
  if (!dropNames.has(norm(c.name.common))) names.push(c.name.common);
  if (isEnglishName(c.name.official) || c.name.official === c.name.common) names.push(c.name.official);
  for (const a of c.altSpellings) {
    if (!isEnglishName(a)) continue;
    if (adjSet.has(norm(a))) continue;
    names.push(a);
  }
  names.push(...(EXTRA_NAMES[code] ?? []));

  const capitals = [...c.capital, ...(EXTRA_CAPITALS[code] ?? [])];
  const nameSet = new Set(names.filter((n) => !dropNames.has(norm(n))).map(norm));

  entries.push({
    code,
    name: c.name.common,
    names: uniq(names.filter((n) => !dropNames.has(norm(n)))),
    adjectives: uniq(withPlurals.filter((a) => !dropAdj.has(norm(a)) && !nameSet.has(norm(a)))),
    capitals: uniq(capitals.filter((k) => !dropCap.has(norm(k)) && !nameSet.has(norm(k)))),
  });
}

// ---- one code per form ------------------------------------------------------------------------
const claims = new Map<string, Set<string>>();
for (const e of entries) {
  for (const f of [...e.names, ...e.adjectives, ...e.capitals]) {
    const k = norm(f);
    if (!claims.has(k)) claims.set(k, new Set());
    claims.get(k)!.add(e.code);
  }
}
const unresolved: string[] = [];
for (const [form, codes] of claims) {
  if (codes.size < 2) continue;
  const owner = OWNER[form];
  if (owner && codes.has(owner)) {
    console.log(`duplicate "${form}" claimed by ${[...codes].join(', ')}: kept for ${owner}`);
    for (const e of entries) {
      if (e.code === owner) continue;
      e.names = e.names.filter((x) => norm(x) !== form);
      e.adjectives = e.adjectives.filter((x) => norm(x) !== form);
      e.capitals = e.capitals.filter((x) => norm(x) !== form);
    }
  } else {
    unresolved.push(`"${form}" is claimed by ${[...codes].join(', ')}`);
  }
}

const codes = new Map<string, string>();
for (const e of entries) {
  if (codes.has(e.code)) unresolved.push(`code ${e.code} used by ${codes.get(e.code)} and ${e.name}`);
  codes.set(e.code, e.name);
  if (e.names.length === 0) unresolved.push(`${e.code} ${e.name} has no name left`);
}
if (unresolved.length) {
  console.error(`unresolved (add to OWNER or DROP_* in scripts/build-countries.ts):\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}

entries.sort((a, b) => a.code.localeCompare(b.code));
const header =
  '// generated by scripts/build-countries.ts from world-countries (ODbL) and i18n-nationality; do not edit by hand';
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, [header, ...entries.map((e) => JSON.stringify(e))].join('\n') + '\n');
console.log(`wrote ${entries.length} countries to ${outFile}`);
