// What a speaker says about another actor is an event of its own in CAMEO: "Russia said Sudan must
// return the helicopter" is a demand (10x); "the US claimed that ISIL had attacked Iraq" an
// accusation (112); "the group claimed that it had attacked" a claim of responsibility (015).
import type { Doc, ActorMention } from '../doc.js';
import type { RawEvent } from './coder.js';
import { principal } from '../actors/codes.js';
import { coordinated } from './clause.js';

const SPEECH = new Set(['say', 'claim', 'allege', 'declare', 'announce', 'insist', 'state', 'tell', 'charge', 'assert', 'maintain', 'add', 'warn']);
const DEONTIC = new Set(['must', 'should']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being']);
const ALLEGING = new Set(['claim', 'allege', 'charge']);

/** CAMEO's demand code for what the speaker demands the target do. */
export function demandCode(code: string | null): string {
  if (!code) return '100';
  const root = code.slice(0, 2);
  const base = code.slice(0, 3);
  if (root === '08') return { '081': '1051', '082': '1052', '083': '104', '084': '1053', '085': '1054', '086': '1055', '087': '1056' }[base] ?? '105';
  if (root === '07') return '103';
  if (root === '04') return '108';
  if (root === '06') return '101';
  return '100';
}

interface Speech {
  verb: number;
  speaker: ActorMention;
  /** first token of the reported clause */
  from: number;
}

/** Speech verbs with a coded speaker, and where their reported clause starts. */
function speechFrames(doc: Doc, sentence: number, subjectOf: (i: number) => ActorMention[]): Speech[] {
  const s = doc.sentences[sentence];
  const t = doc.tokens;
  const out: Speech[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // "… were announced by France": a passive speech verb's subject is what was said, not a speaker.
    if (t[i].pos !== 'VERB' || !SPEECH.has(t[i].lemma) || PASSIVE_AUX.has(t[i - 1]?.norm ?? '')) continue;
    // "…, and analysts say": a plain noun right before the verb is its speaker, even when no lexicon knows it.
    let k = i - 1;
    while (k > s.tokenStart && t[k].pos === 'ADV') k--;
    if (t[k]?.pos === 'NOUN' && !doc.actors.some((a) => a.tokenStart <= k && k < a.tokenEnd && a.code)) continue;
    const speaker = subjectOf(i)[0];
    if (!speaker?.code) continue;
    let from = i + 1;
    // "said on Tuesday that", "told reporters that"
    for (let k = i + 1; k < Math.min(s.tokenEnd, i + 6); k++) {
      if (t[k].norm === 'that') {
        from = k + 1;
        break;
      }
    }
    out.push({ verb: i, speaker, from });
  }
  return out;
}

/**
 * Adds the speaker's event for each reported clause: a demand replaces the demanded event (it did not
 * happen); an accusation or a claim of responsibility is added beside the reported attack.
 */
/**
 * "Powell said NATO would need to remain strong": a statement that carries no other event of its
 * speaker is CAMEO 010 (make a statement). Only coded speakers who are not news media: outlets report,
 * they do not make the news.
 */
function statements(doc: Doc, sentence: number, out: RawEvent[], subjectOf: (i: number) => ActorMention[]): void {
  for (const sp of speechFrames(doc, sentence, subjectOf)) {
    if (sp.speaker.kind === 'outlet' || sp.speaker.code === 'MED') continue;
    if (out.some((e) => e.sentence === sentence && principal(e.source?.code) === principal(sp.speaker.code))) continue;
    const end = doc.sentences[sentence].tokenEnd;
    // A statement about another actor ("Powell said NATO would need to remain strong"), not mere talk.
    const about = doc.actors.some((a) => a.sentence === sentence && a.tokenStart >= sp.from && a.code && a.code !== 'MED' && principal(a.code) !== principal(sp.speaker.code) && !a.nested);
    if (!about) continue;
    // No target: the first actor a statement names is too loose a guess at whom it addresses, and a
    // statement in a dyad's timeline would count as verbal cooperation with it.
    out.push({ ...frameEvent(sp, null, '010', 'reported.statement', sentence, sp.verb, end), confidence: 0.3 });
  }
}

/**
 * "Israel said a mortar bomb was fired at it from the Gaza Strip": a speaker reporting force used
 * against itself accuses whoever used it (112), beside the reported attack.
 */
function victimReports(doc: Doc, sentence: number, out: RawEvent[], subjectOf: (i: number) => ActorMention[]): void {
  for (const sp of speechFrames(doc, sentence, subjectOf)) {
    const own = principal(sp.speaker.code);
    const attack = out.find((e) => e.sentence === sentence && e.trigger >= sp.from && /^(1[8-9]|20)/.test(e.code) && e.modality === 'asserted' &&
      e.source?.code && principal(e.source.code) !== own && e.target && (e.target.id === sp.speaker.id || e.target.antecedent === sp.speaker.id || principal(e.target.code) === own));
    if (!attack || out.some((e) => e.sentence === sentence && e.code.startsWith('11') && e.source?.id === sp.speaker.id)) continue;
    out.push(frameEvent(sp, attack.source, '112', 'reported.accuse-attacker', sentence, attack.trigger, doc.sentences[sentence].tokenEnd));
  }
}

/** "Obama said Americans must …": the speaker's own country as a whole, or the speaker itself. */
function ownPeople(target: ActorMention, speaker: ActorMention): boolean {
  return target.code === speaker.code || (target.code === principal(speaker.code) && target.kind === 'country');
}

export function codeReported(doc: Doc, raws: RawEvent[], subjectOf: (i: number) => ActorMention[]): RawEvent[] {
  const t = doc.tokens;
  const out = [...raws];
  const sentences = [...new Set(raws.map((e) => e.sentence))];
  for (const idx of doc.sentences.filter((s) => s.candidate).map((s) => s.index)) if (!sentences.includes(idx)) sentences.push(idx);
  for (const sentence of sentences) {
    for (const sp of speechFrames(doc, sentence, subjectOf)) {
      const end = doc.sentences[sentence].tokenEnd;
      // The reported clause's subject and its verb group.
      const subj = doc.actors.find((a) => a.tokenStart >= sp.from && a.tokenStart < Math.min(end, sp.from + 4) && a.code && !a.nested && !a.adjective);
      if (!subj) continue;
      // "US and British forces must ensure …": the whole coordinated subject comes before the modal.
      const group = coordinated(doc, subj, end);
      const k = group[group.length - 1].tokenEnd;
      const deontic = (t[k] && DEONTIC.has(t[k].norm)) || ((t[k]?.lemma === 'have' || t[k]?.lemma === 'need') && t[k + 1]?.norm === 'to');
      const embedded = out.filter((e) => e.sentence === sentence && e.trigger >= k && e.trigger <= k + 4 && !e.nominal);
      const trigger = embedded[0]?.trigger ?? k;
      if (deontic) {
        for (const e of embedded) out.splice(out.indexOf(e), 1);
        // "Obama said Americans must turn to the courts": a demand on one's own people is no demand between actors.
        for (const target of group) if (!ownPeople(target, sp.speaker)) out.push(frameEvent(sp, target, demandCode(embedded[0]?.code ?? null), 'reported.demand', sentence, trigger, end));
        continue;
      }
      const attack = embedded.find((e) => /^(1[4-9]|20)/.test(e.code) && e.modality === 'asserted' && e.source?.id === subj.id);
      if (!attack) continue;
      const self = principal(subj.code) === principal(sp.speaker.code) || subj.antecedent === sp.speaker.id;
      // "The US claimed that ISIL had attacked Iraq and taken Mosul": what is only claimed or alleged is
      // the content of the accusation (or of the claim of responsibility), not an event of its own.
      if (ALLEGING.has(t[sp.verb].lemma)) {
        for (const e of out.filter((x) => x.sentence === sentence && x.trigger >= sp.from && x.source?.id === subj.id && !x.nominal)) out.splice(out.indexOf(e), 1);
      }
      out.push(self
        ? frameEvent(sp, attack.target, '015', 'reported.claim-responsibility', sentence, attack.trigger, end)
        : frameEvent(sp, subj, '112', 'reported.accuse', sentence, attack.trigger, end));
    }
  }
  for (const sentence of sentences) victimReports(doc, sentence, out, subjectOf);
  for (const sentence of sentences) statements(doc, sentence, out, subjectOf);
  return out;
}

function frameEvent(sp: Speech, target: ActorMention | null, code: string, rule: string, sentence: number, trigger: number, end: number): RawEvent {
  return {
    source: sp.speaker, target, code, rule, trigger: sp.verb, triggerEnd: sp.verb + 1, sentence, modality: 'asserted',
    symmetric: false, placeIsTarget: false, clauseFrom: sp.verb, clauseTo: Math.max(end, trigger), confidence: 0.6,
  };
}
