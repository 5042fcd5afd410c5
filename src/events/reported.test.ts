import { describe, it, expect } from 'vitest';
import { events } from '../testing/helpers.js';
import { demandCode } from './reported.js';
import { threatCode } from './coder.js';

describe('what a speaker says about another actor is an event of its own (issue 3)', () => {
  it('"X said Y must …" is a demand, and the demanded act is not coded as done', () => {
    expect(events('Russia said on Tuesday that Sudan must return the helicopter.', '2008-01-01')).toEqual(['RUS>SDN 1053 asserted']);
  });
  it('"X claimed that Y had attacked Z" is an accusation; the claimed attack is its content, not an event', () => {
    expect(events('The US claimed that Iran had attacked Iraq.', '2008-01-01')).toEqual(['USA>IRN 112 asserted']);
  });
  it('"X claimed that they had attacked Z" is a claim of responsibility', () => {
    expect(events('The Taliban claimed that they had attacked Pakistan.', '2008-01-01')).toContain('AFGREBTAL>PAK 015 asserted');
  });
  it('maps demanded and threatened acts to CAMEO 10x and 13x', () => {
    expect(demandCode('084')).toBe('1053');
    expect(demandCode(null)).toBe('100');
    expect(threatCode('163')).toBe('1312');
    expect(threatCode('190')).toBe('1384');
    expect(threatCode('042')).toBeNull();
  });
});

describe('CAMEO recoding of what is announced, refused or wanted (issue 3)', () => {
  it('an announced cooperative act is an intent (03x)', () => {
    expect(events('The United States will supply arms to Israel.')).toEqual(['USA>ISR 0332 intended']);
  });
  it('an announced refusal of cooperation is a rejection (12x)', () => {
    expect(events('Obama said he would not provide support to Israel.', '2012-01-01')).toEqual(['USAGOV>ISR 121 asserted']);
  });
  it('wanting to use force is a threat (13x); wanting another actor to act is an appeal to it', () => {
    expect(events('Obama wants to attack Switzerland.', '2012-01-01')).toEqual(['USAGOV>CHE 1384 asserted']);
    expect(events('Obama wants Putin to attack Switzerland.', '2012-01-01')).toContain('USAGOV>RUSGOV 020 asserted');
  });
  it('an actor announcing its own coercive act threatens', () => {
    expect(events('Palestinian leaders said they would boycott all official contact with the United States.', '2000-01-01')[0]).toMatch(/^PSEGOV>USA 13/);
  });
  it('reciprocal events join every pair of a coordinated subject', () => {
    expect(events('The US, Russia and Switzerland met yesterday.').sort()).toEqual(['RUS>CHE 040 asserted', 'USA>CHE 040 asserted', 'USA>RUS 040 asserted'].sort());
  });
});
