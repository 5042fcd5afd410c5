// Learns the word-cluster hierarchy used as features by our tagger and parser from the raw news in
// ../shared/corpus/*.jsonl.gz and writes models/clusters/ (clusters.json header + clusters.tsv,
// "bits<TAB>word" lines). Only the statistics leave the corpus: a word list and one path per word.
//   npx tsx scripts/train-clusters.ts [--vocab 50000] [--contexts 1000] [--dims 64] [--depth 14] [--min-size 8] [--unweighted] [--exclude FILE,…] [--out DIR]
// Deterministic: same corpus and options, same table.

import { createReadStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TokenStream, roughTokens, contextMatrix, reduce, bisect } from '../src/syntax/cluster-train.js';
import { fingerprintOf, type ClustersHeader } from '../src/syntax/clusters.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, '..', 'shared', 'corpus');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx >= 0 ? process.argv[outIdx + 1] : join(root, 'models', 'clusters');
const VOCAB = arg('vocab', 50000);
const CONTEXTS = arg('contexts', 1000);
const DIMS = arg('dims', 64);
const DEPTH = arg('depth', 14);
const MIN_SIZE = arg('min-size', 8);
const WEIGHTED = !process.argv.includes('--unweighted');
const SEED = 20261130;

// --exclude NAME[,NAME]: leave corpus files out (e.g. news-reuters21578.jsonl.gz)
const exIdx = process.argv.indexOf('--exclude');
const excluded = new Set(exIdx >= 0 ? process.argv[exIdx + 1].split(',') : []);
const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl.gz') && !excluded.has(f)).sort() : [];
if (files.length === 0) {
  console.log(`no news corpus at ${corpusDir}; nothing to train. (See docs/PARSER.md.)`);
  process.exit(0);
}

const t0 = Date.now();
const stream = new TokenStream();
const seen = new Set<string>();
let articles = 0;
let duplicates = 0;
for (const f of files) {
  const rl = createInterface({ input: createReadStream(join(corpusDir, f)).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { text?: string; title?: string | null };
    const text = a.text ?? '';
    // the same story sometimes appears twice: count it once
    const key = fingerprintOf(text.slice(0, 2000)) + text.length;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    articles++;
    if (a.title) stream.add(roughTokens(a.title));
    for (const para of text.split(/\n+/)) if (para.trim()) stream.add(roughTokens(para));
  }
  console.log(`${f}: ${articles} articles so far, ${stream.length} tokens, ${stream.types.length} types (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
const { words, freq, m } = contextMatrix(stream, VOCAB, CONTEXTS);
console.log(`context matrix: ${m.rows} words × ${m.cols} contexts, ${m.val.length} non-zeros; min frequency ${freq[freq.length - 1]} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const x = reduce(m, DIMS, SEED);
console.log(`SVD to ${DIMS} dims (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
// centroids weighted by log frequency, so that splits follow the frequent words (as Brown clustering does)
const paths = bisect(x, m.rows, DIMS, DEPTH, MIN_SIZE, SEED + 1, WEIGHTED ? freq.map((f) => Math.log(1 + f)) : undefined);
const leaves = new Set(paths).size;
console.log(`bisecting 2-means: ${leaves} clusters, depth ≤ ${DEPTH} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

const lines: string[] = [];
for (let i = 0; i < words.length; i++) {
  if (/[\t\n]/.test(words[i])) continue;
  lines.push(`${paths[i]}\t${words[i]}`);
}
const tsv = lines.join('\n') + '\n';
const header: ClustersHeader = {
  format: 'attache-clusters',
  version: 1,
  words: lines.length,
  fingerprint: fingerprintOf(tsv),
  clusters: leaves,
  method:
    `left/right-neighbour counts over the ${CONTEXTS} most frequent types, Hellinger (sqrt) rows, randomized SVD to ${DIMS} dims, ` +
    `bisecting 2-means${WEIGHTED ? ' with centroids weighted by log frequency' : ''} (depth ≤ ${DEPTH}, nodes < ${MIN_SIZE} words not split); words lower-cased, digits → 0`,
  corpus: `${files.join(', ')}: ${articles} articles (${duplicates} duplicates skipped), ${stream.counts.reduce((a, b) => a + b, 0)} tokens`,
  minFrequency: freq[freq.length - 1],
  seed: SEED,
  note: 'Statistics derived from the news corpus (word list and cluster paths only, no text).',
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'clusters.tsv'), tsv);
writeFileSync(join(outDir, 'clusters.json'), JSON.stringify(header, null, 2) + '\n');
console.log(`wrote ${outDir}: ${lines.length} words, ${(tsv.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(0)} s in all`);
// a look at a few clusters
const byPath = new Map<string, string[]>();
for (let i = 0; i < words.length; i++) {
  const p = paths[i];
  if (!byPath.has(p)) byPath.set(p, []);
  byPath.get(p)!.push(words[i]);
}
for (const w of ['russia', 'said', 'monday', 'president', 'attacked', 'the', 'quickly', 'of']) {
  const i = words.indexOf(w);
  if (i >= 0) console.log(`${w} ${paths[i]}: ${byPath.get(paths[i])!.slice(0, 12).join(' ')}`);
}
