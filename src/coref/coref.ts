// Light coreference: pronouns, "the country", "the Times", "the officials" take the code of an
// earlier mention when the text makes it clear (the nearest compatible one, a few sentences back).
import type { Doc, ActorMention, Token } from '../doc.js';
import { mention } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { coordinated } from '../events/clause.js';

const WINDOW = 3; // sentences back

const PRONOUNS: Record<string, 'person' | 'plural' | 'thing'> = {
  he: 'person', she: 'person', his: 'person', her: 'person', him: 'person',
  they: 'plural', their: 'plural', them: 'plural',
  it: 'thing', its: 'thing',
};

function isPlural(m: ActorMention, tokens: Token[]): boolean {
  const head = tokens[m.tokenEnd - 1];
  return head.norm.endsWith('s') && m.kind === 'agent';
}

/** Coded mentions before a point, nearest first, within a few sentences. Walks back rather than filtering every mention. */
function candidates(doc: Doc, before: ActorMention | { sentence: number; start: number }): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = doc.actors.length - 1; k >= 0; k--) {
    const a = doc.actors[k];
    if (a.start >= before.start) continue;
    if (before.sentence - a.sentence > WINDOW) break;
    if (a.code && !a.adjective && !a.nested) out.push(a);
  }
  return out;
}

function resolvePronoun(doc: Doc, m: ActorMention, kind: 'person' | 'plural' | 'thing'): ActorMention | undefined {
  const cands = candidates(doc, m);
  if (kind === 'person') return cands.find((a) => a.kind === 'person' || (a.kind === 'agent' && !isPlural(a, doc.tokens) && a.rule.startsWith('person.')));
  if (kind === 'plural') {
    // "Obama and Putin said they will …": "they" is the coordinated group just named.
    const group = groupEndingWith(doc, cands[0]);
    if (group) {
      m.members = group.map((a) => a.id);
      return group[0];
    }
  }
  if (kind === 'thing') return cands.find((a) => a.kind === 'country' || a.kind === 'igo' || a.kind === 'organisation');
  // "they" is a plural agent ("the officials … they"), else a state or organisation spoken of collectively.
  return cands.find((a) => isPlural(a, doc.tokens)) ?? cands.find((a) => a.kind === 'country' || a.kind === 'igo' || a.kind === 'group');
}

/** The coordinated actors ("Obama and Putin", "Russia, China and Iran") whose last member is `last`. */
function groupEndingWith(doc: Doc, last: ActorMention | undefined): ActorMention[] | undefined {
  if (!last?.code) return undefined;
  for (const a of doc.actors) {
    if (a.sentence !== last.sentence || a.tokenStart >= last.tokenStart || !a.code || a.nested || a.adjective) continue;
    const group = coordinated(doc, a, Infinity);
    if (group.length >= 2 && group[group.length - 1] === last) return group;
  }
  return undefined;
}

const COPULA_FORMS = new Set(['is', 'was', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'became', 'becomes']);
/** Predicates of a dummy "it": "it is not known whether …", "it was unclear how …", "it is time to …". */
const EXPLETIVE_PREDICATES = new Set(['known', 'unknown', 'clear', 'unclear', 'possible', 'impossible', 'likely', 'unlikely', 'important', 'necessary',
  'time', 'hard', 'difficult', 'easy', 'true', 'false', 'reported', 'said', 'believed', 'expected', 'thought', 'understood', 'feared', 'hoped',
  'estimated', 'obvious', 'evident', 'apparent', 'certain', 'uncertain', 'doubtful', 'worth', 'raining', 'essential', 'crucial', 'vital', 'too', 'not']);

/** "It is not known …" has no referent; "it is willing to withdraw" does. */
function isExpletive(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (!COPULA_FORMS.has(t[i + 1]?.norm ?? '')) return false;
  for (let k = i + 2; k < Math.min(t.length, i + 5); k++) {
    if (EXPLETIVE_PREDICATES.has(t[k].norm)) return t[k].norm !== 'not' || EXPLETIVE_PREDICATES.has(t[k + 1]?.norm ?? '');
    if (t[k].pos !== 'ADV') return false;
  }
  return false;
}

