import { describe, it, expect } from 'vitest';
import { run } from '../testing/helpers.js';

const rel = (text: string) => run(text).relations.map((r) => `${r.type}(${r.a}, ${r.b})`);

describe('relations stage', () => {
  it('an apposition: "Venezuela, a Russian ally,"', () => {
    expect(rel('Officials went to Venezuela, a Russian ally, on Saturday.')).toEqual(['ally(VEN, RUS)']);
  });
  it('a pre-modifier: "Russian ally Venezuela"', () => {
    expect(rel('They met the government of Russian ally Venezuela.')).toEqual(['ally(VEN, RUS)']);
  });
  it('coordinated holders and "fellow": "Venezuela and fellow Russia allies Nicaragua and Cuba"', () => {
    expect(rel('Venezuela and fellow Latin American Russia allies Nicaragua and Cuba abstained.').sort()).toEqual(['ally(CUB, RUS)', 'ally(NIC, RUS)', 'ally(VEN, RUS)']);
  });
  it('"an ally of", rivals and members', () => {
    expect(rel('Pakistan, an ally of China, objected.')).toEqual(['ally(PAK, CHN)']);
    expect(rel('NATO member Turkey objected.')).toEqual(['member(TUR, IGOWSTNAT)']);
    expect(rel('Iran, a rival of Saudi Arabia, objected.')).toEqual(['rival(IRN, SAU)']);
  });
  it('no relation without two different actors', () => {
    expect(rel('Our allies objected.')).toEqual([]);
  });
});
