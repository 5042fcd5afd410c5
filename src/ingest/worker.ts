// An extraction worker thread: articles in, results and MinHash signatures out. No store access.
import { parentPort } from 'node:worker_threads';
import { extractJob, type Job } from './job.js';

parentPort!.on('message', (job: Job) => {
  const r = extractJob(job);
  // The signature's buffer is moved, not copied.
  parentPort!.postMessage(r, 'sig' in r && r.sig ? [r.sig.buffer as ArrayBuffer] : []);
});
