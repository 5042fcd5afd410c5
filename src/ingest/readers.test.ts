import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expandPaths, readSources, sniff, type ReadItem } from './readers.js';

const FIX = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'ingest');

async function readAll(paths: string[], stdin?: NodeJS.ReadableStream): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of readSources(expandPaths(paths), { stdin })) out.push(x);
  return out;
}
const records = (xs: ReadItem[]) => xs.flatMap((x) => ('record' in x ? [x.record] : []));
const rejects = (xs: ReadItem[]) => xs.flatMap((x) => ('reject' in x ? [x.reject] : []));

describe('input kinds', () => {
  it('plain text: the whole file is the article, its first short line the title', async () => {
    const [r] = records(await readAll([join(FIX, 'note.txt')]));
    expect(r).toMatchObject({ kind: 'text', title: 'Brazil and Argentina sign energy deal' });
    expect(r.text).toMatch(/^Brazil and Argentina sign energy deal\n\nBrazil signed/);
  });
  it('HTML: main text via Readability, metadata from the page, boilerplate dropped', async () => {
    const [r] = records(await readAll([join(FIX, 'page.html')]));
    expect(r).toMatchObject({ kind: 'html', title: 'Kenya hosts Horn of Africa talks', outlet: 'The Nairobi Courier', url: 'https://courier.example/africa/kenya-hosts-talks', date: '2023-05-17T08:30:00+03:00' });
    expect(r.text).toMatch(/^Kenyan President William Ruto met/);
    expect(r.text).not.toMatch(/Advertisement|Read more|Sign in|Subscribe|All rights reserved/);
    expect((r.text as string).split('\n\n')).toHaveLength(3);
  });
  it('HTML with no article in it is rejected, not stored', async () => {
    expect(rejects(await readAll([join(FIX, 'broken.html')]))).toEqual([expect.objectContaining({ reason: 'unparseable-html' })]);
  });
  it('RSS: one record per item, the channel title as outlet, HTML in descriptions flattened', async () => {
    const rs = records(await readAll([join(FIX, 'feed.rss')]));
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ kind: 'feed', outlet: 'Andes Daily', title: 'Peru recalls ambassador', url: 'https://andes.example/peru-recalls-ambassador', id: 'andes-101' });
    expect(rs[0].text).toBe('Peru recalled its ambassador to Mexico on Wednesday, the foreign ministry in Lima said.\n\nThe decision followed weeks of tension between the two governments over the political crisis in Lima.');
    expect((rs[0].date as Date).toISOString()).toBe('2023-02-02T14:00:00.000Z');
  });
  it('Atom: entries with escaped HTML content', async () => {
    const [r] = records(await readAll([join(FIX, 'feed.atom')]));
    expect(r).toMatchObject({ outlet: 'Baltic Wire', title: 'Estonia expels diplomat', url: 'https://baltic.example/estonia-expels-diplomat' });
    expect(r.text).toBe('Estonia expelled a Russian diplomat on Tuesday, the foreign ministry in Tallinn said.');
  });
  it('JSONL and JSONL.gz: one record a line, positions by line number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-read-'));
    const gz = join(dir, 'c.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(FIX, 'three-outlets.jsonl'))));
    const plain = records(await readAll([join(FIX, 'three-outlets.jsonl')]));
    const zipped = records(await readAll([gz]));
    expect(plain).toHaveLength(5);
    expect(zipped.map((r) => [r.id, r.text])).toEqual(plain.map((r) => [r.id, r.text]));
    expect(zipped[3].where).toBe(`${gz}:4`);
  });
  it('bad JSONL lines become rejects with their line numbers; blank lines are skipped', async () => {
    const items = await readAll([join(FIX, 'bad-records.jsonl')]);
    expect(rejects(items).map((r) => [r.where.split(':').pop(), r.reason])).toEqual([['2', 'not-json'], ['5', 'not-object']]);
    expect(records(items)).toHaveLength(4);
  });
  it('stdin: sniffed (here JSONL, gzipped)', async () => {
    const items = await readAll(['-'], Readable.from([gzipSync(readFileSync(join(FIX, 'three-outlets.jsonl')))]));
    expect(records(items).map((r) => r.id)).toEqual(['wire-1', 'planet-1', 'ledger-1', 'gazette-1', 'wire-1-again']);
    expect(records(items)[0].where).toBe('stdin:1');
  });
  it('directories (recursive, sorted, known extensions) and globs expand in a stable order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-glob-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['b.txt', 'a.html', 'sub/c.jsonl', 'skip.pdf', '.hidden.txt']) writeFileSync(join(dir, f), 'x');
    expect(expandPaths([dir]).map((s) => s.path.slice(dir.length + 1))).toEqual(['a.html', 'b.txt', 'sub/c.jsonl']);
    expect(expandPaths([join(dir, '*.txt')]).map((s) => s.path.slice(dir.length + 1))).toEqual(['b.txt']);
    expect(expandPaths([join(dir, '**/*.jsonl')]).map((s) => s.path.slice(dir.length + 1))).toEqual(['sub/c.jsonl']);
    expect(() => expandPaths([join(dir, 'nope.txt')])).toThrow(/no such file/);
  });
  it('sniffs content when the name does not say', () => {
    expect(sniff('<?xml version="1.0"?>\n<rss version="2.0">')).toBe('feed');
    expect(sniff('<!DOCTYPE html><html>')).toBe('html');
    expect(sniff('{"id": 1}')).toBe('jsonl');
    expect(sniff('Russia attacked Ukraine.')).toBe('text');
  });
});
