// attache's command line: thin over the library. Exit codes: 0 ok, 1 bad input, 2 usage.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { extract, isValidDate } from '../extract.js';
import { AttacheError, UsageError, InputError } from '../errors.js';
import { readInput, decodeText, DEFAULT_MAX_BYTES } from './input.js';
import { renderTable } from './table.js';
import { runEval } from './eval.js';
import { runParseConllu, runParseText } from './parse.js';
import { runIngest } from './ingest.js';
import { runQuery } from './query.js';
import { runTimeline } from './timeline.js';
import { runExport } from './export.js';
import { runServe } from './serve.js';

const STORE_COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  ingest: runIngest,
  query: runQuery,
  timeline: runTimeline,
  export: runExport,
  serve: runServe,
};

export const EXIT = { OK: 0, INPUT: 1, USAGE: 2 } as const;

const HELP = `attache — news articles in, source-attributed CAMEO events out

Usage:
  attache extract FILE|- [--date YYYY-MM-DD] [--outlet NAME] [--title T] [--format table|json]
  attache extract --jsonl [FILE|-]
  attache eval GOLD.jsonl… [--json] [--errors N] [--by-root] [--pred PRED.jsonl]
  attache parse FILE|- [--format conllu|json]
  attache parse --conllu-in FILE.conllu
  attache ingest PATH…|- [--db FILE] [--workers N] [--date D] [--outlet O] [--rejects FILE] [--quiet] [--json]
  attache query [filters] [--evidence] [--format table|json|csv] [--limit N] [--db FILE]
  attache timeline A B [--by day|week|month|year] [--from D] [--to D] [--format table|json|csv] [--db FILE]
  attache export [--format gdelt|plover|jsonl|csv] [--header] [filters] [--db FILE]
  attache serve [--db FILE] [--port N] [--host H] [--sample]
  attache --help | --version

extract   Reads one article (a UTF-8 text file, or - for stdin) and prints its events:
          who did what to whom, when, where, how sure, and according to whom.
  --date     publication date; relative dates ("Saturday", "last year") and office holders
             ("President Biden") are resolved against it. Without it, today is assumed and
             the table says so.
  --outlet   the publisher ("The Hill"); --title the headline if it is not the first line.
  --format   table (default, one row an event) or json (the full result of OUTPUT.md).
  --jsonl    batch mode: one JSON case a line in, {"id","text","date"?,"outlet"?,"title"?},
             one result a line out, same id and order. A bad line is reported on stderr with
             its line number, written out as {"id", "line", "error"}, and the batch goes on.
  --max-bytes  largest article accepted (default ${DEFAULT_MAX_BYTES} bytes).

eval      Scores extraction on gold files (the format of gold/SCHEMA.md) by its rules: event
          P/R/F1, code, actor, date and modality accuracy, pentaclass, PLOVER, actor codes and
          spans, timexes, attributions, places, relations — each file on what its cases annotate.
  --errors N   list N misses and spurious events with their sentence and the rule that fired.
  --by-root    a confusion table of CAMEO roots (gold rows, predicted columns).
  --pred F     score saved results (attache extract --jsonl output, or another system's in that
               format, matched by id) instead of running attache.
  --json       one JSON report a file.

parse     Dependency parse (Universal Dependencies) with attache's own parser: raw text through
          our tokenizer and tagger, or --conllu-in a CoNLL-U file whose tokens are kept, written
          back with our UPOS, HEAD and DEPREL so standard tools can score it (docs/PARSER.md).

ingest    Reads a pile of articles into an event store (one SQLite file, default ./attache.db; no
          server): plain text, HTML pages (main text and title/date/outlet/URL via Readability),
          RSS/Atom feeds, JSONL or JSONL.gz with {id,url,outlet,date,title,text}; files, directories
          (recursively), globs, or - for stdin. Extraction runs on all cores (--workers N; 0 = this
          thread). The same article twice (same URL or same text) is stored once; syndicated copies
          of one story are linked as copies; the same event reported by many articles becomes one
          story event with GDELT's NumMentions/NumArticles/NumSources. Bad records never stop the
          run: each is counted and written with its reason to DB.rejects.jsonl (--rejects FILE).
          Killed at any moment, the same command run again finishes the job: nothing lost or doubled.
  --date/--outlet   for records that carry none (undated records are rejected otherwise).
  --workers N       extraction threads (default: all cores; 0 extracts in the main thread).
  --quiet           no progress or summary; --json prints the summary as JSON on stdout.
  --progress-every S  a progress line every S seconds when stderr is not a terminal (default 10);
                    on a terminal a bar with rate and ETA is redrawn instead.

query     Story events (events merged across articles), oldest first. Filters (also for export):
  --actor CODE      either side (USA, RUSGOV, IGOUNO)   --dyad A,B   source A, target B
  --code C          CAMEO code or prefix (190, 0311)    --root R     CAMEO root (01–20)
  --quad N          1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
  --from D --to D   event dates                         --outlet O   reported by (substring)
  --text WORDS      reported in articles holding all these words (full text, accents folded)
  --evidence        every report: outlet, date, the sentence, attribution chain, rule
  --limit N         rows (table default 50)

timeline  Per day/week/month/year: story events A→B and B→A by quad class, Goldstein sum and mean.

export    All matching story events: gdelt (GDELT 2.0 event table, 61 tab-separated columns, empty
          where attache has no value; --header adds the column names), plover (PLOVER/POLECAT-style
          JSON records, one a line), jsonl (story events with their reports), csv.

serve     Serves a store over HTTP until Ctrl-C: the dashboard at / (search, dyad timelines, the
          actor network, a map, the article reader, paste-an-article), the JSON API at /api/…
          (docs/API.md), its OpenAPI document at /openapi.json. Read-only.
  --port N   default 8080 (0: any free port)   --host H   default 127.0.0.1 (this machine only)
  --sample   if the store does not exist, first ingest the bundled sample articles into it (npm start)

Examples:
  attache extract examples/founding-example.txt --date 2022-03-05 --outlet "Sample Wire"
  cat article.txt | attache extract - --date 2024-01-31 --format json | jq '.events[].code'
  attache extract --jsonl cases.jsonl > results.jsonl
  attache eval ../shared/gold/seed.jsonl --errors 20
  attache eval --pred results.jsonl cases.jsonl --by-root
  echo "Russia attacked Ukraine." | attache parse -
  attache parse --conllu-in en_ewt-ud-test.conllu > parsed.conllu
  attache ingest ../shared/corpus/news-allsides.jsonl.gz --db news.db
  attache ingest pages/ feeds/*.xml notes.txt --date 2024-05-01 --db news.db
  attache query --db news.db --dyad USA,CHN --root 19 --from 2019-01-01 --evidence
  attache query --db news.db --actor RUS --text "sanctions oil" --format csv > rus.csv
  attache timeline USA CHN --by month --db news.db
  attache export --db news.db --format gdelt --from 2020-01-01 > events.tsv
  attache serve --db news.db --port 8080          # then open http://127.0.0.1:8080/

Exit status: 0 success; 1 bad input (missing, empty, binary, not UTF-8, too large, bad JSONL
lines; a store that is missing or not an attache store); 2 usage (unknown option, invalid --date,
missing FILE). ingest exits 0 when it finishes, however many records it rejected.
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal (ingest draws a progress bar there) */
  errIsTTY?: boolean;
  errColumns?: number;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  errIsTTY: !!process.stderr.isTTY,
  errColumns: process.stderr.columns,
};

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        outlet: { type: 'string' },
        title: { type: 'string' },
        format: { type: 'string' },
        jsonl: { type: 'boolean' },
        json: { type: 'boolean' },
        errors: { type: 'string' },
        'by-root': { type: 'boolean' },
        pred: { type: 'string' },
        'conllu-in': { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see attache --help)`, { cause: err });
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const store = STORE_COMMANDS[argv[0]];
    if (store && !argv.includes('--help') && !argv.includes('-h')) return await store(argv.slice(1), io);
    const { values, positionals } = parse(argv);
    if (values.version) {
      io.out('attache 0.1.0\n');
      return EXIT.OK;
    }
    if (values.help || positionals.length === 0) {
      io.out(HELP);
      return values.help ? EXIT.OK : EXIT.USAGE;
    }
    const [command, ...rest] = positionals;
    if (command === 'eval') {
      const errors = values.errors === undefined ? 0 : Number(values.errors);
      if (!Number.isInteger(errors) || errors < 0) throw new UsageError('--errors must be a whole number');
      runEval({ files: rest, json: !!values.json, errors, byRoot: !!values['by-root'], pred: values.pred }, io.out);
      return EXIT.OK;
    }
    if (command === 'parse') {
      if (values['conllu-in'] !== undefined) {
        readInput(values['conllu-in'], Number.MAX_SAFE_INTEGER); // a clear error for a missing file
        runParseConllu(values['conllu-in'], io.out);
        return EXIT.OK;
      }
      const fmt = values.format ?? 'conllu';
      if (fmt !== 'conllu' && fmt !== 'json') throw new UsageError(`parse --format must be conllu or json, not "${fmt}"`);
      if (rest.length !== 1) throw new UsageError('parse needs one FILE, or - for stdin, or --conllu-in FILE (see attache --help)');
      const where = rest[0] === '-' ? 'stdin' : rest[0];
      runParseText(decodeText(readInput(rest[0]), where), fmt, io.out);
      return EXIT.OK;
    }
    if (command !== 'extract') throw new UsageError(`unknown command "${command}" (see attache --help)`);
    if (values.date !== undefined && !isValidDate(values.date)) throw new UsageError(`--date "${values.date}" is not a valid YYYY-MM-DD date`);
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not "${format}"`);
    const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive whole number`);
    if (rest.length > 1) throw new UsageError(`extract takes one FILE (or -), got ${rest.length}`);
    if (values.jsonl) return await extractJsonl(rest[0] ?? '-', values.date, maxBytes, io);
    if (!rest.length) throw new UsageError('extract needs a FILE, or - for stdin (see attache --help)');
    const where = rest[0] === '-' ? 'stdin' : rest[0];
    const text = decodeText(readInput(rest[0], maxBytes), where);
    const result = extract(text, { date: values.date ?? null, outlet: values.outlet ?? null, title: values.title ?? null });
    io.out(format === 'json' ? JSON.stringify(result) + '\n' : renderTable(result));
    return EXIT.OK;
  } catch (err) {
    if (err instanceof AttacheError) {
      io.err(`attache: ${err.message}\n`);
      return err instanceof UsageError ? EXIT.USAGE : EXIT.INPUT;
    }
    throw err;
  }
}

