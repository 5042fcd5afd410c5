// The unit of work of extraction, the same in a worker thread and in the calling thread.
import { analyze } from '../extract.js';
import { storedLayers, type StoredExtraction } from '../result.js';
import { signature } from './minhash.js';

export interface Job {
  seq: number;
  id: string | null;
  text: string;
  date: string;
  outlet: string | null;
  title: string | null;
}

export type JobResult = { seq: number; result: StoredExtraction; sig: Uint32Array | null } | { seq: number; error: string };


export function extractJob(job: Job): JobResult {
  try {
    const { doc } = analyze(job.text, { date: job.date, outlet: job.outlet, title: job.title, ...(job.id !== null ? { id: job.id } : {}) });
    return { seq: job.seq, result: storedLayers(doc), sig: signature(job.text) };
  } catch (err) {
    return { seq: job.seq, error: (err as Error)?.message ?? String(err) };
  }
}
