// Golden file on a real-style article: the founding example, our own account of the story The Hill ran
// on 2022-03-05 (US officials in Caracas, Venezuela at the UN, oil), written for the project from the
// public facts. A change in what attache extracts from it shows up as a diff here; accept a deliberate
// change with UPDATE_GOLDEN=1 npm test.
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const article = readFileSync(join(root, 'examples', 'founding-example.txt'), 'utf8');
const goldenPath = join(root, 'test', 'fixtures', 'founding-example.golden.json');

function summary() {
  const r = extract(article, { date: '2022-03-05', outlet: 'Sample Wire' });
  return {
    events: r.events.map((e) => ({
      dyad: `${e.source?.code ?? '-'} > ${e.target?.code ?? '-'}`,
      code: e.code,
      date: `${e.date.value} (${e.date.basis})`,
      modality: e.modality,
      place: e.place?.country ?? null,
      attribution: e.attribution.map((a) => a.text),
      evidence: e.evidence.length,
      trigger: e.trigger.text,
      rule: e.rule,
    })),
    relations: r.relations.map((x) => `${x.type}(${x.a}, ${x.b})`),
    timexes: r.timexes.map((x) => `${x.text} = ${x.value}`),
    attributions: r.attributions.map((a) => `${a.source.text} [${a.source.kind}] ${a.cue.text}`),
  };
}

describe('golden: the founding example article', () => {
  it('extracts what the golden file records', () => {
    const got = summary();
    if (process.env.UPDATE_GOLDEN || !existsSync(goldenPath)) writeFileSync(goldenPath, JSON.stringify(got, null, 2) + '\n');
    expect(got).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });

  it('codes the US visit to Venezuela with its week, place and source', () => {
    const r = extract(article, { date: '2022-03-05', outlet: 'Sample Wire' });
    const visit = r.events.find((e) => e.code.startsWith('04') && e.source?.code?.startsWith('USA') && e.target?.code?.startsWith('VEN'));
    expect(visit).toBeDefined();
    expect(visit!.date).toMatchObject({ value: '2022-W09', basis: 'stated' });
    expect(visit!.place?.country).toBe('VEN');
    expect(visit!.attribution.map((a) => a.text)).toEqual(['The New York Times', 'people familiar with the matter']);
  });

  it('dates the break of 2019 and the sanctions that followed it', () => {
    const r = extract(article, { date: '2022-03-05', outlet: 'Sample Wire' });
    const recognition = r.events.find((e) => e.code === '054');
    expect(recognition?.target?.code).toBe('VENOPP');
    const sanctions = r.events.find((e) => e.code === '163' && e.source?.code?.startsWith('USA') && e.date.value.startsWith('2019'));
    expect(sanctions).toBeDefined();
  });
});
