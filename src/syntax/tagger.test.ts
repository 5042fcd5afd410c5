import { describe, it, expect } from 'vitest';
import { loadTagger, tag, shape, TAGS } from './tagger.js';

describe('UPOS tagger (shipped model)', () => {
  it('tags a news sentence', () => {
    expect(tag(['Russia', 'attacked', 'Ukraine', 'on', 'Monday', '.'])).toEqual(['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT']);
  });

  it('tags an auxiliary + verb', () => {
    expect(tag(['The', 'talks', 'will', 'resume', '.'])).toEqual(['DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
  });

  it('returns one UPOS tag per word, and [] for an empty sentence', () => {
    const words = ['On', 'March', '5', ',', 'NATO', 'officials', 'said', 'the', 'ceasefire', 'had', 'collapsed', '!'];
    const tags = loadTagger().tag(words);
    expect(tags).toHaveLength(words.length);
    for (const t of tags) expect(TAGS).toContain(t);
    expect(tags[2]).toBe('NUM');
    expect(tags[3]).toBe('PUNCT');
    expect(tag([])).toEqual([]);
  });

  it('is deterministic and loads once', () => {
    expect(loadTagger()).toBe(loadTagger());
    const w = ['He', 'met', 'the', 'president', 'in', 'Kyiv', '.'];
    expect(tag(w)).toEqual(tag(w));
  });

  it('computes word shapes', () => {
    expect(shape('Monday')).toBe('Xxxx');
    expect(shape('2022')).toBe('ddd');
    expect(shape('U.S.')).toBe('X.X.');
    expect(shape(',')).toBe(',');
  });
});

describe('tag dictionary', () => {
  it('keeps frequent words with the tags that make up at least 5% of their uses', async () => {
    const { buildTagDict, parseTagDict, formatTagDict, TAGS: T } = await import('./tagger.js');
    const data = [
      ...Array.from({ length: 19 }, () => ({ words: ['that', 'rare'], upos: ['SCONJ', 'ADJ'] })),
      { words: ['that', 'x'], upos: ['PRON', 'X'] },
    ];
    const d = buildTagDict(data);
    const bit = (t: string): number => 1 << T.indexOf(t as (typeof T)[number]);
    expect(d.get('that')).toBe(bit('SCONJ') | bit('PRON'));
    expect(d.get('rare')).toBe(bit('ADJ'));
    expect(d.has('x')).toBe(false);
    expect(parseTagDict(formatTagDict(d))).toEqual(d);
  });
});
