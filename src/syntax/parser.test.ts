import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, loadParser } from './parser.js';
import { parseConllu } from './conllu.js';
import { runParseConllu } from '../cli/parse.js';

function tree(words: string, upos: string) {
  const w = words.split(' ');
  const p = upos.split(' ');
  const r = parse(w, p);
  const at = (word: string) => w.indexOf(word) + 1;
  const rel = (word: string) => ({ head: r.head[at(word) - 1], deprel: r.deprel[at(word) - 1] });
  return { r, at, rel };
}

function isTree(head: number[]): boolean {
  if (head.filter((h) => h === 0).length !== 1) return false;
  for (let i = 1; i <= head.length; i++) {
    let k = i;
    for (let steps = 0; k !== 0; steps++) {
      if (steps > head.length) return false;
      k = head[k - 1];
    }
  }
  return true;
}

describe('dependency parser (shipped model)', () => {
  it('loads quickly', () => {
    const p = loadParser();
    expect(p.labels).toContain('nsubj');
  });

  it('Russia attacked Ukraine .', () => {
    const { r, at, rel } = tree('Russia attacked Ukraine .', 'PROPN VERB PROPN PUNCT');
    expect(rel('attacked')).toEqual({ head: 0, deprel: 'root' });
    expect(rel('Russia')).toEqual({ head: at('attacked'), deprel: 'nsubj' });
    expect(rel('Ukraine')).toEqual({ head: at('attacked'), deprel: 'obj' });
    expect(rel('.')).toEqual({ head: at('attacked'), deprel: 'punct' });
    expect(isTree(r.head)).toBe(true);
  });

  it('The president of France met the German chancellor in Berlin on Monday .', () => {
    const { r, at, rel } = tree(
      'The president of France met the German chancellor in Berlin on Monday .',
      'DET NOUN ADP PROPN VERB DET ADJ NOUN ADP PROPN ADP PROPN PUNCT',
    );
    expect(rel('met').head).toBe(0);
    expect(rel('president')).toEqual({ head: at('met'), deprel: 'nsubj' });
    expect(rel('France')).toEqual({ head: at('president'), deprel: 'nmod' });
    expect(rel('chancellor')).toEqual({ head: at('met'), deprel: 'obj' });
    expect(rel('German')).toEqual({ head: at('chancellor'), deprel: 'amod' });
    // PP attachment is the classic ambiguity: the shipped model attaches "in Berlin" to
    // "chancellor" (nmod); "met" (obl) would be the preferred reading. Accept either.
    expect([
      { head: at('met'), deprel: 'obl' },
      { head: at('chancellor'), deprel: 'nmod' },
    ]).toContainEqual(rel('Berlin'));
    expect(rel('in')).toEqual({ head: at('Berlin'), deprel: 'case' });
    expect(rel('Monday').head).toBe(at('met'));
    expect(isTree(r.head)).toBe(true);
  });

  it('The protesters were arrested by police .', () => {
    const { at, rel } = tree('The protesters were arrested by police .', 'DET NOUN AUX VERB ADP NOUN PUNCT');
    expect(rel('arrested').head).toBe(0);
    expect(rel('protesters')).toEqual({ head: at('arrested'), deprel: 'nsubj:pass' });
    expect(rel('were')).toEqual({ head: at('arrested'), deprel: 'aux:pass' });
    expect(rel('police').head).toBe(at('arrested'));
  });

  it('always returns one rooted tree, also for odd input', () => {
    for (const [w, p] of [
      [[], []],
      [['Hello'], ['INTJ']],
      [['!', '!', '!'], ['PUNCT', 'PUNCT', 'PUNCT']],
      [['the', 'the', 'the', 'the'], ['DET', 'DET', 'DET', 'DET']],
      [['a', 'b', 'c'], ['SPACE', 'X', 'SYM']],
    ] as [string[], string[]][]) {
      const r = parse(w, p);
      expect(r.head).toHaveLength(w.length);
      if (w.length > 0) expect(isTree(r.head)).toBe(true);
    }
  });

  it('re-parses a CoNLL-U file keeping its tokens, with our UPOS (or the file\'s, on request)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-parse-'));
    const file = join(dir, 'in.conllu');
    // a deliberately wrong UPOS column: replaced by our tagger's unless goldUpos is set
    writeFileSync(
      file,
      '1\tRussia\t_\tNOUN\t_\t_\t_\t_\t_\t_\n2\tattacked\t_\tNOUN\t_\t_\t_\t_\t_\t_\n3\tUkraine\t_\tNOUN\t_\t_\t_\t_\t_\t_\n\n',
    );
    let ours = '';
    runParseConllu(file, (s) => (ours += s));
    expect(parseConllu(ours)[0].tokens.map((t) => t.upos)).toEqual(['PROPN', 'VERB', 'PROPN']);
    let kept = '';
    runParseConllu(file, (s) => (kept += s), { goldUpos: true });
    expect(parseConllu(kept)[0].tokens.map((t) => t.upos)).toEqual(['NOUN', 'NOUN', 'NOUN']);
  });

  it('re-parses a CoNLL-U file keeping tokens and comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-parse-'));
    const file = join(dir, 'in.conllu');
    writeFileSync(
      file,
      '# text = Russia attacked Ukraine.\n' +
        '1\tRussia\tRussia\tPROPN\tNNP\t_\t_\t_\t_\t_\n' +
        '2\tattacked\tattack\tVERB\tVBD\t_\t_\t_\t_\t_\n' +
        '3\tUkraine\tUkraine\tPROPN\tNNP\t_\t_\t_\t_\tSpaceAfter=No\n' +
        '4\t.\t.\tPUNCT\t.\t_\t_\t_\t_\t_\n\n',
    );
    let text = '';
    runParseConllu(file, (s) => (text += s));
    const [s] = parseConllu(text);
    expect(s.comments).toEqual(['text = Russia attacked Ukraine.']);
    expect(s.tokens.map((t) => [t.form, t.upos, t.head, t.deprel])).toEqual([
      ['Russia', 'PROPN', 2, 'nsubj'],
      ['attacked', 'VERB', 0, 'root'],
      ['Ukraine', 'PROPN', 2, 'obj'],
      ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(s.tokens[2].misc).toBe('SpaceAfter=No');
  });
});
