// Turns raw events into output events: CAMEO facts, date, place, attribution chain, evidence, id.
import type { Doc, Context, CodedEvent, EventActor, EventDate, ActorMention, AttributionLink, Attribution } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { cameo } from '../cameo/codes.js';
import { principal } from '../actors/codes.js';
import { geocode, isAdjective } from '../place/gazetteer.js';
import { actorLexicon } from '../actors/lexicon.js';
import { linkName } from '../attribution/attribution.js';
import { codeEvents, type RawEvent } from './coder.js';
import { dateEvent } from './dating.js';
import { eventPredicates, attachedTo } from './attachment.js';
import { mergeEvents } from '../merge/merge.js';

const QUANTIFIERS = new Set(['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'about', 'nearly', 'almost', 'some', 'around']);
/** The tagger takes "will" after a name for a noun now and then ("Erdoğan will meet"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/** The whole noun phrase around a mention: "the Syrian army", "four Saudi men", "another ethnic Chechen". */
function nounPhrase(doc: Doc, m: ActorMention, trigger: number): { start: number; end: number } {
  const t = doc.tokens;
  if (m.tokenStart < 0 || m.kind === 'pronoun') return { start: m.start, end: m.end };
  const s = doc.sentences[m.sentence];
  let a = m.tokenStart;
  // Determiners, adjectives and quantities: "the", "six", "more than 500", "at least 75".
  while (a - 1 >= s.tokenStart && a - 1 >= m.tokenStart - 5 && (['DET', 'ADJ', 'NUM', 'PROPN'].includes(t[a - 1].pos) || QUANTIFIERS.has(t[a - 1].norm))) a--;
  let b = m.tokenEnd;
  while (b < s.tokenEnd && (t[b].pos === 'NOUN' || t[b].pos === 'PROPN') && !MODALS.has(t[b].norm) && b < m.tokenEnd + 3) b++;
  // "the Croatian government's request", "the convoy of the Palestinian prime minister": the head the mention modifies.
  // … but never over the trigger itself ("Russia's invasion": the actor is "Russia").
  if (t[b]?.norm === "'s" && (t[b + 1]?.pos === 'NOUN' || t[b + 1]?.pos === 'ADJ') && !(trigger > b && trigger <= b + 4)) {
    b += 1;
    while (b < s.tokenEnd && (t[b].pos === 'NOUN' || t[b].pos === 'ADJ') && b < m.tokenEnd + 5) b++;
  }
  return { start: t[a].start, end: t[b - 1].end };
}

function actorOut(doc: Doc, m: ActorMention | null, trigger: number): EventActor | null {
  if (!m) return null;
  const ante = m.antecedent !== undefined ? doc.actors[m.antecedent] : undefined;
  const name = m.name ?? ante?.name ?? ante?.text;
  const np = nounPhrase(doc, m, trigger);
  const text = doc.text.slice(np.start, np.end);
  // An agent of no known country keeps its sector, CAMEO style ("---REB"): an analyst still sees who acted.
  const code = m.code ?? (m.sector && !ante?.code ? `---${m.sector}` : null);
  return { text, ...(name && name !== text ? { name } : {}), code, start: np.start, end: np.end };
}

/** A short, stable id: the same input gives the same id. */
function eventId(e: RawEvent, doc: Doc): string {
  const key = `${doc.tokens[e.trigger].start}|${e.code}|${e.source?.code}|${e.target?.code}|${e.source?.start}|${e.target?.start}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `ev-${h.toString(16).padStart(8, '0')}`;
}

/** A place mention after a locative preposition in the clause ("… in Caracas"), not a possessive ("in Venezuela's exports"). */
function locativePlace(doc: Doc, e: RawEvent, preps: RegExp, country?: string | null): CodedEvent['place'] {
  const t = doc.tokens;
  const preds = eventPredicates(doc, e.trigger);
  // With a parse, a place fronted before the verb counts too ("In Geneva, Iran met …"), and a place of another clause does not.
  const from = preds ? t[doc.sentences[e.sentence].tokenStart].start : t[e.trigger]?.start ?? 0;
  const to = preds ? t[doc.sentences[e.sentence].tokenEnd - 1].end : t[e.clauseTo - 1]?.end ?? doc.text.length;
  for (const p of doc.places) {
    if (p.start < from || p.end > to || p.lat === null) continue;
    if (preds && attachedTo(doc, p, preds) === false) continue;
    if (preds && attachedTo(doc, p, preds) === null && p.start < (t[e.trigger]?.start ?? 0)) continue;
    if (country && p.country !== country) continue;
    // "at the Russian embassy", "in Russian-held Kherson": an adjective names no place where it happened.
    if (isAdjective(p.text)) continue;
    if (/^\s*['’]s\b/.test(doc.text.slice(p.end, p.end + 3))) continue;
    const before = doc.text.slice(Math.max(from, p.start - 40), p.start).toLowerCase();
    if (preps.test(before)) return { text: p.text, country: p.country, lat: p.lat, lon: p.lon };
  }
  return null;
}

function placeOf(doc: Doc, e: RawEvent): CodedEvent['place'] {
  if (e.placeIsTarget && e.target?.code) {
    // A visit happened where the visitors went: the city named on the way ("to the Venezuelan capital of Caracas"), else the country.
    const country = principal(e.target.code);
    const city = locativePlace(doc, e, /\b(to|in|at|of)\s+(the\s+)?$/, country);
    if (city) return city;
    const name = e.target.metonym ? e.target.text : country ? actorLexicon().countries.get(country)?.name : undefined;
    const g = name ? geocode(name) : null;
    if (g) return { text: e.target.text, country: g.country, lat: g.lat, lon: g.lon };
  }
  return locativePlace(doc, e, /\b(in|at|near|outside|inside)\s+(the\s+)?$/);
}

function chainOf(doc: Doc, list: Attribution[]): AttributionLink[] {
  const links: AttributionLink[] = [];
  const push = (l: AttributionLink) => {
    if (!links.some((x) => x.text === l.text)) links.push(l);
  };
  // Outermost first: the outlet the article cites, then the sources that outlet cites.
  for (const a of list) if (a.via) push({ text: linkName(doc, a.via), kind: 'outlet' });
  for (const a of list) if (a.source.kind === 'outlet') push({ text: linkName(doc, a.source), kind: 'outlet', code: a.source.code ?? null });
  for (const a of list) if (a.source.kind !== 'outlet') push({ text: a.source.text, kind: a.source.kind, code: a.source.code ?? null });
  return links;
}

/** Cues of reporting, whose attribution reaches past their own content ("…, the Times reported."). */
const REPORTING = /^(said|says|say|told|tells|reported|reports|report|noted|notes|added|adds|wrote|writes|stated|states|claimed|claims|confirmed|confirms|according to|has learned|have learned|learned|announced|explained|insisted|acknowledged|revealed)$/i;

/**
 * Who reports an event: the attributions whose content holds its trigger, and the sentence's reporting
 * cues; without any, a later sentence of the paragraph inherits the last reporting attribution.
 * "Trump praised X. Russia attacked Ukraine." does not make Trump the source of the attack.
 */
function attributionFor(doc: Doc, sentence: number, trigger: number): AttributionLink[] {
  const inSentence = doc.attributions.filter((a) => a.sentence === sentence);
  const own = inSentence.filter((a) => (a.content.start <= trigger && trigger < a.content.end) || REPORTING.test(a.cue.text.trim()));
  if (own.length) return chainOf(doc, own);
  if (inSentence.length) return [];
  const para = doc.sentences[sentence].paragraph;
  for (let k = sentence - 1; k >= 0 && doc.sentences[k].paragraph === para; k--) {
    const prev = doc.attributions.filter((a) => a.sentence === k);
    if (!prev.length) continue;
    const reporting = prev.filter((a) => REPORTING.test(a.cue.text.trim()));
    return reporting.length ? chainOf(doc, reporting) : [];
  }
  return [];
}

export function assembleEvents(doc: Doc, ctx: Context): Doc {
  const raw = codeEvents(doc, ctx);
  const datesBySentence = new Map<number, EventDate>();
  const events: CodedEvent[] = [];
  for (const e of raw) {
    const facts = cameo(e.code);
    if (!facts) {
      doc.diagnostics.push({ stage: 'events', message: `rule ${e.rule} gave unknown CAMEO code ${e.code}`, sentence: e.sentence });
      continue;
    }
    const date = dateEvent(doc, e, ctx, datesBySentence);
    if (date.basis !== 'publication' && !datesBySentence.has(e.sentence)) datesBySentence.set(e.sentence, date);
    const s = doc.sentences[e.sentence];
    const trig = { start: doc.tokens[e.trigger].start, end: doc.tokens[e.triggerEnd - 1].end };
    events.push({
      id: eventId(e, doc),
      source: actorOut(doc, e.source, e.trigger),
      target: actorOut(doc, e.target, e.trigger),
      code: e.code,
      name: facts.name,
      quad: facts.quad,
      pentaclass: facts.pentaclass,
      goldstein: facts.goldstein,
      plover: facts.plover,
      modality: e.modality,
      date,
      place: placeOf(doc, e),
      attribution: attributionFor(doc, e.sentence, doc.tokens[e.trigger].start),
      evidence: [{ start: s.start, end: s.end }],
      trigger: { ...trig, text: doc.text.slice(trig.start, trig.end) },
      rule: e.rule,
      confidence: Math.round(e.confidence * 100) / 100,
      symmetric: e.symmetric,
      sentence: e.sentence,
    });
  }
  doc.events = mergeEvents(events);
  return doc;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['actors', 'coref', 'timexes', 'places', 'attributions', 'frames'],
  assigns: ['events', 'modality', 'dates', 'merged'],
  run: assembleEvents,
};
