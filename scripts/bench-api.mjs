// npm run bench:api [-- SECONDS [CONNECTIONS]]: the HTTP API under load on loopback, over a store of
// 20,000 articles of ../shared/corpus/news-allsides.jsonl.gz (built once, then reused: BENCH_API_DB,
// default /tmp/bench-api.db). The server runs in a child process (as `attache serve` would), the load
// generator here: keep-alive connections, each sending its next request when the last one answers,
// for a fixed time after a warm-up. Prints requests/s and latency percentiles per endpoint.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { spawn } from 'node:child_process';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { writeCorpusSlice } from './corpus-slice.mjs';
import { ingest, openStore, storeStats } from '../dist/store/index.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'news-allsides.jsonl.gz');
if (!existsSync(corpus)) {
  console.log(`bench:api: no corpus at ${corpus} (it lives beside the project on the developers' machines); nothing to measure.`);
  process.exit(0);
}
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 16);
const N = 20_000;
const db = process.env.BENCH_API_DB ?? join(tmpdir(), 'bench-api.db');

function articles() {
  if (!existsSync(db)) return 0;
  const s = openStore(db, { readonly: true });
  try {
    return storeStats(s).articles;
  } finally {
    s.close();
  }
}

if (articles() < N * 0.95) {
  // The first N articles of the corpus, re-gzipped; ingest resumes a partial store by itself.
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-api-'));
  const slice = join(dir, `allsides-${N}.jsonl.gz`);
  await writeCorpusSlice(corpus, N, slice);
  console.log(`bench:api: building ${db} from ${N} articles (takes minutes; reused next time)`);
  const t0 = Date.now();
  const sum = await ingest([slice], {
    db,
    workers: cpus().length,
    rejects: null,
    progressMs: 30_000,
    onProgress: (p) => console.log(`  ${Math.round(p.seconds)} s: ${p.stored + p.known} stored`),
  });
  console.log(`bench:api: stored ${sum.stored} articles in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  rmSync(dir, { recursive: true, force: true });
}

// The server, in its own process.
const child = spawn(process.execPath, ['bin/attache.mjs', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let buf = '';
  child.stdout.on('data', (d) => {
    buf += d;
    const m = /dashboard (http:\/\/[^/\s]+)\//.exec(buf);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});
const stop = () => child.kill('SIGTERM');
process.on('exit', stop);

const agent = new Agent({ keepAlive: true, maxSockets: connections });
function get(path) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const req = request(base + path, { agent }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: n }));
    });
    req.on('error', reject);
    req.end();
  });
}

let seq = 0;
async function load(path, secs) {
  const lat = [];
  const statuses = {};
  let bytes = 0;
  const end = performance.now() + secs * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const r = await get(typeof path === 'function' ? path(seq++) : path);
        lat.push(r.ms);
        bytes = r.bytes;
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
  return { path, requests: lat.length, rps: lat.length / secs, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: lat[lat.length - 1], statuses, bytes };
}

const stats = JSON.parse(await new Promise((resolve) => request(base + '/api/stats', (res) => { let b = ''; res.on('data', (c) => (b += c)); res.on('end', () => resolve(b)); }).end()));
console.log(`bench:api: ${stats.articles} articles, ${stats.stories} story events; ${connections} keep-alive connections, ${seconds} s per endpoint after 2 s of warm-up; ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
// The same URL over and over is what a dashboard's popular views cost: after the first request the
// answer comes from the server's cache (kept until the store changes). "fresh" URLs are never asked
// twice (an offset, or a far end date, that moves with every request), so each one runs its queries.
const day = (i) => new Date(Date.UTC(2030, 0, 1) + i * 86400000).toISOString().slice(0, 10);
const runs = [
  ['/api/events?limit=50', '/api/events?limit=50', true],
  ['/api/dyads/USA/CHN/timeline?by=month', '/api/dyads/USA/CHN/timeline?by=month', true],
  ['/api/events?limit=50&offset=<fresh>', (i) => `/api/events?limit=50&offset=${i}`, true],
  ['/api/dyads/USA/CHN/timeline?by=month&to=<fresh>', (i) => `/api/dyads/USA/CHN/timeline?by=month&to=${day(i)}`, true],
  ['/api/events?dyad=USA,CHN&order=desc&offset=<fresh>', (i) => `/api/events?dyad=USA,CHN&limit=50&order=desc&offset=${(i % 10) * 50}&to=${day(i)}`, false],
  ['/api/actors/RUS?to=<fresh>', (i) => `/api/actors/RUS?to=${day(i)}`, false],
  ['/api/network', '/api/network', false],
  ['/api/stats', '/api/stats', false],
];
console.log(`${'endpoint'.padEnd(52)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p90 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'KB'.padStart(6)}  statuses`);
for (const [label, path, main] of runs) {
  await load(path, 2);
  const r = await load(path, main ? seconds : Math.max(2, seconds / 2));
  console.log(`${label.padEnd(52)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(2).padStart(7)} ${r.p90.toFixed(2).padStart(7)} ${r.p99.toFixed(2).padStart(7)} ${r.max.toFixed(1).padStart(7)} ${(r.bytes / 1024).toFixed(1).padStart(6)}  ${JSON.stringify(r.statuses)}`);
}
console.log(`load average after ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
agent.destroy();
stop();
