import { describe, it, expect } from 'vitest';
import { events, run } from '../testing/helpers.js';

describe('events stage: who did what to whom', () => {
  it('codes a transitive verb with subject and object', () => {
    expect(events('Russia attacked Ukraine on Monday.')).toEqual(['RUS>UKR 190 asserted']);
  });

  it('takes the source of a passive from its by-phrase', () => {
    expect(events('Ukraine was attacked by Russia.')).toEqual(['RUS>UKR 190 asserted']);
  });

  it('gives one event per coordinated actor', () => {
    expect(events('Venezuela turned to Russia, as well as Iran and China, for diplomatic and economic aid.')).toEqual([
      'VEN>RUS 023 asserted', 'VEN>IRN 023 asserted', 'VEN>CHN 023 asserted',
    ]);
  });

  it('a reciprocal verb with a coordinated subject is one symmetric event', () => {
    const doc = run('Venezuela and the U.S. severed all diplomatic relations in 2019.');
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].code).toBe('161');
    expect(doc.events[0].symmetric).toBe(true);
    expect(doc.events[0].date.value).toBe('2019');
  });

  it('codes nominal events with possessive source and of-target', () => {
    expect(events("Analysts discussed Russia's ongoing invasion of Ukraine.")).toEqual(['RUS>UKR 190 asserted']);
  });

  it('skips a leading adverbial when finding the subject', () => {
    expect(events('In response to Russia, Venezuela turned to China for aid.')).toEqual(['VEN>CHN 023 asserted']);
  });

  it('a verb whose complement is its content takes its target from inside it', () => {
    expect(events('President Biden mulls reducing U.S. imports of Russian oil.')).toEqual(['USAGOV>RUS 014 asserted']);
  });

  it('an intent frame recodes a cooperative complement with CAMEO 03x', () => {
    const doc = run("Maduro has signaled that he would be open to restarting Venezuela's oil trade with the U.S.");
    expect(doc.events.map((e) => `${e.source?.code}>${e.target?.code} ${e.code}`)).toEqual(['VENGOV>USA 0311']);
    expect(doc.events[0].source?.name).toBe('Nicolás Maduro');
  });

  it('attribution verbs are not events', () => {
    expect(events('Russian officials told The New York Times that talks were over.')).toEqual([]);
  });

  it('an actor without a code makes no event', () => {
    expect(events('Officials attacked the plan.')).toEqual([]);
  });

  it('every event says which rule made it and which words carry it', () => {
    const doc = run('The Trump administration imposed sanctions on Venezuela.', '2019-06-01');
    const e = doc.events[0];
    expect(e.rule).toBe('sanction.impose');
    expect(e.trigger.text).toBe('imposed sanctions');
    expect(doc.text.slice(e.evidence[0].start, e.evidence[0].end)).toBe('The Trump administration imposed sanctions on Venezuela.');
  });

  it('an air strike is force, not a labour strike, and one event with the finer code', () => {
    expect(events('The United States launched an air strike against Islamic State militants in Iraq.')).toEqual(['USA>IMGMUSISI 195 asserted']);
  });

  it('a relative clause closed by a comma is not the main verb\'s clause, and an uncoded apposition stands for the actors before it', () => {
    const text = 'Venezuela did not vote, while Cuba and Nicaragua, two other governments that have long aligned themselves with the Kremlin, abstained.';
    expect(events(text)).toEqual(['CUB>RUSGOV 051 asserted', 'NIC>RUSGOV 051 asserted', 'CUB>- 12 asserted', 'NIC>- 12 asserted']);
  });
});
