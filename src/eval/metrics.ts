// Per-case scoring for every metric of gold/SCHEMA.md beyond event matching (score.ts):
// pentaclass, main code, PLOVER, actor codes, actor spans, attributions, places.
import { principal } from '../actors/codes.js';
import { cameo } from '../cameo/codes.js';
import type { ExtractResult } from '../result.js';
import type { GoldCase } from './score.js';

type Pred = ExtractResult;
type PredEvent = Pred['events'][number];

/** Phoenix pentaclass of a CAMEO code (SCHEMA.md): 01–02 → 0; 03–05 → 1; 06–08 → 2; 09–13, 16 → 3; 14, 15, 17–20 → 4. */
export function pentaclassOf(code: string | undefined): number {
  if (!code) return 0;
  const r = Number(code.slice(0, 2));
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r === 16) return 3;
  return 4;
}

/** The predicted event that speaks for the case: the first whose root equals the gold's, else the first. */
export function bestForCode(events: PredEvent[], goldCode: string): PredEvent | undefined {
  return events.find((e) => e.code.slice(0, 2) === goldCode.slice(0, 2)) ?? events[0];
}

export function mainCode(gold: string, pred: Pred): { root: boolean; exact: boolean; predicted: string | null } {
  const best = bestForCode(pred.events, gold);
  if (!best) return { root: false, exact: false, predicted: null };
  return { root: best.code.slice(0, 2) === gold.slice(0, 2), exact: best.code === gold, predicted: best.code };
}

export function ploverOf(code: string): string | null {
  return cameo(code)?.plover.event ?? null;
}

export function ploverMatch(gold: string, pred: Pred): { ok: boolean; predicted: string | null } {
  const best = pred.events.find((e) => ploverOf(e.code) === gold) ?? pred.events[0];
  const predicted = best ? ploverOf(best.code) : null;
  return { ok: predicted === gold, predicted };
}

/**
 * Actor codes: a gold code counts as found when a predicted event's actor of the same role has the
 * same principal (and, separately, the same full code). Cases without any predicted event (NGEC's
 * bare noun phrases, "four Saudi men") are scored on the predicted actor mentions instead, roles aside.
 */
export function actorCodes(gold: NonNullable<GoldCase['actor_codes']>, pred: Pred): { total: number; principal: number; full: number } {
  let total = 0;
  let okP = 0;
  let okF = 0;
  for (const role of ['source', 'target'] as const) {
    const wanted = gold[role] ?? [];
    const have = pred.events.length
      ? pred.events.map((e) => e[role]?.code).filter((c): c is string => !!c)
      : pred.actors.map((a) => a.code).filter((c): c is string => !!c);
    for (const g of wanted) {
      total++;
      if (have.some((c) => principal(c) === principal(g))) okP++;
      if (have.includes(g)) okF++;
    }
  }
  return { total, principal: okP, full: okF };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function bagOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of a) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n;
}

/** Token-overlap counts of predicted source/target strings against the gold's (both = either role). */
export function actorSpans(gold: NonNullable<GoldCase['actors']>, pred: Pred): { tp: number; predicted: number; gold: number } {
  const first = pred.events[0];
  const ps = first?.source?.text ? words(first.source.text) : [];
  const pt = first?.target?.text ? words(first.target.text) : [];
  const gs = (gold.source ?? []).flatMap(words);
  const gt = (gold.target ?? []).flatMap(words);
  const gb = (gold.both ?? []).flatMap(words);
  let tp = bagOverlap(ps, [...gs, ...gb]) + bagOverlap(pt, [...gt, ...gb]);
  tp = Math.min(tp, gs.length + gt.length + gb.length);
  return { tp, predicted: ps.length + pt.length, gold: gs.length + gt.length + gb.length };
}

type Surface = string | { text: string; start: number; end: number };
const spanOf = (s: Surface, text: string): { start: number; end: number } | null => {
  if (typeof s !== 'string') return s;
  const at = text.indexOf(s);
  return at < 0 ? null : { start: at, end: at + s.length };
};

/** Attribution: a predicted attribution matches a gold one when its source overlaps the gold source. */
export function attributions(gold: NonNullable<GoldCase['attributions']>, pred: Pred, text: string): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const gs = spanOf(g.source as Surface, text);
    if (!gs) continue;
    const k = pred.attributions.findIndex((p, i) => !used.has(i) && p.source.start < gs.end && gs.start < p.source.end);
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return { tp, fp: pred.attributions.length - used.size, fn: gold.length - tp };
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Places: a gold place with coordinates is right when an overlapping predicted place lies within 161 km. */
export function places(gold: NonNullable<GoldCase['places']>, pred: Pred): { total: number; within: number; detected: number } {
  let total = 0;
  let within = 0;
  let detected = 0;
  for (const g of gold) {
    if (g.lat === null || g.lat === undefined || g.lon === null || g.lon === undefined) continue;
    total++;
    const p = pred.places.find((x) => x.start < g.end && g.start < x.end);
    if (!p) continue;
    detected++;
    if (p.lat !== null && p.lon !== null && km(g.lat, g.lon, p.lat, p.lon) <= 161) within++;
  }
  return { total, within, detected };
}
