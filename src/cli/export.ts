// attache export: story events as the GDELT 2.0 event table, PLOVER/POLECAT JSON, JSONL or CSV.
import { UsageError } from '../errors.js';
import { openStore } from '../store/store.js';
import { exportStories, type ExportFormat } from '../store/export.js';
import { parseCommand, filterOf, FILTER_OPTIONS, type CmdIo } from './query.js';

export async function runExport(argv: string[], io: CmdIo): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, { ...FILTER_OPTIONS, header: { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`export takes options only, not "${positionals[0]}" (see attache --help)`);
  const format = ((v.format as string | undefined) ?? 'gdelt') as ExportFormat;
  if (!['gdelt', 'plover', 'jsonl', 'csv'].includes(format)) throw new UsageError(`export --format must be gdelt, plover, jsonl or csv, not "${format}"`);
  const store = openStore((v.db as string | undefined) ?? 'attache.db', { readonly: true });
  try {
    const n = exportStories(store, format, filterOf(v), io.out, { header: !!v.header });
    io.err(`attache: exported ${n} story event(s) as ${format}\n`);
  } finally {
    store.close();
  }
  return 0;
}
