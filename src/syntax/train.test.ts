import { describe, it, expect } from 'vitest';
import { train, exportModel, evaluate, universal, type GoldSentence } from './train.js';
import { decodeModel } from './parser.js';
import { jackknife } from './tagger.js';

const S = (w: string, p: string, h: number[], d: string): GoldSentence => ({ words: w.split(' '), upos: p.split(' '), head: h, deprel: d.split(' ') });
const DATA: GoldSentence[] = [
  S('Russia attacked Ukraine .', 'PROPN VERB PROPN PUNCT', [2, 0, 2, 2], 'nsubj root obj punct'),
  S('The talks were held .', 'DET NOUN AUX VERB PUNCT', [2, 4, 4, 0, 4], 'det nsubj:pass aux:pass root punct'),
  S('France met Germany .', 'PROPN VERB PROPN PUNCT', [2, 0, 2, 2], 'nsubj root obj punct'),
  S('The army was attacked .', 'DET NOUN AUX VERB PUNCT', [2, 4, 4, 0, 4], 'det nsubj:pass aux:pass root punct'),
];

describe('parser training', () => {
  it('takes the universal part of a relation', () => {
    expect(universal('nsubj:pass')).toBe('nsubj');
    expect(universal('root')).toBe('root');
  });

  it('learns a toy treebank, deterministically, also from noisy training tags', () => {
    const labels = [...new Set(DATA.flatMap((s) => s.deprel))].sort();
    const noisy = DATA.map((s) => ({ ...s, trainUpos: s.upos.map((t) => (t === 'PROPN' ? 'NOUN' : t)) }));
    const run = (): Uint8Array => {
      const m = train(noisy, labels, { epochs: 8, buckets: 1 << 12, seed: 1, explore: 0.9, featureSet: 3, goldMix: 0.5 });
      return exportModel(m, labels, 0, {}).bin;
    };
    const a = run();
    expect(run()).toEqual(a);
    const m = train(DATA, labels, { epochs: 8, buckets: 1 << 12, seed: 1, explore: 0.9, featureSet: 3 });
    const ex = exportModel(m, labels, 0, { featureSet: 3 });
    const parser = decodeModel(ex.header, ex.bin);
    const r = evaluate(parser, DATA);
    expect(r.uas).toBe(1);
    expect(r.las).toBe(1);
    expect(r.lasU).toBeGreaterThanOrEqual(r.las);
    // tags given by a callback (as with our tagger's output) are what the parser sees
    const bad = evaluate(parser, DATA, (s) => s.upos.map(() => 'X'));
    expect(bad.tokens).toBe(r.tokens);
  });
});

describe('jackknifed tags', () => {
  it('tags every sentence by a tagger that did not see it', () => {
    const data = DATA.flatMap((s) => [s, s]).map((s) => ({ words: s.words, upos: s.upos }));
    const tags = jackknife(data, 2, { epochs: 3, log2Buckets: 12, threshold: 0, seed: 5, featureSet: 1 });
    expect(tags).toHaveLength(data.length);
    tags.forEach((t, i) => expect(t).toHaveLength(data[i].words.length));
    expect(jackknife(data, 2, { epochs: 3, log2Buckets: 12, threshold: 0, seed: 5, featureSet: 1 })).toEqual(tags);
  });
});
