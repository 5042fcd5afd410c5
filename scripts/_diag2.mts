import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
const f = process.argv[2];
const cases = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const c of cases) {
  const gold = c.main_code as string;
  const r = extract(c.text, { date: c.date });
  const best = r.events.find((e) => e.code.slice(0, 2) === gold.slice(0, 2)) ?? r.events[0];
  if (best && best.code.slice(0, 2) === gold.slice(0, 2)) continue;
  console.log(`${gold} got [${r.events.map((e) => `${e.code}:${e.rule}`).join(' ')}] | ${c.text.slice(0, 170)} | ${r.actors.map((a) => a.text + '=' + a.code).join(', ')}`);
}
