// Golden file on real text: the founding example (The Hill, 2022-03-05). A change in what attache
// extracts from it shows up as a diff here; accept a deliberate change with UPDATE_GOLDEN=1 npm test.
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const article = readFileSync(join(root, 'examples', 'the-hill-2022-03-05.txt'), 'utf8');
const goldenPath = join(root, 'test', 'fixtures', 'the-hill-2022-03-05.golden.json');

function summary() {
  const r = extract(article, { date: '2022-03-05', outlet: 'The Hill' });
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

  it('codes the US visit to Venezuela with its date, place and its sources', () => {
    const r = extract(article, { date: '2022-03-05', outlet: 'The Hill' });
    const visit = r.events.find((e) => e.code.startsWith('04') && e.source?.code?.startsWith('USA') && e.target?.code?.startsWith('VEN'));
    expect(visit).toBeDefined();
    expect(visit!.date.value).toBe('2022-03-05');
    expect(visit!.place?.country).toBe('VEN');
    expect(visit!.attribution.map((a) => a.text)).toEqual(['The New York Times', 'people familiar with the matter']);
    expect(visit!.evidence.length).toBeGreaterThan(1);
  });

  it('finds the three ally relations', () => {
    const r = extract(article, { date: '2022-03-05', outlet: 'The Hill' });
    const allies = r.relations.filter((x) => x.type === 'ally').map((x) => `${x.a}-${x.b}`).sort();
    expect(allies).toEqual(['CUB-RUS', 'NIC-RUS', 'VEN-RUS']);
  });
});
