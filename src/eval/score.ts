// Scoring by the rules of gold/SCHEMA.md (event matching, dates, modality, relations, timexes,
// attributions). Issue 3 extends this into the full harness; every evaluator here uses these rules.
import { principal } from '../actors/codes.js';
import type { ExtractResult } from '../result.js';
import { weekToMonth } from '../time/timex.js';

export interface GoldEvent {
  source: string;
  target: string | null;
  code: string;
  alt?: string[];
  symmetric?: boolean;
  date?: string | null;
  modality?: string;
  attributed_to?: string[];
  optional?: boolean;
  evidence?: string;
}

export interface GoldCase {
  id: string;
  text: string;
  date?: string | null;
  outlet?: string;
  title?: string;
  events?: GoldEvent[];
  relations?: { a: string; b: string; type: string }[];
  timexes?: { text: string; start: number; end: number; value: string }[];
  attributions?: { source: string | { text: string; start: number; end: number } }[];
  places?: { text: string; start: number; end: number; lat?: number | null; lon?: number | null; country?: string | null }[];
  expect_no_event?: boolean;
  pentaclass?: number;
  actors?: { source?: string[]; target?: string[]; both?: string[] };
  plover?: { event: string | null; mode?: string | null };
  main_code?: string;
  actor_codes?: { source?: string[]; target?: string[] };
  /** PETRARCH-2 GSR records coded from the system's own output: reported apart */
  silver?: boolean;
}

type PredEvent = ExtractResult['events'][number];

export interface EventMatch {
  gold: GoldEvent;
  pred: PredEvent;
}

export interface CaseEventScore {
  tp: number;
  fn: number;
  fp: number;
  matches: EventMatch[];
  missed: GoldEvent[];
  spurious: PredEvent[];
}

const root = (c: string) => c.slice(0, 2);

function codesMatch(g: GoldEvent, code: string): boolean {
  return [g.code, ...(g.alt ?? [])].some((c) => root(c) === root(code));
}

function actorsMatch(g: GoldEvent, p: PredEvent, allowSwap: boolean): boolean {
  const gs = principal(g.source);
  const gt = principal(g.target);
  const ps = principal(p.source?.code);
  const pt = principal(p.target?.code);
  if (gs === ps && gt === pt) return true;
  return allowSwap && !!g.symmetric && gs === pt && gt === ps;
}

/** One-to-one greedy matching, required gold events first (SCHEMA.md). */
export function scoreEvents(gold: GoldEvent[], preds: PredEvent[]): CaseEventScore {
  const used = new Set<number>();
  const matches: EventMatch[] = [];
  const missed: GoldEvent[] = [];
  const ordered = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)];
  for (const g of ordered) {
    const k = preds.findIndex((p, i) => !used.has(i) && codesMatch(g, p.code) && actorsMatch(g, p, true));
    if (k >= 0) {
      used.add(k);
      matches.push({ gold: g, pred: preds[k] });
    } else if (!g.optional) missed.push(g);
  }
  const spurious: PredEvent[] = [];
  preds.forEach((p, i) => {
    if (used.has(i)) return;
    // A repeat of a matched symmetric event in the other direction is ignored.
    const repeat = matches.some((m) => m.gold.symmetric && codesMatch(m.gold, p.code) && actorsMatch(m.gold, p, true));
    if (!repeat) spurious.push(p);
  });
  const required = matches.filter((m) => !m.gold.optional);
  return { tp: required.length, fn: missed.length, fp: spurious.length, matches, missed, spurious };
}

/** Date equal at the gold's precision; a gold null is matched by an event the text does not date. */
export function dateCorrect(gold: string | null | undefined, pred: PredEvent['date']): boolean {
  if (gold === undefined) return true;
  if (gold === null) return pred.basis === 'publication';
  if (pred.basis === 'publication' && gold !== pred.value.slice(0, gold.length)) return false;
  let value = pred.value;
  if (/-W\d\d$/.test(value)) {
    if (gold.length === 4) return value.slice(0, 4) === gold;
    if (gold.length === 7) return weekToMonth(value) === gold;
    return false;
  }
  if (value.length < gold.length) return false;
  value = value.slice(0, gold.length);
  return value === gold;
}

export function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreRelations(gold: GoldCase['relations'], pred: ExtractResult['relations']) {
  const g = new Set((gold ?? []).map((r) => `${r.type}:${[r.a, r.b].sort().join('~')}`));
  const p = new Set(pred.map((r) => `${r.type}:${[r.a, r.b].sort().join('~')}`));
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export function scoreTimexes(gold: NonNullable<GoldCase['timexes']>, pred: ExtractResult['timexes']) {
  const used = new Set<number>();
  let matched = 0;
  let valueOk = 0;
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (k < 0) continue;
    used.add(k);
    matched++;
    if (pred[k].value === g.value) valueOk++;
  }
  return { tp: matched, fp: pred.length - matched, fn: gold.length - matched, valueOk };
}
