// The readable table of `attache extract`: one row an event.
import type { ExtractResult } from '../result.js';

function cell(s: string, width: number): string {
  return s.length > width ? s.slice(0, width - 1) + '…' : s.padEnd(width);
}

export function renderTable(r: ExtractResult): string {
  const lines: string[] = [];
  const dateNote = r.dateAssumed ? `${r.date} (no --date given: today's date assumed; relative dates may be wrong)` : r.date;
  lines.push(`publication date: ${dateNote}`);
  if (!r.events.length) {
    lines.push('no events found');
    return lines.join('\n') + '\n';
  }
  const rows = r.events.map((e) => [
    e.date.value + (e.date.basis === 'publication' ? '*' : e.date.basis === 'inferred' ? '~' : ''),
    `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`,
    `${e.code} ${e.name}`,
    e.modality,
    e.attribution.map((a) => a.text).join(' ← ') || '—',
    `${e.source?.text ?? ''} | ${e.trigger.text} | ${e.target?.text ?? ''}`,
  ]);
  const head = ['date', 'dyad', 'event', 'modality', 'according to', 'source | trigger | target'];
  const widths = [12, 17, 36, 12, 44, 60];
  lines.push(head.map((h, i) => cell(h, widths[i])).join('  ').trimEnd());
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) lines.push(row.map((c, i) => cell(c, widths[i])).join('  ').trimEnd());
  lines.push('');
  lines.push(`${r.events.length} event(s). date: * = publication date (the text gives none), ~ = inferred from context`);
  if (r.relations.length) lines.push(`relations: ${r.relations.map((x) => `${x.type}(${x.a}, ${x.b})`).join(', ')}`);
  return lines.join('\n') + '\n';
}
