import { describe, it, expect } from 'vitest';
import { events } from '../testing/helpers.js';
import { intentCode } from './modality.js';

describe('modality', () => {
  it('negated', () => {
    expect(events('Russia did not attack Ukraine.')).toEqual(['RUS>UKR 190 negated']);
    expect(events('China refused to condemn Russia.')).toEqual(['CHN>RUS 111 negated']);
  });
  it('intended', () => {
    expect(events('Russia will attack Ukraine.')).toEqual(['RUS>UKR 190 intended']);
    expect(events('Russia plans to attack Ukraine.')).toEqual(['RUS>UKR 190 intended']);
  });
  it('speculative', () => {
    expect(events('Russia may attack Ukraine.')).toEqual(['RUS>UKR 190 speculative']);
  });
  it('hypothetical', () => {
    expect(events('If talks fail, Russia would attack Ukraine.')).toEqual(['RUS>UKR 190 hypothetical']);
  });
  it('asserted', () => {
    expect(events('Russia attacked Ukraine.')).toEqual(['RUS>UKR 190 asserted']);
  });
  it('maps cooperative codes to their intent codes', () => {
    expect(intentCode('061')).toBe('0311');
    expect(intentCode('042')).toBe('036');
    expect(intentCode('071')).toBe('0331');
    expect(intentCode('190')).toBeNull();
  });
});
