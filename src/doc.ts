// The one document model: the untouched text and every annotation as [start, end) spans into it.
// Offsets are UTF-16 code units (JavaScript string indices), as OUTPUT.md requires.

export interface Span {
  start: number;
  end: number;
}

export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** surface form, equal to text.slice(start, end) */
  text: string;
  /** lower-cased, diacritics folded, curly quotes straightened: what lexicons match against */
  norm: string;
  pos: Upos;
  /** lemma when the sentence was selected for coding; otherwise the norm */
  lemma: string;
  /** index of the sentence the token belongs to */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  headline: boolean;
  /** token index range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** true when the sentence holds an actor and a trigger candidate and so was coded */
  candidate?: boolean;
}

export type ActorKind = 'country' | 'igo' | 'agent' | 'person' | 'organisation' | 'outlet' | 'anonymous' | 'pronoun' | 'group';

export interface ActorMention extends Span {
  id: number;
  text: string;
  /** CAMEO-style code (VENGOV, IGOUNO, RUSBUS); null when the actor is recognised but cannot be coded */
  code: string | null;
  kind: ActorKind;
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** the lexicon entry that produced the code */
  rule: string;
  /** canonical name (person or organisation name, country name) */
  name?: string;
  /** set by coreference: the mention this one refers to */
  antecedent?: number;
  /** the mention is a possessive ("Russia's") */
  possessive?: boolean;
  /** the sector of an agent phrase whose country the text does not give ("rebels": REB); output as CAMEO's "---REB" */
  sector?: string;
  /** the mention is a country adjective ("Russian") rather than a noun phrase */
  adjective?: boolean;
  /** capital city used for its government ("Moscow said") */
  metonym?: boolean;
  /** "the two countries": the mentions the group stands for */
  members?: number[];
  /** a modifier inside a longer mention ("Russian" in "government of Russian ally Venezuela"): read by relations, not by events */
  nested?: boolean;
}

type MentionFields = Omit<ActorMention, 'name' | 'antecedent' | 'possessive' | 'sector' | 'adjective' | 'metonym' | 'members' | 'nested'> & Partial<ActorMention>;

/**
 * An actor mention with every field present, in one order (absent ones undefined): mentions made by
 * different stages then share one hidden class, and the many loops over `doc.actors` stay monomorphic
 * instead of deoptimising and recompiling as new combinations of optional fields appear.
 */
export function mention(m: MentionFields): ActorMention {
  return {
    start: m.start, end: m.end, id: m.id, text: m.text, code: m.code, kind: m.kind, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd,
    sentence: m.sentence, rule: m.rule, name: m.name, antecedent: m.antecedent, possessive: m.possessive, sector: m.sector,
    adjective: m.adjective, metonym: m.metonym, members: m.members, nested: m.nested,
  };
}

export type Modality = 'asserted' | 'negated' | 'intended' | 'hypothetical' | 'speculative';
export type DateBasis = 'stated' | 'publication' | 'inferred';
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface EventDate {
  value: string;
  precision: DatePrecision;
  basis: DateBasis;
  /** the timex that dates the event, when stated or inferred */
  timex?: number;
}

