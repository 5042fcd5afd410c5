// attache query: story events from the store, as a table, JSON or CSV, with evidence on request.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { openStore } from '../store/store.js';
import { queryStories, storyEvidence, type StoryFilter, type StoryRow } from '../store/query.js';
import { csvLine, CSV_COLUMNS } from '../store/export.js';

export interface CmdIo {
  out: (s: string) => void;
  err: (s: string) => void;
  errIsTTY?: boolean;
  errColumns?: number;
}

export const FILTER_OPTIONS = {
  db: { type: 'string' },
  actor: { type: 'string' },
  dyad: { type: 'string' },
  code: { type: 'string' },
  root: { type: 'string' },
  quad: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  outlet: { type: 'string' },
  text: { type: 'string' },
  format: { type: 'string' },
  limit: { type: 'string' },
} as const;

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseCommand(argv: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see attache --help)`, { cause: err });
  }
}

/** The filter options shared by query and export. */
export function filterOf(v: Record<string, string | boolean | undefined>): StoryFilter {
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const f: StoryFilter = {};
  if (s('actor')) f.actor = s('actor');
  if (s('dyad') !== undefined) {
    const parts = s('dyad')!.split(',').map((x) => x.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`--dyad takes two actor codes: --dyad USA,CHN`);
    f.dyad = [parts[0], parts[1]];
  }
  if (s('code') !== undefined) f.code = s('code');
  if (s('root') !== undefined) f.root = s('root');
  if (s('quad') !== undefined) f.quad = Number(s('quad'));
  if (s('from') !== undefined) f.from = s('from');
  if (s('to') !== undefined) f.to = s('to');
  if (s('outlet') !== undefined) f.outlet = s('outlet');
  if (s('text') !== undefined) f.text = s('text');
  if (s('limit') !== undefined) {
    const n = Number(s('limit'));
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--limit must be a whole number');
    f.limit = n;
  }
  return f;
}

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function storyTable(rows: StoryRow[], evidence?: (id: number) => ReturnType<typeof storyEvidence>): string {
  const lines = [`${'id'.padEnd(7)} ${'date'.padEnd(11)} ${'dyad'.padEnd(20)} ${'event'.padEnd(38)} ${'ment'.padStart(4)} ${'arts'.padStart(4)} ${'srcs'.padStart(4)}  first seen`];
  for (const r of rows) {
    const dyad = `${r.src_code ?? r.src ?? '—'} → ${r.tgt_code ?? (r.tgt || '—')}`;
    const date = r.precision === 'day' ? r.date : `${r.date}${r.precision === 'year' ? '' : ''}`;
    const mod = r.mclass === 'factual' ? '' : ` [${r.mclass}]`;
    lines.push(`${String(r.id).padEnd(7)} ${cut(date, 11).padEnd(11)} ${cut(dyad, 20).padEnd(20)} ${cut(`${r.code} ${r.name ?? ''}${mod}`, 38).padEnd(38)} ${String(r.num_mentions).padStart(4)} ${String(r.num_articles).padStart(4)} ${String(r.num_sources).padStart(4)}  ${r.first_seen}`);
    if (evidence) {
      for (const e of evidence(r.id)) {
        const chain = e.attribution.length ? ` (according to ${e.attribution.map((a) => a.text).join(' ← ')})` : '';
        lines.push(`        ${e.date} ${cut(e.outlet ?? '—', 24)}${e.copy_of !== null ? ' [copy]' : ''}: “${cut(e.text, 160)}”${chain} [${e.rule}]`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

export async function runQuery(argv: string[], io: CmdIo): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, { ...FILTER_OPTIONS, evidence: { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`query takes options only, not "${positionals[0]}" (see attache --help)`);
  const format = (v.format as string | undefined) ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) throw new UsageError(`--format must be table, json or csv, not "${format}"`);
  const filter = filterOf(v);
  if (filter.limit === undefined && format === 'table') filter.limit = 50;
  const store = openStore((v.db as string | undefined) ?? 'attache.db', { readonly: true });
  try {
    const rows = queryStories(store, filter);
    const ev = v.evidence ? (id: number) => storyEvidence(store, id) : undefined;
    if (format === 'json') io.out(JSON.stringify(rows.map((r) => (ev ? { ...r, evidence: ev(r.id) } : r))) + '\n');
    else if (format === 'csv') {
      io.out(csvLine(CSV_COLUMNS));
      for (const r of rows) io.out(csvLine(CSV_COLUMNS.map((c) => r[c])));
    } else {
      io.out(storyTable(rows, ev));
      if (filter.limit !== undefined && rows.length === filter.limit) io.err(`attache: showing the first ${filter.limit}; raise --limit for more\n`);
    }
  } finally {
    store.close();
  }
  return 0;
}
