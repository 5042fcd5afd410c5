// Trains the arc-eager dependency parser on UD English EWT + GUM (gold UPOS), writes
// models/parser/, and prints UAS/LAS on the test splits and the parse speed.
//   npx tsx scripts/train-parser.ts [--epochs 10] [--buckets 20] [--threshold 1.0] [--features 3] [--nonproj] [--out DIR]

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu, isProjective, type ConlluSentence } from '../src/syntax/conllu.js';
import { loadParserFrom } from '../src/syntax/parser.js';
import { train, toGold, exportModel, writeModel, evaluate, type GoldSentence } from '../src/syntax/train.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ud = join(root, '..', 'shared', 'ud');
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx >= 0 ? process.argv[outIdx + 1] : join(root, 'models', 'parser');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

if (!existsSync(join(ud, 'ewt', 'train.conllu'))) {
  console.log(`UD treebanks not found at ${ud}; nothing to train. (See docs/PARSER.md.)`);
  process.exit(0);
}

const EPOCHS = arg('epochs', 10);
const LOG2B = arg('buckets', 20);
const THRESHOLD = arg('threshold', 1.0);
const SEED = 20250401;
const FEATURES = arg('features', 3);
const NONPROJ = process.argv.includes('--nonproj');

const read = (tb: string, split: string): ConlluSentence[] => parseConllu(readFileSync(join(ud, tb, `${split}.conllu`), 'utf8'));

const t0 = Date.now();
const trainRaw = [...read('ewt', 'train'), ...read('gum', 'train')];
const all = trainRaw.map(toGold).filter((s) => s.words.length > 0);
const projective = all.filter((s) => isProjective(s.head));
const labels = [...new Set(all.flatMap((s) => s.deprel))].sort();
console.log(
  `training sentences: ${all.length} (${projective.length} projective used), labels: ${labels.length}, ` +
    `buckets: 2^${LOG2B}, epochs: ${EPOCHS}, features: ${FEATURES}, non-projective: ${NONPROJ}`,
);
const model = train(NONPROJ ? all : projective, labels, {
  epochs: EPOCHS,
  buckets: 1 << LOG2B,
  seed: SEED,
  explore: 0.9,
  featureSet: FEATURES,
  log: (s) => console.log(s),
});
const trainSecs = (Date.now() - t0) / 1000;
const exported = exportModel(model, labels, THRESHOLD, {
  trainedOn: ['UD_English-EWT r2.16 train (CC BY-SA 4.0)', 'UD_English-GUM r2.16 train, CC BY genres subset (annotations CC BY 4.0)'],
  epochs: EPOCHS,
  seed: SEED,
  pruneThreshold: THRESHOLD,
  featureSet: FEATURES,
  nonProjectiveTraining: NONPROJ,
});
writeModel(outDir, exported);
const size = statSync(join(outDir, 'parser.bin')).size + statSync(join(outDir, 'parser.json')).size;
console.log(`training took ${trainSecs.toFixed(0)} s; model: ${exported.header.nnz} weights, ${(size / 1e6).toFixed(1)} MB`);

const tl = Date.now();
const parser = loadParserFrom(outDir);
console.log(`model load: ${Date.now() - tl} ms`);

function gumNews(sents: ConlluSentence[]): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let doc = '';
  for (const s of sents) {
    for (const c of s.comments) {
      const m = /^newdoc id = (\S+)/.exec(c);
      if (m) doc = m[1];
    }
    if (doc.startsWith('GUM_news_')) out.push(s);
  }
  return out;
}

const sets: [string, GoldSentence[]][] = [
  ['ewt/dev', read('ewt', 'dev').map(toGold)],
  ['ewt/test', read('ewt', 'test').map(toGold)],
  ['gum/test', read('gum', 'test').map(toGold)],
  ['gum/test news', gumNews(read('gum', 'test')).map(toGold)],
  ['pud/test', read('pud', 'test').map(toGold)],
];
console.log('set            sents  tokens   UAS     LAS');
for (const [name, data] of sets) {
  const r = evaluate(parser, data);
  console.log(
    `${name.padEnd(14)} ${String(r.sentences).padStart(5)} ${String(r.tokens).padStart(7)}  ${(100 * r.uas).toFixed(2)}  ${(100 * r.las).toFixed(2)}`,
  );
}

// speed: parse ewt/test with gold UPOS, best of 3 runs
const ewtTest = sets[1][1];
let best = Infinity;
for (let rep = 0; rep < 3; rep++) {
  const ts = process.hrtime.bigint();
  for (const s of ewtTest) parser.parse(s.words, s.upos);
  const secs = Number(process.hrtime.bigint() - ts) / 1e9;
  best = Math.min(best, secs);
}
console.log(
  `speed on ewt/test: ${(ewtTest.length / best).toFixed(0)} sentences/s, ` +
    `${(ewtTest.reduce((a, s) => a + s.words.length, 0) / best).toFixed(0)} tokens/s`,
);
