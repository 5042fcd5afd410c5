import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { emptyDoc, normalize, type Context } from '../doc.js';
import { segment, normalizeToken } from './segment.js';

const ctx: Context = { date: '2022-03-05', dateAssumed: false, outlet: null, title: null };

function seg(text: string) {
  return segment(emptyDoc(text), ctx);
}

describe('text stage', () => {
  it('tokens re-join to the text: only whitespace lies between them', () => {
    const text = 'U.S. officials didn’t go.\n\nVenezuela’s “interim” president — Juan Guaidó — said so, and Russia’s envoy left!  ';
    const doc = seg(text);
    let cursor = 0;
    for (const t of doc.tokens) {
      expect(text.slice(cursor, t.start).trim()).toBe('');
      expect(text.slice(t.start, t.end)).toBe(t.text);
      cursor = t.end;
    }
    expect(text.slice(cursor).trim()).toBe('');
  });

  it('a first line without a full stop is a headline and its own sentence', () => {
    const doc = seg('U.S. officials to meet with government of Russian ally Venezuela: report\nSenior officials went to Caracas. They met.');
    expect(doc.sentences[0].headline).toBe(true);
    expect(doc.text.slice(doc.sentences[0].start, doc.sentences[0].end)).toBe('U.S. officials to meet with government of Russian ally Venezuela: report');
    expect(doc.sentences.slice(1).map((s) => doc.text.slice(s.start, s.end))).toEqual(['Senior officials went to Caracas.', 'They met.']);
  });

  it('a sentence ends with its paragraph, even one without a full stop', () => {
    const text = 'Senior officials flew to Caracas.\n\nThey went to Caracas. They met the\n\ngovernment of Venezuela on Saturday.\n\nRussia objected';
    const doc = seg(text);
    expect(doc.sentences.map((s) => [s.paragraph, text.slice(s.start, s.end)])).toEqual([
      [0, 'Senior officials flew to Caracas.'],
      [1, 'They went to Caracas.'],
      [1, 'They met the'],
      [2, 'government of Venezuela on Saturday.'],
      [3, 'Russia objected'],
    ]);
    for (const s of doc.sentences) for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(doc.tokens[k].sentence).toBe(s.index);
  });

  it('a single paragraph is never taken for a headline', () => {
    const doc = seg('Russia attacked Ukraine');
    expect(doc.sentences[0].headline).toBe(false);
  });

  it('splits possessives and negations the way the lexicons expect', () => {
    const doc = seg("Russia's army didn't stop.");
    expect(doc.tokens.map((t) => t.text)).toEqual(['Russia', "'s", 'army', 'did', "n't", 'stop', '.']);
  });

  it('folds diacritics and curly quotes in the normalised form', () => {
    const doc = seg('Nicolás Maduro’s plan.');
    expect(doc.tokens.map((t) => t.norm).slice(0, 3)).toEqual(['nicolas', 'maduro', "'s"]);
  });

  it("a token's norm is normalize() of its text, by the ASCII shortcut or not", () => {
    for (const w of ['Russia', 'didn’t', 'Guaidó', '“interim”', 'ERDOĞAN', 'U.S.', '—', 'ﬁve']) expect(normalizeToken(w)).toBe(normalize(w));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => normalizeToken(a) === normalize(a) && normalizeToken(b) === normalize(b)));
  });
});
