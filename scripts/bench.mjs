// npm run bench [-- N]: end-to-end extraction throughput of the built library (dist/, what `attache` runs)
// on ../shared/corpus, one core, and peak RSS. Plain JavaScript so no TypeScript loader sits in the measurement.
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { analyze, toResult } from '../dist/index.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'news-allsides.jsonl.gz');
if (!existsSync(corpus)) {
  console.log(`bench: no corpus at ${corpus} (it lives beside the project on the developers' machines); nothing to measure.`);
  process.exit(0);
}
const n = Number(process.argv[2] ?? 2000);
// ATTACHE_SYNTAX=0 measures the coder without the parser (word order alone), for the ratio.
const syntax = process.env.ATTACHE_SYNTAX !== '0';
// Warm-up: lexicons, gazetteer and models load on first use; that cost is reported apart.
const w0 = performance.now();
analyze('Russia attacked Ukraine in Kyiv on Monday, officials said.', { date: '2022-03-01' });
const warm = performance.now() - w0;

// Articles are streamed and processed one at a time, as a user's batch would be; only extraction is timed.
let count = 0, sentences = 0, candidates = 0, events = 0, chars = 0, busy = 0;
const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (!line) continue;
  const a = JSON.parse(line);
  const t = performance.now();
  const { doc, ctx } = analyze(a.text, { date: a.date, outlet: a.outlet, title: a.title, syntax });
  JSON.stringify(toResult(doc, ctx));
  busy += performance.now() - t;
  sentences += doc.sentences.length;
  candidates += doc.sentences.filter((s) => s.candidate).length;
  events += doc.events.length;
  chars += a.text.length;
  if (++count >= n) break;
}
rl.close();
const secs = busy / 1000;
const rssMb = process.resourceUsage().maxRSS / 1024;
const articles = { length: count };
console.log(`corpus: ${articles.length} articles of news-allsides (${(chars / 1e6).toFixed(1)} M chars), ${sentences} sentences, ${candidates} coded (${((100 * candidates) / sentences).toFixed(1)}%), ${events} events`);
console.log(`first-call load: ${warm.toFixed(0)} ms`);
console.log(`throughput: ${(articles.length / secs).toFixed(1)} articles/s, ${(sentences / secs).toFixed(0)} sentences/s (${secs.toFixed(2)} s, one core${syntax ? '' : ', without the parser'})`);
const g = globalThis.gc;
if (g) g();
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`peak RSS: ${rssMb.toFixed(0)} MB${g ? ` (live heap after the run: ${heap.toFixed(0)} MB)` : ''}`);
