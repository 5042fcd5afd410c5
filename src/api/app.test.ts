import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { openStore, type Store } from '../store/store.js';
import { createApp, CSP } from './app.js';
import { ROUTES } from './openapi.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'api', 'articles.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'attache-api-'));
const DB = join(tmp, 'api.db');

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  await ingest([FIXTURE], { db: DB, workers: 0, rejects: null });
  store = openStore(DB, { readonly: true });
  app = createApp({ store, webRoot: null, extractRate: { burst: 3, perMinute: 1 } });
}, 60_000);
afterAll(() => store?.close());

async function get(url: string, init?: RequestInit) {
  const r = await app.request(url, init);
  const text = await r.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the assertion below says so */
  }
  return { status: r.status, headers: r.headers, body, text };
}

function expectError(r: Awaited<ReturnType<typeof get>>, status: number, code: string) {
  expect(r.status, r.text).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/application\/json/);
  expect(r.body).toMatchObject({ error: { code, message: expect.any(String) } });
}

describe('GET /api/events', () => {
  it('pages through story events with the filters of attache query', async () => {
    const all = await get('/api/events?limit=500');
    expect(all.status).toBe(200);
    const n = all.body.items.length;
    expect(n).toBeGreaterThan(10);
    expect(all.body.next).toBeNull();
    const p1 = await get('/api/events?limit=5');
    expect(p1.body).toMatchObject({ limit: 5, offset: 0, next: 5 });
    const p2 = await get('/api/events?limit=5&offset=5');
    expect(p2.body.items.map((s: any) => s.id)).toEqual(all.body.items.slice(5, 10).map((s: any) => s.id));
    const desc = await get('/api/events?limit=500&order=desc');
    expect(desc.body.items.map((s: any) => s.id)).toEqual(all.body.items.map((s: any) => s.id).reverse());
  });

  it('filters by dyad, actor, code, root, quad, dates, outlet and words', async () => {
    const dyad = (await get('/api/events?dyad=usa,ven&limit=500')).body.items;
    expect(dyad.length).toBeGreaterThan(2);
    for (const s of dyad) expect([s.src, s.tgt]).toEqual(['USA', 'VEN']);
    for (const s of (await get('/api/events?actor=VEN')).body.items) expect([s.src, s.tgt]).toContain('VEN');
    for (const s of (await get('/api/events?root=4')).body.items) expect(s.root).toBe('04');
    for (const s of (await get('/api/events?code=163')).body.items) expect(s.code).toMatch(/^163/);
    for (const s of (await get('/api/events?quad=4')).body.items) expect(s.quad).toBe(4);
    const range = (await get('/api/events?from=2022-03-01&to=2022-03-31')).body.items;
    expect(range.length).toBeGreaterThan(0);
    for (const s of range) expect(s.hi >= '2022-03-01' && s.lo <= '2022-03-31').toBe(true);
    const planet = (await get('/api/events?outlet=planet')).body.items;
    expect(planet.length).toBeGreaterThan(0);
    const words = (await get('/api/events?text=Treasury%20sanctions')).body.items;
    expect(words.map((s: any) => s.code)).toContain('163');
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-1', 'offset'],
    ['quad=5', 'quad'],
    ['root=21', 'root'],
    ['code=19x', 'code'],
    ['from=2022-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['dyad=USA', 'dyad'],
    ['actor=U', 'actor'],
    ['order=sideways', 'order'],
    ['text=%20%2B%2B%20', 'text'],
    ['acter=USA', 'acter'],
    ['limit=1&limit=2', 'limit'],
  ])('refuses %s with 400 naming the parameter', async (qs, param) => {
    const r = await get(`/api/events?${qs}`);
    expectError(r, 400, 'BAD_REQUEST');
    expect(r.body.error.details.map((d: any) => d.param)).toContain(param);
  });
});

describe('GET /api/events/{id}', () => {
  it('gives every report with evidence spans into the article text and the attribution chain', async () => {
    const visit = (await get('/api/events?dyad=USA,VEN&code=042&limit=1')).body.items[0];
    const r = await get(`/api/events/${visit.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: visit.id, code: '042', src: 'USA', tgt: 'VEN' });
    expect(r.body.articles.length).toBe(r.body.num_articles);
    const rep = r.body.reports[0];
    expect(rep.attribution).toEqual([{ text: 'people familiar with the matter', kind: 'anonymous', code: null }]);
    const art = await get(`/api/articles/${rep.article.id}`);
    const ev = rep.evidence[0];
    expect(art.body.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.text).toMatch(/visited Caracas/);
  });

  it('404s an unknown id and 400s one that is not a number', async () => {
    expectError(await get('/api/events/99999'), 404, 'NOT_FOUND');
    expectError(await get('/api/events/abc'), 400, 'BAD_REQUEST');
    expectError(await get('/api/events/1?x=1'), 400, 'BAD_REQUEST');
  });
});

describe('GET /api/articles/{id}', () => {
  it('gives the text with spans of mentions, events, times, places and attributions', async () => {
    const r = await get('/api/articles/1');
    expect(r.status).toBe(200);
    const a = r.body;
    expect(a).toMatchObject({ id: 1, outlet: 'Morning Ledger', date: '2022-01-12', analysis: 'live' });
    const cut = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
    expect(a.mentions.map(cut)).toContain('Venezuelan President Nicolas Maduro');
    expect(a.times.map(cut)).toContain('Tuesday');
    expect(a.places.map(cut)).toContain('Caracas');
    expect(a.attributions.map((x: any) => cut(x.source))).toContain('people familiar with the matter');
    expect(a.events.length).toBeGreaterThan(0);
    for (const e of a.events) for (const s of e.evidence) expect(cut(s)).toBe(s.text);
    expectError(await get('/api/articles/0'), 400, 'BAD_REQUEST');
    expectError(await get('/api/articles/424242'), 404, 'NOT_FOUND');
  });
});

describe('actors', () => {
  it('finds an actor by name, by code and by code prefix', async () => {
    const byName = await get('/api/actors?q=venezuela');
    expect(byName.body.items[0]).toMatchObject({ code: 'VEN', name: 'Venezuela' });
    expect((await get('/api/actors?q=VEN')).body.items[0].code).toBe('VEN');
    expect((await get('/api/actors?q=vengov')).body.items[0].code).toBe('VEN');
    expect((await get('/api/actors?q=Maduro')).body.items[0].code).toBe('VEN');
    expect((await get('/api/actors?q=zzzzzz')).body.items).toEqual([]);
    expectError(await get('/api/actors'), 400, 'BAD_REQUEST');
    expectError(await get('/api/actors?q=' + 'x'.repeat(101)), 400, 'BAD_REQUEST');
  });

  it('summarises an actor: counts, top partners, recent events', async () => {
    const r = await get('/api/actors/VENGOV');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ code: 'VEN', name: 'Venezuela' });
    expect(r.body.events).toBe(r.body.quad.reduce((x: number, y: number) => x + y, 0));
    expect(r.body.partners[0]).toMatchObject({ code: 'USA', name: 'United States' });
    expect(r.body.recent.length).toBeGreaterThan(0);
    expectError(await get('/api/actors/ZZZ'), 404, 'NOT_FOUND');
    expectError(await get('/api/actors/U$A'), 400, 'BAD_REQUEST');
  });
});

describe('timeline, network, map, stats', () => {
  it('gives a dyad timeline by period', async () => {
    const r = await get('/api/dyads/USA/VEN/timeline?by=month');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ a: 'USA', b: 'VEN', by: 'month', a_name: 'United States', b_name: 'Venezuela' });
    expect(r.body.periods.map((p: any) => p.period)).toContain('2022-03');
    expect((await get('/api/dyads/usa/ven/timeline?by=week')).body.periods[0].period).toMatch(/^2022-W\d\d$/);
    expectError(await get('/api/dyads/USA/VEN/timeline?by=decade'), 400, 'BAD_REQUEST');
    expectError(await get('/api/dyads/USA/V/timeline'), 400, 'BAD_REQUEST');
  });

  it('gives the actor network with edges weighted by quad class', async () => {
    const r = await get('/api/network');
    expect(r.status).toBe(200);
    const ids = r.body.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['USA', 'VEN', 'RUS', 'UKR']));
    const usven = r.body.edges.find((e: any) => e.source === 'USA' && e.target === 'VEN');
    expect(usven.events).toBe(usven.quad.reduce((x: number, y: number) => x + y, 0));
    for (const e of r.body.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
    const strong = await get('/api/network?min=3');
    expect(strong.body.edges.every((e: any) => e.events >= 3)).toBe(true);
    expect((await get('/api/network?from=2022-06-01')).body.edges.every((e: any) => e.source !== 'CHN')).toBe(true);
    const ego = await get('/api/network?actor=RUS&nodes=2');
    expect(ego.body.nodes.map((n: any) => n.id)).toContain('RUS');
    expectError(await get('/api/network?min=0'), 400, 'BAD_REQUEST');
  });

  it('gives event locations and per-country counts', async () => {
    const r = await get('/api/map');
    expect(r.status).toBe(200);
    expect(r.body.points.find((p: any) => p.place === 'Caracas')).toMatchObject({ country: 'VEN', lat: expect.any(Number), lon: expect.any(Number) });
    expect(r.body.countries.find((c: any) => c.country === 'VEN')).toMatchObject({ numeric: '862' });
    expect((await get('/api/map?quad=4&actor=RUS')).body.points.every((p: any) => p.quad[3] === p.events)).toBe(true);
    expectError(await get('/api/map?quad=x'), 400, 'BAD_REQUEST');
  });

  it('gives store stats', async () => {
    const r = await get('/api/stats');
    expect(r.body).toMatchObject({ articles: 8, first: expect.any(String), last: expect.any(String) });
    expect(r.body.topActors[0].code).toBe('USA');
  });
});

describe('POST /api/extract', () => {
  it('extracts events from text and a date, and bounds size and rate', async () => {
    const limited = createApp({ store, webRoot: null, extractRate: { burst: 2, perMinute: 1 } });
    const post = async (body: string, type = 'application/json') => {
      const r = await limited.request('/api/extract', { method: 'POST', headers: { 'content-type': type }, body });
      return { status: r.status, headers: r.headers, body: (await r.json()) as any, text: '' };
    };
    const ok = await post(JSON.stringify({ text: 'Russia attacked Ukraine on Monday.', date: '2022-03-02' }));
    expect(ok.status).toBe(200);
    expect(ok.body.events[0]).toMatchObject({ code: '190', source: { code: 'RUS' }, target: { code: 'UKR' }, date: { value: '2022-02-28' } });
    expectError(await post(JSON.stringify({ text: 'x', date: '2022-13-01' })), 400, 'BAD_REQUEST');
    const third = await post(JSON.stringify({ text: 'x' }));
    expectError(third, 429, 'RATE_LIMITED');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses bodies that are not JSON, not objects, too large, or miss the text', async () => {
    const fresh = () => createApp({ store, webRoot: null });
    const post = async (body: string, type = 'application/json') => {
      const r = await fresh().request('/api/extract', { method: 'POST', headers: { 'content-type': type }, body });
      return { status: r.status, headers: r.headers, body: (await r.json()) as any, text: '' };
    };
    expectError(await post('text=hello', 'application/x-www-form-urlencoded'), 415, 'BAD_REQUEST');
    expectError(await post('{"text": '), 400, 'BAD_REQUEST');
    expectError(await post('[1,2]'), 400, 'BAD_REQUEST');
    expectError(await post('{}'), 400, 'BAD_REQUEST');
    expectError(await post(JSON.stringify({ text: 'a', extra: 1 })), 400, 'BAD_REQUEST');
    expectError(await post(JSON.stringify({ text: 'a'.repeat(100_001) })), 400, 'BAD_REQUEST');
    expectError(await post(JSON.stringify({ text: 'a'.repeat(300_000) })), 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('routes, errors and headers', () => {
  it('answers unknown routes and wrong methods with JSON errors', async () => {
    expectError(await get('/api/nothing'), 404, 'NOT_FOUND');
    expectError(await get('/etc/passwd'), 404, 'NOT_FOUND');
    expectError(await get('/../../package.json'), 404, 'NOT_FOUND');
    expectError(await get('/', {}), 404, 'NOT_FOUND'); // no dashboard built into this app
    const del = await get('/api/events', { method: 'DELETE' });
    expectError(del, 405, 'METHOD_NOT_ALLOWED');
    expect(del.headers.get('allow')).toBe('GET');
    expectError(await get('/api/extract'), 405, 'METHOD_NOT_ALLOWED');
  });

  it('sets security headers on every response', async () => {
    for (const url of ['/api/stats', '/api/nothing', '/openapi.json']) {
      const r = await app.request(url);
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(CSP).toMatch(/script-src 'self'(;|$)/);
  });

  it('documents every route in an OpenAPI 3 document, with each parameter the server validates', async () => {
    const r = await get('/openapi.json');
    expect(r.body.openapi).toMatch(/^3\./);
    for (const route of ROUTES) {
      const op = r.body.paths[route.path][route.method];
      expect(op.responses['200']).toBeDefined();
      expect(op.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    }
    const names = r.body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'outlet', 'text', 'limit', 'offset', 'order']));
    expect(r.body.paths['/api/extract'].post.requestBody.content['application/json'].schema.required).toEqual(['text']);
    expect(Object.keys(r.body.paths).sort()).toEqual(ROUTES.map((x) => x.path).sort());
  });
});

describe('answers of aggregates', () => {
  it('are recomputed when an ingest beside the server commits', async () => {
    const { writeFileSync } = await import('node:fs');
    const db = join(tmp, 'live.db');
    const line = (id: string, text: string) => JSON.stringify({ id, url: `https://x.example/${id}`, outlet: 'X', date: '2022-03-02', title: id, text }) + '\n';
    writeFileSync(join(tmp, 'one.jsonl'), line('one', 'Russia attacked Ukraine on Monday, officials said.'));
    writeFileSync(join(tmp, 'two.jsonl'), line('two', 'China criticized Japan on Tuesday, officials said.'));
    await ingest([join(tmp, 'one.jsonl')], { db, workers: 0, rejects: null });
    const live = openStore(db, { readonly: true });
    try {
      const a = createApp({ store: live, webRoot: null });
      const stats = async () => (await (await a.request('/api/stats')).json()) as { articles: number };
      expect((await stats()).articles).toBe(1);
      expect((await stats()).articles).toBe(1);
      await ingest([join(tmp, 'two.jsonl')], { db, workers: 0, rejects: null });
      expect((await stats()).articles).toBe(2);
    } finally {
      live.close();
    }
  });
});
