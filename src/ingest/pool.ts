// Extraction on all cores: a fixed pool of worker threads, jobs handed to whichever is free.
// With 0 workers the jobs run in the calling thread (tests, tiny inputs).
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { extractJob, type Job, type JobResult } from './job.js';

interface Pending {
  job: Job;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** jobs posted to the worker, answered in order */
  posted: Pending[];
}

/**
 * Jobs posted ahead to each worker: the main thread also commits to the store (a batch of 400
 * articles takes it about half a second), and a worker that waited for it to hand over its next job
 * sat idle for the whole commit. 128 jobs are about a second of extraction.
 */
const DEPTH = 128;

/**
 * Extraction makes much short-lived garbage per article (tokens, candidate spans, 2.6 MB): with a
 * young generation of 256 MB (semi-spaces of about 85 MB) a thread scavenges every ~40 articles
 * instead of every ~12 with 96 MB, and fewer of an article's objects live long enough to be copied
 * (scavenging 0.24 → 0.09 ms an article in a worker; end to end about 1 %, docs/PERFORMANCE.md).
 * It costs about 160 MB more resident memory a worker.
 */
const RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 256 };

/**
 * V8's defaults optimise a function after little feedback and inline generously; an extraction thread
 * then recompiles the coder's large functions many times while their types settle (each TurboFan
 * compile of the verb coder takes ~200 ms of a helper thread), and on a 2-core machine those helper
 * threads compete with the extraction threads. Optimising later, with smaller inlining budgets, costs
 * less compilation for code that runs as fast once warm (docs/PERFORMANCE.md: warm-up CPU −18 %).
 * The flags are process-wide performance heuristics; they change no result.
 */
const V8_TUNING = '--interrupt-budget=300000 --max-inlined-bytecode-size-cumulative=300';
let tuned = false;
export function tuneV8ForExtraction(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(V8_TUNING);
}

function spawn(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Running from source (tsx, vitest): the worker registers the TypeScript loader before loading itself.
    // (tsx registers itself on the main thread only under Node 20, so the worker registers its hooks.)
    const hooks = pathToFileURL(createRequire(here).resolve('tsx/esm')).href;
    const entry = new URL('./worker.ts', here).href;
    return new Worker(`require('node:module').register(${JSON.stringify(hooks)}, { data: {} }); import(${JSON.stringify(entry)});`, { eval: true, resourceLimits: RESOURCE_LIMITS });
  }
  return new Worker(new URL('./worker.js', here), { resourceLimits: RESOURCE_LIMITS });
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private failed: Error | null = null;

  constructor(readonly size: number, opts: { tuneV8?: boolean } = {}) {
    if (size <= 0) return;
    if (opts.tuneV8 !== false) tuneV8ForExtraction();
    for (let i = 0; i < size; i++) {
      const worker = spawn();
      const slot: Slot = { worker, posted: [] };
      worker.on('message', (r: JobResult) => {
        slot.posted.shift()?.resolve(r);
        this.fill(slot);
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
    for (const s of this.slots) for (const p of s.posted.splice(0)) p.reject(err);
    for (const w of this.waiting.splice(0)) w.reject(err);
  }

  private fill(slot: Slot): void {
    while (slot.posted.length < DEPTH && this.waiting.length) {
      const w = this.waiting.shift()!;
      slot.posted.push(w);
      slot.worker.postMessage(w.job);
    }
  }

  run(job: Job): Promise<JobResult> {
    if (this.size <= 0) return Promise.resolve(extractJob(job));
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      // the least loaded worker first
      let best: Slot | null = null;
      for (const s of this.slots) if (s.posted.length < DEPTH && (!best || s.posted.length < best.posted.length)) best = s;
      if (best) this.fill(best);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
