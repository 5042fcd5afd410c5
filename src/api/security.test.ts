// Hostile input: SQL injection in every filter, malformed requests over a real socket, and the
// server still answering afterwards with the data unchanged.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { openStore, type Store } from '../store/store.js';
import { startServer, type Server } from './server.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'api', 'articles.jsonl');
const DB = join(mkdtempSync(join(tmpdir(), 'attache-api-sec-')), 'sec.db');

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE stories; --",
  '1; DELETE FROM articles',
  '" OR 1=1 --',
  "USA') UNION SELECT sql FROM sqlite_master --",
  '%',
  '_',
  '*',
  'NEAR(a b)',
  '\u0000',
  "'||(SELECT text FROM articles)||'",
];
const FILTERS = ['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'outlet', 'text', 'limit', 'offset', 'order'];

let store: Store;
let server: Server;
beforeAll(async () => {
  await ingest([FIXTURE], { db: DB, workers: 0, rejects: null });
  // Writable on purpose: bound parameters, not a read-only handle, must be what keeps the data safe.
  store = openStore(DB);
  server = await startServer({ store, port: 0, webRoot: null });
}, 60_000);
afterAll(async () => {
  await server?.close();
  store?.close();
});

function fingerprint(): string {
  const h = createHash('sha256');
  for (const t of ['articles', 'events', 'stories', 'evidence', 'attributions', 'actors']) {
    for (const row of store.db.prepare(`SELECT * FROM ${t}`).raw().iterate()) h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return h.digest('hex');
}

describe('SQL injection', () => {
  it('every filter answers 400 or a normal (usually empty) result, and the data is unchanged', async () => {
    const before = fingerprint();
    const total = ((await (await fetch(`${server.url}/api/events?limit=500`)).json()) as { items: unknown[] }).items.length;
    for (const f of FILTERS) {
      for (const inj of INJECTIONS) {
        for (const url of [`/api/events?${f}=${encodeURIComponent(inj)}`, `/api/map?from=${encodeURIComponent(inj)}`, `/api/actors?q=${encodeURIComponent(inj)}`]) {
          const r = await fetch(server.url + url);
          const body = (await r.json()) as { items?: unknown[]; error?: { code: string } };
          expect([200, 400], `${url} → ${r.status}`).toContain(r.status);
          if (r.status === 400) expect(body.error?.code).toBe('BAD_REQUEST');
          // A filter can only narrow: an injected "OR 1=1" must never widen the result.
          else if (url.startsWith('/api/events')) expect(body.items!.length, url).toBeLessThanOrEqual(Math.min(total, 50));
        }
      }
      for (const inj of INJECTIONS) {
        const r = await fetch(`${server.url}/api/actors/${encodeURIComponent(inj)}`);
        expect([400, 404]).toContain(r.status);
        const t = await fetch(`${server.url}/api/dyads/${encodeURIComponent(inj)}/USA/timeline`);
        expect([400, 404]).toContain(t.status);
      }
    }
    expect(fingerprint()).toBe(before);
  });
});

function raw(payload: string): Promise<string> {
  return new Promise((resolve) => {
    const u = new URL(server.url);
    const sock = connect(Number(u.port), u.hostname, () => sock.end(payload));
    let out = '';
    sock.on('data', (d) => (out += d));
    sock.on('close', () => resolve(out));
    sock.on('error', () => resolve(out));
  });
}

describe('bad requests over a socket', () => {
  it('keeps serving after malformed, oversized and abusive requests', async () => {
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('GET /api/events/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 (400|404)/);
    expect(await raw(`GET /api/events?${'a'.repeat(20_000)}=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 (400|414|431)/);
    expect(await raw('POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999\r\nConnection: close\r\n\r\n{"text":')).toMatch(/^HTTP\/1\.1 413/);
    // a client that hangs up mid-body
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${server.url}/api/extract`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '5000' } });
      req.on('error', () => resolve());
      req.write('{"text": "abc');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    const bad = await fetch(`${server.url}/api/events?quad=%27`);
    expect(bad.status).toBe(400);
    const r = await fetch(`${server.url}/api/stats`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { articles: number }).articles).toBe(8);
  });
});
