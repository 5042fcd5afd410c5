import { describe, it, expect } from 'vitest';
import { parseConllu, writeConllu, isProjective } from './conllu.js';

const SAMPLE = `# sent_id = s1
# text = Don't go.
1-2	Don't	_	_	_	_	_	_	_	_
1	Do	do	AUX	VBP	_	3	aux	3:aux	_
2	n't	not	PART	RB	_	3	advmod	3:advmod	_
3	go	go	VERB	VB	_	0	root	0:root	SpaceAfter=No
3.1	went	_	_	_	_	_	_	_	_
4	.	.	PUNCT	.	_	3	punct	3:punct	_

# sent_id = s2
1	Hi	hi	INTJ	UH	_	0	root	0:root	_
`;

describe('conllu', () => {
  it('reads basic tokens, skipping multiword and empty-node lines, keeping comments', () => {
    const s = parseConllu(SAMPLE);
    expect(s).toHaveLength(2);
    expect(s[0].comments).toEqual(['sent_id = s1', "text = Don't go."]);
    expect(s[0].tokens.map((t) => t.form)).toEqual(['Do', "n't", 'go', '.']);
    expect(s[0].tokens.map((t) => t.head)).toEqual([3, 3, 0, 3]);
    expect(s[0].tokens[2].misc).toBe('SpaceAfter=No');
    expect(s[1].tokens[0].deprel).toBe('root');
  });

  it('round-trips (minus the skipped lines)', () => {
    const once = writeConllu(parseConllu(SAMPLE));
    expect(writeConllu(parseConllu(once))).toBe(once);
    expect(once).toContain('4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_');
    expect(once).not.toContain('1-2\t');
    expect(once.startsWith('# sent_id = s1\n')).toBe(true);
  });

  it('rejects lines without 10 columns', () => {
    expect(() => parseConllu('1\tx\n')).toThrow(/10 columns/);
  });

  it('detects non-projective trees', () => {
    expect(isProjective([2, 0, 2])).toBe(true);
    // 1 <- 3, 2 <- 4: arcs (3,1) and (4,2) cross
    expect(isProjective([3, 4, 0, 3])).toBe(false);
  });
});
