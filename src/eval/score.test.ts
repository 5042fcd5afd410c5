import { describe, it, expect } from 'vitest';
import { scoreEvents, dateCorrect, scoreTimexes, prf, type GoldEvent } from './score.js';
import { pentaclassOf, mainCode, actorCodes, actorSpans, attributions, places } from './metrics.js';
import type { ExtractResult } from '../result.js';

type P = ExtractResult['events'][number];
function pred(source: string | null, target: string | null, code: string, extra: Partial<P> = {}): P {
  return {
    id: 'p', source: source ? { text: source, code: source, start: 0, end: 1 } : null, target: target ? { text: target, code: target, start: 2, end: 3 } : null,
    code, name: '', quad: 1, pentaclass: 1, goldstein: 0, plover: { event: null, mode: null }, modality: 'asserted',
    date: { value: '2022-03-05', precision: 'day', basis: 'publication' }, place: null, attribution: [], evidence: [{ start: 0, end: 5 }],
    trigger: { start: 0, end: 1, text: 'x' }, rule: 'r', confidence: 0.5, ...extra,
  };
}
const gold = (g: Partial<GoldEvent> & Pick<GoldEvent, 'source' | 'target' | 'code'>): GoldEvent => g;
const result = (over: Partial<ExtractResult>): ExtractResult => ({ date: '', dateAssumed: false, events: [], relations: [], timexes: [], attributions: [], places: [], actors: [], diagnostics: [], ...over });

describe('scorer: event matching rules of SCHEMA.md', () => {
  it('a swapped symmetric pair matches; a swapped asymmetric pair does not', () => {
    expect(scoreEvents([gold({ source: 'USA', target: 'VEN', code: '161', symmetric: true })], [pred('VEN', 'USA', '161')]).tp).toBe(1);
    const s = scoreEvents([gold({ source: 'USA', target: 'VEN', code: '163' })], [pred('VEN', 'USA', '163')]);
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
  });
  it('the reverse of a matched symmetric event is ignored, not counted as spurious', () => {
    const s = scoreEvents([gold({ source: 'USA', target: 'VEN', code: '161', symmetric: true })], [pred('USA', 'VEN', '161'), pred('VEN', 'USA', '161')]);
    expect([s.tp, s.fp]).toEqual([1, 0]);
  });
  it('an optional event: produced, it is ignored; not produced, it is not missed', () => {
    const g = [gold({ source: 'MED', target: 'USAGOV', code: '02', optional: true })];
    expect(scoreEvents(g, [pred('MED', 'USAGOV', '020')])).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(scoreEvents(g, [])).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
  it('an alt code matches by its root', () => {
    expect(scoreEvents([gold({ source: 'USAGOV', target: 'RUS', code: '014', alt: ['163'] })], [pred('USAGOV', 'RUS', '1631')]).tp).toBe(1);
  });
  it('a null target matches only a null target', () => {
    expect(scoreEvents([gold({ source: 'VENGOV', target: null, code: '010' })], [pred('VENGOV', null, '010')]).tp).toBe(1);
    expect(scoreEvents([gold({ source: 'VENGOV', target: null, code: '010' })], [pred('VENGOV', 'USA', '010')]).tp).toBe(0);
  });
  it('an IGO principal is its first six letters', () => {
    expect(scoreEvents([gold({ source: 'IGOUNOIAE', target: 'IRN', code: '090' })], [pred('IGOUNO', 'IRNGOV', '091')]).tp).toBe(1);
    expect(scoreEvents([gold({ source: 'IGOUNOIAE', target: 'IRN', code: '090' })], [pred('IGOWSTNAT', 'IRN', '090')]).tp).toBe(0);
  });
  it('required gold events are matched before optional ones', () => {
    const s = scoreEvents([gold({ source: 'USA', target: 'VEN', code: '036', optional: true }), gold({ source: 'USA', target: 'VEN', code: '042', alt: ['036'] })], [pred('USA', 'VEN', '036')]);
    expect(s.tp).toBe(1);
  });
  it('dates: equal at the gold precision; a null gold date wants the publication basis', () => {
    expect(dateCorrect('2019', { value: '2019-05-01', precision: 'day', basis: 'stated' })).toBe(true);
    expect(dateCorrect('2022-03', { value: '2022-W09', precision: 'week', basis: 'stated' })).toBe(true);
    expect(dateCorrect(null, { value: '2022-03-05', precision: 'day', basis: 'publication' })).toBe(true);
    expect(dateCorrect(null, { value: '2022-03-05', precision: 'day', basis: 'stated' })).toBe(false);
  });
});

describe('scorer: the other metrics', () => {
  it('a timex with a wrong value is detected but not valued', () => {
    const s = scoreTimexes([{ text: 'Thursday', start: 10, end: 18, value: '2022-03-03' }], [{ text: 'Thursday', start: 10, end: 18, value: '2022-03-10', type: 'DATE' }]);
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, valueOk: 0 });
  });
  it('pentaclass groups CAMEO roots the Phoenix way; no event is class 0', () => {
    expect([pentaclassOf(undefined), pentaclassOf('010'), pentaclassOf('042'), pentaclassOf('061'), pentaclassOf('111'), pentaclassOf('163'), pentaclassOf('145'), pentaclassOf('190')]).toEqual([0, 0, 1, 2, 3, 3, 4, 4]);
  });
  it('main code takes the event whose root equals the gold root, else the first', () => {
    expect(mainCode('042', result({ events: [pred('A', 'B', '010'), pred('A', 'B', '043')] }))).toMatchObject({ root: true, exact: false });
    expect(mainCode('190', result({ events: [pred('A', 'B', '010')] }))).toMatchObject({ root: false, predicted: '010' });
  });
  it('actor codes: principal and full code separately; mentions stand in when there is no event', () => {
    expect(actorCodes({ source: ['HUNGOV'] }, result({ events: [pred('HUNMIL', null, '010')] }))).toEqual({ total: 1, principal: 1, full: 0 });
    expect(actorCodes({ source: ['SAU'] }, result({ actors: [{ text: 'Saudi', start: 0, end: 5, code: 'SAU', kind: 'country' }] }))).toEqual({ total: 1, principal: 1, full: 1 });
  });
  it('actor spans by token overlap; attribution by source overlap; places within 161 km', () => {
    expect(actorSpans({ source: ['Iraqi troops'], target: ['ISIS'] }, result({ events: [pred('Iraqi troops', 'ISIS', '190')] }))).toEqual({ tp: 3, predicted: 3, gold: 3 });
    const text = 'Sources told the Times.';
    expect(attributions([{ source: { text: 'Sources', start: 0, end: 7 } }], result({ attributions: [{ source: { text: 'Sources', start: 0, end: 7, kind: 'anonymous' }, cue: { text: 'told', start: 8, end: 12 }, content: { start: 0, end: 0 } }] }), text)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(places([{ text: 'Caracas', start: 0, end: 7, lat: 10.49, lon: -66.88 }], result({ places: [{ text: 'Caracas', start: 0, end: 7, lat: 10.5, lon: -66.9, country: 'VEN' }] }))).toEqual({ total: 1, within: 1, detected: 1 });
    expect(places([{ text: 'Paris', start: 0, end: 5, lat: 33.66, lon: -95.55 }], result({ places: [{ text: 'Paris', start: 0, end: 5, lat: 48.85, lon: 2.35, country: 'FRA' }] }))).toMatchObject({ within: 0 });
  });
  it('P/R/F1 of zero counts are zero, not NaN', () => {
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
