import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
import { cameo } from '../src/cameo/codes.js';
const cases = readFileSync('../shared/gold/dev/plover-gsr.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const conf: Record<string, number> = {};
const samples: Record<string, string[]> = {};
for (const c of cases) {
  const r = extract(c.text, { date: c.date });
  const pl = (code: string) => cameo(code)?.plover.event ?? null;
  const best = r.events.find((e) => pl(e.code) === c.plover.event) ?? r.events[0];
  const p = best ? pl(best.code) ?? `null(${best.code})` : 'none';
  if (p === c.plover.event) continue;
  const k = `${c.plover.event}->${p}`;
  conf[k] = (conf[k] ?? 0) + 1;
  (samples[c.plover.event] ??= []).push(`${p} [${r.events.map((e) => e.code + ':' + e.rule).join(' ')}] | ${c.text.slice(0, 150)}`);
}
console.log(Object.entries(conf).sort((a, b) => b[1] - a[1]).slice(0, 30));
for (const [k, v] of Object.entries(samples)) { console.log('==', k, v.length); console.log(v.slice(0, 6).join('\n')); }
