// What a token range is as a source: the actor mention that stands for it, or an anonymous, document, person or
// plain actor source by its words.
import type { Doc, Attribution, ActorMention, AttributionLink } from '../doc.js';
import { loadCues } from './cues.js';
import type { NP } from './noun-phrase.js';
import { isNounish, QUANT } from './words.js';

/** Is this token range (a source noun phrase) an anonymous source? */
export function isAnonymous(doc: Doc, from: number, to: number): boolean {
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
export function actorsInOrder(doc: Doc): ActorMention[] {
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
export function firstMentionFrom(list: ActorMention[], from: number): number {
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

export interface Found {
  source: Attribution['source'];
  /** token range of the source */
  from: number;
  to: number;
  /** token range of what was reported, where the construction fixes it (the subject of a passive) */
  content?: [number, number];
}

export function found(doc: Doc, np: NP | null): Found | null {
  if (!np) return null;
  const source = sourceOf(doc, np.from, np.to, np.head);
  return source ? { source, from: np.from, to: np.to } : null;
}
