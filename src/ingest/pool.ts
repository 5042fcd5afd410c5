// Extraction on all cores: a fixed pool of worker threads, jobs handed to whichever is free.
// With 0 workers the jobs run in the calling thread (tests, tiny inputs).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { extractJob, type Job, type JobResult } from './job.js';

interface Slot {
  worker: Worker;
  busy: { job: Job; resolve: (r: JobResult) => void; reject: (e: Error) => void } | null;
}

function spawn(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Running from source (tsx, vitest): the worker registers the TypeScript loader before loading itself.
    // (tsx registers itself on the main thread only under Node 20, so the worker registers its hooks.)
    const hooks = pathToFileURL(createRequire(here).resolve('tsx/esm')).href;
    const entry = new URL('./worker.ts', here).href;
    return new Worker(`require('node:module').register(${JSON.stringify(hooks)}, { data: {} }); import(${JSON.stringify(entry)});`, { eval: true });
  }
  return new Worker(new URL('./worker.js', here));
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { job: Job; resolve: (r: JobResult) => void; reject: (e: Error) => void }[] = [];
  private failed: Error | null = null;

  constructor(readonly size: number) {
    if (size <= 0) return;
    for (let i = 0; i < size; i++) {
      const worker = spawn();
      const slot: Slot = { worker, busy: null };
      worker.on('message', (r: JobResult) => {
        const b = slot.busy;
        slot.busy = null;
        b?.resolve(r);
        this.next(slot);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`extraction worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = err;
    for (const s of this.slots) s.busy?.reject(err);
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  private next(slot: Slot): void {
    const w = this.waiting.shift();
    if (!w) return;
    slot.busy = w;
    slot.worker.postMessage(w.job);
  }

  run(job: Job): Promise<JobResult> {
    if (this.size <= 0) return Promise.resolve(extractJob(job));
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      const free = this.slots.find((s) => !s.busy);
      if (free) this.next(free);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
