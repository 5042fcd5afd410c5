// Grouping raw matches into actor phrases: modifiers, heads, possessives, of-phrases.
import type { Doc, Token } from '../doc.js';
import { type RawMatch, GAP_POS, has, refOf, unknownNameAfter, alsoARegion } from './matches.js';

/** A country word used as a modifier of a following noun ("Russian ally", "U.S. imports"). */
export function isModifier(tokens: Token[], m: RawMatch): boolean {
  const next = tokens[m.end];
  return !!refOf(m, 'country') && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.sentence === tokens[m.start].sentence;
}

export function isHeadNoun(m: RawMatch): boolean {
  return has(m, 'agent') || has(m, 'person');
}

/** "Russia today said", "The Security Council on Monday": a time word after a name does not make it a modifier. */
export const TIME_WORDS = /^(today|yesterday|tonight|tomorrow|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|last|next)$/;

/** Words after a body's name that name the body or a part of it ("Fatah Party", "the UNITA armed wing"). */
export const GROUP_WORDS = new Set(['party', 'wing', 'movement', 'group', 'faction', 'organization', 'organisation', 'alliance', 'coalition', 'front', 'network', 'leadership', 'bloc', 'camp', 'branch', 'cell', 'cells', 'unit', 'units', 'corps', 'regime', 'authority', 'council', 'command', 'office', 'agency', 'board', 'committee', 'delegation', 'mission', 'team']);
export function namesGroupPart(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN'); k++) {
    if (GROUP_WORDS.has(tokens[k].norm)) return true;
  }
  return false;
}

/** Sectors an international body's own people carry: its officials, lawmakers, courts, forces ("EU bank union" stays the EU). */
export const IGO_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'PKO', 'COP']);

/** "-backed", "-led": a country joined by a hyphen to a participle ("Russian-backed", "U.S.-led"). */
export const BACKED = /^(backed|led|allied|aligned|funded|sponsored|supported|trained|armed|controlled|run|owned|based|held|dominated|installed|affiliated)$/;
export function backedBy(tokens: Token[], at: number): boolean {
  const dash = tokens[at];
  const word = tokens[at + 1];
  return !!dash && !!word && dash.norm === '-' && dash.start === tokens[at - 1].end && word.start === dash.end && BACKED.test(word.norm);
}

/** A lone agent match that can modify a following name ("rebel", "militant group", "opposition"). */
export function isSectorModifier(m: RawMatch): boolean {
  return m.refs.every((r) => r.type === 'agent');
}

/** Tokens between two matches that may sit inside one noun phrase. */
export function gapIsModifiers(tokens: Token[], from: number, to: number, max = 2): boolean {
  if (to - from > max) return false;
  for (let k = from; k < to; k++) if (!GAP_POS.has(tokens[k].pos) || tokens[k].norm === 'and' || tokens[k].norm === 'or') return false;
  return true;
}

/** Groups raw matches into actor phrases (one noun phrase each). */
export function phrases(doc: Doc, raws: RawMatch[]): RawMatch[][] {
  const tokens = doc.tokens;
  const out: RawMatch[][] = [];
  let i = 0;
  while (i < raws.length) {
    const phrase = [raws[i]];
    let j = i + 1;
    while (j < raws.length) {
      const last = phrase[phrase.length - 1];
      const next = raws[j];
      const hasPerson = phrase.some((m) => has(m, 'person'));
      let attach = false;
      if (isHeadNoun(next) && !(hasPerson && has(next, 'person'))) {
        if (gapIsModifiers(tokens, last.end, next.start)) attach = true;
        // Possessive: "Venezuela's government", "Maduro's government".
        else if (tokens[last.end]?.norm === "'s" && gapIsModifiers(tokens, last.end + 1, next.start) && has(next, 'agent')) attach = true;
        // "Russian-backed separatists", "Saudi-led forces": the country that backs or leads them.
        else if (refOf(last, 'country') && backedBy(tokens, last.end) && gapIsModifiers(tokens, last.end + 2, next.start) && has(next, 'agent')) attach = true;
      } else if (phrase.length === 1 && isSectorModifier(last) && next.start === last.end && (refOf(next, 'igo') || (refOf(next, 'organisation') && refOf(next, 'organisation')!.kind !== 'outlet'))) {
        // "the rebel FDLR", "the militant group Hamas": a sector noun before a named group is part of its name phrase.
        attach = true;
      }
      if (!attach) break;
      phrase.push(next);
      j++;
    }
    out.push(phrase);
    i = j;
  }
  return mergeOfPhrases(tokens, out);
}

/**
 * "government of Venezuela", "the government of Venezuelan President Nicolás Maduro", "officials from the State Department",
 * "government of Russian ally Venezuela": an agent without a country takes the of-phrase's head.
 */
export function mergeOfPhrases(tokens: Token[], list: RawMatch[][]): RawMatch[][] {
  const out: RawMatch[][] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const end = p[p.length - 1].end;
    let k = end;
    // "King Hassan of Morocco", "President Ilves of Estonia": past a name the lexicon does not hold.
    if (p.every((m) => has(m, 'agent')) && tokens[k]?.norm !== 'of') {
      const limit = list[i + 1]?.[0].start ?? tokens.length;
      const nameEnd = unknownNameAfter(tokens, k, Math.min(limit, tokens.length));
      const of = list[i + 1];
      // "Sen. Saxby Chambliss of Georgia" is the U.S. state: a country name that also names a
      // first-level division elsewhere is not taken after a person's name.
      const ambiguous = of && of[0].start === nameEnd + 1 && alsoARegion(tokens, of[0]);
      if (nameEnd > k && !ambiguous && tokens[nameEnd]?.norm === 'of' && tokens[nameEnd].sentence === tokens[end - 1].sentence) k = nameEnd;
    }
    // "officials from the State Department", "diplomats from President Biden's administration": "from" names whose they are, as "of" does.
    if (p.every((m) => has(m, 'agent')) && (tokens[k]?.norm === 'of' || (tokens[k]?.norm === 'from' && k === end))) {
      k++;
      if (tokens[k]?.norm === 'the') k++;
      let n = i + 1;
      if (list[n] && list[n][0].start === k) {
        const weak = (q: RawMatch[]) => q.length === 1 && isModifier(tokens, q[0]);
        // Past a modifier ("Russian ally") to the head ("Venezuela").
        if (weak(list[n]) && list[n + 1] && gapIsModifiers(tokens, list[n][0].end, list[n + 1][0].start)) n++;
        if (!weak(list[n]) && !list[n].every((m) => has(m, 'agent'))) {
          out.push([...p, ...list.slice(i + 1, n + 1).flat()]);
          i = n;
          continue;
        }
      }
    }
    out.push(p);
  }
  return out;
}

