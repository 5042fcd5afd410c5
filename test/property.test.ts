import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/index.js';

const adversarial = [
  '', ' ', '\n\n\n', '\u0000', '\uFEFF', '\uD800', 'a\uDC00b', '“”‘’', '’s', "n't", '...', '—', '\t\r\n',
  'U.S.', 'U.S. U.S. U.S.', "Russia's's", 'the the the', 'and and and', ', , ,', '😀 Russia 😀 attacked 😀 Ukraine',
  'Russia attacked', 'attacked Ukraine', 'X'.repeat(5000), 'Russia and '.repeat(200), '"'.repeat(300),
];

describe('extract() never throws on any string', () => {
  it('random unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.option(fc.string({ maxLength: 12 })), (text, date) => {
      const r = extract(text, { date: date ?? undefined });
      expect(Array.isArray(r.events)).toBe(true);
    }), { numRuns: 300 });
  });

  it('random mixes of news words, names and punctuation', () => {
    const words = fc.constantFrom('Russia', 'attacked', 'Ukraine', 'U.S.', 'officials', 'said', 'on', 'Monday', ',', '.', '“', '”', 'and', 'not', 'will',
      'sanctions', 'imposed', 'Maduro', "'s", 'the', 'Times', 'according', 'to', 'in', '2019', 'ally', 'met', 'with', '\n', 'Caracas', 'which');
    fc.assert(fc.property(fc.array(words, { maxLength: 80 }), (ws) => {
      const r = extract(ws.join(' '), { date: '2022-03-05' });
      for (const e of r.events) expect(e.evidence.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('adversarial strings', () => {
    for (const s of adversarial) expect(() => extract(s, { date: '2022-03-05' })).not.toThrow();
    expect(() => extract(undefined as unknown as string)).not.toThrow();
    expect(() => extract(42 as unknown as string, { date: 'not a date' })).not.toThrow();
  });
});

describe('regressions', () => {
  it('issue 2: a capitalised abbreviation that is no name ("Mr.", "Gen.") does not stall the unknown-speaker search', () => {
    const r = extract('Gen. Smith said nothing. Mr. Jones told reporters.', { date: '2022-03-05' });
    expect(r.actors.length).toBeGreaterThanOrEqual(0);
  });
});
