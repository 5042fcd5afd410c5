// Actors for the API: search by name or code, and one actor's summary (counts, partners, recent
// events). Search runs over an index of every coded mention in the store, built on first use and
// rebuilt when the store has changed (an ingest may be adding to it while it is served).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { principal } from '../actors/codes.js';
import { dataDir } from '../lexicon/load.js';
import type { StoryRow } from '../store/query.js';
import { dayRange, type ApiDb } from './db.js';

export interface ActorHit {
  /** principal code (USA, IGOUNO): what the dyad, network and actor views key on */
  code: string;
  name: string;
  /** the most frequent ways the store's articles name it */
  names: string[];
  /** fuller codes seen under this principal (USAGOV, USAMIL) */
  codes: string[];
  mentions: number;
  /** story events with it on either side */
  events: number;
}

interface Entry extends ActorHit {
  keys: string[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Display names of country and IGO codes from attache's own lexicons. */
function lexiconNames(): Map<string, string> {
  const m = new Map<string, string>();
  for (const file of ['countries.jsonl', 'igos.jsonl']) {
    for (const line of readFileSync(join(dataDir(), 'actors', file), 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      const e = JSON.parse(line) as { code?: string; name?: string };
      if (e.code && e.name && !m.has(e.code)) m.set(e.code, e.name);
    }
  }
  return m;
}

export class Actors {
  private readonly db: ApiDb;
  private readonly ttlMs: number;
  private index: { built: number; version: number; entries: Entry[]; byCode: Map<string, Entry> } | null = null;
  private lexicon: Map<string, string> | null = null;
  constructor(db: ApiDb, opts: { ttlMs?: number } = {}) {
    this.db = db;
    this.ttlMs = opts.ttlMs ?? 60_000;
  }

  nameOf(code: string): string | null {
    this.lexicon ??= lexiconNames();
    return this.lexicon.get(code) ?? this.build().byCode.get(code)?.name ?? null;
  }

  private build() {
    // Rebuilt only when the store has changed (data_version moves on another connection's commit),
    // and then at most once a minute: a build reads every mention (about a second for 20,000 articles).
    const version = this.db.store.db.pragma('data_version', { simple: true }) as number;
    if (this.index && (this.index.version === version || Date.now() - this.index.built < this.ttlMs)) return this.index;
    this.lexicon ??= lexiconNames();
    const byCode = new Map<string, Entry & { texts: Map<string, number>; full: Map<string, number> }>();
    const entry = (p: string) => {
      let e = byCode.get(p);
      if (!e) byCode.set(p, (e = { code: p, name: p, names: [], codes: [], mentions: 0, events: 0, keys: [], texts: new Map(), full: new Map() }));
      return e;
    };
    for (const r of this.db.all<{ code: string; text: string; n: number }>('SELECT code, text, count(*) AS n FROM actors WHERE code IS NOT NULL GROUP BY code, text')) {
      const p = principal(r.code);
      if (!p) continue;
      const e = entry(p);
      e.mentions += r.n;
      e.texts.set(r.text, (e.texts.get(r.text) ?? 0) + r.n);
      e.full.set(r.code, (e.full.get(r.code) ?? 0) + r.n);
    }
    for (const r of this.db.all<{ p: string; n: number }>(
      `SELECT p, count(*) AS n FROM (SELECT src AS p FROM stories UNION ALL SELECT tgt AS p FROM stories WHERE tgt != src) WHERE p != '' GROUP BY p`,
    )) {
      entry(r.p).events += r.n;
    }
    const entries: Entry[] = [];
    for (const e of byCode.values()) {
      const texts = [...e.texts].sort((a, b) => b[1] - a[1]).map(([t]) => t);
      // names, not pronouns or "the officials": a mention with a capital letter in it
      const names = [...new Set(texts.filter((t) => /\p{Lu}/u.test(t)).map((t) => t.replace(/^the\s+/i, '')))].slice(0, 8);
      const lex = this.lexicon.get(e.code);
      const out: Entry = {
        code: e.code,
        name: lex ?? names[0] ?? e.code,
        names,
        codes: [...e.full].sort((a, b) => b[1] - a[1]).map(([c]) => c).slice(0, 12),
        mentions: e.mentions,
        events: e.events,
        keys: [...new Set([lex ?? '', ...texts].filter(Boolean).map(fold))],
      };
      entries.push(out);
    }
    entries.sort((a, b) => b.events - a.events || b.mentions - a.mentions || (a.code < b.code ? -1 : 1));
    this.index = { built: Date.now(), version, entries, byCode: new Map(entries.map((e) => [e.code, e])) };
    return this.index;
  }

  /** Best first: exact code, code prefix, a name starting with the words, a name containing them. */
  search(q: string, limit: number): ActorHit[] {
    const { entries } = this.build();
    const code = q.trim().toUpperCase();
    const words = fold(q.trim());
    const scored: [number, Entry][] = [];
    for (const e of entries) {
      let s = 0;
      if (e.code === code || e.codes.includes(code)) s = 4;
      else if (/^[A-Z0-9]+$/.test(code) && (e.code.startsWith(code) || e.codes.some((c) => c.startsWith(code)))) s = 3;
      else if (words && e.keys.some((k) => k.startsWith(words) || k.includes(' ' + words))) s = 2;
      else if (words.length >= 3 && e.keys.some((k) => k.includes(words))) s = 1;
      if (s) scored.push([s, e]);
    }
    // entries are already ordered by activity, and sort is stable
    scored.sort((a, b) => b[0] - a[0]);
    return scored.slice(0, limit).map(([, { keys: _k, ...hit }]) => hit);
  }

  summary(code: string, range: { from?: string; to?: string }) {
    const p = principal(code)!;
    const hit = this.build().byCode.get(p);
    const r = dayRange(range);
    const side = `(s.src = ? OR s.tgt = ?)`;
    const totals = this.db.get<{ events: number; as_source: number; as_target: number; q1: number; q2: number; q3: number; q4: number; goldstein: number | null; first: string | null; last: string | null; mentions: number | null }>(
      `SELECT count(*) AS events, sum(s.src = ?) AS as_source, sum(s.tgt = ? AND s.src != ?) AS as_target,
              sum(s.quad = 1) AS q1, sum(s.quad = 2) AS q2, sum(s.quad = 3) AS q3, sum(s.quad = 4) AS q4,
              round(avg(s.goldstein), 2) AS goldstein, min(s.lo) AS first, max(s.hi) AS last, sum(s.num_mentions) AS mentions
       FROM stories s WHERE ${side}${r.sql}`,
      p, p, p, p, p, ...r.params,
    )!;
    if (!hit && !totals.events) return null;
    const partners = this.db
      .all<{ code: string; events: number; q1: number; q2: number; q3: number; q4: number; goldstein: number | null }>(
        `SELECT CASE WHEN s.src = ? THEN s.tgt ELSE s.src END AS code, count(*) AS events,
                sum(s.quad = 1) AS q1, sum(s.quad = 2) AS q2, sum(s.quad = 3) AS q3, sum(s.quad = 4) AS q4, round(avg(s.goldstein), 2) AS goldstein
         FROM stories s WHERE ${side} AND s.src != '' AND s.tgt != '' AND s.src != s.tgt${r.sql}
         GROUP BY 1 ORDER BY events DESC, code LIMIT 12`,
        p, p, p, ...r.params,
      )
      .map((x) => ({ code: x.code, name: this.nameOf(x.code) ?? x.code, events: x.events, quad: [x.q1, x.q2, x.q3, x.q4], goldstein: x.goldstein }));
    const recent = this.db.all<StoryRow>(`SELECT s.* FROM stories s WHERE ${side}${r.sql} ORDER BY s.lo DESC, s.id DESC LIMIT 20`, p, p, ...r.params);
    return {
      code: p,
      name: hit?.name ?? this.nameOf(p) ?? p,
      names: hit?.names ?? [],
      codes: hit?.codes ?? [],
      mentions: hit?.mentions ?? 0,
      events: totals.events,
      as_source: totals.as_source ?? 0,
      as_target: totals.as_target ?? 0,
      quad: [totals.q1 ?? 0, totals.q2 ?? 0, totals.q3 ?? 0, totals.q4 ?? 0],
      goldstein: totals.goldstein,
      reports: totals.mentions ?? 0,
      first: totals.first,
      last: totals.last,
      partners,
      recent,
    };
  }
}
