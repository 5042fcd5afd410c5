// Attribution stage: who the text says said, reported, found or thought what — "X said (that) …", "…, X said.",
// "“…,” said X", "according to X", "X told The New York Times", "X, a former senator, warned", "X, who …,
// argued", "X has long insisted", "X did Y, saying …", "was criticized by X", "the poll found", headline "X: …" —
// with the source's kind (outlet, anonymous, person, organisation, document, actor) and, for "told The New York
// Times", the outlet it spoke to (via).
//
// The source of a report verb is its subject. It is found from the verb leftwards: over auxiliaries, negation,
// adverbs, a time phrase, a parenthesis and a catenative verb ("did not say", "has long argued", "on Tuesday
// said", "(D-Ore.) said", "declined to say"), then the noun phrase that ends there ("a source familiar with the
// matter", "the director of the FBI", "4 in 10 voters"). Where no subject stands right before the verb, the
// construction gives it: the subject before an appositive ("X, a former senator, said"), the subject after a
// quotation ("“…,” said X"), the subject of the main clause for a participle or a coordinated verb ("X did Y,
// saying …", "X did Y and said …"), the agent of a passive ("… by X").
//
// What is not the article's attribution is left out: words inside a direct quotation (the speaker's, not the
// article's), "I", "we" and "you" outside one (the writer and the reader), and verbs other than verbs of saying
// inside what another source of the sentence reports ("X said voters support Y" attributes to X). The cue
// verbs, their frames and the anonymous and document phrases are data: data/attribution/cues.jsonl.
import { join } from 'node:path';
import { z } from 'zod';
import type { Doc, Attribution, Sentence, ActorMention, AttributionLink, Token } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { loadJsonl, dataDir } from '../lexicon/load.js';

const CueEntry = z
  .object({
    id: z.string(),
    kind: z.enum(['verb', 'phrase', 'anonymous', 'document']),
    forms: z.array(z.string()).min(1),
    /** a family of cues, for reading the data (say, think, criticize…) */
    class: z.string().optional(),
    /** the source may follow the verb after a quotation: "“…,” said Maduro" */
    invert: z.boolean().optional(),
    /** the verb reports only beside a clause, a quotation or a colon ("added that …", not "added 200 jobs"),
     * or when its source is a document or an outlet ("the poll found Trump ahead") */
    clause: z.boolean().optional(),
    /** the verb reports only with one of these words right after it: "pointed out", "pointed to" */
    particle: z.array(z.string()).optional(),
    /** words right after the verb that make it another verb: "showed up", "called off" */
    not: z.array(z.string()).optional(),
    /** a verb of saying that stays an attribution inside what another source reports ("X said Y told him");
     * other verbs there (believe, support, want) are part of the report, not the article's attribution */
    nested: z.boolean().optional(),
    /** the verb reports only with an object and its predicate ("called the plan “dangerous”", "called him a liar")
     * or one of these words ("called for", "called on"); otherwise it is a telephone call or a name ("a group called …") */
    predicate: z.array(z.string()).optional(),
    /** the verb names the one spoken to before what is said: "told reporters (that) …", "warned Moscow that …" */
    object: z.boolean().optional(),
    /** forms listed for their place (base, -s, …) that are no cue: "respond" ("did not respond to a request") */
    omit: z.array(z.string()).optional(),
  })
  .strict();
type CueEntry = z.infer<typeof CueEntry>;

interface Verb {
  id: string;
  /** not a verb: a phrase with its source after it ("according to X"), or the colon of "X: …" */
  special?: 'phrase' | 'colon';
  /** the words of the phrase after its first */
  rest?: string[];
  invert: boolean;
  clause: boolean;
  particle: Set<string> | null;
  not: Set<string> | null;
  nested: boolean;
  /** the form is a present participle ("saying") */
  ing: boolean;
  /** the form is a base or -s form, which may as well be a noun ("report", "claims") */
  plain: boolean;
  /** the form is the base form ("say"), which agrees only with a plural or "I/you/we/they" subject */
  base: boolean;
  /** words that may stand for the predicate a verb like "call" needs ("called for", "called on") */
  predicate: Set<string> | null;
  /** the one spoken to comes before what is said ("told reporters …") */
  object: boolean;
}
interface Cues {
  verbs: Map<string, Verb>;
  /** anonymous-source phrases by their first word */
  anonymous: Map<string, string[][]>;
  /** nouns heading document sources ("poll", "records"), multi-word ones by their last word */
  documents: Map<string, string[][]>;
}
let cues: Cues | null = null;
function loadCues(): Cues {
  if (cues) return cues;
  const verbs = new Map<string, Verb>();
  const anonymous: Cues['anonymous'] = new Map();
  const documents = new Map<string, string[][]>();
  const phrases = new Map<string, { id: string; rest: string[] }>();
  for (const { entry } of loadJsonl(CueEntry, [join(dataDir(), 'attribution', 'cues.jsonl')]) as { entry: CueEntry }[]) {
    if (entry.kind === 'verb') {
      for (const f of entry.forms) {
        if (verbs.has(f) || entry.omit?.includes(f)) continue;
        verbs.set(f, {
          id: entry.id,
          invert: entry.invert ?? false,
          clause: entry.clause ?? false,
          particle: entry.particle ? new Set(entry.particle) : null,
          not: entry.not ? new Set(entry.not) : null,
          nested: entry.nested ?? false,
          ing: f.endsWith('ing'),
          plain: f === entry.forms[0] || f === entry.forms[1],
          base: f === entry.forms[0],
          predicate: entry.predicate ? new Set(entry.predicate) : null,
          object: entry.object ?? false,
        });
      }
    }
    if (entry.kind === 'phrase') {
      for (const f of entry.forms) {
        const [first, ...rest] = f.split(' ');
        phrases.set(first, { id: entry.id, rest });
      }
    }
    if (entry.kind === 'anonymous') {
      for (const f of entry.forms) {
        const words = f.split(' ');
        if (!anonymous.has(words[0])) anonymous.set(words[0], []);
        anonymous.get(words[0])!.push(words);
      }
    }
    if (entry.kind === 'document') {
      for (const f of entry.forms) {
        const words = f.split(' ');
        const last = words[words.length - 1];
        if (!documents.has(last)) documents.set(last, []);
        documents.get(last)!.push(words);
      }
    }
  }
  const special = (id: string, kind: 'phrase' | 'colon', rest?: string[]): Verb => ({ id, special: kind, rest, invert: false, clause: false, particle: null, not: null, nested: true, ing: false, plain: false, base: false, predicate: null, object: false });
  for (const [first, p] of phrases) verbs.set(first, special(p.id, 'phrase', p.rest));
  verbs.set(':', special('colon', 'colon'));
  cues = { verbs, anonymous, documents };
  return cues;
}

