// npm run bench [-- N]: end-to-end extraction throughput on ../shared/corpus (one core), and peak RSS.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { analyze } from '../src/extract.js';
import { toResult } from '../src/result.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'news-allsides.jsonl.gz');
if (!existsSync(corpus)) {
  console.log(`bench: no corpus at ${corpus} (it lives beside the project on the developers' machines); nothing to measure.`);
  process.exit(0);
}
const n = Number(process.argv[2] ?? 2000);
const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n', n);
const articles = lines.filter(Boolean).map((l) => JSON.parse(l) as { text: string; date: string | null; outlet: string | null; title: string | null });

// Warm-up: lexicons, gazetteer and models load on first use; that cost is reported apart.
const w0 = performance.now();
analyze('Russia attacked Ukraine in Kyiv on Monday, officials said.', { date: '2022-03-01' });
const warm = performance.now() - w0;

let sentences = 0, candidates = 0, events = 0, chars = 0;
const t0 = performance.now();
for (const a of articles) {
  const { doc, ctx } = analyze(a.text, { date: a.date, outlet: a.outlet, title: a.title });
  JSON.stringify(toResult(doc, ctx));
  sentences += doc.sentences.length;
  candidates += doc.sentences.filter((s) => s.candidate).length;
  events += doc.events.length;
  chars += a.text.length;
}
const secs = (performance.now() - t0) / 1000;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`corpus: ${articles.length} articles of news-allsides (${(chars / 1e6).toFixed(1)} M chars), ${sentences} sentences, ${candidates} coded (${((100 * candidates) / sentences).toFixed(1)}%), ${events} events`);
console.log(`first-call load: ${warm.toFixed(0)} ms`);
console.log(`throughput: ${(articles.length / secs).toFixed(1)} articles/s, ${(sentences / secs).toFixed(0)} sentences/s (${secs.toFixed(2)} s, one core)`);
console.log(`peak RSS: ${rssMb.toFixed(0)} MB`);
