import { describe, it, expect } from 'vitest';
import { framesOf, type ParsedSentence } from './frames.js';
import type { Frame, FrameArg } from '../doc.js';

/** A hand-built UD parse: "word lemma UPOS head deprel" per token (heads 1-based, 0 = root). */
function sentence(rows: string): ParsedSentence {
  const toks = rows.trim().split('\n').map((l) => l.trim().split(/\s+/));
  return {
    offset: 0, sentence: 0,
    words: toks.map((t) => t[0]), lemmas: toks.map((t) => t[1]), upos: toks.map((t) => t[2]),
    head: toks.map((t) => Number(t[3])), deprel: toks.map((t) => t[4]),
  };
}

function frameOf(s: ParsedSentence, word: string): Frame {
  const f = framesOf(s).find((x) => s.words[x.predicate] === word);
  if (!f) throw new Error(`no frame for ${word}`);
  return f;
}

const words = (s: ParsedSentence, a: FrameArg | null) => (a ? s.words.slice(a.tokenStart, a.tokenEnd).join(' ') : null);

describe('clause frames', () => {
  it('passive: the subject undergoes, the "by" phrase is the agent', () => {
    const s = sentence(`
      The the DET 2 det
      embassy embassy NOUN 4 nsubj:pass
      was be AUX 4 aux:pass
      attacked attack VERB 0 root
      by by ADP 6 case
      protesters protester NOUN 4 obl:agent
      . . PUNCT 4 punct`);
    const f = frameOf(s, 'attacked');
    expect(f.voice).toBe('passive');
    expect(words(s, f.subject)).toBe('The embassy');
    expect(words(s, f.agent)).toBe('protesters');
    expect(f.tense).toBe('past');
  });

  it('negation and modals: "Russia will not attend the talks"', () => {
    const s = sentence(`
      Russia Russia PROPN 4 nsubj
      will will AUX 4 aux
      not not PART 4 advmod
      attend attend VERB 0 root
      the the DET 6 det
      talks talk NOUN 4 obj`);
    const f = frameOf(s, 'attend');
    expect(f.negated).toBe(true);
    expect(f.modals).toEqual(['will']);
    expect(f.tense).toBe('future');
    expect(words(s, f.object)).toBe('the talks');
  });

  it('coordination: conjoined subjects are listed, a conjoined verb shares the subject', () => {
    const s = sentence(`
      Russia Russia PROPN 4 nsubj
      and and CCONJ 3 cc
      China China PROPN 1 conj
      condemned condemn VERB 0 root
      and and CCONJ 6 cc
      sanctioned sanction VERB 4 conj
      Kyiv Kyiv PROPN 6 obj`);
    const condemned = frameOf(s, 'condemned');
    // The phrase is the first conjunct; the others are listed by their heads.
    expect(words(s, condemned.subject)).toBe('Russia');
    expect(condemned.subject!.conj).toEqual([2]);
    const sanctioned = frameOf(s, 'sanctioned');
    expect(sanctioned.subjectVia).toBe('conj');
    expect(sanctioned.subject!.head).toBe(0);
    expect(words(s, sanctioned.object)).toBe('Kyiv');
  });

  it('reported speech: the speech verb points at the reported clause', () => {
    const s = sentence(`
      Officials official NOUN 2 nsubj
      said say VERB 0 root
      Iran Iran PROPN 5 nsubj
      had have AUX 5 aux
      seized seize VERB 2 ccomp
      a a DET 7 det
      tanker tanker NOUN 5 obj`);
    const said = frameOf(s, 'said');
    expect(said.speech).toBe(true);
    expect(said.content).toBe(4);
    const seized = frameOf(s, 'seized');
    expect(seized.relation).toBe('ccomp');
    expect(words(s, seized.subject)).toBe('Iran');
    expect(seized.tense).toBe('past');
  });

  it('reported speech put first: "Iran will retaliate, the minister said"', () => {
    const s = sentence(`
      Iran Iran PROPN 3 nsubj
      will will AUX 3 aux
      retaliate retaliate VERB 0 root
      , , PUNCT 7 punct
      the the DET 6 det
      minister minister NOUN 7 nsubj
      said say VERB 3 parataxis`);
    const said = frameOf(s, 'said');
    expect(said.speech).toBe(true);
    expect(said.content).toBe(2);
    expect(words(s, said.subject)).toBe('the minister');
  });

  it('relative clauses: the relative pronoun stands for the noun it modifies', () => {
    const s = sentence(`
      Russia Russia PROPN 0 root
      , , PUNCT 4 punct
      which which PRON 4 nsubj
      invaded invade VERB 1 acl:relcl
      Ukraine Ukraine PROPN 4 obj`);
    const f = frameOf(s, 'invaded');
    expect(f.subjectVia).toBe('relative');
    expect(f.subject!.head).toBe(0);
    expect(words(s, f.object)).toBe('Ukraine');

    const o = sentence(`
      the the DET 2 det
      town town NOUN 0 root
      that that PRON 5 obj
      rebels rebel NOUN 5 nsubj
      seized seize VERB 2 acl:relcl`);
    const seized = frameOf(o, 'seized');
    expect(words(o, seized.subject)).toBe('rebels');
    expect(words(o, seized.object)).toBe('the town');
  });

  it('"X told Y that Z": the addressee is the object, the content the complement', () => {
    const s = sentence(`
      Putin Putin PROPN 2 nsubj
      told tell VERB 0 root
      Macron Macron PROPN 2 obj
      that that SCONJ 7 mark
      Russia Russia PROPN 7 nsubj
      would would AUX 7 aux
      withdraw withdraw VERB 2 ccomp`);
    const told = frameOf(s, 'told');
    expect(told.speech).toBe(true);
    expect(words(s, told.subject)).toBe('Putin');
    expect(words(s, told.object)).toBe('Macron');
    expect(told.content).toBe(6);
    const withdraw = frameOf(s, 'withdraw');
    expect(withdraw.modals).toEqual(['would']);
    expect(words(s, withdraw.subject)).toBe('Russia');
  });

  it('control: "urged Iran to release" takes the object, "wants to attack" the subject', () => {
    const s = sentence(`
      France France PROPN 2 nsubj
      urged urge VERB 0 root
      Iran Iran PROPN 2 obj
      to to PART 5 mark
      release release VERB 2 xcomp
      the the DET 7 det
      sailors sailor NOUN 5 obj`);
    expect(words(s, frameOf(s, 'release').subject)).toBe('Iran');
    expect(frameOf(s, 'release').subjectVia).toBe('control');
    const w = sentence(`
      Russia Russia PROPN 2 nsubj
      wants want VERB 0 root
      to to PART 4 mark
      attack attack VERB 2 xcomp`);
    expect(words(w, frameOf(w, 'attack').subject)).toBe('Russia');
  });

  it('obliques carry their preposition; a participle after a noun has that noun for subject', () => {
    const s = sentence(`
      resolutions resolution NOUN 0 root
      condemning condemn VERB 1 acl
      Russia Russia PROPN 2 obj
      at at ADP 6 case
      the the DET 6 det
      UN UN PROPN 2 obl`);
    const f = frameOf(s, 'condemning');
    expect(f.subjectVia).toBe('participle');
    expect(words(s, f.subject)).toBe('resolutions');
    expect(f.obliques.map((o) => o.prep)).toEqual(['at']);
  });
});
