import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCommand, sampleFiles } from './serve.js';
import { main } from './main.js';

const tmp = mkdtempSync(join(tmpdir(), 'attache-serve-'));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
}

describe('attache serve', () => {
  it('with --sample makes a store from the sample articles, serves it, and stops when asked', async () => {
    const db = join(tmp, 'sample.db');
    const o = io();
    const stop = new AbortController();
    let url = '';
    const done = serveCommand(['--db', db, '--port', '0', '--sample'], o.io, { signal: stop.signal, onListening: (u) => (url = u) });
    await expect.poll(() => url, { timeout: 30_000 }).not.toBe('');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { articles: number };
    expect(stats.articles).toBeGreaterThan(0);
    stop.abort();
    expect(await done).toBe(0);
    expect(o.out.join('')).toMatch(/ingesting the sample articles[\s\S]*dashboard http:\/\/127\.0\.0\.1:\d+\//);
    expect(sampleFiles().length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses bad options and a missing store with the usual exit codes', async () => {
    const o = io();
    expect(await main(['serve', '--port', 'eighty'], o.io)).toBe(2);
    expect(await main(['serve', '--port', '70000'], o.io)).toBe(2);
    expect(await main(['serve', 'extra'], o.io)).toBe(2);
    expect(await main(['serve', '--db', join(tmp, 'none.db'), '--port', '0'], o.io)).toBe(1);
    expect(o.err.join('')).toMatch(/--port must be a port number[\s\S]*no such store/);
  });
});
