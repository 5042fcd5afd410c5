// Ingest: read → validate → (skip what the store has) → extract on worker threads → commit in input
// order, in batches, one writer. A run killed at any moment leaves a prefix of the input committed;
// running it again skips that prefix by its idempotency keys and finishes with the same store.
import { openSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { openStore, type Store } from '../store/store.js';
import { Writer, type RunCounts } from '../store/writer.js';
import { expandPaths, readSources, type ReadOptions } from './readers.js';
import { validate, isRejected, type Article, type RejectedRecord } from './record.js';
import { ExtractPool } from './pool.js';
import type { JobResult } from './job.js';

export interface IngestProgress extends RunCounts {
  /** bytes of input consumed and in all (0 when unknown, e.g. stdin) */
  bytesDone: number;
  bytesTotal: number;
  seconds: number;
  /** articles already in the store from an earlier run (a resumed run skips them) */
  known: number;
}

export interface IngestSummary extends IngestProgress {
  db: string;
  rejectsFile: string | null;
  reasons: Record<string, number>;
  storiesTotal: number;
  /** seconds the writer spent committing (the part of a run that does not parallelise) */
  writeSeconds: number;
}

export interface IngestOptions {
  /** the store file (default attache.db) or an open store */
  db?: string | Store;
  /** extraction threads; 0 extracts in this thread (default: all cores) */
  workers?: number;
  /**
   * With worker threads, set V8's optimisation heuristics for long extraction runs (src/ingest/pool.ts):
   * process-wide, results unchanged; false leaves the host process's V8 flags alone (default true)
   */
  tuneV8?: boolean;
  /** date and outlet for records that carry none */
  date?: string | null;
  outlet?: string | null;
  /** where rejected records go, one JSON line each (default DB.rejects.jsonl; null: nowhere) */
  rejects?: string | null;
  /** articles per transaction at most (default: 100, growing to 400 as a long run goes on) */
  batchSize?: number;
  /** called after commits, at most every progressMs (default 500) */
  onProgress?: (p: IngestProgress) => void;
  progressMs?: number;
  stdin?: NodeJS.ReadableStream;
  kind?: ReadOptions['kind'];
}

interface Pending {
  article: Article;
  result: JobResult | null;
  done: Promise<void>;
}

const MIN_BATCH = 100;
const MAX_BATCH = 400;

/** Ingests files, directories, globs or "-" into the store; never stops on a bad record. */
export async function ingest(paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const sources = expandPaths(paths);
  const ownStore = typeof opts.db !== 'object';
  const store = typeof opts.db === 'object' ? opts.db : openStore(opts.db ?? 'attache.db');
  const writer = new Writer(store);
  const rejectsPath = opts.rejects === undefined ? (store.path === ':memory:' ? null : `${store.path}.rejects.jsonl`) : opts.rejects;
  const rejectsFd = rejectsPath ? openSync(rejectsPath, 'w') : null;
  const workers = opts.workers ?? availableParallelism();
  const pool = new ExtractPool(workers, { tuneV8: opts.tuneV8 });
  // A commit has a fixed cost (story counts, index pages written once per transaction), so a long run
  // commits larger batches; a short one still commits early and often, so little is redone after a crash.
  const nextBatchSize = () => opts.batchSize ?? Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(c.stored / 8)));
  // Room for two batches: one is committed (see drain) while the workers extract the next.
  const maxInFlight = Math.max(8, workers * 16, 2 * (opts.batchSize ?? MAX_BATCH));
  const bytesTotal = sources.reduce((s, x) => s + x.bytes, 0);
  const c: RunCounts = { read: 0, stored: 0, duplicates: 0, copies: 0, rejected: 0, events: 0, stories: 0 };
  let known = 0;
  let bytesDone = 0;
  const reasons: Record<string, number> = {};
  const runId = writer.batch(() => writer.startRun({ paths, date: opts.date ?? null, outlet: opts.outlet ?? null }));
  const inFlight = new Set<string>();
  const queue: Pending[] = [];
  let lastProgress = 0;
  const progressMs = opts.progressMs ?? 500;
  const progress = (force = false) => {
    if (!opts.onProgress) return;
    const now = performance.now();
    if (!force && now - lastProgress < progressMs) return;
    lastProgress = now;
    opts.onProgress({ ...c, known, bytesDone, bytesTotal, seconds: (now - t0) / 1000 });
  };

  const reject = (r: RejectedRecord) => {
    c.rejected++;
    reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
    if (rejectsFd !== null) writeSync(rejectsFd, JSON.stringify({ where: r.where, kind: r.kind, id: r.id ?? null, reason: r.reason, message: r.message }) + '\n');
  };

  let writeMs = 0;
  const commit = (ready: Pending[]) => {
    const w0 = performance.now();
    writer.batch(() => {
      for (const p of ready) {
        const r = p.result!;
        if ('error' in r) {
          reject({ where: p.article.where, kind: p.article.kind, reason: 'extract-failed', message: r.error, id: p.article.extId });
          continue;
        }
        const out = writer.add(p.article, r.result, r.sig, runId);
        if (out.status === 'duplicate') c.duplicates++;
        else {
          c.stored++;
          c.events += out.events;
          c.stories += out.newStories;
          if (out.copyOf !== null) c.copies++;
        }
      }
      writer.updateRun(runId, c, 'running');
    });
    writeMs += performance.now() - w0;
    for (const p of ready) {
      if (p.article.urlKey) inFlight.delete('u' + p.article.urlKey);
      inFlight.delete('h' + p.article.hash);
    }
    progress();
  };

  const drain = async (upTo: number) => {
    while (queue.length > Math.max(0, upTo)) {
      // A whole batch, not whatever happens to be ready: results arrive one at a time, and committing
      // each as it came made a transaction of one or two articles, which cost the writer more than the articles.
      const size = nextBatchSize();
      await Promise.all(queue.slice(0, Math.min(size, queue.length)).map((p) => p.done));
      const ready: Pending[] = [];
      while (queue.length && queue[0].result && ready.length < size) ready.push(queue.shift()!);
      commit(ready);
    }
  };

  let seq = 0;
  let status: 'done' | 'failed' = 'failed';
  try {
    const items = readSources(sources, { stdin: opts.stdin, kind: opts.kind, onBytes: (n) => (bytesDone += n) });
    for await (const item of items) {
      c.read++;
      if ('reject' in item) {
        reject(item.reject);
        progress();
        continue;
      }
      const v = validate(item.record, { date: opts.date, outlet: opts.outlet });
      if (isRejected(v)) {
        reject(v);
        progress();
        continue;
      }
      // Already stored (an earlier run, or earlier in this input): skipped before any extraction.
      const dup = writer.duplicateOf(v.urlKey, v.hash);
      if (dup) {
        if (storedBy(store, dup.of) === runId) c.duplicates++;
        else known++;
        progress();
        continue;
      }
      if ((v.urlKey && inFlight.has('u' + v.urlKey)) || inFlight.has('h' + v.hash)) {
        c.duplicates++;
        continue;
      }
      if (v.urlKey) inFlight.add('u' + v.urlKey);
      inFlight.add('h' + v.hash);
      const p: Pending = { article: v, result: null, done: Promise.resolve() };
      p.done = pool.run({ seq: seq++, id: v.extId, text: v.text, date: v.date, outlet: v.outlet, title: v.title }).then((r) => {
        p.result = r;
      });
      queue.push(p);
      if (queue.length >= maxInFlight) await drain(maxInFlight >> 1);
    }
    await drain(0);
    status = 'done';
  } finally {
    await pool.close();
    try {
      writer.batch(() => writer.updateRun(runId, c, status));
    } finally {
      if (rejectsFd !== null) closeSync(rejectsFd);
    }
    progress(true);
  }
  const storiesTotal = (store.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
  if (ownStore) store.close();
  return { ...c, known, bytesDone, bytesTotal, seconds: (performance.now() - t0) / 1000, db: store.path, rejectsFile: rejectsPath, reasons, storiesTotal, writeSeconds: writeMs / 1000 };
}

function storedBy(store: Store, articleId: number): number | null {
  const r = store.db.prepare('SELECT run_id FROM articles WHERE id = ?').get(articleId) as { run_id: number | null } | undefined;
  return r?.run_id ?? null;
}
