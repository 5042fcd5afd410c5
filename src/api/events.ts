// Story events for the API: a filtered page, and one story with every report behind it.
import { whereClause, type StoryFilter, type StoryRow } from '../store/query.js';
import type { ApiDb } from './db.js';
import type { Span } from '../doc.js';

export type { Span };

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  /** offset of the next page, null on the last one */
  next: number | null;
}

export function listEvents(db: ApiDb, f: StoryFilter, page: { limit: number; offset: number; order: 'asc' | 'desc' }): Page<StoryRow> {
  const { sql, params } = whereClause(f);
  const dir = page.order === 'desc' ? 'DESC' : 'ASC';
  // One row past the page tells whether there is a next one, without counting the whole result.
  // Deferred join: the page's ids are found on the index first, so rows skipped by OFFSET are never read whole.
  const rows = db.all<StoryRow>(
    `SELECT s.* FROM stories s WHERE s.id IN (SELECT s.id FROM stories s ${sql} ORDER BY s.lo ${dir}, s.id ${dir} LIMIT ? OFFSET ?) ORDER BY s.lo ${dir}, s.id ${dir}`,
    ...params, page.limit + 1, page.offset,
  );
  const more = rows.length > page.limit;
  return { items: more ? rows.slice(0, page.limit) : rows, limit: page.limit, offset: page.offset, next: more ? page.offset + page.limit : null };
}


export interface Report {
  event_id: number;
  story_id: number;
  article: { id: number; outlet: string | null; date: string; title: string | null; url: string | null; copy_of: number | null };
  code: string;
  name: string | null;
  quad: number | null;
  goldstein: number | null;
  modality: string;
  rule: string;
  confidence: number | null;
  date: { value: string; precision: string; basis: string };
  source: { code: string | null; text: string | null; name: string | null; start: number | null; end: number | null } | null;
  target: { code: string | null; text: string | null; name: string | null; start: number | null; end: number | null } | null;
  trigger: { text: string | null; start: number | null; end: number | null } | null;
  place: { text: string; country: string | null; lat: number | null; lon: number | null } | null;
  /** evidence sentences: offsets into the article's text, and the words */
  evidence: (Span & { text: string })[];
  /** outermost first: "The New York Times" ← "people familiar with the matter" */
  attribution: { text: string; kind: string; code: string | null }[];
}

interface EventRow {
  id: number;
  article_id: number;
  story_id: number;
  code: string;
  name: string | null;
  quad: number | null;
  goldstein: number | null;
  modality: string;
  rule: string;
  confidence: number | null;
  date: string;
  precision: string;
  basis: string;
  src_code: string | null;
  src_text: string | null;
  src_name: string | null;
  src_start: number | null;
  src_end: number | null;
  tgt_code: string | null;
  tgt_text: string | null;
  tgt_name: string | null;
  tgt_start: number | null;
  tgt_end: number | null;
  trigger_text: string | null;
  trigger_start: number | null;
  trigger_end: number | null;
  place_text: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  outlet: string | null;
  a_date: string;
  title: string | null;
  url: string | null;
  copy_of: number | null;
}

const EVENT_COLUMNS = `e.id, e.article_id, e.story_id, e.code, e.name, e.quad, e.goldstein, e.modality, e.rule, e.confidence, e.date, e.precision, e.basis,
  e.src_code, e.src_text, e.src_name, e.src_start, e.src_end, e.tgt_code, e.tgt_text, e.tgt_name, e.tgt_start, e.tgt_end,
  e.trigger_text, e.trigger_start, e.trigger_end, e.place_text, e.place_country, e.lat, e.lon,
  a.outlet, a.date AS a_date, a.title, a.url, a.copy_of`;

/** Reports (stored events) with their evidence and attribution chains. */
export function reports(db: ApiDb, where: 'story' | 'article', id: number): Report[] {
  const col = where === 'story' ? 'e.story_id' : 'e.article_id';
  const rows = db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE ${col} = ? ORDER BY e.id`, id);
  if (!rows.length) return [];
  // Evidence and attribution rows through the events' own index (story_id or article_id), never a
  // range of event ids: a story's reports can be years of ids apart.
  const sub = `SELECT e.id FROM events e WHERE ${col} = ?`;
  const ev = new Map<number, (Span & { text: string })[]>();
  for (const r of db.all<{ event_id: number; start: number; end: number; text: string }>(
    `SELECT ev.event_id, ev.start, ev.end, substr(a.text, ev.start + 1, ev.end - ev.start) AS text
     FROM evidence ev JOIN events e ON e.id = ev.event_id JOIN articles a ON a.id = e.article_id
     WHERE ev.event_id IN (${sub}) ORDER BY ev.event_id, ev.ord`,
    id,
  )) {
    let l = ev.get(r.event_id);
    if (!l) ev.set(r.event_id, (l = []));
    l.push({ start: r.start, end: r.end, text: r.text });
  }
  const attr = new Map<number, Report['attribution']>();
  for (const r of db.all<{ event_id: number; text: string; kind: string; code: string | null }>(
    `SELECT event_id, text, kind, code FROM attributions WHERE event_id IN (${sub}) ORDER BY event_id, depth`,
    id,
  )) {
    let l = attr.get(r.event_id);
    if (!l) attr.set(r.event_id, (l = []));
    l.push({ text: r.text, kind: r.kind, code: r.code });
  }
  return rows.map((r) => ({
    event_id: r.id,
    story_id: r.story_id,
    article: { id: r.article_id, outlet: r.outlet, date: r.a_date, title: r.title, url: r.url, copy_of: r.copy_of },
    code: r.code,
    name: r.name,
    quad: r.quad,
    goldstein: r.goldstein,
    modality: r.modality,
    rule: r.rule,
    confidence: r.confidence,
    date: { value: r.date, precision: r.precision, basis: r.basis },
    source: r.src_code || r.src_text ? { code: r.src_code, text: r.src_text, name: r.src_name, start: r.src_start, end: r.src_end } : null,
    target: r.tgt_code || r.tgt_text ? { code: r.tgt_code, text: r.tgt_text, name: r.tgt_name, start: r.tgt_start, end: r.tgt_end } : null,
    trigger: r.trigger_text !== null ? { text: r.trigger_text, start: r.trigger_start, end: r.trigger_end } : null,
    place: r.place_text !== null ? { text: r.place_text, country: r.place_country, lat: r.lat, lon: r.lon } : null,
    evidence: ev.get(r.id) ?? [],
    attribution: attr.get(r.id) ?? [],
  }));
}

export interface EventDetail extends StoryRow {
  reports: Report[];
  /** every article that reported it, once each, oldest first */
  articles: Report['article'][];
}

export function eventDetail(db: ApiDb, id: number): EventDetail | null {
  const story = db.get<StoryRow>('SELECT * FROM stories WHERE id = ?', id);
  if (!story) return null;
  const reps = reports(db, 'story', id);
  const seen = new Map<number, Report['article']>();
  for (const r of reps) if (!seen.has(r.article.id)) seen.set(r.article.id, r.article);
  const articles = [...seen.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
  return { ...story, reports: reps, articles };
}
