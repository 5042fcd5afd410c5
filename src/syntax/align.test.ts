import { describe, it, expect } from 'vitest';
import { parseConllu } from './conllu.js';
import { goldSpans, alignAndCount, emptyCounts, f1, type SpanWord } from './align.js';

const GOLD = `# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_
`;

describe('CoNLL 2018 alignment', () => {
  it('finds character spans of gold words, splitting multiword tokens', () => {
    const [s] = parseConllu(GOLD);
    expect(s.multiword).toEqual([{ first: 2, last: 3, form: "don't", misc: '_' }]);
    expect(goldSpans(s, "I don't know.")).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 4 },
      { start: 4, end: 7 },
      { start: 8, end: 12 },
      { start: 12, end: 13 },
    ]);
    expect(goldSpans(s, 'something else')).toBeNull();
  });

  it('scores aligned words, heads through aligned spans', () => {
    const [s] = parseConllu(GOLD);
    const sp = goldSpans(s, "I don't know.")!;
    const gold: SpanWord[] = s.tokens.map((t, i) => ({ ...sp[i], upos: t.upos, head: t.head, deprel: t.deprel }));
    // the system kept "don't" whole and attached "." to "I"
    const sys: SpanWord[] = [
      { start: 0, end: 1, upos: 'PRON', head: 3, deprel: 'nsubj' },
      { start: 2, end: 7, upos: 'AUX', head: 3, deprel: 'aux' },
      { start: 8, end: 12, upos: 'VERB', head: 0, deprel: 'root' },
      { start: 12, end: 13, upos: 'PUNCT', head: 1, deprel: 'punct' },
    ];
    const c = emptyCounts();
    alignAndCount([gold], [sys], c);
    expect(c).toMatchObject({ gold: 5, system: 4, words: 3, upos: 3, uas: 2, las: 2, lasU: 2 });
    expect(f1(c.words, c)).toBeCloseTo(6 / 9);
  });
});
