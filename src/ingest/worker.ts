// An extraction worker thread: articles in, results and MinHash signatures out. No store access.
import { parentPort } from 'node:worker_threads';
import { extractJob, type Job } from './job.js';

parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage(extractJob(job));
});
