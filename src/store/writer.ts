// The one writer: stores an article with everything extracted from it, detects exact and near
// duplicates, and assigns each event to a story. Callers commit articles in input order (see ingest),
// in batches of one transaction each, so a store is always a prefix of what a full run makes.
import type { Statement } from 'better-sqlite3';
import type { StoredExtraction } from '../result.js';
import type { Article } from '../ingest/record.js';
import { bandKeys, similarity, toBlob, fromBlob, COPY_THRESHOLD, BANDS } from '../ingest/minhash.js';
import type { Store } from './store.js';
import { AttacheError } from '../errors.js';
import { storyKey, chooseStory, refines, mergeable, DATE_SLACK_DAYS, type StoryCandidate } from './stories.js';
import { addDays } from './dates.js';

export type AddOutcome =
  | { status: 'duplicate'; of: number; by: 'url' | 'hash' }
  | { status: 'stored'; id: number; copyOf: number | null; similarity: number | null; events: number; newStories: number };

export interface RunCounts {
  read: number;
  stored: number;
  duplicates: number;
  copies: number;
  rejected: number;
  events: number;
  stories: number;
}

export class Writer {
  private readonly s: Record<string, Statement>;
  private touched = new Set<number>();

  constructor(private readonly store: Store) {
    const db = store.db;
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      byUrl: p('SELECT id FROM articles WHERE url_key = ?'),
      byHash: p('SELECT id FROM articles WHERE hash = ?'),
      band: p('SELECT article_id FROM article_bands WHERE key = ?'),
      sig: p('SELECT id, copy_of, minhash FROM articles WHERE id = ?'),
      article: p(`INSERT INTO articles (ext_id, url, url_key, hash, outlet, date, title, text, kind, source, copy_of, similarity, minhash, n_events, run_id)
                  VALUES (@extId, @url, @urlKey, @hash, @outlet, @date, @title, @text, @kind, @source, @copyOf, @similarity, @minhash, @nEvents, @runId)`),
      fts: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      // An article's BANDS band keys in one statement (measured: 0.03–0.04 ms an article less for the
      // writer than one statement a key; the same for actor rows, with strings, was slower).
      addBands: p(`INSERT OR IGNORE INTO article_bands (key, article_id) VALUES ${Array(BANDS).fill('(?, ?)').join(', ')}`),
      actor: p('INSERT INTO actors (article_id, ord, start, end, text, code, kind) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      relation: p('INSERT INTO relations (article_id, ord, a, b, type, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      // Stories whose interval can meet the event's: lo no more than a year (the longest interval)
      // before it, and hi not ending before it (compatible() would refuse those anyway).
      findStories: p(`SELECT id, lo, hi, precision, country FROM stories
                      WHERE src = ? AND tgt = ? AND root = ? AND mclass = ? AND grain = ? AND lo BETWEEN ? AND ? AND hi >= ? ORDER BY id`),
      newStory: p(`INSERT INTO stories (src, tgt, root, mclass, grain, date, precision, lo, hi, country, place, lat, lon)
                   VALUES (@src, @tgt, @root, @mclass, @grain, @date, @precision, @lo, @hi, @country, @place, @lat, @lon)`),
      refine: p('UPDATE stories SET date = ?, precision = ?, lo = ?, hi = ? WHERE id = ?'),
      placeStory: p('UPDATE stories SET country = ?, place = ?, lat = ?, lon = ? WHERE id = ? AND country IS NULL'),
      event: p(`INSERT INTO events (article_id, ord, story_id, src, tgt, swapped, ext_id, code, name, root, quad, pentaclass, goldstein, plover_event, plover_mode,
                  modality, src_code, src_text, src_name, src_start, src_end, tgt_code, tgt_text, tgt_name, tgt_start, tgt_end,
                  date, precision, basis, lo, hi, place_text, place_country, lat, lon, trigger_text, trigger_start, trigger_end, rule, confidence, symmetric)
                VALUES (@articleId, @ord, @storyId, @src, @tgt, @swapped, @extId, @code, @name, @root, @quad, @pentaclass, @goldstein, @ploverEvent, @ploverMode,
                  @modality, @srcCode, @srcText, @srcName, @srcStart, @srcEnd, @tgtCode, @tgtText, @tgtName, @tgtStart, @tgtEnd,
                  @date, @precision, @basis, @lo, @hi, @placeText, @placeCountry, @lat, @lon, @triggerText, @triggerStart, @triggerEnd, @rule, @confidence, @symmetric)`),
      evidence: p('INSERT INTO evidence (event_id, ord, start, end) VALUES (?, ?, ?, ?)'),
      attribution: p('INSERT INTO attributions (event_id, depth, text, kind, code) VALUES (?, ?, ?, ?, ?)'),
      storyEvents: p(`SELECT e.code, e.name, e.quad, e.goldstein, e.swapped, e.src_code, coalesce(e.src_name, e.src_text) AS src_name,
                        e.tgt_code, coalesce(e.tgt_name, e.tgt_text) AS tgt_name, e.article_id, a.date AS adate, a.url,
                        coalesce(lower(trim(r.outlet)), '#' || r.id) AS origin
                      FROM events e JOIN articles a ON a.id = e.article_id JOIN articles r ON r.id = coalesce(a.copy_of, a.id)
                      WHERE e.story_id = ? ORDER BY e.id`),
      updateStory: p(`UPDATE stories SET code = @code, name = @name, quad = @quad, goldstein = @goldstein, src_code = @srcCode, src_name = @srcName,
                        tgt_code = @tgtCode, tgt_name = @tgtName, num_mentions = @mentions, num_articles = @articles, num_sources = @sources,
                        first_seen = @first, last_seen = @last, url = @url WHERE id = @id`),
      newRun: p(`INSERT INTO runs (started, args) VALUES (?, ?)`),
      updateRun: p(`UPDATE runs SET read = @read, stored = @stored, duplicates = @duplicates, copies = @copies, rejected = @rejected,
                      events = @events, stories = @stories, status = @status, finished = @finished WHERE id = @id`),
    };
  }

  /** The stored article an incoming one duplicates (same normalised URL, or same content hash), if any. */
  duplicateOf(urlKey: string | null, hash: string): { of: number; by: 'url' | 'hash' } | null {
    if (urlKey) {
      const r = this.s.byUrl.get(urlKey) as { id: number } | undefined;
      if (r) return { of: r.id, by: 'url' };
    }
    const h = this.s.byHash.get(hash) as { id: number } | undefined;
    return h ? { of: h.id, by: 'hash' } : null;
  }

  /** The earlier article this one is a near-duplicate of (its copy group's original), by MinHash. */
  private copyOf(sig: Uint32Array | null): { id: number; sim: number } | null {
    if (!sig) return null;
    const seen = new Set<number>();
    let best: { id: number; sim: number } | null = null;
    for (const key of bandKeys(sig)) {
      for (const { article_id } of this.s.band.all(key) as { article_id: number }[]) {
        if (seen.has(article_id)) continue;
        seen.add(article_id);
        const row = this.s.sig.get(article_id) as { id: number; copy_of: number | null; minhash: Buffer | null } | undefined;
        if (!row?.minhash) continue;
        const sim = similarity(sig, fromBlob(row.minhash));
        if (sim < COPY_THRESHOLD) continue;
        const root = row.copy_of ?? row.id;
        if (!best || sim > best.sim || (sim === best.sim && root < best.id)) best = { id: root, sim };
      }
    }
    return best;
  }

  /** Stores one article and its extraction. Must run inside a transaction (see `batch`). */
  add(a: Article, r: StoredExtraction, sig: Uint32Array | null, runId: number | null): AddOutcome {
    const dup = this.duplicateOf(a.urlKey, a.hash);
    if (dup) return { status: 'duplicate', ...dup };
    const copy = this.copyOf(sig);
    const info = this.s.article.run({
      extId: a.extId, url: a.url, urlKey: a.urlKey, hash: a.hash, outlet: a.outlet, date: a.date, title: a.title, text: a.text,
      kind: a.kind, source: a.where, copyOf: copy?.id ?? null, similarity: copy?.sim ?? null, minhash: sig ? toBlob(sig) : null,
      nEvents: r.events.length, runId,
    });
    const id = Number(info.lastInsertRowid);
    this.s.fts.run(id, a.title ?? '', a.text);
    if (sig) this.s.addBands.run(bandKeys(sig).flatMap((key) => [key, id]));
    r.actors.forEach((m, i) => this.s.actor.run(id, i, m.start, m.end, m.text, m.code, m.kind));
    r.relations.forEach((x, i) => this.s.relation.run(id, i, x.a, x.b, x.type, x.start, x.end));
    let newStories = 0;
    r.events.forEach((e, ord) => {
      const k = storyKey(e, a.date);
      let storyId: number | null = null;
      if (mergeable(k)) {
        const cands = this.s.findStories.all(k.src, k.tgt, k.root, k.mclass, k.grain, addDays(k.lo, -367), addDays(k.hi, 1), addDays(k.lo, -DATE_SLACK_DAYS)) as StoryCandidate[];
        const s = chooseStory(k, cands);
        if (s) {
          storyId = s.id;
          if (refines(k, s)) this.s.refine.run(e.date.value, k.precision, k.lo, k.hi, s.id);
          if (e.place?.country) this.s.placeStory.run(e.place.country, e.place.text, e.place.lat, e.place.lon, s.id);
        }
      }
      if (storyId === null) {
        storyId = Number(this.s.newStory.run({
          src: k.src, tgt: k.tgt, root: k.root, mclass: k.mclass, grain: k.grain, date: k.precision === 'day' ? k.lo : e.date.value, precision: k.precision, lo: k.lo, hi: k.hi,
          country: e.place?.country ?? null, place: e.place?.text ?? null, lat: e.place?.lat ?? null, lon: e.place?.lon ?? null,
        }).lastInsertRowid);
        newStories++;
      }
      this.touched.add(storyId);
      const eventId = Number(this.s.event.run({
        articleId: id, ord, storyId, src: k.src, tgt: k.tgt, swapped: k.swapped ? 1 : 0, extId: e.id, code: e.code, name: e.name, root: k.root,
        quad: e.quad, pentaclass: e.pentaclass, goldstein: e.goldstein, ploverEvent: e.plover?.event ?? null, ploverMode: e.plover?.mode ?? null,
        modality: e.modality, srcCode: e.source?.code ?? null, srcText: e.source?.text ?? null, srcName: e.source?.name ?? null,
        srcStart: e.source?.start ?? null, srcEnd: e.source?.end ?? null, tgtCode: e.target?.code ?? null, tgtText: e.target?.text ?? null,
        tgtName: e.target?.name ?? null, tgtStart: e.target?.start ?? null, tgtEnd: e.target?.end ?? null,
        date: e.date.value, precision: e.date.precision, basis: e.date.basis, lo: k.lo, hi: k.hi,
        placeText: e.place?.text ?? null, placeCountry: e.place?.country ?? null, lat: e.place?.lat ?? null, lon: e.place?.lon ?? null,
        triggerText: e.trigger?.text ?? null, triggerStart: e.trigger?.start ?? null, triggerEnd: e.trigger?.end ?? null,
        rule: e.rule, confidence: e.confidence, symmetric: e.symmetric ? 1 : 0,
      }).lastInsertRowid);
      e.evidence.forEach((sp, i) => this.s.evidence.run(eventId, i, sp.start, sp.end));
      e.attribution.forEach((l, i) => this.s.attribution.run(eventId, i, l.text, l.kind, l.code ?? null));
    });
    return { status: 'stored', id, copyOf: copy?.id ?? null, similarity: copy?.sim ?? null, events: r.events.length, newStories };
  }

  /** Recomputes the GDELT-style counts of every story touched since the last call: a pure function of its events. */
  finishStories(): void {
    for (const id of this.touched) {
      const rows = this.s.storyEvents.all(id) as StoryEventRow[];
      if (rows.length) this.s.updateStory.run({ id, ...aggregate(rows) });
    }
    this.touched.clear();
  }

  startRun(args: unknown): number {
    return Number(this.s.newRun.run(new Date().toISOString(), JSON.stringify(args)).lastInsertRowid);
  }

  updateRun(id: number, c: RunCounts, status: 'running' | 'done' | 'failed'): void {
    this.s.updateRun.run({ id, ...c, status, finished: status === 'running' ? null : new Date().toISOString() });
  }

  /** Runs `fn` in one write transaction and brings the touched stories up to date before it commits. */
  batch<T>(fn: () => T): T {
    try {
      return this.store.db.transaction(() => {
        const out = fn();
        this.finishStories();
        return out;
      }).immediate();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        throw new AttacheError('STORE_BUSY', `${this.store.path}: another process is writing to this store; run one ingest per store at a time`, { cause: err });
      }
      throw err;
    }
  }
}

