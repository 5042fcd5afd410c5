import { describe, it, expect } from 'vitest';
import { extract } from './extract.js';
import { monthOf, numberValue, ordinalValue } from './time/lexicon.js';
import { udTokens } from './syntax/tokens.js';

// Lexicon lookups keyed by a word must not find Object.prototype's members.
describe('words that are names of object members', () => {
  it('are no month, number or ordinal', () => {
    expect(monthOf('constructor')).toBe(0);
    expect(Number.isNaN(numberValue('constructor'))).toBe(true);
    expect(ordinalValue('toString')).toBe(0);
  });
  it('are no fused form for the UD tokenizer', () => {
    expect(udTokens('constructor', [{ start: 0, end: 11 }])).toEqual([{ start: 0, end: 11 }]);
  });
  it('pass through the whole pipeline as plain words', () => {
    const r = extract('The constructor of Russia, an ally of the hasOwnProperty, met toString valueOf officials.', { date: '2020-01-01' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    for (const x of r.relations) expect(typeof x.type).toBe('string');
  });
});
