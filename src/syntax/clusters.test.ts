import { describe, it, expect } from 'vitest';
import { clusterKey, pathCode, prefixCode, parseClusters, fingerprintOf } from './clusters.js';
import { roughTokens, TokenStream, contextMatrix, reduce, bisect, symmetricEigen } from './cluster-train.js';

describe('word clusters', () => {
  it('codes paths so that prefixes of different lengths never collide', () => {
    expect(pathCode('')).toBe(1);
    expect(pathCode('0110')).toBe(0b10110);
    expect(prefixCode(pathCode('0110'), 2)).toBe(pathCode('01'));
    expect(prefixCode(pathCode('0110'), 6)).toBe(pathCode('0110'));
    expect(prefixCode(0, 4)).toBe(0);
    expect(pathCode('00')).not.toBe(pathCode('0'));
  });

  it('looks words up lower-cased with digits mapped to 0', () => {
    expect(clusterKey('Monday')).toBe('monday');
    expect(clusterKey('1,234')).toBe('0,000');
    const c = parseClusters('0\tmonday\n1\trussia\n');
    expect(c.code('MONDAY')).toBe(pathCode('0'));
    expect(c.code('Russia')).toBe(pathCode('1'));
    expect(c.code('unseen')).toBe(0);
    expect(c.size).toBe(2);
    expect(c.fingerprint).toBe(fingerprintOf('0\tmonday\n1\trussia\n'));
  });

  it('rejects a malformed table', () => {
    expect(() => parseClusters('no-tab-here\n')).toThrow(/bad line/);
  });
});

describe('cluster training', () => {
  it('tokenizes roughly like UD English', () => {
    expect(roughTokens("Don't go to the U.S. now, John's plan costs $3.5 billion.")).toEqual([
      'Do', "n't", 'go', 'to', 'the', 'U.S.', 'now', ',', 'John', "'s", 'plan', 'costs', '$', '3.5', 'billion', '.',
    ]);
  });

  it('finds the eigenvalues of a small symmetric matrix', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(values.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([5, 3, 1]);
  });

  it('separates words that occur in different contexts, deterministically', () => {
    const s = new TokenStream();
    const days = ['monday', 'tuesday', 'friday', 'sunday'];
    const countries = ['russia', 'ukraine', 'france', 'china'];
    for (let i = 0; i < 400; i++) {
      s.add(['on', days[i % 4], 'they', 'met']);
      s.add(['in', countries[i % 4], 'they', 'met']);
    }
    const { words, m } = contextMatrix(s, 20, 10);
    const run = (): string[] => bisect(reduce(m, 4, 7), m.rows, 4, 3, 2, 9);
    const paths = run();
    expect(run()).toEqual(paths);
    const p = (w: string): string => paths[words.indexOf(w)];
    expect(p('monday')).toBe(p('friday'));
    expect(p('russia')).toBe(p('china'));
    expect(p('monday')).not.toBe(p('russia'));
  });
});
