// The actor lexicon: every name from data/actors/*.jsonl in one token trie, built once on first use.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { principal } from './codes.js';
import { normalize } from '../doc.js';
import { loadJsonl, dataDir } from '../lexicon/load.js';
import * as S from '../lexicon/schemas.js';
import { LexiconError } from '../errors.js';

export type ActorRef =
  | { type: 'country'; code: string; name: string; form: 'noun' | 'adjective' | 'capital'; rule: string }
  | { type: 'igo'; code: string; name: string; rule: string }
  | { type: 'organisation'; code: string; name: string; kind: 'organisation' | 'outlet' | 'group'; rule: string }
  | { type: 'person'; person: S.PersonEntry; rule: string }
  | { type: 'agent'; sector: string; term: string; rule: string }
  | { type: 'block'; rule: string };

export interface NodeRef {
  ref: ActorRef;
  /** caseSensitive names: the tokens the text must write exactly so */
  exact?: string[];
  /** proper names: offsets (past the first) of the name's capitalised words, which the text must capitalise too ("Russia Today", not "Russia today") */
  caps?: number[];
}

interface Node {
  next: Map<string, Node>;
  refs: NodeRef[];
}

export interface ActorLexicon {
  root: Node;
  countries: Map<string, S.CountryEntry>;
}