// Closed-class words the rules walk over. Norms: lower case, straight apostrophes.
const AUX = new Set(['has', 'have', 'had', 'having', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', "'s", "'ve", "'d", "'ll", 'wo', 'ca', 'also']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'m", 'get', 'gets', 'got', 'gotten', 'getting']);
const NEG = new Set(['not', "n't", 'never']);
/** adverbs that are not part of a verb group */
const NOT_ADV = new Set(['so', 'as', 'how', 'where', 'when', 'why', 'there', 'here', 'what', 'thus', 'else', 'too', 'very', 'more', 'most', 'less', 'least']);
const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'recently']);
const TIME_LEAD = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'next', 'in', 'that', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
const SUBJECT_PRON = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'that', 'one', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody', 'no one', 'many', 'some', 'others', 'most', 'few', 'several', 'both', 'all', 'none', 'each', 'either', 'neither', 'whoever']);
const QUANT = new Set(['many', 'some', 'others', 'most', 'few', 'several', 'both', 'all', 'none', 'one', 'majority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'everyone', 'anyone', 'someone', 'nobody']);
const FIRST_SECOND = new Set(['i', 'we', 'you', 'me', 'us']);
const RELATIVE = new Set(['who', 'which', 'that']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);
/** prepositions inside a source noun phrase: "a spokesman for the Pentagon", "the director of the FBI" */
const NP_PREP = new Set(['of', 'for', 'at']);
const QUOTE = new Set(['"', "'", "''", '``', '`']);
/** words tagged as prepositions that open a clause with its own subject: "as Mr. Sykes said" */
const CLAUSE_OPENER = new Set(['as', 'like', 'because', 'since', 'after', 'before', 'while', 'when', 'if', 'although', 'though', 'until', 'unless', 'once', 'whether', 'than']);
const CLAUSE_LINK = new Set(['and', 'but', 'then', 'or', 'yet']);
/** words before a participle that make it an adverbial of the main clause: "…, saying", "after saying" */
const ING_LEAD = new Set([',', 'and', 'after', 'before', 'while', 'when', 'by', 'in', 'without', 'since', '-', ';']);
/** what may follow the subject of "“…,” said X": "said X in a statement", "said X on Tuesday" */
const INVERT_NEXT = new Set(['who', 'which', 'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'via', 'to', 'of', 'about', 'recently', 'later', 'earlier', 'last', 'this']);

const isQuote = (t: Token) => QUOTE.has(t.norm);
const OPEN_CLASS = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ', 'ADV', 'X']);
/** A noun, a number, or a capitalised word the tagger took for something else ("Mr. Hedge/VERB said") */
const isNounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (OPEN_CLASS.has(t.pos) && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && t.text.length > 1 && t.text[1] !== t.text[1].toUpperCase());

/** Is this token range (a source noun phrase) an anonymous source? */
function isAnonymous(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  const { anonymous } = loadCues();
  for (let i = from; i < to; i++) {
    const list = anonymous.get(t[i].norm);
    if (!list) continue;
    for (const words of list) {
      if (i + words.length > to) continue;
      let k = 1;
      while (k < words.length && t[i + k].norm === words[k]) k++;
      if (k === words.length) return true;
    }
  }
  return false;
}

/** Is the head of the source a document ("the poll", "FEC records")? */
function isDocument(doc: Doc, from: number, head: number): boolean {
  const t = doc.tokens;
  const list = loadCues().documents.get(t[head].norm);
  if (!list) return false;
  return list.some((words) => {
    const s = head - words.length + 1;
    if (s < from) return false;
    for (let k = 0; k < words.length; k++) if (t[s + k].norm !== words[k]) return false;
    return true;
  });
}

/** The actor mentions in token order (the actor stage writes them so; a document where it did not is sorted once). */
const sortedActors = new WeakMap<Doc, ActorMention[]>();
function actorsInOrder(doc: Doc): ActorMention[] {
  let list = sortedActors.get(doc);
  if (list && list.length === doc.actors.length) return list;
  list = doc.actors;
  for (let k = 1; k < list.length; k++) {
    if (list[k].tokenStart < list[k - 1].tokenStart) {
      list = [...list].sort((a, b) => a.tokenStart - b.tokenStart);
      break;
    }
  }
  sortedActors.set(doc, list);
  return list;
}

/** Index of the first mention that starts at or after token `from`. */
function firstMentionFrom(list: ActorMention[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention that stands for the source: the one at its head, else the first inside it that is not a pronoun, else a pronoun. */
function mentionIn(doc: Doc, from: number, to: number, head: number): ActorMention | undefined {
  const list = actorsInOrder(doc);
  let atHead: ActorMention | undefined;
  let any: ActorMention | undefined;
  let pronoun: ActorMention | undefined;
  for (let k = firstMentionFrom(list, from); k < list.length && list[k].tokenStart < to; k++) {
    const m = list[k];
    if (m.tokenEnd > to) continue;
    const isPronoun = m.kind === 'pronoun';
    if (m.tokenStart <= head && head < m.tokenEnd && (!atHead || (atHead.kind === 'pronoun' && !isPronoun))) atHead = m;
    if (isPronoun) pronoun ??= m;
    else any ??= m;
  }
  return atHead ?? any ?? pronoun;
}

function kindOf(m: ActorMention): AttributionLink['kind'] {
  if (m.kind === 'outlet') return 'outlet';
  if (m.kind === 'anonymous') return 'anonymous';
  if (m.kind === 'person' || m.kind === 'pronoun') return 'person';
  if (m.kind === 'organisation') return 'organisation';
  return 'actor';
}

/** The source of tokens [from, to) with its head token, or null when it is no source phrase. */
function sourceOf(doc: Doc, from: number, to: number, head = to - 1): Attribution['source'] | null {
  const t = doc.tokens;
  while (from < to && t[from].pos === 'PUNCT') from++;
  while (to > from && t[to - 1].pos === 'PUNCT') to--;
  if (from >= to) return null;
  if (head < from || head >= to) head = to - 1;
  const start = t[from].start;
  const end = t[to - 1].end;
  const text = doc.text.slice(start, end);
  if (isAnonymous(doc, from, to)) return { start, end, text, kind: 'anonymous' };
  const m = mentionIn(doc, from, to, head);
  if (m) return { start, end, text, kind: kindOf(m), code: m.code };
  if (isDocument(doc, from, head)) return { start, end, text, kind: 'document' };
  if (t[head].pos === 'PRON') return { start, end, text, kind: 'person' };
  // A source phrase without a known actor: only short noun phrases, so clauses are not taken for sources.
  if (to - from > 12) return null;
  if (!t.slice(from, to).some((x) => isNounish(x) || x.pos === 'PRON' || QUANT.has(x.norm))) return null;
  return { start, end, text, kind: 'actor' };
}

function span(doc: Doc, a: number, b: number) {
  return { start: doc.tokens[a].start, end: doc.tokens[b - 1].end, text: doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end) };
}

interface NP {
  from: number;
  to: number;
  head: number;
}

/** The noun phrase that ends at token `end` (inclusive), not reaching before `lo`. */
function npLeft(doc: Doc, end: number, lo: number): NP | null {
  const t = doc.tokens;
  if (end < lo) return null;
  let last = end;
  // "Trump himself said"
  if (REFLEXIVE.has(t[last].norm) && last > lo) last--;
  const tok = t[last];
  if (tok.pos === 'PRON' || (SUBJECT_PRON.has(tok.norm) && !isNounish(tok))) {
    // "a source close to him"
    const h = OBJECT_PRON.has(tok.norm) ? linkBefore(doc, last, lo) : -1;
    if (h >= 0 && t[h + 1].pos !== 'ADP') {
      const np = npLeft(doc, h, lo);
      return np ? { from: np.from, to: last + 1, head: np.head } : null;
    }
    if (!SUBJECT_PRON.has(tok.norm)) return null;
    return { from: last, to: last + 1, head: last };
  }
  if (!isNounish(tok) && !QUANT.has(tok.norm)) return null;
  // A day or a time is no subject: "published Wednesday said".
  if (TIME.has(tok.norm)) return null;
  let head = last;
  let k = last;
  while (k - 1 >= lo && last - k < 12) {
    const p = t[k - 1];
    if (p.pos === 'ADJ' || isNounish(p)) {
      k--;
      continue;
    }
    if ((p.norm === "'s" || p.norm === "'") && k - 2 >= lo && isNounish(t[k - 2])) {
      k--;
      continue;
    }
    if ((p.norm === '-' || p.norm === '&' || p.norm === '.') && k - 2 >= lo && isNounish(t[k - 2]) && p.end === t[k].start) {
      k--;
      continue;
    }
    // "4 in 10 voters"
    if (p.norm === 'in' && t[k].pos === 'NUM' && k - 2 >= lo && t[k - 2].pos === 'NUM') {
      k -= 2;
      continue;
    }
    if (p.pos === 'DET' || POSSESSIVE.has(p.norm)) {
      k--;
      // "the director of the FBI", "a source familiar with the matter": on through the preposition
      const h = linkBefore(doc, k, lo);
      if (h >= 0) {
        k = h + 1;
        head = h;
        continue;
      }
      break;
    }
    const h = linkBefore(doc, k, lo);
    if (h >= 0) {
      k = h + 1;
      head = h;
      continue;
    }
    break;
  }
  // "more than 4 in 10"
  if (k - 2 >= lo && t[k - 1].norm === 'than' && (t[k - 2].norm === 'more' || t[k - 2].norm === 'less' || t[k - 2].norm === 'fewer')) k -= 2;
  if (t[head].pos === 'NUM' && head === last && k === last) return null;
  return { from: k, to: last + 1, head };
}

/** words before a number in a subject: "about 9 percent", "nearly eight in 10" */
const APPROX = new Set(['about', 'around', 'nearly', 'roughly', 'almost', 'over', 'under', 'some', 'just', 'only', 'fully', 'approximately']);
/** words that tie a noun to the phrase after it inside a source: "familiar with", "close to", "knowledge of" */
const TIE: Record<string, string> = { familiar: 'with', close: 'to', knowledge: 'of', briefed: 'on', near: 'to' };
/** Before the phrase that starts at token k: a preposition tying it to a noun ("spokesman for", "familiar with").
 * Returns the index of that noun (the new head), or -1. */
function linkBefore(doc: Doc, k: number, lo: number): number {
  const t = doc.tokens;
  if (k - 2 < lo) return -1;
  const p = t[k - 1];
  const q = t[k - 2];
  if (TIE[q.norm] === p.norm) {
    // "familiar with": the head is the noun before the adjective
    if (q.pos === 'NOUN' && q.norm === 'knowledge') {
      const r = k - 3 >= lo && t[k - 3].norm === 'direct' ? k - 4 : k - 3;
      return r >= lo && t[r].norm === 'with' && r - 1 >= lo && isNounish(t[r - 1]) ? r - 1 : -1;
    }
    return k - 3 >= lo && (isNounish(t[k - 3]) || t[k - 3].pos === 'PRON') ? k - 3 : -1;
  }
  if (NP_PREP.has(p.norm) && (q.pos === 'NOUN' || q.pos === 'PROPN')) return k - 2;
  return -1;
}

/** The noun phrase that starts at token `from`, not reaching `hi`. */
function npRight(doc: Doc, from: number, hi: number): NP | null {
  const t = doc.tokens;
  let k = from;
  if (k < hi && (t[k].pos === 'DET' || POSSESSIVE.has(t[k].norm))) k++;
  let head = -1;
  let firstHead = -1;
  let paren = -1;
  while (k < hi && k - from < 14) {
    const x = t[k];
    if (x.pos === 'ADJ' || isNounish(x) || QUANT.has(x.norm)) {
      if (x.pos !== 'ADJ' || QUANT.has(x.norm)) head = k;
      k++;
      continue;
    }
    if ((x.norm === "'s" || x.norm === "'") && head === k - 1) {
      k++;
      if (k < hi && t[k].pos === 'DET') break;
      continue;
    }
    if ((x.norm === '-' || x.norm === '&') && head === k - 1 && k + 1 < hi && isNounish(t[k + 1]) && x.end === t[k + 1].start) {
      k++;
      continue;
    }
    // "Sen. Jack Reed (D-R.I.)"
    if (x.norm === '(' && head === k - 1) {
      let c = k + 1;
      while (c < hi && c < k + 8 && t[c].norm !== ')') c++;
      if (c < hi && t[c].norm === ')') {
        k = c + 1;
        paren = k;
        continue;
      }
    }
    if (NP_PREP.has(x.norm) && head === k - 1 && k + 1 < hi) {
      if (firstHead < 0) firstHead = head;
      k++;
      if (k < hi && (t[k].pos === 'DET' || POSSESSIVE.has(t[k].norm))) k++;
      continue;
    }
    break;
  }
  if (head < 0 || TIME.has(t[head].norm)) return null;
  // end at the last noun (not a dangling preposition or adjective)
  const to = paren > head ? paren : head + 1;
  return { from, to, head: firstHead >= 0 ? firstHead : head };
}

/** Is token k a clause boundary a subject may stand after (sentence start, comma, quote, colon, dash)? */
function boundaryAt(doc: Doc, k: number, s: Sentence): boolean {
  if (k < s.tokenStart) return true;
  const n = doc.tokens[k].norm;
  return n === ',' || n === ':' || n === ';' || n === '-' || n === '(' || QUOTE.has(n);
}

/** Where the clause holding token i starts: after the last quotation mark or semicolon before it. */
function clauseStart(doc: Doc, s: Sentence, i: number): number {
  const t = doc.tokens;
  let k = i - 1;
  while (k >= s.tokenStart && !isQuote(t[k]) && t[k].norm !== ';' && t[k].norm !== ':') k--;
  k++;
  while (k < i && (t[k].pos === 'PUNCT' || isQuote(t[k]))) k++;
  // a dateline: "WASHINGTON (AP) — …"
  if (k === s.tokenStart) {
    for (let j = k + 1; j < i && j < k + 8; j++) {
      if (t[j].norm === '-' && t[j].start > t[j - 1].end && (t[j - 1].norm === ')' || t[j - 1].text === t[j - 1].text.toUpperCase())) return j + 1;
    }
  }
  return k;
}

/** The subject of the clause that starts at `lo` (an introductory phrase up to a comma is skipped), followed by a verb before `hi`. */
function clauseSubject(doc: Doc, lo: number, hi: number): NP | null {
  const t = doc.tokens;
  let k = lo;
  if (k < hi && (t[k].pos === 'ADP' || t[k].pos === 'ADV' || t[k].pos === 'SCONJ' || t[k].pos === 'VERB' || t[k].pos === 'CCONJ')) {
    while (k < hi && t[k].norm !== ',') k++;
    k++;
  }
  if (k >= hi) return null;
  let np: NP | null;
  if (t[k].pos === 'PRON' && SUBJECT_PRON.has(t[k].norm)) np = { from: k, to: k + 1, head: k };
  else np = npRight(doc, k, hi);
  if (!np) return null;
  let j = np.to;
  // "X, a former senator, endorsed …"
  if (j < hi && t[j].norm === ',') {
    let c = j + 1;
    while (c < hi && c < j + 25 && t[c].norm !== ',') c++;
    if (c < hi && t[c].norm === ',' && appositiveBetween(doc, j + 1, c)) j = c + 1;
  }
  while (j < hi && (AUX.has(t[j].norm) || BE.has(t[j].norm) || NEG.has(t[j].norm) || t[j].pos === 'ADV')) j++;
  if (j >= hi || (t[j].pos !== 'VERB' && t[j].pos !== 'AUX' && j === np.to)) return null;
  if (t[j].pos !== 'VERB' && !AUX.has(t[j - 1].norm) && !BE.has(t[j - 1].norm)) return null;
  return np;
}

/**
 * Are tokens [from, to) appositive material: noun phrases ("a former senator"), relative clauses ("who …"),
 * participle and prepositional phrases ("wearing a red cape", "in a statement released Thursday")? A
 * comma-separated segment that opens with a noun phrase and holds a verb is a clause of its own.
 */
function appositiveBetween(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  if (to - from > 30) return false;
  let segStart = from;
  let open = true;
  for (let k = from; k < to; k++) {
    const x = t[k];
    if (isQuote(x) || x.norm === ';' || x.norm === ':') return false;
    if (x.norm === ',') {
      segStart = k + 1;
      open = true;
      continue;
    }
    if (k === segStart) {
      const n = x.norm;
      open = !(RELATIVE.has(n) || x.pos === 'ADP' || x.pos === 'VERB' || x.pos === 'SCONJ' || x.pos === 'ADV');
    }
    if (open && (x.pos === 'AUX' || (x.pos === 'PRON' && SUBJECT_PRON.has(x.norm) && !RELATIVE.has(x.norm)))) return false;
    if (open && x.pos === 'VERB' && !/(ed|ing)$/.test(x.norm) && !t[k - 1].norm.endsWith('-') && t[k - 1].norm !== '-') return false;
  }
  return true;
}

/** "X, a former senator, said" / "X, who …, said" / "…, a spokeswoman, Anna White, said": the subject before the appositive that ends at the comma `comma`. */
function appositiveSubject(doc: Doc, s: Sentence, comma: number): NP | null {
  const t = doc.tokens;
  let cs = clauseStart(doc, s, comma);
  if (cs < comma && (t[cs].pos === 'CCONJ' || t[cs].norm === 'even' || t[cs].norm === 'but')) cs++;
  // the subject opens the clause
  const np = npRight(doc, cs, comma);
  if (np && np.to < comma && t[np.to].norm === ',' && appositiveBetween(doc, np.to + 1, comma)) return np;
  // the subject follows a comma inside the clause, with a one-segment appositive
  let c1 = comma - 1;
  while (c1 > cs && c1 > comma - 12 && t[c1].norm !== ',' && !isQuote(t[c1])) c1--;
  if (c1 <= cs || t[c1].norm !== ',' || !appositiveBetween(doc, c1 + 1, comma)) return null;
  const np0 = npLeft(doc, c1 - 1, cs);
  if (!np0 || !(np0.from === cs || boundaryAt(doc, np0.from - 1, s))) return null;
  // "a spokeswoman, Anna White": the name belongs to the source
  let named = true;
  for (let k = c1 + 1; k < comma && named; k++) named = t[k].pos === 'PROPN' || t[k].norm === '.';
  if (named && !t.slice(np0.from, np0.to).some((x) => x.pos === 'PROPN')) return { from: np0.from, to: comma, head: comma - 1 };
  return np0;
}

interface Found {
  source: Attribution['source'];
  /** token range of the source */
  from: number;
  to: number;
  /** token range of what was reported, where the construction fixes it (the subject of a passive) */
  content?: [number, number];
}

function found(doc: Doc, np: NP | null): Found | null {
  if (!np) return null;
  const source = sourceOf(doc, np.from, np.to, np.head);
  return source ? { source, from: np.from, to: np.to } : null;
}

/** The subject before a relative pronoun: "Barkley, who said" → "Barkley, who"; "polls that show" → "polls that". */
function relativeSource(doc: Doc, rel: number, s: Sentence): Found | null {
  const t = doc.tokens;
  let k = rel - 1;
  if (k >= s.tokenStart && t[k].norm === ',') k--;
  if (k < s.tokenStart || !isNounish(t[k])) {
    if (t[rel].norm === 'that') return null;
    return found(doc, { from: rel, to: rel + 1, head: rel });
  }
  const np = npLeft(doc, k, s.tokenStart);
  if (!np) return null;
  const f = found(doc, { from: np.from, to: rel + 1, head: np.head });
  return f;
}

const TO_LEAD_ADJ = new Set(['quick', 'eager', 'willing', 'reluctant', 'careful', 'able', 'unable', 'likely', 'unlikely', 'ready', 'happy', 'glad', 'loath', 'keen', 'prepared', 'expected', 'set', 'due', 'first', 'last']);

/**
 * The direct quotations of the text, as character spans [a0, b0, a1, b1, …]: from an opening quotation mark to
 * the mark that closes it in the same paragraph. A paragraph that opens with a quotation mark never closed is a
 * quotation running on into the next paragraph, as news style writes it; a mark left open inside a paragraph is a
 * stray one. Straight marks and two apostrophes ('') count as well as curly ones.
 */
function quoteSpans(doc: Doc): number[] {
  const text = doc.text;
  const paragraphs = doc.paragraphs;
  const spans: number[] = [];
  let p = 0;
  let open = -1;
  const re = /[“”"]|''/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (p < paragraphs.length && at >= paragraphs[p].end) {
      if (open >= 0 && open === paragraphs[p].start) spans.push(open, paragraphs[p].end);
      open = -1;
      while (p < paragraphs.length && at >= paragraphs[p].end) p++;
    }
    const x = m[0];
    if (open < 0 || x === '“') {
      if (x !== '”') open = at;
    } else {
      spans.push(open, at + x.length);
      open = -1;
    }
  }
  if (open >= 0 && p < paragraphs.length && open === paragraphs[p].start) spans.push(open, paragraphs[p].end);
  return spans;
}

/** Is the character at `pos` inside a quotation? */
function isQuoted(spans: number[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[2 * lo] <= pos;
}

/** What the stage works out once per document, when it first needs it. */
interface DocState {
  quotes: number[] | null;
}

/** Adds the attribution of the cue [cueFrom, cueTo) with its content and the outlet it went to; false when there is none. */
function pushed(doc: Doc, s: Sentence, out: Attribution[], first: number, f: Found, cueFrom: number, cueTo: number, last: number, before: boolean, object: boolean): boolean {
  const t = doc.tokens;
  for (let k = first; k < out.length; k++) if (out[k].cue.start === t[cueFrom].start) return false;
  const content = f.content ? { start: t[f.content[0]].start, end: t[f.content[1] - 1].end } : contentOf(doc, s, f, cueFrom, cueTo, last, before, object);
  if (!content) return false;
  const a: Attribution = { source: f.source, cue: span(doc, cueFrom, cueTo), content, sentence: s.index };
  const via = viaAfter(doc, cueTo, last);
  if (via && (via.start < f.source.start || via.start >= f.source.end)) a.via = via;
  out.push(a);
  return true;
}

function inSentence(doc: Doc, s: Sentence, state: DocState, out: Attribution[]): void {
  const { verbs } = loadCues();
  const t = doc.tokens;
  const first = out.length;
  /** the source of the last report verb of the sentence */
  let prior: Attribution['source'] | null = null;
  let priorCue = -1;
  /** attributions made by verbs that are not verbs of saying */
  let attitude: number[] | null = null;
  const last = s.tokenEnd - (t[s.tokenEnd - 1].pos === 'PUNCT' ? 1 : 0);

  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // one lookup a token: the stage runs on every sentence
    const verb = verbs.get(t[i].norm);
    if (verb === undefined) continue;
    const tok = t[i];
    // Inside a direct quotation the words are the speaker's, not the article's attributions.
    state.quotes ??= quoteSpans(doc);
    if (state.quotes.length && isQuoted(state.quotes, tok.start)) continue;
    // "according to X"
    if (verb.special === 'phrase') {
      const rest = verb.rest!;
      const from = i + 1 + rest.length;
      if (from >= last || rest.some((w, k) => t[i + 1 + k].norm !== w)) continue;
      let j = from;
      while (j < last && t[j].norm !== ',' && t[j].norm !== ';' && !isQuote(t[j])) j++;
      const np = npRight(doc, from, j);
      let f = np && np.to === j ? found(doc, np) : null;
      f ??= found(doc, { from, to: j, head: np ? np.head : j - 1 });
      if (!f && np) f = found(doc, np);
      if (!f) continue;
      // "X said …, according to the Times": the outlet reports X's report, and is the outermost link of its chain
      const before = out.length > first ? out[out.length - 1] : undefined;
      if (f.source.kind === 'outlet' && before && !before.via && i > s.tokenStart && t[i - 1].norm === ',' && before.source.kind !== 'outlet') {
        before.via = { start: f.source.start, end: f.source.end, text: f.source.text };
      }
      const contentEnd = i > s.tokenStart && t[i - 1].norm === ',' ? i - 1 : i;
      const contentStart = i === s.tokenStart ? j + 1 : s.tokenStart;
      const cEnd = i === s.tokenStart ? last : contentEnd;
      if (cEnd <= contentStart) continue;
      out.push({ source: f.source, cue: span(doc, i, from), content: { start: t[contentStart].start, end: t[cEnd - 1].end }, sentence: s.index });
      continue;
    }
    // Headline or lead "X: …" — a short name before a colon that opens the sentence.
    if (verb.special === 'colon') {
      if (i - s.tokenStart > 5 || i === s.tokenStart || last - i <= 3) continue;
      const np = npLeft(doc, i - 1, s.tokenStart);
      // a name (every word a proper noun, not in capitals as a dateline or a label is) or a known actor
      const name = np && t.slice(np.from, np.to).every((x) => (x.pos === 'PROPN' && /[a-z]/.test(x.text)) || x.norm === "'s" || x.norm === '.');
      if (np && np.from === s.tokenStart) {
        const f = found(doc, np);
        if (f && f.source.kind !== 'document' && (name || f.source.kind !== 'actor')) {
          out.push({ source: f.source, cue: span(doc, i, i + 1), content: { start: t[i + 1].start, end: t[last - 1].end }, sentence: s.index });
        }
      }
      continue;
    }
    const f = sourceFor(doc, s, i, verb, prior, priorCue, last);
    if (!f) continue;
    // "added 200 jobs", "found itself": such verbs report a clause, a quotation — or what a document or outlet shows
    if (verb.clause && !clauseBeside(doc, s, i, last) && f.found.source.kind !== 'document' && f.found.source.kind !== 'outlet') continue;
    // "I", "we" and "you" outside a quotation are the writer and the reader, not a source the article cites.
    if (FIRST_SECOND.has(f.found.source.text.toLowerCase())) continue;

    let cueTo = i + 1;
    if (verb.particle && t[i + 1] && verb.particle.has(t[i + 1].norm)) cueTo = i + 2;
    const n = out.length;
    if (!pushed(doc, s, out, first, f.found, i, cueTo, last, f.before, verb.object)) continue;
    prior = out[n].source;
    priorCue = i;
    if (!verb.nested) (attitude ??= []).push(n);
  }
  // A verb that is not one of saying, inside what another source of the sentence reports, is part of that
  // report: "X said voters support Y" attributes to X, not to the voters.
  if (attitude) {
    const drop = new Set<number>();
    for (const k of attitude) {
      const a = out[k];
      for (let j = first; j < out.length; j++) {
        const o = out[j];
        if (j !== k && !drop.has(j) && o.content.start <= a.source.start && a.cue.end <= o.content.end) {
          drop.add(k);
          break;
        }
      }
    }
    if (drop.size) {
      const keep = out.slice(first).filter((_, k) => !drop.has(first + k));
      out.length = first;
      out.push(...keep);
    }
  }
}

/**
 * The source of the report verb at token i, or null when the verb does not report here. `prior` is the source
 * of the last report verb before it in the sentence, which a participle or a coordinated verb shares.
 */
function sourceFor(doc: Doc, s: Sentence, i: number, verb: Verb, prior: Attribution['source'] | null, priorCue: number, last: number): { found: Found; before: boolean } | null {
  const t = doc.tokens;
  const tok = t[i];
  const next = i + 1 < s.tokenEnd ? t[i + 1] : undefined;
  const prev = i > s.tokenStart ? t[i - 1] : undefined;
  // Capitalised inside a sentence: a name ("United States"), unless the sentence is a title.
  if (i > s.tokenStart && tok.text[0] !== tok.text[0].toLowerCase() && !isTitle(doc, s)) return null;
  if (verb.particle && !(next && verb.particle.has(next.norm))) return null;
  if (verb.not && next && verb.not.has(next.norm)) return null;
  if (verb.predicate && !hasPredicate(doc, i, last, verb.predicate)) return null;
  // A noun, not a verb: "the report", "his claims", "Trump's call", "reports show".
  if (prev && (prev.pos === 'DET' && !RELATIVE.has(prev.norm) || POSSESSIVE.has(prev.norm) || prev.pos === 'ADJ' && !TO_LEAD_ADJ.has(prev.norm) && tok.pos !== 'VERB')) return null;
  // "Trump's call", "Trump's reported net worth": a possessive; after a pronoun "'s" is "has" or "is" ("he's said")
  if (prev && (prev.norm === "'s" || prev.norm === "'") && i - 2 >= s.tokenStart && isNounish(t[i - 2]) && t[i - 2].end === prev.start) return null;
  if (next && tok.pos !== 'VERB' && (next.pos === 'VERB' || next.pos === 'AUX') && !verb.ing) return null;
  // A base or -s form the tagger took for a noun ("his home state", "a while back") reports only after a
  // pronoun, an auxiliary or "to", or before "that" or a quotation ("polls show that …").
  if (verb.plain && tok.pos !== 'VERB' && !(prev && (prev.pos === 'PRON' || prev.pos === 'AUX' || prev.pos === 'PART' || NEG.has(prev.norm))) && !(next && (next.norm === 'that' || isQuote(next) || next.norm === ':'))) return null;

  // The verb group leftwards: auxiliaries, negation, adverbs, a time phrase, "to" with a catenative verb.
  let k = i - 1;
  let passive = false;
  let adverbs = 0;
  let toSeen = false;
  let auxSeen = false;
  while (k >= s.tokenStart) {
    const x = t[k];
    if (AUX.has(x.norm) || NEG.has(x.norm)) {
      if (x.norm !== 'also') auxSeen = true;
      k--;
      continue;
    }
    if (BE.has(x.norm)) {
      if (!verb.ing && !toSeen) passive = true;
      k--;
      continue;
    }
    if (x.pos === 'ADV' && !NOT_ADV.has(x.norm) && adverbs < 3 && !x.norm.startsWith('wh') && !(k === s.tokenStart && isNounish(x))) {
      adverbs++;
      k--;
      continue;
    }
    // "on Tuesday said", "last week told", "Wednesday said"
    if (TIME.has(x.norm)) {
      let j = k - 1;
      while (j >= s.tokenStart && j >= k - 2 && TIME_LEAD.has(t[j].norm)) j--;
      k = j;
      continue;
    }
    // "Rep. Hank Johnson (D-Ga.) said"
    if (x.norm === ')') {
      let j = k - 1;
      while (j >= s.tokenStart && j > k - 8 && t[j].norm !== '(') j--;
      if (j >= s.tokenStart && t[j].norm === '(') {
        k = j - 1;
        continue;
      }
    }
    // "declined to say", "went on to say", "was quick to add"
    if (x.norm === 'to' && !toSeen && !verb.ing && k - 1 >= s.tokenStart) {
      let j = k - 1;
      if (t[j].norm === 'on' && j - 1 >= s.tokenStart) j--;
      if (t[j].pos === 'VERB' || (t[j].pos === 'ADJ' && TO_LEAD_ADJ.has(t[j].norm))) {
        if (t[j].pos === 'ADJ' && !(j - 1 >= s.tokenStart && BE.has(t[j - 1].norm))) return null;
        toSeen = true;
        passive = false;
        k = j - 1;
        continue;
      }
      return null;
    }
    break;
  }
  const left = k;

  // Passive: the source is the agent ("was endorsed by X"), or there is none ("he was asked").
  const reduced = !verb.ing && next?.norm === 'by' && left >= s.tokenStart && t[left].pos === 'NOUN' && left === i - 1;
  if (passive || reduced) {
    if (next?.norm !== 'by') return null;
    const np = npRight(doc, i + 2, last);
    const f = np && found(doc, np);
    if (!f) return null;
    // what was criticized, endorsed, reported: the subject
    const cs = clauseStart(doc, s, left + 1);
    if (left + 1 > cs) f.content = [cs, left + 1];
    return { found: f, before: false };
  }

  // The sentence splitter cut after "(D-Ga.)": the subject ends the sentence before.
  if (left < s.tokenStart && tok.text[0] === tok.text[0].toLowerCase() && s.index > 0) {
    const ps = doc.sentences[s.index - 1];
    if (ps.paragraph === s.paragraph && ps.tokenEnd > ps.tokenStart) {
      let e = ps.tokenEnd - 1;
      if (t[e].norm === ')') {
        while (e > ps.tokenStart && t[e].norm !== '(') e--;
        e--;
      }
      const np = e >= ps.tokenStart ? npLeft(doc, e, ps.tokenStart) : null;
      const f = np && found(doc, np);
      if (f && t[e].pos === 'PROPN') return { found: f, before: true };
    }
  }

  // A subject right before the verb group.
  if (left >= s.tokenStart) {
    const x = t[left];
    if (RELATIVE.has(x.norm) && (x.pos === 'PRON' || x.norm === 'who' || x.norm === 'which')) {
      const f = relativeSource(doc, left, s);
      return f ? { found: f, before: true } : null;
    }
    if ((x.norm === 'this' || x.norm === 'that') && (left === s.tokenStart || boundaryAt(doc, left - 1, s))) return null;
    let np = npLeft(doc, participleSkipped(doc, left, s.tokenStart), s.tokenStart);
    // "documents reviewed by The Washington Post show": the subject is before the participle phrase
    if (np && np.from - 3 >= s.tokenStart && t[np.from - 1].norm === 'by' && t[np.from - 2].pos === 'VERB' && PARTICIPLE.test(t[np.from - 2].norm) && isNounish(t[np.from - 3])) {
      np = npLeft(doc, np.from - 3, s.tokenStart);
    }
    if (np) {
      // "about 9 percent said"
      if (np.from > s.tokenStart && t[np.from].pos === 'NUM' && APPROX.has(t[np.from - 1].norm)) np.from--;
      // a time or place phrase is no subject: "in Iowa said" is a clause boundary missed by the parser
      if (np.from > s.tokenStart && t[np.from - 1].pos === 'ADP' && !NP_PREP.has(t[np.from - 1].norm) && !CLAUSE_OPENER.has(t[np.from - 1].norm)) return null;
      // Agreement: "the report says", "polls show" — a singular noun before "show" makes it a noun ("a Twitter comment").
      if (verb.plain && !auxSeen && !toSeen && (!agrees(t[np.head], verb.base) || (verb.base && SINGULAR_DET.has(t[np.from].norm)))) return null;
      const f = found(doc, np);
      return f ? { found: f, before: true } : null;
    }
  }

  // "X, a former senator, said" / "X, who …, said"
  if (left >= s.tokenStart && t[left].norm === ',' && !verb.ing) {
    const f = found(doc, appositiveSubject(doc, s, left));
    if (f) {
      // "a senior official, who spoke on condition of anonymity, said"
      if (f.source.kind !== 'anonymous' && isAnonymous(doc, f.to, left)) f.source.kind = 'anonymous';
      return { found: f, before: true };
    }
  }
  // "“…,” said X" — the subject after the verb, right after a quotation or comma.
  const afterQuote =
    left >= s.tokenStart
      ? i === left + 1 && (t[left].norm === ',' || isQuote(t[left]) || t[left].norm === '-')
      : i === s.tokenStart && s.index > 0 && tok.text[0] === tok.norm[0] && endsWithQuote(doc, doc.sentences[s.index - 1]);
  if (verb.invert && !verb.ing && afterQuote) {
    const np = npRight(doc, i + 1, last);
    if (np && t[np.from].pos !== 'PRON') {
      const after = np.to < last ? t[np.to] : undefined;
      if (!after || after.pos === 'PUNCT' || INVERT_NEXT.has(after.norm) || TIME.has(after.norm)) {
        // "said the Kremlin spokesman, Dmitry Peskov."
        if (after?.norm === ',' && t[np.head].pos === 'NOUN') {
          let k = np.to + 1;
          while (k < last && (t[k].pos === 'PROPN' || t[k].norm === '.')) k++;
          if (k > np.to + 1 && (k >= last || t[k].norm === ',')) np.to = k;
        }
        const f = found(doc, np);
        if (f) return { found: f, before: false };
      }
    }
  }

  // A participle or a coordinated verb reports for the subject of the main clause.
  const ingLead = verb.ing && left >= s.tokenStart && ING_LEAD.has(t[left].norm);
  const coordinated = !verb.ing && left >= s.tokenStart && CLAUSE_LINK.has(t[left].norm);
  if (ingLead || coordinated) {
    // the nearest clause: after ", and", ", but" or ";" when one stands between the last report verb and this one
    let cs = clauseStart(doc, s, left);
    for (let k = left - 1; k > cs && k > priorCue; k--) {
      if (t[k].norm === ';' || (t[k].norm === ',' && CLAUSE_LINK.has(t[k + 1].norm))) {
        cs = t[k].norm === ';' ? k + 1 : k + 2;
        break;
      }
    }
    if (prior && priorCue >= cs) return { found: { source: { ...prior }, from: -1, to: -1 }, before: true };
    const f = found(doc, clauseSubject(doc, cs, left));
    return f ? { found: f, before: true } : null;
  }

  return null;
}

const SINGULAR_DET = new Set(['a', 'an', 'another', 'each', 'every', 'this', 'that']);
const PLURAL_PRON = new Set(['they', 'we', 'i', 'you', 'who', 'which', 'that', 'many', 'some', 'others', 'few', 'several', 'both', 'all', 'most', 'these', 'those']);
const SINGULAR_PRON = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'one', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody', 'each', 'either', 'neither', 'this', 'none', 'all', 'most', 'some']);
/** Can this head be the subject of a base form ("they say") or of an -s form ("he says")? Names and numbers are given the benefit. */
function agrees(head: Token, base: boolean): boolean {
  const n = head.norm;
  if (head.pos === 'PRON' || PLURAL_PRON.has(n) || SINGULAR_PRON.has(n)) return base ? PLURAL_PRON.has(n) : SINGULAR_PRON.has(n);
  if (head.pos === 'NOUN') {
    const plural = n.endsWith('s') && !n.endsWith('ss') && !n.endsWith('us') && !n.endsWith('is');
    return base ? plural || n === 'people' || n === 'police' : !plural || n === 'news';
  }
  return true;
}

const OBJECT_PRON = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'himself', 'herself', 'themselves', 'itself', 'this', 'that', 'you']);
/** "called the plan “dangerous”", "called him a liar", "called for": an object with its predicate, or a particle. */
function hasPredicate(doc: Doc, i: number, last: number, words: Set<string>): boolean {
  const t = doc.tokens;
  if (i + 1 >= last) return false;
  if (words.has(t[i + 1].norm)) return true;
  let o: number;
  if (OBJECT_PRON.has(t[i + 1].norm)) o = i + 2;
  else {
    const np = npRight(doc, i + 1, last);
    if (!np) return false;
    o = np.to;
  }
  if (o >= last) return false;
  const a = t[o];
  return a.pos === 'DET' || a.pos === 'ADJ' || a.pos === 'NOUN' || a.pos === 'PROPN' || a.pos === 'NUM' || isQuote(a) || a.norm === 'as';
}

const PARTICIPLE = /(ed|en|wn)$/;
/** "a poll released Sunday found": past a participle after the subject's noun */
function participleSkipped(doc: Doc, left: number, lo: number): number {
  const t = doc.tokens;
  const x = t[left];
  if (x.pos === 'VERB' && PARTICIPLE.test(x.norm) && left - 1 >= lo && (t[left - 1].pos === 'NOUN' || t[left - 1].pos === 'PROPN') && !loadCues().verbs.has(x.norm)) return left - 1;
  return left;
}

/** Does the sentence end with a quotation ("… ?”") — so that the next may open with "asked X"? */
function endsWithQuote(doc: Doc, s: Sentence): boolean {
  const text = doc.text.slice(Math.max(s.start, s.end - 3), s.end);
  return /["”']$/.test(text);
}

/** Is there a clause, quotation or colon beside the verb (for verbs that report only so)? */
function clauseBeside(doc: Doc, s: Sentence, i: number, last: number): boolean {
  const t = doc.tokens;
  const n = t[i + 1];
  // at the end of the sentence: after what was said ("“…,” he continued.")
  if (!n || i + 1 >= last) {
    for (let k = s.tokenStart; k < i; k++) if (t[k].norm === ',' || isQuote(t[k])) return true;
    return false;
  }
  if (n.norm === 'that' || n.norm === ':' || n.norm === ',' || isQuote(n)) return true;
  const p = t[i - 1];
  return !!p && (p.norm === ',' || isQuote(p));
}

/** A headline, or a sentence set in title case ("Trump Says Cruz Is Wrong"), where a capitalised verb is still a verb. */
function isTitle(doc: Doc, s: Sentence): boolean {
  if (s.headline) return true;
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const x = doc.tokens[i].text;
    if (x.length < 4 || !/^[A-Za-z]/.test(x)) continue;
    words++;
    if (x[0] !== x[0].toLowerCase()) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** What was reported: the clause after the verb, or, for "…, X said." at the end, the words before the source. */
function contentOf(doc: Doc, s: Sentence, f: Found, cueFrom: number, cueTo: number, last: number, before: boolean, object: boolean): Attribution['content'] | null {
  const t = doc.tokens;
  const srcFrom = f.from >= 0 ? f.from : cueFrom;
  const first = before ? Math.min(srcFrom, cueFrom) : cueFrom;
  // the words before the source, when it follows them after a comma or a quotation
  let a = s.tokenStart;
  let b = first;
  while (a < b && (t[a].pos === 'PUNCT' || isQuote(t[a]))) a++;
  while (b > a && (t[b - 1].pos === 'PUNCT' || isQuote(t[b - 1]))) b--;
  const beforeOk = b - a >= (before ? 2 : 1) && first > s.tokenStart && (boundaryAt(doc, first - 1, s));
  let c = before ? cueTo : Math.max(cueTo, f.to);
  // "told reporters (that) …": past the one told
  if (object && before && c < last) {
    if (OBJECT_PRON.has(t[c].norm)) c++;
    else {
      const np = npRight(doc, c, last);
      if (np && np.to < last && t[np.to].pos !== 'ADP') c = np.to;
    }
  }
  while (c < last && (t[c].norm === 'that' || t[c].norm === ',' || t[c].norm === ':' || isQuote(t[c]))) c++;
  let d = last;
  while (d > c && isQuote(t[d - 1])) d--;
  // words after the verb without a verb of their own ("Thursday, according to the Times") are no report
  let afterLen = d - c;
  let verbAfter = false;
  for (let k = c; k < d && !verbAfter; k++) verbAfter = (t[k].pos === 'VERB' || t[k].pos === 'AUX') && t[k].norm !== 'according';
  if (!verbAfter && beforeOk) afterLen = 0;
  // a participle or a coordinated verb ("…, adding that …") reports what follows it
  if (f.from < 0 && afterLen >= 1) return { start: t[c].start, end: t[d - 1].end };
  if (beforeOk && (afterLen <= 3 || !before)) return { start: t[a].start, end: t[b - 1].end };
  if (afterLen >= 1) return { start: t[c].start, end: t[d - 1].end };
  if (beforeOk) return { start: t[a].start, end: t[b - 1].end };
  // "Trump said." — the report is the sentence before
  const prev = doc.sentences[s.index - 1];
  if (prev && prev.paragraph === s.paragraph) return { start: prev.start, end: prev.end };
  return { start: t[cueFrom].start, end: t[cueTo - 1].end };
}

/** The outlet told in "X told The New York Times" / "X said on CNN": the outermost link of the chain. */
function viaAfter(doc: Doc, from: number, last: number): Attribution['via'] | undefined {
  const t = doc.tokens;
  let to = from;
  while (to < last && to < from + 6 && t[to].norm !== 'that' && t[to].norm !== ',' && !isQuote(t[to]) && t[to].pos !== 'VERB') to++;
  if (to === from) return undefined;
  const list = actorsInOrder(doc);
  for (let k = firstMentionFrom(list, from); k < list.length && list[k].tokenStart < to; k++) {
    const m = list[k];
    if (m.kind === 'outlet') return { start: m.start, end: m.end, text: m.text };
  }
  return undefined;
}

export function attribute(doc: Doc): Doc {
  const state: DocState = { quotes: null };
  for (const s of doc.sentences) if (s.tokenEnd > s.tokenStart) inSentence(doc, s, state, doc.attributions);
  return doc;
}

/** The display name of an attribution link: "the Times" is shown as "The New York Times". */
export function linkName(doc: Doc, span: { start: number; end: number; text: string }): string {
  const m = doc.actors.find((a) => a.start === span.start && a.end === span.end);
  if (m && m.kind === 'outlet') return m.name ?? m.text;
  return span.text;
}

export const attributionStage: Stage = {
  name: 'attribution',
  requires: ['actors', 'coref'],
  assigns: ['attributions'],
  run: attribute,
};
