import { describe, it, expect } from 'vitest';
import { run } from '../testing/helpers.js';

function resolved(text: string, word: string) {
  const doc = run(text);
  const m = doc.actors.find((a) => a.text === word && a.antecedent !== undefined);
  return m ? `${m.code} ← ${doc.actors[m.antecedent!].text}` : null;
}

describe('coreference (light)', () => {
  it('"he" takes the nearest person before it', () => {
    expect(resolved('Maduro spoke on Friday. He said he would be open to talks.', 'He')).toBe('VENGOV ← Maduro');
  });
  it('"they" takes the nearest plural agent', () => {
    expect(resolved('Senior U.S. officials arrived in Caracas. They met Maduro.', 'They')).toBe('USAGOV ← Senior U.S. officials');
  });
  it('expletive "it" is left alone', () => {
    expect(resolved('Russia attacked. It is not known why.', 'It')).toBeNull();
  });
  it('"the officials" takes the earlier officials', () => {
    expect(resolved('U.S. officials went to Caracas. It is unclear how long the officials will stay.', 'officials')).toBe('USAGOV ← U.S. officials');
  });
  it('"the Times" refers to the Times named before', () => {
    expect(resolved('The New York Times reported it first. Sources told the Times.', 'the Times')).toBe('MED ← The New York Times');
  });
});

describe('coreference of country descriptions (issue 2)', () => {
  it('"the two countries" stands for the last two countries named, and a reciprocal event joins them', () => {
    const doc = run('Iran and Saudi Arabia held talks in Baghdad. The two countries restored diplomatic relations in 2023.');
    const restored = doc.events.find((e) => e.date.value === '2023');
    expect([restored?.source?.code, restored?.target?.code].sort()).toEqual(['IRN', 'SAU']);
  });
  it('"the country" takes the last country named', () => {
    expect(resolved('Venezuela abstained. Sanctions hit the country hard.', 'the country')).toBe('VEN ← Venezuela');
  });

  it('"the newspaper" after an outlet is that outlet', () => {
    const doc = run("The New York Times reported the visit. According to the newspaper's account, officials met in Caracas.");
    const paper = doc.actors.find((a) => a.text === 'newspaper');
    expect(paper).toMatchObject({ kind: 'outlet', name: 'The New York Times' });
  });

  it('"the visiting officials" are the officials named before, with their agency ("officials from …")', () => {
    const doc = run('Senior officials from the State Department travelled to Caracas. Details were not disclosed. The visiting officials met representatives of the Maduro government.');
    const officials = doc.actors.filter((a) => a.text === 'officials');
    expect(officials.map((a) => a.code)).toEqual(['USAGOV']);
  });
});
