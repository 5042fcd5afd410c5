// Issue 4: the event coder reads clause frames from our parser. Each case here is one that word
// order alone gets wrong, checked against `syntax: false` so the difference stays visible.
import { describe, it, expect } from 'vitest';
import { analyze } from '../extract.js';

function events(text: string, syntax = true): string[] {
  return analyze(text, { date: '2022-03-05', syntax }).doc.events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'} ${e.code} ${e.modality}`);
}

describe('issue 4: events from clause frames', () => {
  it('a relative clause between subject and verb does not steal the subject', () => {
    const text = "Venezuela's president, who met Putin in Moscow last week, criticized the United States.";
    expect(events(text)).toContain('VENGOV>USA 111 asserted');
    expect(events(text, false)).not.toContain('VENGOV>USA 111 asserted');
  });

  it('an object relative clause: "Turkey, which China has accused of …, condemned Israel"', () => {
    const text = 'Turkey, which China has accused of harbouring militants, condemned Israel on Monday.';
    expect(events(text)).toContain('TUR>ISR 111 asserted');
    expect(events(text)).toContain('CHN>TUR 112 asserted');
    expect(events(text, false)).toContain('CHN>ISR 111 asserted');
  });

  it('the consequence of a condition is hypothetical', () => {
    expect(events('If Russia attacks Ukraine, France will impose sanctions on Moscow.')).toEqual(['FRA>RUSGOV 163 hypothetical']);
  });

  it('a verb pattern that took its object noun leaves no second event for the noun', () => {
    expect(events('France will not impose sanctions on Russia.')).toEqual(['FRA>RUS 163 negated']);
  });

  it('the syntax stage parses only sentences that name two different actors', () => {
    const { doc } = analyze('Russia attacked the convoy. Russia attacked Ukraine. The weather was fine.', { date: '2022-03-05' });
    expect([...(doc.parsed ?? [])]).toEqual([1]);
  });

  it('a time expression dates the clause it belongs to, not the nearest event', () => {
    const dated = (text: string, syntax = true) => analyze(text, { date: '2022-03-05', syntax }).doc.events
      .map((e) => `${e.trigger.text} ${e.date.value} ${e.date.basis}`);
    const text = 'Russia, which invaded Georgia in 2008, attacked Ukraine on Thursday.';
    expect(dated(text)).toEqual(['invaded 2008 stated', 'attacked 2022-03-03 stated']);
    expect(dated(text, false)).toContain('attacked 2008 stated');
    expect(dated('On Monday, Germany said that Russia had attacked Ukraine in 2014.')).toEqual(['attacked 2014 stated', 'said 2022-02-28 stated']);
  });

  it('a fronted place is where the main clause happened; a place of another clause is not', () => {
    const placed = analyze('In Geneva on Tuesday, Iran met European diplomats, a year after the United States attacked Iraq in Baghdad.', { date: '2022-03-05' })
      .doc.events.map((e) => `${e.trigger.text}@${e.place?.text ?? '-'}`);
    expect(placed).toEqual(['met@Geneva', 'attacked@Baghdad']);
  });

  it('a fronted participial phrase is not part of a list of subjects, and a split list of targets is completed', () => {
    const text = 'Isolated from the United States, Caracas turned to Russia, Iran and China for diplomatic and economic support.';
    expect(events(text)).toEqual(['VENGOV>RUS 023 asserted', 'VENGOV>IRN 023 asserted', 'VENGOV>CHN 023 asserted']);
    expect(events(text, false)).toContain('USA>RUS 023 asserted');
  });

  it('a participle saying whom a sanction targets elaborates the sanction, it is not an attack', () => {
    const text = 'The European Union imposed sanctions on Russia, targeting banks close to the Kremlin.';
    expect(events(text)).toEqual(['IGOEUREEC>RUS 163 asserted']);
  });

  it('a when-clause right after a time expression happens then', () => {
    const dated = analyze('Relations collapsed in January 2019, when the United States recognised Juan Guaidó as Venezuela\'s interim president.', { date: '2022-03-05' })
      .doc.events.map((e) => `${e.code} ${e.date.value} ${e.date.basis}`);
    expect(dated).toContain('054 2019-01 stated');
  });

  it('what one actor urges another to do has not happened; a since-clause dates only its own beginning', () => {
    const got = analyze('Lawmakers have urged the White House to stop buying Russian oil since the invasion began on February 24.', { date: '2022-03-05' })
      .doc.events.map((e) => `${e.code} ${e.modality} ${e.date.value}`);
    expect(got).toContain('020 asserted 2022-03-05');
    // The asked-for act (stop buying Russian oil), when coded at all, is never coded as done.
    expect(got.filter((g) => g.startsWith('163 asserted'))).toEqual([]);
  });
});
