// The unit of work of extraction, the same in a worker thread and in the calling thread.
import { extract } from '../extract.js';
import type { ExtractResult } from '../result.js';
import { signature } from './minhash.js';

export interface Job {
  seq: number;
  id: string | null;
  text: string;
  date: string;
  outlet: string | null;
  title: string | null;
}

export type JobResult = { seq: number; result: ExtractResult; sig: Uint32Array | null } | { seq: number; error: string };

export function extractJob(job: Job): JobResult {
  try {
    const result = extract(job.text, { date: job.date, outlet: job.outlet, title: job.title, ...(job.id !== null ? { id: job.id } : {}) });
    return { seq: job.seq, result, sig: signature(job.text) };
  } catch (err) {
    return { seq: job.seq, error: (err as Error)?.message ?? String(err) };
  }
}
