import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingest, type IngestSummary } from '../ingest/ingest.js';
import { openStore, storeStats, type Store } from './store.js';
import { queryStories, storyEvidence } from './query.js';
import { timeline } from './timeline.js';
import { exportStories, GDELT_COLUMNS } from './export.js';
import { SCHEMA_VERSION } from './schema.js';

const FIX = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');
const tmp = mkdtempSync(join(tmpdir(), 'attache-store-'));

describe('three outlets reporting two events, plus a syndicated copy and a re-sent duplicate', () => {
  let store: Store;
  let first: IngestSummary;
  beforeAll(async () => {
    const db = join(tmp, 'three.db');
    first = await ingest([join(FIX, 'three-outlets.jsonl')], { db, workers: 0 });
    store = openStore(db, { readonly: true });
  });

  it('stores each article once: the same URL (tracking parameters aside) is a duplicate', () => {
    expect(first).toMatchObject({ read: 5, stored: 4, duplicates: 1, rejected: 0, copies: 1 });
    expect(storeStats(store)).toMatchObject({ articles: 4, copies: 1 });
  });

  it('links the syndicated copy to the wire original', () => {
    const rows = store.db.prepare('SELECT ext_id, copy_of, similarity FROM articles ORDER BY id').all() as { ext_id: string; copy_of: number | null; similarity: number | null }[];
    const wire = 1;
    expect(rows.map((r) => [r.ext_id, r.copy_of])).toEqual([['wire-1', null], ['planet-1', null], ['ledger-1', null], ['gazette-1', wire]]);
    expect(rows[3].similarity).toBeGreaterThan(0.6);
  });

  it('merges the same event across articles into one story event with GDELT counts, copies counted once as a source', () => {
    const attack = queryStories(store, { dyad: ['RUS', 'UKR'], root: '19' });
    expect(attack).toHaveLength(1);
    expect(attack[0]).toMatchObject({ date: '2022-03-07', num_mentions: 4, num_articles: 4, num_sources: 3, first_seen: '2022-03-09', last_seen: '2022-03-10', code: '190' });
    expect(attack[0].url).toBe('https://wire.example/2022/03/09/kharkiv-xi?utm_source=feed');
    // A meeting is symmetric: "Xi met Putin" and "Putin held talks with Xi" are one story, found from either side.
    const meeting = queryStories(store, { dyad: ['RUS', 'CHN'], root: '04' });
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toMatchObject({ date: '2022-03-08', num_articles: 4, num_sources: 3, country: 'RUS' });
    expect(queryStories(store, { dyad: ['CHN', 'RUS'] }).map((s) => s.id)).toEqual([meeting[0].id]);
    expect(storeStats(store).stories).toBe(2);
  });

  it('keeps every report as evidence with its article, offsets, rule and attribution', () => {
    const [attack] = queryStories(store, { dyad: ['RUS', 'UKR'] });
    const ev = storyEvidence(store, attack.id);
    expect(ev.map((e) => e.outlet)).toEqual(['Wire Service', 'Daily Planet', 'Morning Ledger', 'Valley Gazette']);
    expect(ev[0]).toMatchObject({ text: 'Russian forces attacked the Ukrainian city of Kharkiv on Monday, Ukrainian officials said.', rule: 'fight.attack', attribution: [{ text: 'Ukrainian officials' }] });
    const art = store.db.prepare('SELECT text FROM articles WHERE id = ?').get(ev[1].article_id) as { text: string };
    expect(art.text.slice(ev[1].start, ev[1].end)).toMatch(/^Russia launched a missile attack/);
    expect(ev[3].copy_of).toBe(ev[0].article_id);
  });

  it('filters: actor, code, quad, dates, outlet, full text with diacritics folded', () => {
    expect(queryStories(store, { actor: 'UKR' })).toHaveLength(1);
    expect(queryStories(store, { actor: 'RUSMIL' })).toHaveLength(1);
    expect(queryStories(store, { code: '19' })).toHaveLength(1);
    expect(queryStories(store, { quad: 1 }).map((s) => s.root)).toEqual(['04']);
    expect(queryStories(store, { from: '2022-03-08' }).map((s) => s.root)).toEqual(['04']);
    expect(queryStories(store, { to: '2022-03-07' }).map((s) => s.root)).toEqual(['19']);
    expect(queryStories(store, { outlet: 'morning ledger' })).toHaveLength(2);
    expect(queryStories(store, { text: 'rubble' }).map((s) => s.root).sort()).toEqual(['04', '19']);
    expect(queryStories(store, { text: 'Krémlin' })).toHaveLength(2);
    expect(queryStories(store, { text: 'submarine' })).toHaveLength(0);
  });

  it('timeline: both directions by quad class with Goldstein sum and mean', () => {
    const t = timeline(store, 'RUS', 'UKR', { by: 'week' });
    expect(t.periods).toEqual([{ period: '2022-W10', ab: { events: 1, mentions: 4, quad: [0, 0, 0, 1], goldsteinSum: -10, goldsteinMean: -10 }, ba: { events: 0, mentions: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null } }]);
    const m = timeline(store, 'CHN', 'RUS', { by: 'day' });
    expect(m.periods.map((p) => [p.period, p.ab.events, p.ab.quad[0]])).toEqual([['2022-03-08', 1, 1]]);
  });

  it('a timeline asked again follows writes to the store, its own connection\'s and another\'s', async () => {
    const db = join(tmp, 'growing.db');
    await ingest([join(FIX, 'three-outlets.jsonl')], { db, workers: 0 });
    const reader = openStore(db, { readonly: true });
    const before = timeline(reader, 'RUS', 'UKR', { by: 'year' }).periods[0].ab.mentions;
    const writer = openStore(db);
    writer.db.prepare('UPDATE stories SET num_mentions = num_mentions + 1 WHERE src = ? AND tgt = ?').run('RUS', 'UKR');
    expect(timeline(writer, 'RUS', 'UKR', { by: 'year' }).periods[0].ab.mentions).toBe(before + 1);
    expect(timeline(reader, 'RUS', 'UKR', { by: 'year' }).periods[0].ab.mentions).toBe(before + 1);
    writer.db.prepare('UPDATE stories SET num_mentions = num_mentions + 1 WHERE src = ? AND tgt = ?').run('RUS', 'UKR');
    expect(timeline(writer, 'RUS', 'UKR', { by: 'year' }).periods[0].ab.mentions).toBe(before + 2);
    writer.close();
    reader.close();
  });

  it('exports the GDELT 2.0 event table: 61 columns in order, our values where we have them', () => {
    let out = '';
    const n = exportStories(store, 'gdelt', { dyad: ['RUS', 'UKR'] }, (s) => (out += s), { header: true });
    expect(n).toBe(1);
    const [head, row] = out.trim().split('\n').map((l) => l.split('\t'));
    expect(head).toEqual([...GDELT_COLUMNS]);
    expect(row).toHaveLength(61);
    const g = Object.fromEntries(head.map((h, i) => [h, row[i]]));
    expect(g).toMatchObject({ SQLDATE: '20220307', MonthYear: '202203', Year: '2022', Actor1Code: 'RUSMIL', Actor1CountryCode: 'RUS', Actor1Type1Code: 'MIL', Actor2Code: 'UKR', Actor2CountryCode: 'UKR',
      EventCode: '190', EventBaseCode: '190', EventRootCode: '19', QuadClass: '4', GoldsteinScale: '-10', NumMentions: '4', NumSources: '3', NumArticles: '4', AvgTone: '', DATEADDED: '20220309000000' });
  });

  it('exports PLOVER records, JSONL and CSV', () => {
    let p = '';
    exportStories(store, 'plover', { root: '19' }, (s) => (p += s));
    const rec = JSON.parse(p);
    expect(rec).toMatchObject({ event_date: '2022-03-07', event_type: 'ASSAULT', actor: { country: 'RUS' }, recipient: { country: 'UKR' }, num_sources: 3 });
    expect(rec.stories).toHaveLength(4);
    let j = '';
    expect(exportStories(store, 'jsonl', {}, (s) => (j += s))).toBe(2);
    expect(JSON.parse(j.split('\n')[0]).reports.length).toBeGreaterThan(0);
    let c = '';
    exportStories(store, 'csv', {}, (s) => (c += s));
    expect(c.split('\r\n')[0]).toMatch(/^id,date,precision,src,tgt,/);
    expect(c.trim().split('\r\n')).toHaveLength(3);
  });
});

