import { describe, it, expect } from 'vitest';
import { parseText, runParseText } from './parse.js';

describe('parseText (raw text -> UD tokens, our UPOS, our parse)', () => {
  it('gives character offsets and UD English tokens', () => {
    const text = "I'm sure COVID-19 cases rose. They're gonna fall!!!";
    const sents = parseText(text);
    const words = sents.flatMap((s) => s.tokens.map((t) => t.text));
    expect(words).toEqual(['I', "'m", 'sure', 'COVID', '-', '19', 'cases', 'rose', '.', 'They', "'re", 'gon', 'na', 'fall', '!!!']);
    for (const s of sents) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(s.tokens.filter((t) => t.head === 0)).toHaveLength(1);
    }
  });

  it('writes CoNLL-U with SpaceAfter=No where tokens touch', () => {
    let out = '';
    runParseText('Russia attacked Ukraine.', 'conllu', (s) => (out += s));
    expect(out).toMatch(/^3\tUkraine\t_\tPROPN\t_\t_\t2\tobj\t_\tSpaceAfter=No$/m);
  });
});