/** Adds pronoun mentions, then resolves pronouns and uncoded definite descriptions. */
export function coref(doc: Doc): Doc {
  const covered = new Set<number>();
  for (const a of doc.actors) for (let k = a.tokenStart; k < a.tokenEnd; k++) covered.add(k);
  const added: ActorMention[] = [];
  doc.tokens.forEach((t, i) => {
    if (covered.has(i) || !Object.hasOwn(PRONOUNS, t.norm) || (t.pos !== 'PRON' && t.pos !== 'DET')) return;
    // Expletive "it": "It is not known …", "it was unclear …".
    if (t.norm === 'it' && isExpletive(doc, i)) return;
    // Object "it" ("buy it") is most often a thing, not an actor: only a subject "it" is resolved.
    // "fired at it", "an attack against it": the object of a preposition of aim is the target, an actor.
    const aimed = ['at', 'against'].includes(doc.tokens[i - 1]?.norm ?? '');
    if (t.norm === 'it' && !aimed && !['VERB', 'AUX', 'ADV'].includes(doc.tokens[i + 1]?.pos ?? '')) return;
    added.push(mention({
      id: -1, start: t.start, end: t.end, text: t.text, code: null, kind: 'pronoun',
      tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, rule: 'coref.pronoun',
      possessive: ['his', 'her', 'their', 'its'].includes(t.norm),
    }));
  });
  insertMentions(doc, added);
  for (const m of doc.actors) {
    if (m.code) continue;
    let ante: ActorMention | undefined;
    if (m.kind === 'pronoun') ante = resolvePronoun(doc, m, PRONOUNS[doc.tokens[m.tokenStart].norm]);
    else if (m.kind === 'agent') ante = resolveDefinite(doc, m);
    if (ante) {
      m.code = ante.code;
      m.antecedent = ante.id;
      if (!m.name && ante.name) m.name = ante.name;
    }
  }
  resolveShortOutletNames(doc);
  resolveCountryDescriptions(doc);
  return doc;
}

/** Adds mentions in text order, keeping antecedent and member references pointing at the same mentions. */
function insertMentions(doc: Doc, added: ActorMention[]): void {
  if (!added.length) return;
  const old = doc.actors;
  const all = [...old, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  const newIndex = new Map<ActorMention, number>();
  all.forEach((a, i) => newIndex.set(a, i));
  const byOldId = (id: number | undefined) => (id === undefined ? undefined : newIndex.get(old[id]));
  for (const a of all) {
    if (a.antecedent !== undefined) a.antecedent = byOldId(a.antecedent);
    if (a.members) a.members = a.members.map((id) => byOldId(id)!).filter((x) => x !== undefined);
  }
  all.forEach((a, i) => (a.id = i));
  doc.actors = all;
}

/** "the country" → the last country named; "the two countries", "both countries" → the last two. */
function resolveCountryDescriptions(doc: Doc): void {
  const t = doc.tokens;
  const covered = new Set<number>();
  for (const a of doc.actors) for (let k = a.tokenStart; k < a.tokenEnd; k++) covered.add(k);
  const added: ActorMention[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    const det = t[i].norm;
    let len = 0;
    let want = 0;
    if (det === 'the' && t[i + 1].norm === 'country') [len, want] = [2, 1];
    else if (det === 'both' && t[i + 1].norm === 'countries') [len, want] = [2, 2];
    else if (det === 'the' && t[i + 1].norm === 'countries') [len, want] = [2, 0];
    else if (det === 'the' && t[i + 1].norm === 'two' && t[i + 2]?.norm === 'countries') [len, want] = [3, 2];
    if (!len || covered.has(i + len - 1)) continue;
    const countries: ActorMention[] = [];
    const before = candidates(doc, { sentence: t[i].sentence, start: t[i].start }).filter((a) => a.kind === 'country' && !a.metonym);
    if (want === 0) {
      // "the countries": the last list of countries ("Venezuela and fellow … allies Nicaragua and Cuba").
      const last = before[0];
      const list = last ? doc.actors.filter((a) => a.sentence === last.sentence && a.kind === 'country' && !a.adjective && !a.nested)
        .map((first) => coordinated(doc, first, Infinity)).find((g) => g.includes(last)) : undefined;
      if (!list || list.length < 2) continue;
      countries.push(...[...list].reverse());
    } else {
      for (const a of before) {
        if (countries.some((c) => c.code === a.code)) continue;
        countries.push(a);
        if (countries.length === want) break;
      }
      if (countries.length < want) continue;
    }
    want = countries.length;
    const start = t[i].start;
    const end = t[i + len - 1].end;
    added.push(mention({
      id: -1, start, end, text: doc.text.slice(start, end), code: countries[0].code, kind: want === 1 ? 'country' : 'group',
      tokenStart: i, tokenEnd: i + len, sentence: t[i].sentence, rule: 'coref.country-description', antecedent: countries[0].id,
      ...(want > 1 ? { members: countries.reverse().map((c) => c.id) } : {}),
    }));
  }
  insertMentions(doc, added);
}

/** "the officials", "the government": an earlier coded mention with the same head word. */
function resolveDefinite(doc: Doc, m: ActorMention): ActorMention | undefined {
  const tokens = doc.tokens;
  // "the officials", "the visiting officials": past a modifier or two to the article.
  let k = m.tokenStart - 1;
  while (k > m.tokenStart - 3 && tokens[k] && (tokens[k].pos === 'ADJ' || (['VERB', 'NOUN'].includes(tokens[k].pos) && /(ing|ed)$/.test(tokens[k].norm)))) k--;
  const det = tokens[k];
  if (!det || det.norm !== 'the' || det.sentence !== tokens[m.tokenStart].sentence) return undefined;
  const head = tokens[m.tokenEnd - 1].norm;
  // The antecedent's head: its last word, or the agent before its of/from-phrase ("officials from the State Department").
  const headOf = (a: ActorMention) => {
    for (let j = a.tokenStart; j < a.tokenEnd - 1; j++) if ((tokens[j + 1].norm === 'of' || tokens[j + 1].norm === 'from') && tokens[j].norm === head) return head;
    return tokens[a.tokenEnd - 1].norm;
  };
  return candidates(doc, m).find((a) => headOf(a) === head);
}

const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'daily', 'magazine', 'broadcaster', 'outlet']);

