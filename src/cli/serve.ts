// attache serve: the HTTP API and the dashboard over one store, until SIGINT/SIGTERM.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { UsageError } from '../errors.js';
import { openStore, storeStats, DEFAULT_DB } from '../store/store.js';
import { startServer } from '../api/server.js';
import { parseCommand, type CmdIo } from './query.js';

export interface ServeOptions {
  /** stop serving when aborted (default: on SIGINT or SIGTERM) */
  signal?: AbortSignal;
  /** told the URL once listening (tests) */
  onListening?: (url: string) => void;
}

const ROOT = join(import.meta.dirname, '..', '..');
/** The bundled sample articles; the API's test fixture stands in where the samples are not shipped yet. */
export const SAMPLE_DIRS = [join(ROOT, 'examples', 'sample'), join(ROOT, 'test', 'fixtures', 'api')];

export function sampleFiles(): string[] {
  for (const dir of SAMPLE_DIRS) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
    if (files.length) return files.map((f) => join(dir, f));
  }
  return [];
}

export async function serveCommand(argv: string[], io: CmdIo, opts: ServeOptions = {}): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, sample: { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`serve takes options only, not "${positionals[0]}" (see attache --help)`);
  const port = v.port === undefined ? 8080 : Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0–65535), not "${v.port}"`);
  const host = (v.host as string | undefined) ?? '127.0.0.1';
  if (!host) throw new UsageError('--host must not be empty');
  const db = (v.db as string | undefined) ?? DEFAULT_DB;
  if (v.sample && !existsSync(db)) {
    // npm start: a first run makes a store from the bundled samples; later runs serve it as it is.
    const files = sampleFiles();
    if (!files.length) throw new UsageError('--sample: no sample articles found (examples/sample/*.jsonl)');
    io.out(`attache: no store at ${db} yet; ingesting the sample articles (${files.map((f) => f.slice(ROOT.length + 1)).join(', ')})\n`);
    const sum = await ingest(files, { db, rejects: null });
    io.out(`attache: stored ${sum.stored} articles, ${sum.storiesTotal} story events\n`);
  }
  const store = openStore(db, { readonly: true });
  let server;
  try {
    server = await startServer({
      store,
      port,
      host,
      onInternalError: (err, c) => io.err(`attache: ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? String(err)}\n`),
    });
  } catch (err) {
    store.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is in use; choose another with --port`);
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new UsageError(`cannot listen on --host ${host}`);
    throw err;
  }
  const s = storeStats(store);
  io.out(`attache: serving ${resolve(db)} (${s.articles} articles, ${s.stories} story events)\n`);
  io.out(`attache: dashboard ${server.url}/   API ${server.url}/api/…   OpenAPI ${server.url}/openapi.json\n`);
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') io.err(`attache: listening on ${host}: anyone who can reach it can read this store\n`);
  opts.onListening?.(server.url);
  await new Promise<void>((done) => {
    if (opts.signal) {
      if (opts.signal.aborted) done();
      else opts.signal.addEventListener('abort', () => done(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  store.close();
  return 0;
}

export function runServe(argv: string[], io: CmdIo): Promise<number> {
  return serveCommand(argv, io);
}
