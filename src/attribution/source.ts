// The source of a report verb: whether the cue word is a report verb here at all, then its subject — right
// before the verb group, before an appositive, after a quotation, the agent of a passive, or the subject of the
// main clause for a participle or a coordinated verb.
import type { Doc, Attribution, Sentence, Token } from '../doc.js';
import { appositiveSubject, boundaryAt, clauseStart, clauseSubject } from './clause.js';
import { loadCues, type Verb } from './cues.js';
import { npLeft, npRight } from './noun-phrase.js';
import { endsWithQuote } from './quotes.js';
import { found, isAnonymous, type Found } from './source-kind.js';
import { AUX, BE, CLAUSE_LINK, CLAUSE_OPENER, ING_LEAD, INVERT_NEXT, isNounish, isQuote, NEG, NOT_ADV, NP_PREP, OBJECT_PRON, POSSESSIVE, RELATIVE, TIME, TIME_LEAD } from './words.js';

/** adjectives a report verb may follow with "to": "was quick to add" */
const TO_LEAD_ADJ = new Set(['quick', 'eager', 'willing', 'reluctant', 'careful', 'able', 'unable', 'likely', 'unlikely', 'ready', 'happy', 'glad', 'loath', 'keen', 'prepared', 'expected', 'set', 'due', 'first', 'last']);

/** words before a number in a subject: "about 9 percent", "nearly eight in 10" */
const APPROX = new Set(['about', 'around', 'nearly', 'roughly', 'almost', 'over', 'under', 'some', 'just', 'only', 'fully', 'approximately']);

/**
 * The source of the report verb at token i, or null when the verb does not report here. `prior` is the source
 * of the last report verb before it in the sentence, which a participle or a coordinated verb shares.
 */
