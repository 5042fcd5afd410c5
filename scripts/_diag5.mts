import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
const cases = readFileSync('../shared/gold/dev/conflibert-train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((c) => c.actors);
let shown = 0;
for (const c of cases.slice(0, 400)) {
  const r = extract(c.text, { date: c.date });
  const e = r.events[0];
  if (!e) continue;
  const g = `${(c.actors.source ?? []).join('/')} -> ${(c.actors.target ?? []).join('/')} both:${(c.actors.both ?? []).join('/')}`;
  const p = `${e.source?.text ?? '-'} -> ${e.target?.text ?? '-'}`;
  if (shown++ < 40) console.log(`G: ${g}\nP: ${p} [${e.code}]\n`);
}
