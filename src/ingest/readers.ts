// Readers: paths (files, directories, globs, "-") in, raw records out, in a stable order — the order
// is what makes a resumed run equal to an uninterrupted one (docs/STORE.md).
import { createReadStream, readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { InputError } from '../errors.js';
import { readPage, fragmentText } from './html.js';
import type { RawRecord, RejectedRecord } from './record.js';

export type Kind = RawRecord['kind'];
export type ReadItem = { record: RawRecord } | { reject: RejectedRecord };

export interface Source {
  /** a file path, or "-" for stdin */
  path: string;
  /** bytes on disk (compressed size for .gz); 0 for stdin */
  bytes: number;
}

const KNOWN = /\.(txt|text|html?|xhtml|xml|rss|atom|jsonl|ndjson)(\.gz)?$/i;

/** The kind a file is by its name; null when the name does not say (its content will). */
export function kindOfName(name: string): Kind | null {
  const n = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(n)) return 'jsonl';
  if (/\.(html?|xhtml)$/.test(n)) return 'html';
  if (/\.(xml|rss|atom)$/.test(n)) return 'feed';
  if (/\.(txt|text)$/.test(n)) return 'text';
  return null;
}

/** The kind of some content by its first bytes. */
export function sniff(head: string): Kind {
  const s = head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(s) || /^<(rss|feed|rdf:rdf)\b/.test(s)) return 'feed';
  if (s.startsWith('<!doctype html') || s.startsWith('<html') || (s.startsWith('<') && /<(body|head|p|div|article)\b/.test(s))) return 'html';
  if (s.startsWith('{')) return 'jsonl';
  return 'text';
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const j = glob.indexOf(']', i);
      if (j < 0) re += '\\[';
      else {
        re += glob.slice(i, j + 1);
        i = j;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (KNOWN.test(name)) out.push(p);
  }
}

/**
 * Expands the command line's paths to files in a stable order: each path in the order given, a
 * directory's files (recursively, known extensions only) sorted by name, a glob's matches sorted.
 */
export function expandPaths(paths: string[]): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push({ path: p, bytes: p === '-' ? 0 : statSync(p).size });
  };
  for (const p of paths) {
    if (p === '-') {
      add('-');
      continue;
    }
    if (existsSync(p)) {
      if (statSync(p).isDirectory()) {
        const files: string[] = [];
        walk(p, files);
        files.forEach(add);
      } else add(p);
      continue;
    }
    if (/[*?[]/.test(p)) {
      const first = p.search(/[*?[]/);
      const base = p.lastIndexOf('/', first) >= 0 ? p.slice(0, p.lastIndexOf('/', first)) || '/' : '.';
      if (!existsSync(base) || !statSync(base).isDirectory()) throw new InputError('INPUT_NOT_FOUND', `${p}: no files match`);
      const files: string[] = [];
      walk(base, files);
      const re = globToRegExp(p.startsWith('./') ? p.slice(2) : p);
      const matches = files.filter((f) => re.test(f));
      if (!matches.length) throw new InputError('INPUT_NOT_FOUND', `${p}: no files match`);
      matches.forEach(add);
      continue;
    }
    throw new InputError('INPUT_NOT_FOUND', `${p}: no such file or directory`);
  }
  return out;
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    const t = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  } catch {
    return null;
  }
}

const isGzip = (b: Buffer) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

export interface ReadOptions {
  /** called with the number of (on-disk) bytes consumed, for progress */
  onBytes?: (n: number) => void;
  /** force a kind for stdin or unrecognised names */
  kind?: Kind;
  stdin?: NodeJS.ReadableStream;
}

/** Every raw record of every source, in order. Never throws for bad content: that becomes a reject. */
export async function* readSources(sources: Source[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const src of sources) yield* readSource(src, opts);
}