/** Splits a lexicon name the way the text stage's tokenizer splits running text. */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.trim().split(/\s+/)) {
    let w = raw;
    const tail: string[] = [];
    const poss = /^(.+?)(['’]s)$/.exec(w);
    if (poss) {
      w = poss[1];
      tail.unshift(poss[2]);
    }
    // A trailing comma or bracket is its own token; a trailing period belongs to abbreviations ("U.S.").
    while (/[,;:()"]$/.test(w) && w.length > 1) {
      tail.unshift(w.slice(-1));
      w = w.slice(0, -1);
    }
    const lead: string[] = [];
    while (/^[("]/.test(w) && w.length > 1) {
      lead.push(w[0]);
      w = w.slice(1);
    }
    out.push(...lead, w, ...tail);
  }
  return out;
}

/**
 * The token sequences a name may take in running text. The tokenizer usually splits hyphenated words
 * ("Kassym-Jomart" → Kassym - Jomart, "al-Qaeda" → al - Qaeda) but keeps some whole ("MS-13",
 * "vice-president"), and splits a plural possessive's apostrophe ("Workers' Party" → Workers ' Party):
 * a name is indexed in every such form, so either way matches.
 */
export function nameVariants(name: string): string[][] {
  const toks = nameTokens(name);
  const split: string[] = [];
  for (const t of toks) {
    if (/^[\p{L}\p{N}.]+(-[\p{L}\p{N}.]+)+$/u.test(t)) {
      t.split('-').forEach((part, k) => (k ? split.push('-', part) : split.push(part)));
    } else if (/^\p{L}+s'$/u.test(t)) {
      split.push(t.slice(0, -1), "'");
    } else split.push(t);
  }
  return split.length === toks.length && split.every((t, k) => t === toks[k]) ? [toks] : [toks, split];
}

function add(root: Node, name: string, ref: ActorRef, exact = false): void {
  for (const toks of nameVariants(name)) {
    let node = root;
    for (const t of toks) {
      const key = normalize(t);
      let n = node.next.get(key);
      if (!n) {
        n = { next: new Map(), refs: [] };
        node.next.set(key, n);
      }
      node = n;
    }
    if (exact) {
      node.refs.push({ ref, exact: toks });
      continue;
    }
    const caps: number[] = [];
    if (ref.type !== 'agent' && ref.type !== 'block') toks.forEach((t, k) => k > 0 && /^\p{Lu}/u.test(t) && caps.push(k));
    node.refs.push(caps.length ? { ref, caps } : { ref });
  }
}

let cached: ActorLexicon | null = null;

function file(rel: string): string[] {
  const f = join(dataDir(), 'actors', rel);
  return existsSync(f) ? [f] : [];
}

export function actorLexicon(): ActorLexicon {
  if (cached) return cached;
  const root: Node = { next: new Map(), refs: [] };
  const countries = new Map<string, S.CountryEntry>();
  const problems: string[] = [];
  const collect = <T>(fn: () => T): T | [] => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof LexiconError) {
        problems.push(...err.problems);
        return [];
      }
      throw err;
    }
  };
  const cs = collect(() => loadJsonl(S.CountryEntry, file('countries.jsonl')));
  const igos = collect(() => loadJsonl(S.IgoEntry, file('igos.jsonl')));
  const orgs = collect(() => loadJsonl(S.OrganisationEntry, file('organisations.jsonl')));
  const persons = collect(() => loadJsonl(S.PersonEntry, file('persons.jsonl')));
  const agents = collect(() => loadJsonl(S.AgentEntry, file('agents.jsonl')));
  const blocks = collect(() => loadJsonl(S.NotActorEntry, file('not-actors.jsonl')));
  if (problems.length) throw new LexiconError(problems);

  for (const { entry: c } of cs) {
    countries.set(c.code, c);
    const rule = `country.${c.code.toLowerCase()}`;
    for (const n of c.names) add(root, n, { type: 'country', code: c.code, name: c.name, form: 'noun', rule });
    for (const n of c.adjectives) add(root, n, { type: 'country', code: c.code, name: c.name, form: 'adjective', rule });
    for (const n of c.capitals) add(root, n, { type: 'country', code: c.code, name: c.name, form: 'capital', rule: `${rule}.capital` });
  }
  for (const { entry: g } of igos) {
    const ref: ActorRef = { type: 'igo', code: g.code, name: g.name, rule: g.id };
    const exact = new Set(g.caseSensitive);
    for (const n of g.names) add(root, n, ref, exact.has(n));
  }
  for (const { entry: o } of orgs) {
    const ref: ActorRef = { type: 'organisation', code: o.code, name: o.name, kind: o.kind, rule: o.id };
    const exact = new Set(o.caseSensitive);
    for (const n of o.names) add(root, n, ref, exact.has(n));
  }
  for (const { entry: p } of persons) {
    for (const a of p.aliases) add(root, a, { type: 'person', person: p, rule: p.id });
  }
  for (const { entry: a } of agents) {
    for (const t of a.terms) add(root, t, { type: 'agent', sector: a.sector, term: t, rule: a.id });
  }
  for (const { entry: b } of blocks) for (const n of b.names) add(root, n, { type: 'block', rule: b.id });
  cached = { root, countries };
  return cached;
}

/** Walks the trie from token i; returns every (length, refs) reached, longest last. */
export function lookupAt(norms: string[], i: number, lex: ActorLexicon = actorLexicon()): { len: number; refs: NodeRef[] }[] {
  const found: { len: number; refs: NodeRef[] }[] = [];
  let node: Node | undefined = lex.root;
  for (let j = i; j < norms.length; j++) {
    node = node.next.get(norms[j]);
    if (!node) break;
    if (node.refs.length) found.push({ len: j - i + 1, refs: node.refs });
  }
  return found;
}

/** The role of a person on a date: the first listed role covering it, else a former office holder (ELI). */
export function personCode(p: S.PersonEntry, date: string): { code: string; title: string; current: boolean } {
  const covering = p.roles.find((r) => r.from <= date && (r.to === null || date <= padEnd(r.to)));
  if (covering) return { code: covering.code, title: covering.title, current: true };
  const past = p.roles.filter((r) => r.to !== null && padEnd(r.to) < date).sort((a, b) => (a.to! < b.to! ? 1 : -1));
  if (past.length) return { code: principal(past[0].code) + 'ELI', title: `former ${past[0].title}`, current: false };
  return { code: principal(p.roles[0].code) ?? p.roles[0].code, title: '', current: false };
}

/** "2019" as an end date means the end of 2019. */
function padEnd(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-31`;
  return d;
}
