// npm run eval [-- FILE.jsonl…]: scores attache on gold files by the rules of ../shared/gold/SCHEMA.md.
// Without arguments: ../shared/gold/seed.jsonl and every ../shared/gold/dev/*.jsonl.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { extract } from '../src/extract.js';
import { scoreEvents, dateCorrect, prf, scoreRelations, scoreTimexes, type GoldCase } from '../src/eval/score.js';

const shared = join(process.cwd(), '..', 'shared', 'gold');
let files = process.argv.slice(2);
if (!files.length) {
  if (!existsSync(shared)) {
    console.log(`eval: no gold data at ${shared} (it lives beside the project on the developers' machines); nothing to score.`);
    process.exit(0);
  }
  files = [join(shared, 'seed.jsonl'), ...readdirSync(join(shared, 'dev')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(shared, 'dev', f))];
}
const limit = Number(process.env.EVAL_LIMIT ?? Infinity);
const fmt = (x: number) => x.toFixed(3);

for (const file of files) {
  const cases: GoldCase[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
  let tp = 0, fp = 0, fn = 0, dateOk = 0, modOk = 0, matched = 0;
  let relTp = 0, relFp = 0, relFn = 0, relCases = 0;
  let txTp = 0, txFp = 0, txFn = 0, txVal = 0, txCases = 0;
  let noEvent = 0, spuriousCases = 0, eventCases = 0;
  const t0 = Date.now();
  const lines: string[] = [];
  for (const c of cases) {
    const r = extract(c.text, { date: c.date ?? null, outlet: c.outlet ?? null, title: c.title ?? null });
    if (c.events) {
      eventCases++;
      const s = scoreEvents(c.events, r.events);
      tp += s.tp; fp += s.fp; fn += s.fn;
      for (const m of s.matches) {
        if (m.gold.optional) continue;
        matched++;
        if (dateCorrect(m.gold.date, m.pred.date)) dateOk++;
        else lines.push(`  date  ${c.id}: ${m.gold.source}>${m.gold.target} ${m.gold.code} gold ${m.gold.date} got ${m.pred.date.value} (${m.pred.date.basis})`);
        if (!m.gold.modality || m.gold.modality === m.pred.modality) modOk++;
        if (m.gold.attributed_to?.length) lines.push(`  attr  ${c.id}: ${m.gold.code} gold [${m.gold.attributed_to.join(' ← ')}] got [${m.pred.attribution.map((a) => a.text).join(' ← ')}]`);
      }
      for (const g of s.missed) lines.push(`  miss  ${c.id}: ${g.source}>${g.target} ${g.code} "${g.evidence ?? ''}"`);
      for (const p of s.spurious) lines.push(`  extra ${c.id}: ${p.source?.code}>${p.target?.code} ${p.code} [${p.rule}] "${p.trigger.text}"`);
    }
    if (c.expect_no_event) {
      noEvent++;
      if (r.events.length) spuriousCases++;
    }
    if (c.relations) {
      relCases++;
      const s = scoreRelations(c.relations, r.relations);
      relTp += s.tp; relFp += s.fp; relFn += s.fn;
    }
    if (c.timexes) {
      txCases++;
      const s = scoreTimexes(c.timexes, r.timexes);
      txTp += s.tp; txFp += s.fp; txFn += s.fn; txVal += s.valueOk;
    }
  }
  console.log(`\n${basename(file)} (${cases.length} cases, ${Date.now() - t0} ms)`);
  if (eventCases) {
    const m = prf(tp, fp, fn);
    console.log(`  events: TP ${tp} FP ${fp} FN ${fn}  P ${fmt(m.p)} R ${fmt(m.r)} F1 ${fmt(m.f1)}  date acc ${matched ? fmt(dateOk / matched) : '-'}  modality acc ${matched ? fmt(modOk / matched) : '-'}`);
  }
  if (noEvent) console.log(`  spurious rate on no-event cases: ${fmt(spuriousCases / noEvent)} (${spuriousCases}/${noEvent})`);
  if (relCases) {
    const m = prf(relTp, relFp, relFn);
    console.log(`  relations: TP ${relTp} FP ${relFp} FN ${relFn}  F1 ${fmt(m.f1)}`);
  }
  if (txCases) {
    const m = prf(txTp, txFp, txFn);
    console.log(`  timexes: P ${fmt(m.p)} R ${fmt(m.r)} F1 ${fmt(m.f1)}  value acc ${txTp ? fmt(txVal / txTp) : '-'}`);
  }
  if (process.env.EVAL_VERBOSE || cases.length <= 5) for (const l of lines.slice(0, 60)) console.log(l);
}
