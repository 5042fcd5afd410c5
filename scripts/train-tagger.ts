// Trains the averaged-perceptron UPOS tagger on UD English EWT + GUM train, writes models/tagger/,
// prints UPOS accuracy on the test splits, tagging speed, and the parser's UAS/LAS when it is fed
// our predicted tags instead of gold UPOS.
//   npx tsx scripts/train-tagger.ts [--epochs 12] [--buckets 20] [--threshold 0.05] [--features 2] [--dev-only] [--out DIR]
// Feature set 2 (the default) uses the word clusters in models/clusters/ (npm run train:clusters).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu, type ConlluSentence } from '../src/syntax/conllu.js';
import { loadParser } from '../src/syntax/parser.js';
import { toGold, evaluate } from '../src/syntax/train.js';
import { trainTagger, exportTagger, writeTagger, loadTaggerFrom, taggerMeta, buildTagDict, TAGGER_DEFAULTS, type TaggedSentence } from '../src/syntax/tagger.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ud = join(root, '..', 'shared', 'ud');
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx >= 0 ? process.argv[outIdx + 1] : join(root, 'models', 'tagger');

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

if (!existsSync(join(ud, 'ewt', 'train.conllu')) || !existsSync(join(ud, 'gum', 'train.conllu'))) {
  console.log(`UD treebanks not found at ${ud}; nothing to train. (See docs/PARSER.md.)`);
  process.exit(0);
}

const EPOCHS = arg('epochs', TAGGER_DEFAULTS.epochs);
const LOG2B = arg('buckets', TAGGER_DEFAULTS.log2Buckets);
const THRESHOLD = arg('threshold', TAGGER_DEFAULTS.threshold);
const FEATURES = arg('features', TAGGER_DEFAULTS.featureSet);
const SEED = TAGGER_DEFAULTS.seed;
const DEV_ONLY = process.argv.includes('--dev-only');

const read = (tb: string, split: string): ConlluSentence[] => parseConllu(readFileSync(join(ud, tb, `${split}.conllu`), 'utf8'));
const toTagged = (s: ConlluSentence): TaggedSentence => ({ words: s.tokens.map((t) => t.form), upos: s.tokens.map((t) => t.upos) });

const t0 = Date.now();
const train = [...read('ewt', 'train'), ...read('gum', 'train')].map(toTagged).filter((s) => s.words.length > 0);
console.log(`training sentences: ${train.length}, tokens: ${train.reduce((a, s) => a + s.words.length, 0)}, buckets: 2^${LOG2B}, epochs: ${EPOCHS}, features: ${FEATURES}`);
const dict = FEATURES >= 3 ? buildTagDict(train) : undefined;
const w = trainTagger(train, { epochs: EPOCHS, buckets: 1 << LOG2B, seed: SEED, featureSet: FEATURES, dict, log: (s) => console.log(s) });
const exported = exportTagger(w, 1 << LOG2B, THRESHOLD, {
  trainedOn: ['UD_English-EWT r2.16 train (CC BY-SA 4.0)', 'UD_English-GUM r2.16 train, CC BY genres subset (annotations CC BY 4.0)'],
  epochs: EPOCHS,
  seed: SEED,
  pruneThreshold: THRESHOLD,
  ...taggerMeta({ epochs: EPOCHS, log2Buckets: LOG2B, threshold: THRESHOLD, seed: SEED, featureSet: FEATURES }),
});
writeTagger(outDir, { ...exported, dict });
const size = statSync(join(outDir, 'tagger.bin')).size + statSync(join(outDir, 'tagger.json')).size;
console.log(`wrote ${outDir}: ${exported.header.nnz} weights, ${(size / 1e6).toFixed(2)} MB, trained in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// evaluate the model as shipped (quantised + pruned), loaded back from disk
const tagger = loadTaggerFrom(outDir);
const parser = loadParser();
const sets: [string, ConlluSentence[]][] = [
  ['ewt/dev', read('ewt', 'dev')],
  ['gum/dev', read('gum', 'dev')],
];
if (!DEV_ONLY) sets.push(['ewt/test', read('ewt', 'test')], ['gum/test', read('gum', 'test')], ['pud/test', read('pud', 'test')]);
console.log('set          sents  tokens   UPOS    UAS(ours) LAS(ours)  UAS(gold) LAS(gold)');
for (const [name, raw] of sets) {
  const gold = raw.map(toGold).filter((s) => s.words.length > 0);
  let ok = 0;
  let n = 0;
  const predicted = gold.map((s) => {
    const tags = tagger.tag(s.words);
    for (let i = 0; i < tags.length; i++, n++) if (tags[i] === s.upos[i]) ok++;
    return { ...s, upos: tags };
  });
  const ours = evaluate(parser, predicted);
  const g = evaluate(parser, gold);
  console.log(
    `${name.padEnd(12)} ${String(gold.length).padStart(5)} ${String(n).padStart(7)}  ${((100 * ok) / n).toFixed(2)}   ` +
      `${(100 * ours.uas).toFixed(2)}     ${(100 * ours.las).toFixed(2)}      ${(100 * g.uas).toFixed(2)}     ${(100 * g.las).toFixed(2)}`,
  );
}

// speed: tag ewt/test, best of 3 runs
const ewt = sets[0][1].map(toTagged);
const nWords = ewt.reduce((a, s) => a + s.words.length, 0);
let best = Infinity;
for (let r = 0; r < 3; r++) {
  const s0 = process.hrtime.bigint();
  for (const s of ewt) tagger.tag(s.words);
  best = Math.min(best, Number(process.hrtime.bigint() - s0) / 1e9);
}
console.log(`speed on ewt/dev: ${(nWords / best).toFixed(0)} words/s (${(ewt.length / best).toFixed(0)} sentences/s)`);