export interface Place {
  text: string;
  start: number;
  end: number;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface AttributionLink {
  text: string;
  kind: 'outlet' | 'anonymous' | 'person' | 'organisation' | 'actor' | 'document';
  code?: string | null;
}

export interface EventActor {
  text: string;
  /** who the words refer to, when they are a pronoun or a short form ("he" → "Nicolás Maduro") */
  name?: string;
  code: string | null;
  start: number;
  end: number;
}

export interface CodedEvent {
  id: string;
  source: EventActor | null;
  target: EventActor | null;
  code: string;
  name: string;
  quad: number;
  pentaclass: number;
  goldstein: number | null;
  plover: { event: string | null; mode: string | null };
  modality: Modality;
  date: EventDate;
  place: { text: string; country: string | null; lat: number | null; lon: number | null } | null;
  attribution: AttributionLink[];
  evidence: Span[];
  trigger: Span & { text: string };
  rule: string;
  confidence: number;
  symmetric?: boolean;
  /** sentence index of the first evidence */
  sentence: number;
}

export interface Timex extends Span {
  text: string;
  value: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  precision?: DatePrecision;
  rule?: string;
}

export interface Attribution {
  source: Span & { text: string; kind: AttributionLink['kind']; code?: string | null };
  /** the outlet the source spoke to ("told The New York Times"), outermost in the chain */
  via?: Span & { text: string };
  cue: Span & { text: string };
  content: Span;
  sentence: number;
}

export interface Relation {
  a: string;
  b: string;
  type: 'ally' | 'rival' | 'member';
  start: number;
  end: number;
  rule: string;
}

export interface Diagnostic {
  stage: string;
  message: string;
  sentence?: number;
}

/** An argument of a clause frame: its head token, its phrase without clausal dependents, its conjuncts' heads. */
export interface FrameArg {
  head: number;
  tokenStart: number;
  tokenEnd: number;
  conj: number[];
}

/**
 * A predicate read off the dependency parse (src/syntax/frames.ts): who is its subject, object and
 * obliques, its voice, negation and modals, and which clause it heads or complements. Token indices
 * are the Doc's.
 */
export interface Frame {
  predicate: number;
  sentence: number;
  /** its relation to the governor: root, xcomp, ccomp, conj, advcl, acl, acl:relcl, parataxis … */
  relation: string;
  governor: number | null;
  voice: 'active' | 'passive';
  negated: boolean;
  auxiliaries: number[];
  /** modal auxiliaries, lower-cased: will, would, can, could, may, might, must, should, shall */
  modals: string[];
  tense: 'past' | 'present' | 'future' | 'nonfinite';
  subject: FrameArg | null;
  /** how the subject was found: its own nsubj, or inherited from a controller, a conjunct, a relative's antecedent … */
  subjectVia: 'nsubj' | 'control' | 'conj' | 'relative' | 'participle' | 'adverbial' | null;
  /** the "by" phrase of a passive */
  agent: FrameArg | null;
  object: FrameArg | null;
  indirectObject: FrameArg | null;
  /** obl dependents with their preposition ("with", "in", "against"; "" when none) */
  obliques: (FrameArg & { prep: string })[];
  xcomp: number | null;
  ccomp: number | null;
  /** a reporting verb with a clausal complement: "X said (that) Z", "X told Y that Z" */
  speech: boolean;
  /** the predicate of the reported clause */
  content: number | null;
}

/** The dependency parse of the sentences that were parsed: per Doc token, its head (-1 root, -2 not parsed) and relation. */
export interface Parse {
  head: Int32Array;
  deprel: string[];
  upos: string[];
}

export interface Doc {
  text: string;
  /** [start, end) of each paragraph; the first may be a headline */
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  timexes: Timex[];
  places: Place[];
  attributions: Attribution[];
  relations: Relation[];
  events: CodedEvent[];
  diagnostics: Diagnostic[];
  /** set by the syntax stage for the sentences it parsed */
  parse?: Parse;
  /** clause frames by predicate token, filled on demand (src/syntax/stage.ts frameAt) */
  frames?: Map<number, Frame>;
  /** the sentences already parsed */
  parsed?: Set<number>;
}

export interface ExtractOptions {
  /** publication date, YYYY-MM-DD; the reference for relative dates and dated roles */
  date?: string | null;
  outlet?: string | null;
  title?: string | null;
  id?: string;
  /** parse candidate sentences and code events from clause frames (default true); false uses the POS heuristics alone */
  syntax?: boolean;
}

/** What every stage receives besides the document: the reference date and the article's metadata. */
export interface Context {
  date: string;
  /** true when the caller gave no date and today's date was used */
  dateAssumed: boolean;
  outlet: string | null;
  title: string | null;
  /** whether the syntax stage parses candidate sentences */
  syntax?: boolean;
}

export function emptyDoc(text: string): Doc {
  return {
    text,
    paragraphs: [],
    sentences: [],
    tokens: [],
    actors: [],
    timexes: [],
    places: [],
    attributions: [],
    relations: [],
    events: [],
    diagnostics: [],
  };
}

/** Lower-case, fold diacritics and typographic quotes: the form lexicons are matched in. */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .toLowerCase();
}
