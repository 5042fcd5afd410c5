// Store-wide views: the actor network, where events happened, and overall counts.
import { createRequire } from 'node:module';
import { principal } from '../actors/codes.js';
import { storeStats } from '../store/store.js';
import { whereClause } from '../store/query.js';
import { dayRange, type ApiDb } from './db.js';
import type { Actors } from './actors.js';

type Quad = [number, number, number, number];

export interface NetworkNode {
  id: string;
  name: string;
  events: number;
  /** mean Goldstein score of its story events (−10 conflict … +10 cooperation) */
  goldstein: number | null;
}

export interface NetworkEdge {
  /** the pair in sorted order; both directions are counted together */
  source: string;
  target: string;
  events: number;
  quad: Quad;
  goldstein: number | null;
}

export function network(db: ApiDb, actors: Actors, q: { from?: string; to?: string; min?: number; nodes?: number; actor?: string }) {
  const r = dayRange(q);
  const who = q.actor ? whereClause({ actor: q.actor }) : null;
  const rows = db.all<{ a: string; b: string; n: number; q1: number; q2: number; q3: number; q4: number; g: number | null; gn: number }>(
    `SELECT min(s.src, s.tgt) AS a, max(s.src, s.tgt) AS b, count(*) AS n,
            sum(s.quad = 1) AS q1, sum(s.quad = 2) AS q2, sum(s.quad = 3) AS q3, sum(s.quad = 4) AS q4,
            sum(s.goldstein) AS g, count(s.goldstein) AS gn
     FROM stories s WHERE s.src != '' AND s.tgt != '' AND s.src != s.tgt${r.sql}${who ? ' AND ' + who.sql.slice(6) : ''}
     GROUP BY 1, 2`,
    ...r.params,
    ...(who?.params ?? []),
  );
  const min = q.min ?? 1;
  const maxNodes = q.nodes ?? 80;
  const kept = rows.filter((x) => x.n >= min);
  const deg = new Map<string, { events: number; g: number; gn: number }>();
  for (const e of kept) {
    for (const id of [e.a, e.b]) {
      const d = deg.get(id) ?? { events: 0, g: 0, gn: 0 };
      d.events += e.n;
      d.g += e.g ?? 0;
      d.gn += e.gn;
      deg.set(id, d);
    }
  }
  // the focused actor first, so it is never the one cut
  const focus = q.actor ? principal(q.actor) : null;
  const top = [...deg].sort((x, y) => +(y[0] === focus) - +(x[0] === focus) || y[1].events - x[1].events || (x[0] < y[0] ? -1 : 1)).slice(0, maxNodes);
  const ids = new Set(top.map(([id]) => id));
  const round = (x: number, k: number) => (k ? Math.round((x / k) * 100) / 100 : null);
  const nodes: NetworkNode[] = top.map(([id, d]) => ({ id, name: actors.nameOf(id) ?? id, events: d.events, goldstein: round(d.g, d.gn) }));
  const edges: NetworkEdge[] = kept
    .filter((e) => ids.has(e.a) && ids.has(e.b))
    .sort((x, y) => y.n - x.n)
    .map((e) => ({ source: e.a, target: e.b, events: e.n, quad: [e.q1, e.q2, e.q3, e.q4], goldstein: round(e.g ?? 0, e.gn) }));
  return { nodes, edges, truncated: deg.size > top.length };
}

/** ISO alpha-3 → numeric (world-atlas keys countries by ISO 3166 numeric codes). */
export function numericCodes(): Map<string, string> {
  const list = createRequire(import.meta.url)('world-countries') as { cca3: string; ccn3: string }[];
  return new Map(list.filter((c) => c.ccn3).map((c) => [c.cca3, c.ccn3]));
}

export function eventMap(db: ApiDb, codes: Map<string, string>, q: { from?: string; to?: string; actor?: string; quad?: number }) {
  const { sql, params } = whereClause({ from: q.from, to: q.to, actor: q.actor, quad: q.quad });
  const and = sql ? sql + ' AND' : 'WHERE';
  const points = db
    .all<{ place: string; country: string | null; lat: number; lon: number; n: number; q1: number; q2: number; q3: number; q4: number; g: number | null; last: string }>(
      `SELECT s.place, s.country, round(s.lat, 3) AS lat, round(s.lon, 3) AS lon, count(*) AS n,
              sum(s.quad = 1) AS q1, sum(s.quad = 2) AS q2, sum(s.quad = 3) AS q3, sum(s.quad = 4) AS q4,
              round(avg(s.goldstein), 2) AS g, max(s.lo) AS last
       FROM stories s ${and} s.lat IS NOT NULL AND s.lon IS NOT NULL
       GROUP BY 1, 2, 3, 4 ORDER BY n DESC LIMIT 2000`,
      ...params,
    )
    .map((p) => ({ place: p.place, country: p.country, lat: p.lat, lon: p.lon, events: p.n, quad: [p.q1, p.q2, p.q3, p.q4] as Quad, goldstein: p.g, last: p.last }));
  const countries = db
    .all<{ country: string; n: number; g: number | null }>(
      `SELECT s.country, count(*) AS n, round(avg(s.goldstein), 2) AS g FROM stories s ${and} s.country IS NOT NULL GROUP BY 1 ORDER BY n DESC`,
      ...params,
    )
    .map((c) => ({ country: c.country, numeric: codes.get(c.country) ?? null, events: c.n, goldstein: c.g }));
  const unplaced = db.get<{ n: number }>(`SELECT count(*) AS n FROM stories s ${and} s.country IS NULL`, ...params)!.n;
  return { points, countries, unplaced };
}

export function stats(db: ApiDb, actors: Actors) {
  const base = storeStats(db.store);
  const t = db.get<{ first: string | null; last: string | null; q1: number; q2: number; q3: number; q4: number; placed: number }>(
    `SELECT min(lo) AS first, max(hi) AS last, sum(quad = 1) AS q1, sum(quad = 2) AS q2, sum(quad = 3) AS q3, sum(quad = 4) AS q4, count(lat) AS placed FROM stories`,
  )!;
  const topActors = db
    .all<{ p: string; n: number }>(
      `SELECT p, count(*) AS n FROM (SELECT src AS p FROM stories UNION ALL SELECT tgt AS p FROM stories WHERE tgt != src) WHERE p != '' GROUP BY p ORDER BY n DESC, p LIMIT 12`,
    )
    .map((x) => ({ code: x.p, name: actors.nameOf(x.p) ?? x.p, events: x.n }));
  const topDyads = db
    .all<{ a: string; b: string; n: number }>(
      `SELECT min(src, tgt) AS a, max(src, tgt) AS b, count(*) AS n FROM stories WHERE src != '' AND tgt != '' AND src != tgt GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT 12`,
    )
    .map((x) => ({ a: x.a, b: x.b, a_name: actors.nameOf(x.a) ?? x.a, b_name: actors.nameOf(x.b) ?? x.b, events: x.n }));
  const topOutlets = db.all<{ outlet: string; articles: number }>(
    // COLLATE NOCASE, not lower(): the articles_outlet index then answers without reading the texts
    `SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE ORDER BY articles DESC, outlet LIMIT 12`,
  );
  return { ...base, first: t.first, last: t.last, quad: [t.q1 ?? 0, t.q2 ?? 0, t.q3 ?? 0, t.q4 ?? 0], placed: t.placed, topActors, topDyads, topOutlets };
}