export function sourceFor(doc: Doc, s: Sentence, i: number, verb: Verb, prior: Attribution['source'] | null, priorCue: number, last: number): { found: Found; before: boolean } | null {
  const t = doc.tokens;
  const tok = t[i];
  const next = i + 1 < s.tokenEnd ? t[i + 1] : undefined;
  const prev = i > s.tokenStart ? t[i - 1] : undefined;
  // Capitalised inside a sentence: a name ("United States"), unless the sentence is a title.
  if (i > s.tokenStart && tok.text[0] !== tok.text[0].toLowerCase() && !isTitle(doc, s)) return null;
  if (verb.particle && !(next && verb.particle.has(next.norm))) return null;
  if (verb.not && next && verb.not.has(next.norm)) return null;
  if (verb.predicate && !hasPredicate(doc, i, last, verb.predicate)) return null;
  // A noun, not a verb: "the report", "his claims", "Trump's call", "reports show".
  if (prev && (prev.pos === 'DET' && !RELATIVE.has(prev.norm) || POSSESSIVE.has(prev.norm) || prev.pos === 'ADJ' && !TO_LEAD_ADJ.has(prev.norm) && tok.pos !== 'VERB')) return null;
  // "Trump's call", "Trump's reported net worth": a possessive; after a pronoun "'s" is "has" or "is" ("he's said")
  if (prev && (prev.norm === "'s" || prev.norm === "'") && i - 2 >= s.tokenStart && isNounish(t[i - 2]) && t[i - 2].end === prev.start) return null;
  if (next && tok.pos !== 'VERB' && (next.pos === 'VERB' || next.pos === 'AUX') && !verb.ing) return null;
  // A base or -s form the tagger took for a noun ("his home state", "a while back") reports only after a
  // pronoun, an auxiliary or "to", or before "that" or a quotation ("polls show that …").
  if (verb.plain && tok.pos !== 'VERB' && !(prev && (prev.pos === 'PRON' || prev.pos === 'AUX' || prev.pos === 'PART' || NEG.has(prev.norm))) && !(next && (next.norm === 'that' || isQuote(next) || next.norm === ':'))) return null;

  // The verb group leftwards: auxiliaries, negation, adverbs, a time phrase, "to" with a catenative verb.
  let k = i - 1;
  let passive = false;
  let adverbs = 0;
  let toSeen = false;
  let auxSeen = false;
  while (k >= s.tokenStart) {
    const x = t[k];
    if (AUX.has(x.norm) || NEG.has(x.norm)) {
      if (x.norm !== 'also') auxSeen = true;
      k--;
      continue;
    }
    if (BE.has(x.norm)) {
      if (!verb.ing && !toSeen) passive = true;
      k--;
      continue;
    }
    if (x.pos === 'ADV' && !NOT_ADV.has(x.norm) && adverbs < 3 && !x.norm.startsWith('wh') && !(k === s.tokenStart && isNounish(x))) {
      adverbs++;
      k--;
      continue;
    }
    // "on Tuesday said", "last week told", "Wednesday said"
    if (TIME.has(x.norm)) {
      let j = k - 1;
      while (j >= s.tokenStart && j >= k - 2 && TIME_LEAD.has(t[j].norm)) j--;
      k = j;
      continue;
    }
    // "Rep. Hank Johnson (D-Ga.) said"
    if (x.norm === ')') {
      let j = k - 1;
      while (j >= s.tokenStart && j > k - 8 && t[j].norm !== '(') j--;
      if (j >= s.tokenStart && t[j].norm === '(') {
        k = j - 1;
        continue;
      }
    }
    // "declined to say", "went on to say", "was quick to add"
    if (x.norm === 'to' && !toSeen && !verb.ing && k - 1 >= s.tokenStart) {
      let j = k - 1;
      if (t[j].norm === 'on' && j - 1 >= s.tokenStart) j--;
      if (t[j].pos === 'VERB' || (t[j].pos === 'ADJ' && TO_LEAD_ADJ.has(t[j].norm))) {
        if (t[j].pos === 'ADJ' && !(j - 1 >= s.tokenStart && BE.has(t[j - 1].norm))) return null;
        toSeen = true;
        passive = false;
        k = j - 1;
        continue;
      }
      return null;
    }
    break;
  }
  const left = k;

  // Passive: the source is the agent ("was endorsed by X"), or there is none ("he was asked").
  const reduced = !verb.ing && next?.norm === 'by' && left >= s.tokenStart && t[left].pos === 'NOUN' && left === i - 1;
  if (passive || reduced) {
    if (next?.norm !== 'by') return null;
    const np = npRight(doc, i + 2, last);
    const f = np && found(doc, np);
    if (!f) return null;
    // what was criticized, endorsed, reported: the subject
    const cs = clauseStart(doc, s, left + 1);
    if (left + 1 > cs) f.content = [cs, left + 1];
    return { found: f, before: false };
  }

  // The sentence splitter cut after "(D-Ga.)": the subject ends the sentence before.
  if (left < s.tokenStart && tok.text[0] === tok.text[0].toLowerCase() && s.index > 0) {
    const ps = doc.sentences[s.index - 1];
    if (ps.paragraph === s.paragraph && ps.tokenEnd > ps.tokenStart) {
      let e = ps.tokenEnd - 1;
      if (t[e].norm === ')') {
        while (e > ps.tokenStart && t[e].norm !== '(') e--;
        e--;
      }
      const np = e >= ps.tokenStart ? npLeft(doc, e, ps.tokenStart) : null;
      const f = np && found(doc, np);
      if (f && t[e].pos === 'PROPN') return { found: f, before: true };
    }
  }

  // A subject right before the verb group.
  if (left >= s.tokenStart) {
    const x = t[left];
    if (RELATIVE.has(x.norm) && (x.pos === 'PRON' || x.norm === 'who' || x.norm === 'which')) {
      const f = relativeSource(doc, left, s);
      return f ? { found: f, before: true } : null;
    }
    if ((x.norm === 'this' || x.norm === 'that') && (left === s.tokenStart || boundaryAt(doc, left - 1, s))) return null;
    let np = npLeft(doc, participleSkipped(doc, left, s.tokenStart), s.tokenStart);
    // "documents reviewed by The Washington Post show": the subject is before the participle phrase
    if (np && np.from - 3 >= s.tokenStart && t[np.from - 1].norm === 'by' && t[np.from - 2].pos === 'VERB' && PARTICIPLE.test(t[np.from - 2].norm) && isNounish(t[np.from - 3])) {
      np = npLeft(doc, np.from - 3, s.tokenStart);
    }
    if (np) {
      // "about 9 percent said"
      if (np.from > s.tokenStart && t[np.from].pos === 'NUM' && APPROX.has(t[np.from - 1].norm)) np.from--;
      // a time or place phrase is no subject: "in Iowa said" is a clause boundary missed by the parser
      if (np.from > s.tokenStart && t[np.from - 1].pos === 'ADP' && !NP_PREP.has(t[np.from - 1].norm) && !CLAUSE_OPENER.has(t[np.from - 1].norm)) return null;
      // Agreement: "the report says", "polls show" — a singular noun before "show" makes it a noun ("a Twitter comment").
      if (verb.plain && !auxSeen && !toSeen && (!agrees(t[np.head], verb.base) || (verb.base && SINGULAR_DET.has(t[np.from].norm)))) return null;
      const f = found(doc, np);
      return f ? { found: f, before: true } : null;
    }
  }

  // "X, a former senator, said" / "X, who …, said"
  if (left >= s.tokenStart && t[left].norm === ',' && !verb.ing) {
    const f = found(doc, appositiveSubject(doc, s, left));
    if (f) {
      // "a senior official, who spoke on condition of anonymity, said"
      if (f.source.kind !== 'anonymous' && isAnonymous(doc, f.to, left)) f.source.kind = 'anonymous';
      return { found: f, before: true };
    }
  }
  // "“…,” said X" — the subject after the verb, right after a quotation or comma.
  const afterQuote =
    left >= s.tokenStart
      ? i === left + 1 && (t[left].norm === ',' || isQuote(t[left]) || t[left].norm === '-')
      : i === s.tokenStart && s.index > 0 && tok.text[0] === tok.norm[0] && endsWithQuote(doc, doc.sentences[s.index - 1]);
  if (verb.invert && !verb.ing && afterQuote) {
    const np = npRight(doc, i + 1, last);
    if (np && t[np.from].pos !== 'PRON') {
      const after = np.to < last ? t[np.to] : undefined;
      if (!after || after.pos === 'PUNCT' || INVERT_NEXT.has(after.norm) || TIME.has(after.norm)) {
        // "said the Kremlin spokesman, Dmitry Peskov."
        if (after?.norm === ',' && t[np.head].pos === 'NOUN') {
          let k = np.to + 1;
          while (k < last && (t[k].pos === 'PROPN' || t[k].norm === '.')) k++;
          if (k > np.to + 1 && (k >= last || t[k].norm === ',')) np.to = k;
        }
        const f = found(doc, np);
        if (f) return { found: f, before: false };
      }
    }
  }

  // A participle or a coordinated verb reports for the subject of the main clause.
  const ingLead = verb.ing && left >= s.tokenStart && ING_LEAD.has(t[left].norm);
  const coordinated = !verb.ing && left >= s.tokenStart && CLAUSE_LINK.has(t[left].norm);
  if (ingLead || coordinated) {
    // the nearest clause: after ", and", ", but" or ";" when one stands between the last report verb and this one
    let cs = clauseStart(doc, s, left);
    for (let k = left - 1; k > cs && k > priorCue; k--) {
      if (t[k].norm === ';' || (t[k].norm === ',' && CLAUSE_LINK.has(t[k + 1].norm))) {
        cs = t[k].norm === ';' ? k + 1 : k + 2;
        break;
      }
    }
    if (prior && priorCue >= cs) return { found: { source: { ...prior }, from: -1, to: -1 }, before: true };
    const f = found(doc, clauseSubject(doc, cs, left));
    return f ? { found: f, before: true } : null;
  }

  return null;
}