describe('idempotency', () => {
  it('ingesting the same input again stores nothing new', async () => {
    const db = join(tmp, 'twice.db');
    const a = await ingest([join(FIX, 'three-outlets.jsonl'), join(FIX, 'feed.rss')], { db, workers: 0 });
    const b = await ingest([join(FIX, 'feed.rss'), join(FIX, 'three-outlets.jsonl')], { db, workers: 0 });
    expect(a.stored).toBe(6);
    // The re-sent wire story duplicates an article stored by the first run: it counts as known too.
    expect(b).toMatchObject({ stored: 0, known: 7, duplicates: 0, events: 0, stories: 0 });
    const s = openStore(db, { readonly: true });
    expect(storeStats(s)).toMatchObject({ articles: 6 });
    expect((s.db.prepare('SELECT count(*) AS n FROM runs').get() as { n: number }).n).toBe(2);
    s.close();
  });
});

describe('bad records', () => {
  it('are skipped, counted and written with their reason to the rejects file; the run goes on', async () => {
    const db = join(tmp, 'bad.db');
    const r = await ingest([join(FIX, 'bad-records.jsonl'), join(FIX, 'broken.html'), join(FIX, 'note.txt')], { db, workers: 0 });
    expect(r).toMatchObject({ stored: 2, rejected: 6, reasons: { 'not-json': 1, 'not-object': 1, 'no-text': 1, 'bad-date': 1, 'unparseable-html': 1, 'no-date': 1 } });
    const lines = readFileSync(r.rejectsFile!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.where.replace(FIX + '/', ''), l.reason])).toEqual([
      ['bad-records.jsonl:2', 'not-json'], ['bad-records.jsonl:3', 'no-text'], ['bad-records.jsonl:4', 'bad-date'], ['bad-records.jsonl:5', 'not-object'],
      ['broken.html', 'unparseable-html'], ['note.txt', 'no-date'],
    ]);
    expect(lines[2]).toMatchObject({ id: 'bad-date', message: 'impossible date "2021-02-30"' });
  });
});

