// The embedded store: one SQLite file (WAL), opened and migrated here. Everything else in src/store
// works on a Store.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AttacheError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export const DEFAULT_DB = 'attache.db';

export interface Store {
  readonly path: string;
  readonly db: Database.Database;
  close(): void;
}

export interface OpenOptions {
  /** open an existing store for reading only (query, timeline, export) */
  readonly?: boolean;
}

/** Opens (creating and migrating when writable) the store at `path`. */
export function openStore(path: string, opts: OpenOptions = {}): Store {
  if (opts.readonly && !existsSync(path)) throw new AttacheError('STORE_INVALID', `${path}: no such store (make one with attache ingest)`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new AttacheError('STORE_INVALID', `${path}: is a directory, not a store file`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    db.pragma('busy_timeout = 10000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
  } catch (err) {
    throw new AttacheError('STORE_INVALID', `${path}: cannot open as a store (${(err as Error).message})`, { cause: err });
  }
  try {
    migrate(db, path, !!opts.readonly);
  } catch (err) {
    db.close();
    throw err;
  }
  return { path, db, close: () => db.close() };
}

function migrate(db: Database.Database, path: string, readonly: boolean): void {
  let version: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw new AttacheError('STORE_INVALID', `${path}: not an SQLite database (${(err as Error).message})`, { cause: err });
  }
  if (version > SCHEMA_VERSION) {
    throw new AttacheError('STORE_VERSION', `${path}: store schema version ${version} is newer than this attache understands (${SCHEMA_VERSION}); upgrade attache`);
  }
  if (version === 0) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    if (tables.n > 0) throw new AttacheError('STORE_INVALID', `${path}: an SQLite database, but not an attache store`);
  }
  if (version === SCHEMA_VERSION) return;
  if (readonly) throw new AttacheError('STORE_VERSION', `${path}: store schema version ${version} needs migrating to ${SCHEMA_VERSION}; run attache ingest on it once`);
  for (const m of MIGRATIONS) {
    if (m.version <= version) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** Counts for a summary or a status line. */
export function storeStats(store: Store): { articles: number; copies: number; events: number; stories: number; outlets: number; bytes: number } {
  const one = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
  let bytes = 0;
  for (const suffix of ['', '-wal']) if (existsSync(store.path + suffix)) bytes += statSync(store.path + suffix).size;
  return {
    articles: one('SELECT count(*) AS n FROM articles'),
    copies: one('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL'),
    events: one('SELECT count(*) AS n FROM events'),
    stories: one('SELECT count(*) AS n FROM stories'),
    outlets: one('SELECT count(DISTINCT lower(outlet)) AS n FROM articles'),
    bytes,
  };
}
