import { describe, it, expect } from 'vitest';
import { run } from '../testing/helpers.js';

function attributions(text: string) {
  return run(text).attributions.map((a) => `${a.source.text} [${a.source.kind}] ${a.cue.text}${a.via ? ` → ${a.via.text}` : ''}`);
}

describe('attribution stage', () => {
  it('"X told Y" at the end of a sentence: anonymous sources speaking to an outlet', () => {
    expect(attributions('Russian troops entered Kharkiv, people familiar with the matter told The New York Times.')).toEqual([
      'people familiar with the matter [anonymous] told → The New York Times',
    ]);
  });

  it('"according to X"', () => {
    expect(attributions('Venezuela abstained this week, according to Reuters.')).toEqual(['Reuters [outlet] according to']);
  });

  it('a quote with its speaker after it', () => {
    const doc = run('“We are ready to sell oil,” Maduro said Thursday.');
    expect(doc.attributions.map((a) => `${a.source.text} [${a.source.kind}] ${a.cue.text}`)).toEqual(['Maduro [person] said']);
    const c = doc.attributions[0].content;
    expect(doc.text.slice(c.start, c.end)).toBe('We are ready to sell oil');
  });

  it('"X said (that) …" at the start of a sentence', () => {
    expect(attributions('The Kremlin said that Ukraine had attacked first.')).toEqual(['The Kremlin [actor] said']);
  });

  it('an event carries the chain outermost first, and a later sentence of the paragraph inherits it', () => {
    const doc = run('Venezuela turned to Russia for aid, the Times reported. Russian banks have since played a major role in Venezuela\'s oil exports.\nThe New York Times said so.');
    const chains = doc.events.map((e) => e.attribution.map((a) => a.text).join(' ← '));
    expect(doc.events.map((e) => e.code)).toEqual(['023', '061']);
    expect(chains).toEqual(['the Times', 'the Times']);
  });

  it('a short outlet name refers to the outlet named before it', () => {
    const doc = run('Officials spoke to The New York Times. Russia attacked Ukraine, the Times reported.');
    const e = doc.events.find((x) => x.code.startsWith('19'))!;
    expect(e.attribution).toEqual([{ text: 'The New York Times', kind: 'outlet', code: 'MED' }]);
  });
});
