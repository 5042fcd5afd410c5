// The event pattern lexicon (data/events/verbs.jsonl, nouns.jsonl), indexed by trigger lemma.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { loadJsonl, dataDir, checkUniqueIds } from '../lexicon/load.js';
import { VerbPattern, NounPattern } from '../lexicon/schemas.js';
import { isCameoCode } from '../cameo/codes.js';
import { LexiconError } from '../errors.js';

export interface PatternIndex {
  /** first word of the verb (lemma) → patterns; a two-word verb ("lash out") checks its second word */
  verbs: Map<string, VerbPattern[]>;
  nouns: Map<string, NounPattern[]>;
  /** every trigger word, lemma and common inflections, for the cheap sentence pre-filter */
  triggerWords: Set<string>;
}

let cached: PatternIndex | null = null;

// Patterns are read many times per sentence: split each "a|b|c" field once.
const splitCache = new Map<string, string[]>();
const split = (s: string | undefined): string[] => {
  if (!s) return [];
  let v = splitCache.get(s);
  if (!v) {
    v = s.split('|');
    splitCache.set(s, v);
  }
  return v;
};

/** Inflected forms a lemma may take in raw text, so a sentence can be skipped before lemmatising. */
function inflections(lemma: string): string[] {
  const out = [lemma, lemma + 's', lemma + 'es', lemma + 'ed', lemma + 'd', lemma + 'ing'];
  if (lemma.endsWith('e')) out.push(lemma.slice(0, -1) + 'ing', lemma.slice(0, -1) + 'ed');
  if (lemma.endsWith('y')) out.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied');
  const last = lemma[lemma.length - 1];
  if (/[bdgmnprt]/.test(last)) out.push(lemma + last + 'ed', lemma + last + 'ing');
  return out;
}

export function patternIndex(): PatternIndex {
  if (cached) return cached;
  const dir = join(dataDir(), 'events');
  const vf = join(dir, 'verbs.jsonl');
  const nf = join(dir, 'nouns.jsonl');
  const verbs = existsSync(vf) ? loadJsonl(VerbPattern, [vf]) : [];
  const nouns = existsSync(nf) ? loadJsonl(NounPattern, [nf]) : [];
  checkUniqueIds([...verbs, ...nouns]);
  const problems = [...verbs, ...nouns]
    .filter(({ entry }) => !isCameoCode(entry.code))
    .map(({ entry, file, line }) => `${file}:${line}: code ${entry.code} is not a CAMEO code`);
  if (problems.length) throw new LexiconError(problems);

  const index: PatternIndex = { verbs: new Map(), nouns: new Map(), triggerWords: new Set() };
  for (const { entry } of verbs) {
    for (const v of split(entry.verb)) {
      const head = v.split(' ')[0];
      if (!index.verbs.has(head)) index.verbs.set(head, []);
      index.verbs.get(head)!.push(entry);
      inflections(head).forEach((w) => index.triggerWords.add(w));
    }
  }
  for (const { entry } of nouns) {
    for (const n of split(entry.noun)) {
      const head = n.split(' ')[0];
      if (!index.nouns.has(head)) index.nouns.set(head, []);
      index.nouns.get(head)!.push(entry);
      inflections(head).forEach((w) => index.triggerWords.add(w));
    }
  }
  cached = index;
  return index;
}

export { split as alternatives };

const wordsCache = new Map<string, string[][]>();
/** The alternatives of a "a b|c" field, each split into its words, built once per distinct field. */
export function alternativeWords(s: string | undefined): string[][] {
  const key = s ?? '';
  let v = wordsCache.get(key);
  if (!v) {
    v = split(s).map((alt) => alt.split(' '));
    wordsCache.set(key, v);
  }
  return v;
}

const setCache = new Map<string, Set<string>>();
/** The alternatives of a "a|b|c" field as a set, built once per distinct field. */
export function alternativeSet(s: string | undefined): Set<string> {
  const key = s ?? '';
  let v = setCache.get(key);
  if (!v) {
    v = new Set(split(s));
    setCache.set(key, v);
  }
  return v;
}

/** CAMEO roots 18–20 (assault, fight, unconventional mass violence): the codes that need a victim and can be figurative. */
export const FORCE = /^(18|19|20)/;

/** Modifiers that make a war, battle or fight one of words, prices or courts ("trade war", "legal battle"). */
const FIGURATIVE = new Set(['trade', 'price', 'culture', 'currency', 'tariff', 'political', 'legal', 'bidding', 'turf', 'court', 'media',
  'flame', 'word', 'words', 'propaganda', 'class', 'budget', 'custody', 'courtroom', 'election', 'electoral', 'campaign', 'ratings']);

/** The noun at k is a figurative force noun: "trade war", "legal battle". */
export function figurative(doc: { tokens: { norm: string }[] }, k: number): boolean {
  return FIGURATIVE.has(doc.tokens[k - 1]?.norm ?? '');
}
