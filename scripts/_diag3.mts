import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
const cases = readFileSync('../shared/gold/dev/conflibert-train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((c) => c.pentaclass !== undefined);
const pc = (code?: string) => { if (!code) return 0; const r = +code.slice(0, 2); return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 || r === 16 ? 3 : 4; };
const conf: Record<string, number> = {};
const samples: Record<string, string[]> = {};
for (const c of cases) {
  const r = extract(c.text, { date: c.date });
  const p = pc(r.events[0]?.code);
  const k = `${c.pentaclass}->${p}`;
  conf[k] = (conf[k] ?? 0) + 1;
  if (p !== c.pentaclass) (samples[k] ??= []).push(`${r.events.map((e) => e.code + ':' + e.rule).join(' ')} | ${c.text.slice(0, 160)} | ${r.actors.map((a) => a.text + '=' + a.code).join(', ')}`);
}
console.log(Object.entries(conf).sort((a, b) => b[1] - a[1]));
for (const k of ['4->0', '3->0', '1->0', '2->0', '0->4', '0->3']) { console.log('==', k); console.log((samples[k] ?? []).slice(0, 12).join('\n')); }