async function extractJsonl(path: string, defaultDate: string | undefined, maxBytes: number, io: Io): Promise<number> {
  const where = path === '-' ? 'stdin' : path;
  if (path !== '-') readInput(path, Number.MAX_SAFE_INTEGER); // existence check with a clear message
  const rl = createInterface({ input: path === '-' ? process.stdin : createReadStream(path), crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      let c: Record<string, unknown>;
      try {
        c = JSON.parse(line);
      } catch (err) {
        throw new InputError('INPUT_BAD_JSONL', `not JSON (${(err as Error).message})`);
      }
      if (!c || typeof c !== 'object' || Array.isArray(c)) throw new InputError('INPUT_BAD_JSONL', 'a case must be a JSON object');
      id = c.id ?? null;
      if (typeof c.text !== 'string' || c.text.trim() === '') throw new InputError('INPUT_BAD_JSONL', '"text" must be a non-empty string');
      if (Buffer.byteLength(c.text) > maxBytes) throw new InputError('INPUT_TOO_LARGE', `"text" is over the ${maxBytes}-byte limit`);
      const date = c.date ?? defaultDate ?? null;
      if (date !== null && (typeof date !== 'string' || !isValidDate(date))) throw new InputError('INPUT_BAD_DATE', `"date" ${JSON.stringify(date)} is not a valid YYYY-MM-DD date`);
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      const result = extract(c.text, { date: date as string | null, outlet: str(c.outlet), title: str(c.title), id: id === null ? undefined : String(id) });
      io.out(JSON.stringify(id === null ? result : { ...result, id }) + '\n');
    } catch (err) {
      if (!(err instanceof AttacheError)) throw err;
      bad++;
      io.err(`attache: ${where}:${lineNo}: ${err.message}\n`);
      io.out(JSON.stringify({ id, line: lineNo, error: { code: err.code, message: err.message } }) + '\n');
    }
  }
  if (bad) io.err(`attache: ${bad} of ${lineNo} line(s) could not be processed\n`);
  return bad ? EXIT.INPUT : EXIT.OK;
}
