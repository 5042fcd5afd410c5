// The word lists place finding judges context by: short lists kept here (what each says is in its
// comment), and two long ones read from data/place/ (common-words.txt, person-names.txt; see their headers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../lexicon/load.js';

const words = (s: string) => new Set(s.split(' '));
/** After these a name is a place even when small ("in Nenagh", "from Most"). */
export const PREPS = words('in at near to from outside into across around toward towards through via inside');
/** The ones that still say "place" before a name people also bear ("in Warren", not "to Obama"). */
export const PLACE_PREPS = words('in near outside inside across around of');
/** Before "of": the place is named as a place ("the town of Most"). */
export const OF_PLACE = words('city town village capital outskirts suburb suburbs province state county region district port streets residents people mayor north south east west center centre heart');
/** Before "of", these make an organisation name: "Bank of America", "University of California". */
export const ORG_OF = words('bank university college institute museum council association federation chamber board commission department ministry court society league party club company corporation foundation fund academy library church diocese archdiocese school hospital center centre order times post journal bishop archbishop');
/** Titles: the next name is a person's ("President Jackson", "Mr. Washington"). */
export const TITLES = words('mr mrs ms miss dr prof commander sens reps gens atty supt president pres sen senator rep representative gov governor mayor judge justice gen general adm admiral col colonel lt maj major capt captain sgt cpl pvt officer detective chief rev reverend father sister brother pope king queen prince princess lord lady sir dame sheikh emir sultan ayatollah imam rabbi coach secretary minister chancellor premier speaker sheriff ambassador commissioner director chairman chairwoman dean professor hurricane storm typhoon cyclone');
/** Abbreviated titles, written with a period ("Mr. Washington", "Sen. Warren"). */
export const TITLE_ABBR = words('mr mrs ms dr prof pres sen sens rep reps gov gen gens lt col capt sgt cpl pvt maj adm rev atty supt');
/** Auxiliaries: a sentence goes on after them, a name does not. */
export const AUX = words('is are was were has have had will would can could should may might must do does did');
/** A capitalised word before a place that does not make it part of a longer name. */
export const MODIFIERS = words('republican democratic north south east west northern southern eastern western central northeast northwest southeast southwest northeastern northwestern southeastern southwestern upper lower greater inner outer downtown metro coastal rural occupied mainland suburban');
/** Geographic words that start other names ("Lake Geneva", "Fort Worth"): not given names. */
export const FEATURES = words('lake mount mt fort ft port camp cape river bay gulf isle island islands new old little great san santa st saint');
/**
 * A capitalised word after a place that keeps it a place: titles ("Moscow Mayor"), the place's own
 * public bodies ("Beverly Hills Police", "Karnataka Assembly", "Kentucky Department of Education",
 * "Lagos Chamber of Commerce", "Cuyahoga County Executive"), dates ("in Syria Monday").
 */
export const ALLOW_AFTER = words('police fire executive commissioners clerk prosecutor coroner supervisors court army navy guard department dept ministry commission commissioner councillor councilman councilwoman chamber chambers ambassador embassy consulate transit schools board council assembly legislature parliament government archbishop bishop governor gov lt lieutenant mayor premier senator sen rep reps representative congressman congresswoman assemblyman assemblywoman attorney atty secretary minister prime president vice chancellor king queen prince crown emir sheikh sultan sheriff democrats democrat republicans republican gop monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december');
/** Between a place and a public body, the body's kind: "Maryland State Police", "California National Guard". */
export const BODY_LINK = words('state national regional city municipal metropolitan public provincial federal district assistant deputy chief');
/** Words that are never places alone, whatever a gazetteer says. */
export const NEVER = words('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday god mr mrs ms dr sen sens rep reps gov gen lt col capt sgt');
/** Country names that people bear or that name many things elsewhere: inside a longer name, not the country. */
export const GIVEN_COUNTRY = words('jordan chad georgia israel india kenya china ireland cuba america turkey jersey');
/** Names of things that the gazetteer also has as small towns. */
export const NOT_PLACES = new Set(['notre dame', 'el nino', 'la nina']);
/** Lower-case words between a given name and a surname ("Mario de Santiago"). */
export const PARTICLES = words('de da di van von bin ibn al el du le la del della dos das');
/** Verbs of saying right after a name make it a speaker. */
export const SPEECH = words('said says told added recalled admitted explained wrote tweeted argued noted asked replied continued insisted stated warned claimed testified acknowledged');
/** Function words: capitalised, still ordinary words wherever they stand. */
export const FUNCTION = words('the in at on of from to for and but or as by with after before when while since during across near like unlike over under into if though although because until then also even only both all some many most every each this that these those his her their its our my your a an no not so now here there where how what which who about against among between via without within toward towards around despite including amid than whether former');
/** Before a language name: "in Russian", "speaks Spanish", "translated into English". */
export const LANG_BEFORE = words('in into speak speaks spoke speaking learn learns learning learned study studying studied teach teaches teaching taught translated written fluent native dubbed subtitled');

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
export const commonWords = () => (common ??= wordList('common-words.txt'));
/** Town names news mostly uses for people and organisations (person-names.txt). */
export const personNames = () => (personal ??= wordList('person-names.txt'));
