// Crash safety: an ingest child process killed with SIGKILL mid-run, then run again, must leave exactly
// the store an uninterrupted run makes (same articles, events and story events, same ids).
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingest } from './ingest.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'attache-resume-'));

/** A hand-made corpus: short articles from templates, with exact duplicates and syndicated copies mixed in. */
function corpus(n: number): string {
  const countries = ['Russia', 'Ukraine', 'China', 'Japan', 'France', 'Germany', 'Brazil', 'India', 'Iran', 'Turkey', 'Egypt', 'Kenya'];
  const verbs = ['criticized', 'praised', 'threatened', 'met', 'accused', 'attacked', 'hosted', 'sanctioned', 'condemned', 'visited'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const outlets = ['Wire Service', 'Daily Planet', 'Morning Ledger', 'Harbour Times', 'Valley Gazette', 'Andes Daily'];
  const texts: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = countries[i % countries.length];
    const b = countries[(i * 5 + 3) % countries.length] === a ? countries[(i + 1) % countries.length] : countries[(i * 5 + 3) % countries.length];
    let text =
      `${a} ${verbs[i % verbs.length]} ${b} on ${days[i % days.length]}, officials said.\n\n` +
      `Residents of district ${i} in the capital followed the news on radio and television through the evening, and ${outlets[i % 6]} correspondents reported long queues.\n\n` +
      `${b} ${verbs[(i * 3) % verbs.length]} ${a} later in the week, according to diplomats.`;
    if (i % 10 === 9) text = texts[i - 5]; // the same text again: stored once
    else if (i % 7 === 6) text = texts[i - 3] + '\n\nReporting by the wire desk.'; // a syndicated copy
    texts.push(text);
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(JSON.stringify({ id: `a${i}`, url: `https://news${i % 6}.example/story/${i}`, outlet: outlets[i % 6], date: `2022-02-${day}`, title: null, text }));
  }
  return lines.join('\n') + '\n';
}

function cli(args: string[]) {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const main = pathToFileURL(join(ROOT, 'src', 'cli', 'main.ts')).href;
  const script = `import(${JSON.stringify(main)}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
  return spawn(process.execPath, ['--import', tsx, '-e', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Everything a store holds but the bookkeeping of runs. */
function dump(db: string) {
  const d = new Database(db, { readonly: true });
  const all = (sql: string) => d.prepare(sql).all();
  const out = {
    articles: all('SELECT id, ext_id, url, url_key, hash, outlet, date, title, text, kind, source, copy_of, similarity, minhash, n_events FROM articles ORDER BY id'),
    events: all('SELECT * FROM events ORDER BY id'),
    stories: all('SELECT * FROM stories ORDER BY id'),
    evidence: all('SELECT * FROM evidence ORDER BY event_id, ord'),
    attributions: all('SELECT * FROM attributions ORDER BY event_id, depth'),
    actors: all('SELECT * FROM actors ORDER BY article_id, ord'),
    relations: all('SELECT * FROM relations ORDER BY article_id, ord'),
    bands: all('SELECT * FROM article_bands ORDER BY key, article_id'),
    fts: all(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'officials' ORDER BY rowid`),
  };
  d.close();
  return out;
}

describe('crash and resume', () => {
  it('a run killed with SIGKILL mid-run and started again makes the same store as an uninterrupted run', async () => {
    const input = join(tmp, 'corpus.jsonl');
    writeFileSync(input, corpus(260));
    const clean = join(tmp, 'clean.db');
    const cleanRun = await ingest([input], { db: clean, workers: 0 });
    expect(cleanRun.stored).toBeGreaterThan(220);
    expect(cleanRun.copies).toBeGreaterThan(15);

    const crashed = join(tmp, 'crashed.db');
    const child = cli(['ingest', input, '--db', crashed, '--workers', '2', '--quiet']);
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let atKill = 0;
    for (let t = 0; t < 600; t++) {
      atKill = count(crashed);
      if (atKill > 0 || child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill('SIGKILL');
    await exited;
    expect(stderr).toBe('');
    expect(atKill).toBeGreaterThan(0);
    const partial = count(crashed);
    expect(partial).toBeLessThan(cleanRun.stored); // it really was killed mid-run

    const again = cli(['ingest', input, '--db', crashed, '--workers', '2', '--json']);
    let out = '';
    again.stdout.on('data', (c) => (out += c));
    again.stderr.on('data', (c) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => again.on('exit', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.known).toBeGreaterThanOrEqual(partial);
    expect(summary.stored).toBe(cleanRun.stored - partial);

    const a = dump(clean);
    const b = dump(crashed);
    expect(b.articles.length).toBe(cleanRun.stored);
    for (const k of Object.keys(a) as (keyof typeof a)[]) expect(b[k], k).toEqual(a[k]);
  }, 120_000);
});