/** The subject before a relative pronoun: "Barkley, who said" → "Barkley, who"; "polls that show" → "polls that". */
function relativeSource(doc: Doc, rel: number, s: Sentence): Found | null {
  const t = doc.tokens;
  let k = rel - 1;
  if (k >= s.tokenStart && t[k].norm === ',') k--;
  if (k < s.tokenStart || !isNounish(t[k])) {
    if (t[rel].norm === 'that') return null;
    return found(doc, { from: rel, to: rel + 1, head: rel });
  }
  const np = npLeft(doc, k, s.tokenStart);
  if (!np) return null;
  const f = found(doc, { from: np.from, to: rel + 1, head: np.head });
  return f;
}

const SINGULAR_DET = new Set(['a', 'an', 'another', 'each', 'every', 'this', 'that']);
const PLURAL_PRON = new Set(['they', 'we', 'i', 'you', 'who', 'which', 'that', 'many', 'some', 'others', 'few', 'several', 'both', 'all', 'most', 'these', 'those']);
const SINGULAR_PRON = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'one', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody', 'each', 'either', 'neither', 'this', 'none', 'all', 'most', 'some']);
/** Can this head be the subject of a base form ("they say") or of an -s form ("he says")? Names and numbers are given the benefit. */
function agrees(head: Token, base: boolean): boolean {
  const n = head.norm;
  if (head.pos === 'PRON' || PLURAL_PRON.has(n) || SINGULAR_PRON.has(n)) return base ? PLURAL_PRON.has(n) : SINGULAR_PRON.has(n);
  if (head.pos === 'NOUN') {
    const plural = n.endsWith('s') && !n.endsWith('ss') && !n.endsWith('us') && !n.endsWith('is');
    return base ? plural || n === 'people' || n === 'police' : !plural || n === 'news';
  }
  return true;
}