interface StoryEventRow {
  code: string;
  name: string | null;
  quad: number | null;
  goldstein: number | null;
  swapped: number;
  src_code: string | null;
  src_name: string | null;
  tgt_code: string | null;
  tgt_name: string | null;
  article_id: number;
  adate: string;
  url: string | null;
  origin: string;
}

/** The most frequent value (ties to the first seen). */
function mode<T>(xs: T[]): T | null {
  const n = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const x of xs) {
    if (x === null || x === undefined) continue;
    const c = (n.get(x) ?? 0) + 1;
    n.set(x, c);
    if (c > bestN) {
      best = x;
      bestN = c;
    }
  }
  return best;
}

function aggregate(rows: StoryEventRow[]) {
  const code = mode(rows.map((r) => r.code))!;
  const rep = rows.find((r) => r.code === code)!;
  // In the story's orientation: a swapped (symmetric) event's target is the story's source.
  const side = (r: StoryEventRow, which: 'src' | 'tgt') => ((which === 'src') !== !!r.swapped ? { c: r.src_code, n: r.src_name } : { c: r.tgt_code, n: r.tgt_name });
  const srcCode = mode(rows.map((r) => side(r, 'src').c));
  const tgtCode = mode(rows.map((r) => side(r, 'tgt').c));
  const srcName = mode(rows.filter((r) => side(r, 'src').c === srcCode).map((r) => side(r, 'src').n));
  const tgtName = mode(rows.filter((r) => side(r, 'tgt').c === tgtCode).map((r) => side(r, 'tgt').n));
  let first = rows[0].adate;
  let last = rows[0].adate;
  let url: string | null = null;
  let urlArticle = Infinity;
  for (const r of rows) {
    if (r.adate < first) first = r.adate;
    if (r.adate > last) last = r.adate;
    if (r.url && r.article_id < urlArticle) {
      url = r.url;
      urlArticle = r.article_id;
    }
  }
  return {
    code, name: rep.name, quad: rep.quad, goldstein: rep.goldstein, srcCode, srcName, tgtCode, tgtName,
    mentions: rows.length,
    articles: new Set(rows.map((r) => r.article_id)).size,
    sources: new Set(rows.map((r) => r.origin)).size,
    first, last, url,
  };
}