/**
 * "the Times" after "The New York Times": the outlet whose name ends with that word; "the newspaper",
 * "the paper": the outlet named last.
 */
function resolveShortOutletNames(doc: Doc): void {
  const tokens = doc.tokens;
  const outlets = doc.actors.filter((a) => a.kind === 'outlet');
  if (!outlets.length) return;
  const covered = new Uint8Array(tokens.length + 1);
  for (const a of doc.actors) for (let k = a.tokenStart; k < a.tokenEnd; k++) covered[k] = 1;
  const added: ActorMention[] = [];
  tokens.forEach((t, i) => {
    if (covered[i] || t.norm !== 'the' || !tokens[i + 1] || covered[i + 1]) return;
    const word = tokens[i + 1];
    const outletNoun = OUTLET_NOUNS.has(word.norm) && word.pos === 'NOUN';
    // Most "the"s are neither: the outlets named before are listed only for those that are.
    if (!outletNoun && !/^\p{Lu}/u.test(word.text)) return;
    const before = outlets.filter((o) => o.start < t.start).reverse();
    // "the newspaper", "the paper": the outlet named last, when one was named in the article before.
    const ante = outletNoun ? before[0] : before.find((o) => tokens[o.tokenEnd - 1].norm === word.norm && o.tokenEnd - o.tokenStart > 1);
    if (!ante) return;
    added.push(mention({
      id: -1, start: t.start, end: word.end, text: doc.text.slice(t.start, word.end), code: ante.code, kind: 'outlet',
      tokenStart: i, tokenEnd: i + 2, sentence: t.sentence, rule: 'coref.outlet-short-name', antecedent: ante.id, name: ante.name ?? ante.text,
    }));
  });
  insertMentions(doc, added);
  // The lexicon may already hold the noun as an agent ("newspaper"): it is the outlet named last.
  for (const m of doc.actors) {
    if (m.kind === 'outlet' || m.tokenEnd - m.tokenStart !== 1 || !OUTLET_NOUNS.has(tokens[m.tokenStart].norm) || tokens[m.tokenStart - 1]?.norm !== 'the') continue;
    const ante = outlets.filter((o) => o.start < m.start).pop();
    if (!ante) continue;
    Object.assign(m, { kind: 'outlet', code: ante.code, antecedent: ante.id, name: ante.name ?? ante.text, rule: 'coref.outlet-noun' });
  }
}

export const corefStage: Stage = {
  name: 'coref',
  requires: ['actors'],
  assigns: ['coref'],
  run: coref,
};
