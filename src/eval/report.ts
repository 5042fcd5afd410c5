// Renders evaluation reports: plain text for the terminal, JSON, and the tables of docs/QUALITY.md.
import type { FileReport } from './evaluate.js';

const f3 = (x: number) => x.toFixed(3);

export function textReport(r: FileReport, opts: { errors?: number; byRoot?: boolean } = {}): string {
  const lines = [`${r.file}: ${r.cases} cases, ${(r.ms / 1000).toFixed(1)} s`];
  for (const m of r.metrics) lines.push(`  ${m.name.padEnd(40)} ${f3(m.value)}  (n=${m.n}${m.detail ? `; ${m.detail}` : ''})`);
  if (opts.errors) {
    const shown = r.errors.slice(0, opts.errors);
    if (shown.length) lines.push(`  errors (${shown.length} of ${r.errors.length}):`);
    for (const e of shown) {
      lines.push(`    ${e.kind.padEnd(10)} ${e.caseId}: ${e.what}${e.rule ? `  [rule ${e.rule}]` : ''}`);
      lines.push(`               “${e.sentence.replace(/\s+/g, ' ').slice(0, 240)}”`);
    }
  }
  if (opts.byRoot && r.confusion.size) lines.push(confusionTable(r));
  return lines.join('\n') + '\n';
}

function confusionTable(r: FileReport): string {
  const golds = [...r.confusion.keys()].sort();
  const preds = [...new Set([...r.confusion.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)));
  const lines = ['  CAMEO root confusion (rows: gold root; columns: predicted root; none = no event for it):'];
  lines.push('    gold ' + preds.map((p) => p.padStart(5)).join('') + '   acc');
  for (const g of golds) {
    const row = r.confusion.get(g)!;
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    lines.push(`    ${g.padEnd(4)} ` + preds.map((p) => String(row.get(p) ?? '').padStart(5)).join('') + `  ${f3((row.get(g) ?? 0) / total)}`);
  }
  return lines.join('\n');
}

export function jsonReport(r: FileReport, errors = 0) {
  return {
    file: r.file,
    cases: r.cases,
    seconds: Math.round(r.ms) / 1000,
    metrics: Object.fromEntries(r.metrics.map((m) => [m.name, { value: Number(f3(m.value)), n: m.n, ...(m.detail ? { detail: m.detail } : {}) }])),
    ...(errors ? { errors: r.errors.slice(0, errors) } : {}),
    confusion: Object.fromEntries([...r.confusion].map(([g, row]) => [g, Object.fromEntries(row)])),
  };
}

/**
 * One markdown table per file: a "before" column when earlier figures are given, and any extra
 * columns of figures (name → file → metric → value) before the current one.
 */
export function markdownTables(
  reports: FileReport[],
  before?: Record<string, Record<string, number>>,
  extra: { name: string; figures: Record<string, Record<string, number>> }[] = [],
  currentName = 'after',
): string {
  const out: string[] = [];
  const dash = (x: number | undefined) => (x === undefined ? '—' : f3(x));
  for (const r of reports) {
    const prev = before?.[r.file];
    const heads = [...(prev ? ['before'] : []), ...extra.map((e) => e.name), prev || extra.length ? currentName : 'value'];
    out.push(`### \`${r.file}\` (${r.cases} cases)`, '');
    out.push(`| metric | ${heads.join(' | ')} | n |`, `|---|${heads.map(() => '---:').join('|')}|---:|`);
    for (const m of r.metrics) {
      const cells = [...(prev ? [dash(prev[m.name])] : []), ...extra.map((e) => dash(e.figures[r.file]?.[m.name])), `**${f3(m.value)}**`];
      out.push(`| ${m.name} | ${cells.join(' | ')} | ${m.n} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
