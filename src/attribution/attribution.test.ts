import { describe, it, expect } from 'vitest';
import { run } from '../testing/helpers.js';

function content(doc: ReturnType<typeof run>, k: number): string {
  const c = doc.attributions[k].content;
  return doc.text.slice(c.start, c.end);
}

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
    expect(attributions('The Kremlin said that Ukraine had attacked first.')).toEqual(['The Kremlin [organisation] said']);
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

  it('a name in capitals after a comma is no cue ("the United States")', () => {
    expect(attributions('Oil can go to buyers in Asia, Europe or the United States.')).toEqual([]);
  });

  it('"“…,” said X": the subject after the verb, with the content before it', () => {
    const doc = run('“We will not retreat,” said the defence minister.');
    expect(doc.attributions.map((a) => `${a.source.text} ${a.cue.text}`)).toEqual(['the defence minister said']);
    expect(content(doc, 0)).toBe('We will not retreat');
  });

  it('"X, an appositive, warned that …": the subject before the appositive', () => {
    expect(attributions('The ambassador, a former general, warned that the border would close.')).toEqual(['The ambassador [actor] warned']);
  });

  it('an anonymous source may be marked by a relative clause, and told an outlet', () => {
    expect(attributions("Beijing's envoy, who spoke on condition of anonymity, told The Wall Street Journal that talks had stalled.")).toEqual([
      "Beijing's envoy [anonymous] told → The Wall Street Journal",
    ]);
    expect(attributions('Two people close to the talks said a deal was near.')).toEqual(['Two people close to the talks [anonymous] said']);
  });

  it('"X did Y, saying …" and "X did Y and said …": the subject of the main clause', () => {
    expect(attributions('The prime minister visited the front on Friday, saying the army would hold.')).toEqual(['The prime minister [actor] saying']);
    expect(attributions('The foreign minister met his counterpart and said the treaty stood.')).toEqual(['The foreign minister [actor] said']);
  });

  it('a passive takes its agent as the source and its subject as the content', () => {
    const doc = run('The plan was criticized by the opposition.');
    expect(doc.attributions.map((a) => `${a.source.text} ${a.cue.text}`)).toEqual(['the opposition criticized']);
    expect(content(doc, 0)).toBe('The plan');
    expect(attributions('He was asked about the plan.')).toEqual([]);
  });

  it('documents speak as sources, past a participle phrase', () => {
    expect(attributions('A survey released Monday found that most farmers oppose the tariffs.')).toEqual(['A survey [document] found']);
  });

  it('auxiliaries, adverbs, a time phrase and a parenthesis stand between the source and its verb', () => {
    expect(attributions('The president has long insisted that the islands belong to Japan.')).toEqual(['The president [actor] insisted']);
    expect(attributions('Rep. Jane Roe (D-Ore.) on Tuesday said the bill would pass.')).toEqual(['Rep. Jane Roe [person] said']);
    expect(attributions('Nearly 4 in 10 voters said the economy was the top issue.')).toEqual(['Nearly 4 in 10 voters [actor] said']);
  });

  it('a headline "X: …"', () => {
    expect(attributions('Sweden: talks with Ankara will resume.')).toEqual(['Sweden [actor] :']);
  });

  it('words inside a quotation, and "I" or "we" outside one, are no attribution of the article', () => {
    expect(attributions('“I think the deal is dead,” she said.')).toEqual(['she [person] said']);
    expect(attributions('I believe the deal is dead.')).toEqual([]);
  });

  it('a verb of thinking inside what another source reports belongs to that report', () => {
    expect(attributions('The ministry said the soldiers believe the border is safe.')).toEqual(['The ministry [actor] said']);
  });

  it('"call" reports with a predicate or "for", not as a telephone call or a name', () => {
    expect(attributions('Diplomats called the proposal reckless.')).toEqual(['Diplomats [actor] called']);
    expect(attributions('Lawmakers called for a vote.')).toEqual(['Lawmakers [actor] called']);
    expect(attributions('The general called Kyiv on Tuesday.')).toEqual([]);
    expect(attributions('A group called the Patriots marched.')).toEqual([]);
  });

  it('"continued" reports only after what was said', () => {
    expect(attributions('“The talks are over,” the spokesman continued.')).toEqual(['the spokesman [actor] continued']);
    expect(attributions('The economy continued to grow.')).toEqual([]);
  });

  it('"X said …, according to the Times": the outlet is the outermost link of X\'s report', () => {
    const doc = run('Officials spoke to The New York Times. “We are ready,” Maduro said Thursday, according to the Times.');
    const said = doc.attributions.find((a) => a.cue.text === 'said')!;
    expect(said.via?.text).toBe('the Times');
    expect(content(doc, doc.attributions.indexOf(said))).toBe('We are ready');
  });

  it('who an outlet cites is a source one link deeper: "the Times reported, citing people familiar with the matter"', () => {
    const got = attributions('US officials travelled to Caracas this week, The New York Times reported, citing people familiar with the matter.');
    expect(got).toContain('people familiar with the matter [anonymous] citing → The New York Times');
  });
});
