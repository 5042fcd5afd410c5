// A store plus a cache of prepared statements: preparing costs more than running most of our
// queries, and the API asks the same few shapes over and over. One per app; no module state.
import type Database from 'better-sqlite3';
import type { Store } from '../store/store.js';

export class ApiDb {
  readonly store: Store;
  private readonly cache = new Map<string, Database.Statement>();
  constructor(store: Store) {
    this.store = store;
  }
  stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.store.db.prepare(sql);
      // Filter combinations make many shapes; keep the cache bounded.
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }
  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.stmt(sql).all(...params) as T[];
  }
  get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.stmt(sql).get(...params) as T | undefined;
  }
}

/** `AND`-joined conditions on the day range of stories aliased `s` ([lo, hi] overlaps [from, to]). */
export function dayRange(q: { from?: string; to?: string }, alias = 's'): { sql: string; params: string[] } {
  const w: string[] = [];
  const p: string[] = [];
  if (q.from) {
    w.push(`${alias}.hi >= ?`);
    p.push(q.from);
  }
  if (q.to) {
    w.push(`${alias}.lo <= ?`);
    p.push(q.to);
  }
  return { sql: w.map((x) => ` AND ${x}`).join(''), params: p };
}

/**
 * JSON answers of GET requests, kept until the store changes: PRAGMA data_version moves when another
 * connection (an ingest running beside the server) commits, and then every answer is dropped. A store
 * being served is read far more often than written, and a dashboard asks the same few questions
 * (the first page of events, a dyad's timeline) over and over. Bounded in bytes, least recently used
 * out first; an answer larger than an eighth of the budget is never kept.
 */
export class AnswerCache {
  private readonly db: ApiDb;
  private readonly maxBytes: number;
  private bytes = 0;
  private version = -1;
  private readonly answers = new Map<string, string>();
  constructor(db: ApiDb, maxBytes = 64 * 1024 * 1024) {
    this.db = db;
    this.maxBytes = maxBytes;
  }
  get(key: string, compute: () => unknown): string {
    const v = this.db.store.db.pragma('data_version', { simple: true }) as number;
    if (v !== this.version) {
      this.answers.clear();
      this.bytes = 0;
      this.version = v;
    }
    const hit = this.answers.get(key);
    if (hit !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, hit);
      return hit;
    }
    const a = JSON.stringify(compute());
    if (this.maxBytes > 0 && a.length * 2 <= this.maxBytes / 8) {
      this.answers.set(key, a);
      this.bytes += a.length * 2;
      for (const [k, old] of this.answers) {
        if (this.bytes <= this.maxBytes) break;
        this.answers.delete(k);
        this.bytes -= old.length * 2;
      }
    }
    return a;
  }
}
