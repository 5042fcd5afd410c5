// The store commands through the CLI's main(): thin wrappers, documented exit codes.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, EXIT } from '../cli/main.js';

const FIX = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');
const tmp = mkdtempSync(join(tmpdir(), 'attache-cli-store-'));
const db = join(tmp, 'cli.db');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('attache ingest / query / timeline / export', () => {
  beforeAll(async () => {
    const r = await run('ingest', join(FIX, 'three-outlets.jsonl'), join(FIX, 'bad-records.jsonl'), '--db', db, '--workers', '0', '--progress-every', '0.001');
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toMatch(/^ingest: .* read, .* stored/m);
    expect(r.err).toMatch(/stored {6}6 article\(s\), 1 of them copies/);
    expect(r.err).toMatch(/rejected {4}4 \(.*not-json 1.*\) → .*cli\.db\.rejects\.jsonl/);
  });

  it('ingest --json prints the summary on stdout', async () => {
    const r = await run('ingest', join(FIX, 'three-outlets.jsonl'), '--db', db, '--workers', '0', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ stored: 0, known: 5, rejected: 0 });
  });

  it('query prints a table, with evidence on request', async () => {
    const r = await run('query', '--db', db, '--dyad', 'RUS,UKR', '--evidence');
    expect(r.code).toBe(EXIT.OK);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^id\s+date\s+dyad\s+event\s+ment\s+arts\s+srcs\s+first seen$/);
    expect(lines[1]).toMatch(/2022-03-07\s+RUSMIL → UKR\s+190 Use conventional military force.*\s4\s+4\s+3\s+2022-03-09$/);
    expect(lines[2]).toMatch(/Wire Service: “Russian forces attacked .*” \(according to Ukrainian officials\) \[fight\.attack\]/);
    expect(r.out).toMatch(/Valley Gazette \[copy\]/);
  });

  it('query as CSV and JSON', async () => {
    const csv = await run('query', '--db', db, '--actor', 'CHN', '--format', 'csv');
    expect(csv.out.trim().split('\r\n')).toHaveLength(2);
    const json = await run('query', '--db', db, '--text', 'Kremlin', '--format', 'json');
    // Every article reporting the meeting in the Kremlin also reports the attack: both stories match.
    expect(JSON.parse(json.out).map((s: { root: string }) => s.root)).toEqual(['19', '04']);
    expect(JSON.parse((await run('query', '--db', db, '--text', 'fisheries', '--format', 'json')).out).map((s: { root: string }) => s.root)).toEqual(['05']);
  });

  it('timeline shows both directions', async () => {
    const r = await run('timeline', 'UKR', 'RUS', '--db', db, '--by', 'month');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toMatch(/UKR → RUS .*│ RUS → UKR/);
    expect(r.out).toMatch(/^2022-03\s+0\s+0\s+0\s+0\s+0\s+0\.0\s+—\s+│\s+1\s+0\s+0\s+0\s+1\s+-10\.0\s+-10\.00$/m);
    const csv = await run('timeline', 'RUS', 'UKR', '--db', db, '--format', 'csv');
    expect(csv.out.split('\r\n')[1]).toBe('2022-03,RUS>UKR,1,4,0,0,0,1,-10,-10');
  });

  it('export writes GDELT rows of 61 tab-separated fields', async () => {
    const r = await run('export', '--db', db, '--format', 'gdelt');
    const rows = r.out.trim().split('\n');
    expect(rows.length).toBe(4);
    for (const row of rows) expect(row.split('\t')).toHaveLength(61);
    expect(r.err).toMatch(/exported 4 story event\(s\) as gdelt/);
  });

  it('usage errors exit 2; a missing store exits 1', async () => {
    expect((await run('query', '--db', db, '--dyad', 'RUS')).code).toBe(EXIT.USAGE);
    expect((await run('query', '--db', db, '--quad', '7')).code).toBe(EXIT.USAGE);
    expect((await run('timeline', 'RUS', '--db', db)).code).toBe(EXIT.USAGE);
    expect((await run('export', '--db', db, '--format', 'xml')).code).toBe(EXIT.USAGE);
    expect((await run('ingest', '--db', db)).code).toBe(EXIT.USAGE);
    const missing = await run('query', '--db', join(tmp, 'nope.db'));
    expect(missing.code).toBe(EXIT.INPUT);
    expect(missing.err).toMatch(/no such store/);
    expect((await run('ingest', join(tmp, 'nope.jsonl'), '--db', db)).code).toBe(EXIT.INPUT);
  });

  it('--help teaches the store commands', async () => {
    const r = await run('ingest', '--help');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toMatch(/attache ingest PATH…\|-/);
    expect(r.out).toMatch(/attache timeline USA CHN --by month/);
  });
});
