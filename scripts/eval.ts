// npm run eval [-- FILE.jsonl…] [--baseline]: scores attache on the gold files by the rules of
// ../shared/gold/SCHEMA.md, prints each file's metrics and rewrites the figures in docs/QUALITY.md.
// --baseline also stores the figures as the "before" column (docs/quality-baseline.json).
// When scoring all files it also runs the coder without the parser (word-order heuristics alone),
// so docs/QUALITY.md shows both coders file by file; --no-compare skips that run.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { execSync } from 'node:child_process';
import { readGold } from '../src/eval/gold.js';
import { evaluateCases, type FileReport } from '../src/eval/evaluate.js';
import { textReport, markdownTables } from '../src/eval/report.js';

const args = process.argv.slice(2);
const baseline = args.includes('--baseline');
const compare = !args.includes('--no-compare');
let files = args.filter((a) => !a.startsWith('--'));
const shared = join(process.cwd(), '..', 'shared', 'gold');
const all = !files.length;
if (all) {
  if (!existsSync(shared)) {
    console.log(`eval: no gold data at ${shared} (it sits beside the project on the developers' machines and in CI); nothing to score.`);
    process.exit(0);
  }
  files = [join(shared, 'seed.jsonl'), ...readdirSync(join(shared, 'dev')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(shared, 'dev', f))];
}
const errors = Number(process.env.EVAL_ERRORS ?? 0);
const t0 = Date.now();
const reports: FileReport[] = [];
for (const file of files) {
  const r = evaluateCases(basename(file), readGold(file));
  reports.push(r);
  process.stdout.write(textReport(r, { errors }));
}
console.log(`\n${reports.length} file(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const figuresOf = (rs: FileReport[]) => Object.fromEntries(rs.map((r) => [r.file, Object.fromEntries(r.metrics.map((m) => [m.name, Number(m.value.toFixed(4))]))]));

if (all) {
  const figures = figuresOf(reports);
  const extra: { name: string; figures: Record<string, Record<string, number>> }[] = [];
  if (compare) {
    const t1 = Date.now();
    const heuristic = files.map((file) => evaluateCases(basename(file), readGold(file), { syntax: false }));
    console.log(`word-order coder (no parser) for comparison: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    extra.push({ name: 'word order', figures: figuresOf(heuristic) });
  }
  const basePath = join(process.cwd(), 'docs', 'quality-baseline.json');
  if (baseline) writeFileSync(basePath, JSON.stringify(figures, null, 2) + '\n');
  const before = existsSync(basePath) && !baseline ? JSON.parse(readFileSync(basePath, 'utf8')) : undefined;
  let commit = 'uncommitted';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: the figures still stand, without a commit
  }
  const block = [
    '<!-- figures:start (written by npm run eval; edit outside these markers) -->',
    `Date: ${new Date().toISOString().slice(0, 10)} · commit \`${commit}\` · command: \`npm run eval\` · ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    before ? '\n"before" is `docs/quality-baseline.json` (the figures when the harness was first run, before the fixes of issue #3).' : '',
    compare ? '"word order" is the event coder on POS tags and word order alone (`syntax: false`); "frames" the default coder, which reads clause frames from our parser (issue #4).\n' : '',
    markdownTables(reports, before, extra, compare ? 'frames' : 'after'),
    '<!-- figures:end -->',
  ].join('\n');
  const qPath = join(process.cwd(), 'docs', 'QUALITY.md');
  const doc = existsSync(qPath) ? readFileSync(qPath, 'utf8') : '# Quality\n\n';
  const re = /<!-- figures:start[\s\S]*?<!-- figures:end -->/;
  writeFileSync(qPath, re.test(doc) ? doc.replace(re, block) : `${doc.trimEnd()}\n\n## Figures\n\n${block}\n`);
  console.log(`wrote docs/QUALITY.md${baseline ? ' and docs/quality-baseline.json' : ''}`);
}
