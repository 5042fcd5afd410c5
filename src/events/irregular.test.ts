import { describe, it, expect } from 'vitest';
import { irregularLemma } from './irregular.js';

describe('irregular verb forms', () => {
  it('knows "went" and "held", and nothing of words that only look like object members', () => {
    expect(irregularLemma('went')).toBe('go');
    expect(irregularLemma('held')).toBe('hold');
    expect(irregularLemma('constructor')).toBeUndefined();
    expect(irregularLemma('tostring')).toBeUndefined();
    expect(irregularLemma('__proto__')).toBeUndefined();
  });
});