describe('every input kind into one store, on worker threads', () => {
  it('text, HTML, RSS, Atom and JSONL together', async () => {
    const db = join(tmp, 'kinds.db');
    const r = await ingest([FIX], { db, workers: 2, date: '2023-01-01' });
    expect(r).toMatchObject({ stored: 11, copies: 1, duplicates: 1, rejected: 5 });
    const s = openStore(db, { readonly: true });
    const kinds = s.db.prepare('SELECT kind, count(*) AS n FROM articles GROUP BY kind ORDER BY kind').all();
    expect(kinds).toEqual([{ kind: 'feed', n: 3 }, { kind: 'html', n: 1 }, { kind: 'jsonl', n: 6 }, { kind: 'text', n: 1 }]);
    expect(s.db.prepare(`SELECT outlet, date FROM articles WHERE kind = 'html'`).get()).toEqual({ outlet: 'The Nairobi Courier', date: '2023-05-17' });
    expect(queryStories(s, { dyad: ['PER', 'MEX'] })).toHaveLength(1);
    s.close();
  });
});

describe('schema', () => {
  it('is versioned; a newer store or a foreign database is refused with a clear error', () => {
    const db = join(tmp, 'ver.db');
    openStore(db).close();
    const raw = new Database(db);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(db)).toThrow(expect.objectContaining({ code: 'STORE_VERSION' }));
    const other = join(tmp, 'other.db');
    const o = new Database(other);
    o.exec('CREATE TABLE t (x)');
    o.close();
    expect(() => openStore(other)).toThrow(expect.objectContaining({ code: 'STORE_INVALID' }));
    writeFileSync(join(tmp, 'junk.db'), 'not a database at all, just text');
    expect(() => openStore(join(tmp, 'junk.db'))).toThrow(expect.objectContaining({ code: 'STORE_INVALID' }));
    expect(() => openStore(join(tmp, 'missing.db'), { readonly: true })).toThrow(/no such store/);
  });
});
