import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, EXIT } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-cli-'));
function file(name: string, body: string | Buffer): string {
  const f = join(dir, name);
  writeFileSync(f, body);
  return f;
}

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const article = 'Russia attacked Ukraine on Monday, officials said.\n';

describe('attache extract: bad input gets one clear line and a documented exit code', () => {
  it('--version prints the version and exits 0', async () => {
    const r = await run('--version');
    expect(r).toMatchObject({ code: EXIT.OK, out: 'attache 0.1.0\n' });
  });

  it('a path that does not exist → 1', async () => {
    const r = await run('extract', join(dir, 'nope.txt'));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.err).toMatch(/nope\.txt: no such file/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('an empty file → 1', async () => {
    const r = await run('extract', file('empty.txt', ''));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.err).toMatch(/empty/);
  });
  it('a binary file → 1', async () => {
    const r = await run('extract', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.err).toMatch(/binary/);
  });
  it('invalid UTF-8 → 1, with where the bad byte is', async () => {
    const r = await run('extract', file('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, dit-il.')])));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.err).toMatch(/not valid UTF-8 \(first bad byte near offset 3\)/);
  });
  it('a 10 MB file → 1, naming the limit', async () => {
    const r = await run('extract', file('big.txt', 'a'.repeat(10 * 1024 * 1024)));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.err).toMatch(/10\.0 MB is over the 5\.0 MB limit/);
  });
  it('an invalid --date → 2', async () => {
    const r = await run('extract', file('a.txt', article), '--date', '2022-02-30');
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toMatch(/--date "2022-02-30" is not a valid/);
  });
  it('an unknown option → 2', async () => {
    const r = await run('extract', file('a2.txt', article), '--colour');
    expect(r.code).toBe(EXIT.USAGE);
  });
  it('--help teaches and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toMatch(/Examples:/);
    expect(r.out).toMatch(/Exit status/);
  });
});

describe('attache extract output', () => {
  it('without --date the table says today was assumed', async () => {
    const r = await run('extract', file('b.txt', article));
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toMatch(/no --date given: today's date assumed/);
  });
  it('--format json writes the OUTPUT.md fields', async () => {
    const r = await run('extract', file('c.txt', article), '--date', '2022-03-05', '--format', 'json');
    const j = JSON.parse(r.out);
    for (const k of ['events', 'relations', 'timexes', 'attributions', 'places', 'actors']) expect(Array.isArray(j[k])).toBe(true);
  });
});

describe('attache extract --jsonl', () => {
  it('one result a line, same ids and order; a bad line is reported with its number and the batch goes on', async () => {
    const f = file('cases.jsonl', [
      JSON.stringify({ id: 'a', text: article, date: '2022-03-05' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'China criticized Japan.', date: 'yesterday' }),
      JSON.stringify({ id: 'd', text: 'Japan praised India.' }),
    ].join('\n'));
    const r = await run('extract', '--jsonl', f);
    expect(r.code).toBe(EXIT.INPUT);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd']);
    expect(out[1].line).toBe(2);
    expect(out[2].error.code).toBe('INPUT_BAD_DATE');
    expect(r.err).toMatch(/cases\.jsonl:2: not JSON/);
    expect(r.err).toMatch(/cases\.jsonl:3: "date"/);
    expect(out[3].events).toBeDefined();
  });
});

describe('attache eval (issue 3)', () => {
  const goldFile = () => file('gold.jsonl', [
    JSON.stringify({ id: 'g1', text: 'Russia attacked Ukraine on Monday.', date: '2022-03-02', events: [{ source: 'RUS', target: 'UKR', code: '190' }] }),
    JSON.stringify({ id: 'g2', text: 'The weather was fine.', date: '2022-03-02', expect_no_event: true }),
  ].join('\n'));

  it('scores a gold file and lists errors on request', async () => {
    const r = await run('eval', goldFile(), '--errors', '5');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toMatch(/event F1\s+1\.000/);
    expect(r.out).toMatch(/spurious rate \(no-event cases\)\s+0\.000/);
  });

  it('--pred scores saved predictions: an empty prediction misses the event', async () => {
    const pred = file('pred.jsonl', [JSON.stringify({ id: 'g1', events: [] }), JSON.stringify({ id: 'g2', events: [] })].join('\n'));
    const r = await run('eval', '--pred', pred, goldFile(), '--json');
    const j = JSON.parse(r.out.trim());
    expect(j.metrics['event recall'].value).toBe(0);
  });

  it('a gold line that is not JSON is reported with its line number (exit 1)', async () => {
    const r = await run('eval', file('bad-gold.jsonl', '{"id":"x","text":"a"}\n{oops\n'));
    expect(r.code).toBe(EXIT.INPUT);
    expect(r.err).toMatch(/bad-gold\.jsonl:2: not JSON/);
  });
});

describe('attache parse (issue 4)', () => {
  it('parses raw text to CoNLL-U with our heads', async () => {
    const r = await run('parse', file('p.txt', 'Russia attacked Ukraine.\n'));
    expect(r.code).toBe(EXIT.OK);
    const rows = r.out.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));
    expect(rows.map((c) => [c[1], c[6], c[7]])).toEqual([['Russia', '2', 'nsubj'], ['attacked', '0', 'root'], ['Ukraine', '2', 'obj'], ['.', '2', 'punct']]);
  });
  it('--conllu-in keeps the file\'s tokens and writes our HEAD and DEPREL', async () => {
    const conllu = ['# text = Russia attacked Ukraine .', '1\tRussia\t_\tPROPN\t_\t_\t0\t_\t_\t_', '2\tattacked\t_\tVERB\t_\t_\t0\t_\t_\t_', '3\tUkraine\t_\tPROPN\t_\t_\t0\t_\t_\t_', '4\t.\t_\tPUNCT\t_\t_\t0\t_\t_\t_', ''].join('\n');
    const r = await run('parse', '--conllu-in', file('in.conllu', conllu));
    expect(r.out).toMatch(/# text = Russia attacked Ukraine \./);
    expect(r.out).toMatch(/^2\tattacked\t_\tVERB\t_\t_\t0\troot/m);
  });
});
