// npm run bench:ingest [-- N [WORKERS]]: end-to-end ingest of N articles (default 20,000) of
// ../shared/corpus/news-allsides.jsonl.gz into a fresh temporary store on WORKERS extraction threads
// (default 2), then the store's size per 1,000 articles and a dyad timeline over the whole store.
// Runs the built library (dist/), as `attache ingest` does.
import { existsSync, mkdtempSync, statSync, rmSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { writeCorpusSlice } from './corpus-slice.mjs';
import { ingest, openStore, timeline, queryStories } from '../dist/store/index.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'news-allsides.jsonl.gz');
if (!existsSync(corpus)) {
  console.log(`bench:ingest: no corpus at ${corpus} (it lives beside the project on the developers' machines); nothing to measure.`);
  process.exit(0);
}
const n = Number(process.argv[2] ?? 20000);
const workers = Number(process.argv[3] ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
const slice = join(dir, `allsides-${n}.jsonl.gz`);
const db = join(dir, 'bench.db');

// The slice: the corpus's first N articles (sorted by date), re-gzipped, so ingest reads what a user would.
await writeCorpusSlice(corpus, n, slice);

console.log(`bench:ingest: ${n} articles of news-allsides, ${workers} worker(s), ${cpus().length} cores, load average before ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const loads = [];
const summary = await ingest([slice], {
  db,
  workers,
  onProgress: (p) => {
    loads.push(loadavg()[0]);
    console.log(`  ${p.seconds.toFixed(0)} s: ${p.stored} stored, ${(p.stored / p.seconds).toFixed(1)} articles/s, load ${loadavg()[0].toFixed(2)}`);
  },
  progressMs: 30_000,
});
const meanLoad = loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg()[0];
console.log(`ingest: ${summary.read} read, ${summary.stored} stored (${summary.copies} copies), ${summary.duplicates + summary.known} duplicates, ${summary.rejected} rejected, ${summary.events} events, ${summary.storiesTotal} story events`);
if (summary.writeSeconds !== undefined) console.log(`writer: ${summary.writeSeconds.toFixed(1)} s committing (${((1000 * summary.writeSeconds) / summary.stored).toFixed(2)} ms per stored article, one thread)`);
console.log(`end-to-end rate: ${(summary.stored / summary.seconds).toFixed(1)} articles/s (${summary.seconds.toFixed(1)} s; mean 1-min load average during the run ${meanLoad.toFixed(2)} on ${cpus().length} cores)`);

const store = openStore(db);
store.db.pragma('wal_checkpoint(TRUNCATE)');
const bytes = statSync(db).size;
console.log(`store: ${(bytes / 1e6).toFixed(1)} MB for ${summary.stored} articles = ${((bytes / 1e6) * 1000 / summary.stored).toFixed(2)} MB per 1,000 articles`);
try {
  const tables = store.db.prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8`).all();
  console.log('  largest: ' + tables.map((t) => `${t.name} ${(t.bytes / 1e6).toFixed(1)} MB`).join(', '));
} catch {
  // dbstat is an optional SQLite feature
}
store.close();

const ro = openStore(db, { readonly: true });
for (const [a, b] of [['USA', 'RUS'], ['USA', 'CHN']]) {
  for (const by of ['month', 'day']) {
    const times = [];
    let t;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      t = timeline(ro, a, b, { by });
      times.push(performance.now() - t0);
    }
    const events = t.periods.reduce((s, p) => s + p.ab.events + p.ba.events, 0);
    console.log(`timeline ${a} ${b} --by ${by}: best ${Math.min(...times).toFixed(2)} ms, first ${times[0].toFixed(2)} ms (${t.periods.length} periods, ${events} story events)`);
  }
}
{
  const t0 = performance.now();
  const rows = queryStories(ro, { dyad: ['USA', 'CHN'], root: '19' });
  const t1 = performance.now();
  const text = queryStories(ro, { actor: 'RUS', text: 'sanctions', limit: 50 });
  const t2 = performance.now();
  console.log(`query --dyad USA,CHN --root 19: ${rows.length} rows in ${(t1 - t0).toFixed(1)} ms; query --actor RUS --text sanctions --limit 50: ${text.length} rows in ${(t2 - t1).toFixed(1)} ms`);
}
ro.close();
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir}`);
