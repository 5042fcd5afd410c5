// CAMEO codes what is said about an act, not only the act: intents (03x), refusals (12x), threats (13x).
import type { Doc, ActorMention, Modality } from '../doc.js';
import type { VerbPattern } from '../lexicon/schemas.js';
import { modalityAt, intentCode } from '../modality/modality.js';
import { principal } from '../actors/codes.js';
import { clauseStart } from './clause.js';
import { subjectOf } from './roles.js';

/**
 * CAMEO codes what was said about an event, not only the event: an intent frame makes a cooperative
 * event an expressed intent (03x, "would be open to restarting trade"); a refusal of a cooperative
 * event is a rejection (12x, "said he would not provide support"); a wish or vow to use force is a
 * threat (13x, "wants to attack"). The new code's event is asserted: the intent, refusal or threat happened.
 */
export function recode(p: VerbPattern, mod: ReturnType<typeof modalityAt>, selfAnnounced = false): { code: string; modality: Modality; rule: string } {
  const root = Number(p.code.slice(0, 2));
  if (mod.intentFrame && mod.modality !== 'negated') {
    const c = intentCode(p.code);
    if (c) return { code: c, modality: 'asserted', rule: `${p.id}+intent` };
  }
  // "will provide aid", "plans to meet": CAMEO codes announced cooperation as intent (03x); the
  // event itself stays intended.
  if (mod.modality === 'intended' && mod.announced && root >= 4 && root <= 8) {
    const c = intentCode(p.code);
    if (c) return { code: c, modality: 'intended', rule: `${p.id}+future` };
  }
  if (mod.refusal && root >= 3 && root <= 8) {
    const c = refusalCode(p.code);
    return { code: c, modality: 'asserted', rule: `${p.id}+refusal` };
  }
  // "threatened to impose", "is prepared to impose martial law", "said they would blockade": a threat (13x).
  // A plan reported by the writer ("Russia plans to attack") is an intended act, not a threat.
  const expressive = !!mod.intentFrame && !/^(plans?|planned|intends?) to$/.test(mod.intentFrame);
  if ((mod.volition || selfAnnounced || expressive) && mod.modality !== 'negated' && threatCode(p.code)) {
    return { code: threatCode(p.code)!, modality: 'asserted', rule: `${p.id}+threat` };
  }
  return { code: p.code, modality: mod.modality, rule: p.id };
}

/** CAMEO's threat code (13x) for an announced coercive or violent act; null for other roots. */
export function threatCode(code: string): string | null {
  const root = code.slice(0, 2);
  const base = code.slice(0, 3);
  switch (root) {
    case '14':
      return '133';
    case '16':
      return { '161': '1313', '162': '1311', '163': '1312' }[base] ?? '131';
    case '17':
      if (base === '172') return code.length === 4 ? `132${code[3]}` : '132';
      return '137';
    case '18':
      return '1383';
    case '19':
      return { '191': '1381', '192': '1382' }[base] ?? '1384';
    case '20':
      return '1385';
    default:
      return null;
  }
}

const SPEECH_LEMMAS = new Set(['say', 'announce', 'declare', 'warn', 'state', 'tell', 'insist', 'vow']);

/**
 * "Palestinian leaders said they would boycott …", "Nigeria announced that it will withdraw … unless …":
 * an actor announcing its own future coercive act is threatening (CAMEO 13x).
 */
export function announcedBySelf(doc: Doc, i: number, subject: ActorMention | undefined, mod: ReturnType<typeof modalityAt>): boolean {
  if (!subject?.code || !mod.announced) return false;
  const t = doc.tokens;
  const s = doc.sentences[t[i].sentence];
  if (t.slice(s.tokenStart, s.tokenEnd).some((x) => x.norm === 'unless')) return true;
  // The subject may be a pronoun's antecedent before the speech verb ("Obama and Putin said they will …"):
  // the search starts at whichever comes later, the subject or the clause.
  const clause = clauseStart(doc, i).start;
  const from = subject.tokenStart >= s.tokenStart && subject.tokenStart < i ? Math.max(subject.tokenStart, clause) : clause;
  for (let k = from - 1; k >= s.tokenStart && k >= from - 6; k--) {
    if (t[k].pos !== 'VERB' || !SPEECH_LEMMAS.has(t[k].lemma)) continue;
    const speaker = subjectOf(doc, k)[0];
    return !!speaker?.code && principal(speaker.code) === principal(subject.code);
  }
  return false;
}

/** The rejection code for a refused cooperative event (CAMEO 12x). */
function refusalCode(code: string): string {
  const root = code.slice(0, 2);
  const base = code.slice(0, 3);
  if (root === '03') return refusalCode({ '031': '060', '032': '050', '033': '070', '036': '040', '035': '080' }[base] ?? '050');
  if (root === '04') return '125';
  if (root === '05') return base === '057' ? '127' : '120';
  if (root === '06') return { '061': '1211', '062': '1212' }[base] ?? '121';
  if (root === '07') return '121';
  return '124';
}

