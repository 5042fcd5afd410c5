import { describe, it, expect } from 'vitest';
import type { CodedEvent } from '../doc.js';
import { mergeEvents, compatibleDates } from './merge.js';

function ev(over: Partial<CodedEvent>): CodedEvent {
  return {
    id: 'x', source: { text: 'U.S. officials', code: 'USAGOV', start: 0, end: 1 }, target: { text: 'Venezuela', code: 'VEN', start: 2, end: 3 },
    code: '042', name: 'Make a visit', quad: 1, pentaclass: 1, goldstein: 1.9, plover: { event: 'CONSULT', mode: 'visit' },
    modality: 'asserted', date: { value: '2022-03-05', precision: 'day', basis: 'stated' }, place: null, attribution: [],
    evidence: [{ start: 0, end: 10 }], trigger: { start: 0, end: 1, text: 'went' }, rule: 'r', confidence: 0.7, sentence: 0, ...over,
  };
}

describe('merging the same event reported twice in one article', () => {
  it('headline intent, lead and a later sentence become one event with every evidence span', () => {
    const merged = mergeEvents([
      ev({ code: '040', modality: 'intended', evidence: [{ start: 0, end: 50 }], date: { value: '2022-03-05', precision: 'day', basis: 'publication' } }),
      ev({ evidence: [{ start: 60, end: 200 }], attribution: [{ text: 'The New York Times', kind: 'outlet' }] }),
      ev({ target: { text: 'Caracas', code: 'VENGOV', start: 5, end: 6 }, evidence: [{ start: 210, end: 300 }] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].evidence.map((e) => e.start)).toEqual([0, 60, 210]);
    expect(merged[0].date.basis).toBe('stated');
    expect(merged[0].attribution[0].text).toBe('The New York Times');
  });

  it('keeps events apart when their dates disagree or one is negated', () => {
    const a = ev({});
    const b = ev({ date: { value: '2019', precision: 'year', basis: 'stated' } });
    const c = ev({ modality: 'negated', evidence: [{ start: 400, end: 410 }] });
    expect(mergeEvents([a, b, c])).toHaveLength(3);
  });

  it('symmetric events merge in either direction', () => {
    const a = ev({ code: '161', symmetric: true });
    const b = ev({ code: '161', symmetric: true, source: a.target, target: a.source, evidence: [{ start: 50, end: 60 }] });
    expect(mergeEvents([a, b])).toHaveLength(1);
  });

  it('a week and the month holding it are compatible; two years are not', () => {
    expect(compatibleDates({ value: '2022-03', precision: 'month', basis: 'stated' }, { value: '2022-03-05', precision: 'day', basis: 'stated' })).toBe(true);
    expect(compatibleDates({ value: '2019', precision: 'year', basis: 'stated' }, { value: '2018', precision: 'year', basis: 'stated' })).toBe(false);
  });
});
