// Questions to the store, over story events (events merged across articles).
import { principal } from '../actors/codes.js';
import { UsageError } from '../errors.js';
import { isValidDate } from '../extract.js';
import type { Store } from './store.js';

export interface StoryFilter {
  /** an actor on either side: a principal (USA, IGOUNO) or a fuller code (USAGOV) */
  actor?: string;
  /** source and target, in this direction (symmetric events such as meetings match either way) */
  dyad?: [string, string];
  /** CAMEO code or code prefix (the story's most reported code) */
  code?: string;
  root?: string;
  quad?: number;
  from?: string;
  to?: string;
  /** an outlet that reported it (case-insensitive substring) */
  outlet?: string;
  /** words that a reporting article contains (full-text, diacritics folded) */
  text?: string;
  limit?: number;
}

export interface StoryRow {
  id: number;
  date: string;
  precision: string;
  lo: string;
  hi: string;
  src: string;
  tgt: string;
  src_code: string | null;
  src_name: string | null;
  tgt_code: string | null;
  tgt_name: string | null;
  code: string;
  name: string | null;
  root: string;
  quad: number | null;
  goldstein: number | null;
  mclass: string;
  place: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  first_seen: string;
  last_seen: string;
  url: string | null;
}

const CODE = /^[A-Z0-9]{3,15}$/;

function actorCode(s: string, what: string): string {
  const c = s.trim().toUpperCase();
  if (!CODE.test(c)) throw new UsageError(`${what} "${s}" is not a CAMEO actor code (e.g. USA, RUSGOV, IGOUNO)`);
  return c;
}

/** Full-text query from plain words: each word quoted, all required (no FTS syntax errors from user input). */
export function ftsQuery(words: string): string {
  const ws = words.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!ws.length) throw new UsageError(`--text "${words}" holds no words`);
  return ws.map((w) => `"${w.replace(/"/g, '')}"`).join(' ');
}

/** Validates a filter and builds its WHERE clause over `stories s`. */
export function whereClause(f: StoryFilter): { sql: string; params: unknown[] } {
  const w: string[] = [];
  const p: unknown[] = [];
  const actorSide = (code: string, side: 'src' | 'tgt' | 'any') => {
    const pr = principal(code)!;
    const full = code.length > pr.length;
    if (side === 'any') {
      w.push('(s.src = ? OR s.tgt = ?)');
      p.push(pr, pr);
      if (full) {
        w.push(`EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND (e.src_code LIKE ? || '%' OR e.tgt_code LIKE ? || '%'))`);
        p.push(code, code);
      }
    }
  };
  if (f.actor) actorSide(actorCode(f.actor, '--actor'), 'any');
  if (f.dyad) {
    const a = actorCode(f.dyad[0], '--dyad');
    const b = actorCode(f.dyad[1], '--dyad');
    const pa = principal(a)!;
    const pb = principal(b)!;
    w.push(`((s.src = ? AND s.tgt = ?) OR (s.src = ? AND s.tgt = ? AND EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND e.symmetric = 1)))`);
    p.push(pa, pb, pb, pa);
    if (a.length > pa.length) {
      w.push(`EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND (e.src_code LIKE ? || '%' OR e.tgt_code LIKE ? || '%'))`);
      p.push(a, a);
    }
    if (b.length > pb.length) {
      w.push(`EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND (e.src_code LIKE ? || '%' OR e.tgt_code LIKE ? || '%'))`);
      p.push(b, b);
    }
  }
  if (f.code !== undefined) {
    if (!/^\d{2,4}$/.test(f.code)) throw new UsageError(`--code "${f.code}" is not a CAMEO event code (2 to 4 digits, e.g. 190, 0311)`);
    w.push(`s.code LIKE ? || '%'`);
    p.push(f.code);
  }
  if (f.root !== undefined) {
    const r = /^\d{1,2}$/.test(f.root) ? f.root.padStart(2, '0') : null;
    if (!r || +r < 1 || +r > 20) throw new UsageError(`--root "${f.root}" is not a CAMEO root (01 to 20)`);
    w.push('s.root = ?');
    p.push(r);
  }
  if (f.quad !== undefined) {
    if (![1, 2, 3, 4].includes(f.quad)) throw new UsageError(`--quad must be 1, 2, 3 or 4 (verbal coop., material coop., verbal conflict, material conflict)`);
    w.push('s.quad = ?');
    p.push(f.quad);
  }
  for (const [k, v] of [['--from', f.from], ['--to', f.to]] as const) if (v !== undefined && !isValidDate(v)) throw new UsageError(`${k} "${v}" is not a valid YYYY-MM-DD date`);
  if (f.from) {
    w.push('s.hi >= ?');
    p.push(f.from);
  }
  if (f.to) {
    w.push('s.lo <= ?');
    p.push(f.to);
  }
  if (f.outlet) {
    w.push(`EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id WHERE e.story_id = s.id AND a.outlet LIKE '%' || ? || '%')`);
    p.push(f.outlet);
  }
  if (f.text !== undefined) {
    w.push(`EXISTS (SELECT 1 FROM events e WHERE e.story_id = s.id AND e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`);
    p.push(ftsQuery(f.text));
  }
  return { sql: w.length ? `WHERE ${w.join(' AND ')}` : '', params: p };
}

/** Story events matching the filter, oldest first. */
export function queryStories(store: Store, f: StoryFilter = {}): StoryRow[] {
  return [...iterateStories(store, f)];
}

export function* iterateStories(store: Store, f: StoryFilter = {}): Generator<StoryRow> {
  const { sql, params } = whereClause(f);
  const limit = f.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(f.limit))}`;
  yield* store.db.prepare(`SELECT s.* FROM stories s ${sql} ORDER BY s.lo, s.id${limit}`).iterate(...params) as Iterable<StoryRow>;
}

export interface Evidence {
  event_id: number;
  article_id: number;
  outlet: string | null;
  date: string;
  title: string | null;
  url: string | null;
  copy_of: number | null;
  code: string;
  rule: string;
  modality: string;
  /** the first evidence sentence, cut from the stored article text */
  text: string;
  start: number;
  end: number;
  attribution: { text: string; kind: string }[];
}

/** Every report of a story: which article said it, in which words, according to whom. */
export function storyEvidence(store: Store, storyId: number): Evidence[] {
  const rows = store.db
    .prepare(`SELECT e.id AS event_id, e.article_id, a.outlet, a.date, a.title, a.url, a.copy_of, e.code, e.rule, e.modality,
                ev.start, ev.end, substr(a.text, ev.start + 1, ev.end - ev.start) AS text
              FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN evidence ev ON ev.event_id = e.id AND ev.ord = 0
              WHERE e.story_id = ? ORDER BY e.id`)
    .all(storyId) as Omit<Evidence, 'attribution'>[];
  const attr = store.db.prepare('SELECT text, kind FROM attributions WHERE event_id = ? ORDER BY depth');
  return rows.map((r) => ({ ...r, text: (r.text ?? '').replace(/\s+/g, ' ').trim(), attribution: attr.all(r.event_id) as Evidence['attribution'] }));
}