async function* readSource(src: Source, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const where = src.path === '-' ? 'stdin' : src.path;
  const nameKind = src.path === '-' ? null : kindOfName(src.path);
  const kind = opts.kind ?? nameKind;
  if (kind === 'jsonl' || (kind === null && src.path !== '-' && /\.gz$/i.test(src.path))) {
    yield* readJsonl(src, where, opts);
    return;
  }
  // Everything else is read whole (one page, one feed, one text), sniffed when the name does not say.
  let bytes: Buffer;
  try {
    bytes = src.path === '-' ? await readAll(opts.stdin ?? process.stdin) : readFileSync(src.path);
  } catch (err) {
    yield { reject: { where, kind: kind ?? 'text', reason: 'unreadable', message: (err as Error).message } };
    return;
  }
  opts.onBytes?.(src.bytes || bytes.length);
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      yield { reject: { where, kind: kind ?? 'text', reason: 'unreadable', message: `bad gzip data (${(err as Error).message})` } };
      return;
    }
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    yield { reject: { where, kind: kind ?? 'text', reason: 'not-utf8', message: 'not valid UTF-8' } };
    return;
  }
  const k = kind ?? sniff(text);
  if (k === 'jsonl') yield* jsonlLines(text.split('\n'), where);
  else if (k === 'html') yield readHtml(text, where);
  else if (k === 'feed') yield* readFeed(text, where);
  else yield readText(text, where);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}

function readText(text: string, where: string): ReadItem {
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const title = first.length <= 200 && !/[.!?]["”’]?$/.test(first) ? first : null;
  return { record: { where, kind: 'text', title, text } };
}

function readHtml(html: string, where: string): ReadItem {
  let page: ReturnType<typeof readPage>;
  try {
    page = readPage(html);
  } catch (err) {
    return { reject: { where, kind: 'html', reason: 'unparseable-html', message: `cannot parse HTML (${(err as Error).message})` } };
  }
  if (!page) return { reject: { where, kind: 'html', reason: 'unparseable-html', message: 'no article text found in the page' } };
  return { record: { where, kind: 'html', url: page.url, outlet: page.outlet, date: page.date, title: page.title, text: page.text } };
}

function* readFeed(xml: string, where: string): Generator<ReadItem> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    yield { reject: { where, kind: 'feed', reason: 'unparseable-feed', message: `not an RSS or Atom feed (${(err as Error).message})` } };
    return;
  }
  const outlet = feed.title ?? null;
  let i = 0;
  for (const item of feed.items) {
    i++;
    const body = item.content ?? item.description ?? '';
    let text: string;
    try {
      text = fragmentText(body);
    } catch {
      text = '';
    }
    yield {
      record: { where: `${where}#${i}`, kind: 'feed', id: item.id ?? null, url: item.url ?? null, outlet, date: item.published ?? item.updated ?? null, title: item.title ?? null, text },
    };
  }
}

function* jsonlLines(lines: Iterable<string>, where: string): Generator<ReadItem> {
  let n = 0;
  for (const line of lines) {
    n++;
    const item = jsonlLine(line, `${where}:${n}`);
    if (item) yield item;
  }
}

function jsonlLine(line: string, where: string): ReadItem | null {
  if (line.trim() === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return { reject: { where, kind: 'jsonl', reason: 'not-json', message: `not JSON (${(err as Error).message})` } };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { reject: { where, kind: 'jsonl', reason: 'not-object', message: 'a record must be a JSON object' } };
  const o = v as Record<string, unknown>;
  return { record: { where, kind: 'jsonl', id: o.id, url: o.url, outlet: o.outlet, date: o.date, title: o.title, text: o.text } };
}

async function* readJsonl(src: Source, where: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  let input: NodeJS.ReadableStream;
  if (src.path === '-') {
    input = opts.stdin ?? process.stdin;
  } else {
    const file = createReadStream(src.path);
    file.on('data', (c) => opts.onBytes?.(c.length));
    input = file;
  }
  // Gzip is recognised by its magic bytes, whatever the name says.
  const stream = await gunzipIfNeeded(input);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      const item = jsonlLine(line, `${where}:${n}`);
      if (item) yield item;
    }
  } catch (err) {
    yield { reject: { where: `${where}:${n + 1}`, kind: 'jsonl', reason: 'unreadable', message: `cannot read further (${(err as Error).message})` } };
  } finally {
    rl.close();
  }
}

async function gunzipIfNeeded(input: NodeJS.ReadableStream): Promise<NodeJS.ReadableStream> {
  const it = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return Readable.from([]);
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value as unknown as string);
  const rest = Readable.from((async function* () {
    yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  })());
  return isGzip(head) ? rest.pipe(createGunzip()) : rest;
}

