// attache ingest PATH…|- : thin over ingest() in src/ingest.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { isValidDate } from '../extract.js';
import { ingest } from '../ingest/ingest.js';
import { reporter, summaryText } from '../ingest/progress.js';
import type { CmdIo } from './query.js';

export async function runIngest(argv: string[], io: CmdIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        workers: { type: 'string' },
        date: { type: 'string' },
        outlet: { type: 'string' },
        rejects: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        json: { type: 'boolean' },
        'progress-every': { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see attache --help)`, { cause: err });
  }
  const { values: v, positionals } = parsed;
  if (!positionals.length) throw new UsageError('ingest needs at least one PATH (a file, a directory, a glob, or - for stdin)');
  if (v.date !== undefined && !isValidDate(v.date)) throw new UsageError(`--date "${v.date}" is not a valid YYYY-MM-DD date`);
  const workers = v.workers === undefined ? availableParallelism() : Number(v.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError('--workers must be a whole number from 0 to 64');
  const every = v['progress-every'] === undefined ? 10 : Number(v['progress-every']);
  if (!(every > 0)) throw new UsageError('--progress-every must be a positive number of seconds');
  const rep = reporter({ isTTY: io.errIsTTY, columns: io.errColumns, write: io.err }, every * 1000);
  const summary = await ingest(positionals, {
    db: v.db ?? 'attache.db',
    workers,
    date: v.date ?? null,
    outlet: v.outlet ?? null,
    rejects: v.rejects,
    onProgress: v.quiet ? undefined : rep.update,
    progressMs: io.errIsTTY ? 250 : 1000,
  });
  rep.done();
  if (v.json) io.out(JSON.stringify(summary) + '\n');
  else if (!v.quiet) io.err(summaryText(summary));
  return 0;
}