/** "called the plan “dangerous”", "called him a liar", "called for": an object with its predicate, or a particle. */
function hasPredicate(doc: Doc, i: number, last: number, words: Set<string>): boolean {
  const t = doc.tokens;
  if (i + 1 >= last) return false;
  if (words.has(t[i + 1].norm)) return true;
  let o: number;
  if (OBJECT_PRON.has(t[i + 1].norm)) o = i + 2;
  else {
    const np = npRight(doc, i + 1, last);
    if (!np) return false;
    o = np.to;
  }
  if (o >= last) return false;
  const a = t[o];
  return a.pos === 'DET' || a.pos === 'ADJ' || a.pos === 'NOUN' || a.pos === 'PROPN' || a.pos === 'NUM' || isQuote(a) || a.norm === 'as';
}

const PARTICIPLE = /(ed|en|wn)$/;
/** "a poll released Sunday found": past a participle after the subject's noun */
function participleSkipped(doc: Doc, left: number, lo: number): number {
  const t = doc.tokens;
  const x = t[left];
  if (x.pos === 'VERB' && PARTICIPLE.test(x.norm) && left - 1 >= lo && (t[left - 1].pos === 'NOUN' || t[left - 1].pos === 'PROPN') && !loadCues().verbs.has(x.norm)) return left - 1;
  return left;
}

/** A headline, or a sentence set in title case ("Trump Says Cruz Is Wrong"), where a capitalised verb is still a verb. */
function isTitle(doc: Doc, s: Sentence): boolean {
  if (s.headline) return true;
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const x = doc.tokens[i].text;
    if (x.length < 4 || !/^[A-Za-z]/.test(x)) continue;
    words++;
    if (x[0] !== x[0].toLowerCase()) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}
