// Raw lexicon matches in a sentence: the longest valid name at each position.
import type { Doc, Token } from '../doc.js';
import { actorLexicon, lookupAt, type ActorRef, type NodeRef } from './lexicon.js';
import { lookup, nameKey } from '../place/gazetteer.js';

export interface RawMatch {
  start: number; // token index
  end: number;
  refs: ActorRef[];
}

export const UPPER = /^\p{Lu}/u;
/** Modifier words that may sit between a country and its agent ("Russian energy companies", "U.S. senior officials"). */
export const GAP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Agent words that are also third-person verbs: "Russia's invasion of Ukraine forces the United States to …". */
const VERB_LIKE = new Set(['forces', 'arms', 'guards', 'heads', 'leads', 'backs', 'rules', 'governs']);

/** A one-word agent that is the verb of its clause here: right after a proper noun and before a determiner. */
function isVerbHere(tokens: Token[], i: number, len: number): boolean {
  return len === 1 && VERB_LIKE.has(tokens[i].norm) && tokens[i - 1]?.pos === 'PROPN' && DETERMINERS.has(tokens[i + 1]?.norm ?? '');
}

export function validRefs(tokens: Token[], i: number, len: number, refs: NodeRef[]): ActorRef[] {
  const out: ActorRef[] = [];
  for (const r of refs) {
    if (r.exact) {
      if (r.exact.every((t, k) => tokens[i + k].text === t)) out.push(r.ref);
      continue;
    }
    if (r.ref.type === 'agent' || r.ref.type === 'block') {
      if (r.ref.type === 'agent' && isVerbHere(tokens, i, len)) continue;
      out.push(r.ref);
      continue;
    }
    // Proper names need a capital initial: "turkey", "chad" and "us" are not countries; and every
    // capitalised word of a longer name capitalised too: "Russia today" is not Russia Today.
    if (UPPER.test(tokens[i].text) && (!r.caps || r.caps.every((k) => UPPER.test(tokens[i + k].text)))) out.push(r.ref);
  }
  return out;
}

/** Longest valid lexicon match at each position, left to right, within one sentence. */
export function rawMatches(doc: Doc, sentence: number, blocked?: Map<number, number>): RawMatch[] {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  const norms = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.norm);
  const out: RawMatch[] = [];
  const lex = actorLexicon();
  for (let i = s.tokenStart; i < s.tokenEnd; ) {
    // Most words start no name: skip them before building the list of matches.
    if (!lex.root.next.has(norms[i - s.tokenStart])) {
      i++;
      continue;
    }
    const found = lookupAt(norms, i - s.tokenStart, lex);
    let taken = false;
    for (let k = found.length - 1; k >= 0; k--) {
      const refs = validRefs(tokens, i, found[k].len, found[k].refs);
      if (refs.length) {
        // A blocking phrase ("Latin American") consumes its tokens and names no actor.
        if (!refs.some((r) => r.type === 'block')) out.push({ start: i, end: i + found[k].len, refs });
        else if (blocked) for (let b = i; b < i + found[k].len; b++) blocked.set(b, i);
        i += found[k].len;
        taken = true;
        break;
      }
    }
    if (!taken) i++;
  }
  return out;
}

export const has = (m: RawMatch, type: ActorRef['type']) => m.refs.some((r) => r.type === type);
export const refOf = <T extends ActorRef['type']>(m: RawMatch, type: T) => m.refs.find((r) => r.type === type) as Extract<ActorRef, { type: T }> | undefined;

/** The end of a run of capitalised proper-noun tokens starting at `from` (a person's name), or `from`. */
export function unknownNameAfter(tokens: Token[], from: number, limit: number): number {
  let k = from;
  let words = 0;
  while (k < limit && words < 4 && tokens[k].pos === 'PROPN' && UPPER.test(tokens[k].text) && !/[.]$/.test(tokens[k].text.slice(1))) {
    k++;
    words++;
    // "Kassym-Jomart", "Ho-jen": a hyphen written without spaces joins two parts of one name.
    if (k + 1 < limit && tokens[k].norm === '-' && tokens[k - 1].end === tokens[k].start && tokens[k].end === tokens[k + 1].start && /^\p{L}/u.test(tokens[k + 1].text)) k += 2;
  }
  return k;
}

/** A country name that also names a region of another country ("Georgia"). */
export function alsoARegion(tokens: Token[], m: RawMatch): boolean {
  return regionElsewhere(tokens, m) !== null;
}

/** The country of a region that shares a country's name ("Georgia" → USA), or null. */
export function regionElsewhere(tokens: Token[], m: RawMatch): string | null {
  const c = refOf(m, 'country');
  if (!c || c.form !== 'noun') return null;
  const name = tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
  return lookup(nameKey(name))?.find((x) => x.entry.kind === 'region' && x.entry.country !== c.code)?.entry.country ?? null;
}
