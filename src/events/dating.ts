// Event dates: the time expression governing the event's clause; "then"/"later" carry the previous
// sentence's date forward; otherwise the publication date, marked as such.
import type { Doc, EventDate, Context, Timex } from '../doc.js';
import { dateOfTimex } from '../time/timex.js';
import type { RawEvent } from './coder.js';
import { eventPredicates, attachedTo, predicateOf } from './attachment.js';

/** Words that tie a sentence's time to the sentence before it. */
const ANAPHORIC = new Set(['then', 'later', 'subsequently', 'afterwards', 'afterward', 'thereafter']);

function calendarTimexes(doc: Doc, sentence: number): Timex[] {
  const s = doc.sentences[sentence];
  return doc.timexes.filter((x) => x.start >= s.start && x.end <= s.end && x.type === 'DATE' && dateOfTimex(x));
}

function fromTimex(doc: Doc, x: Timex, basis: EventDate['basis']): EventDate {
  const d = dateOfTimex(x)!;
  return { value: d.value, precision: d.precision, basis, timex: doc.timexes.indexOf(x) };
}

/** The timex nearest the trigger in its sentence, preferring one inside the trigger's clause. */
export function dateEvent(doc: Doc, e: RawEvent, ctx: Context, previous: Map<number, EventDate>): EventDate {
  const t = doc.tokens;
  const own = calendarTimexes(doc, e.sentence);
  const when = whenClauseTime(doc, e, own);
  if (when) return fromTimex(doc, when, 'stated');
  const preds = own.length ? eventPredicates(doc, e.trigger) : null;
  if (preds) {
    // A parsed sentence says which clause each time expression belongs to.
    const attached = own.filter((x) => attachedTo(doc, x, preds) === true);
    if (attached.length) return fromTimex(doc, nearest(attached, t[e.trigger].start), 'stated');
    if (own.every((x) => attachedTo(doc, x, preds) === false)) {
      // "abstained this week on resolutions condemning Russia": a modifier or consequence of a dated
      // clause shares its time; what a speaker reports does not take the time of the saying.
      const gov = governingTimex(doc, own, [...preds][0]);
      return gov ? fromTimex(doc, gov, 'inferred') : undated(doc, e, ctx, previous);
    }
  }
  if (own.length) {
    const at = t[e.trigger].start;
    const cFrom = t[e.clauseFrom]?.start ?? 0;
    const cTo = t[e.clauseTo - 1]?.end ?? doc.text.length;
    const inClause = own.filter((x) => x.start >= cFrom && x.end <= cTo);
    // A nominal event takes a date only from its own clause: in "abstained this week, indicating that
    // they may be distancing themselves from Russia's ongoing invasion", the week dates the abstention.
    // "have urged … since the invasion began on February 24": a since-clause dates its own beginning, not the clause it modifies.
    const pool = inClause.length || e.nominal ? inClause : own.filter((x) => !inSinceClause(doc, x, e.trigger));
    if (pool.length) return fromTimex(doc, nearest(pool, at), 'stated');
  }
  return undated(doc, e, ctx, previous);
}

function governingTimex(doc: Doc, own: Timex[], predicate: number): Timex | null {
  for (let f = doc.frames?.get(predicate), steps = 0; f && f.governor !== null && steps < 4; steps++) {
    const gov = doc.frames?.get(f.governor) ?? (doc.parse ? doc.frames?.get(predicateOf(doc, f.governor) ?? -1) : undefined);
    if (!gov || (gov.speech && (gov.content === f.predicate || f.relation === 'ccomp' || f.relation === 'parataxis'))) return null;
    const xs = own.filter((x) => attachedTo(doc, x, new Set([gov.predicate])) === true);
    if (xs.length) return nearest(xs, doc.tokens[f.predicate].start);
    f = gov;
  }
  return null;
}

/** "in January 2019, when the United States recognised …": a when-clause right after a time expression happens then. */
function whenClauseTime(doc: Doc, e: RawEvent, own: Timex[]): Timex | null {
  const t = doc.tokens;
  const s = doc.sentences[e.sentence];
  for (let k = e.trigger - 1; k > s.tokenStart; k--) {
    if (t[k].norm !== 'when') {
      if (t[k].norm === ',' || t[k].pos === 'VERB' || t[k].pos === 'SCONJ') return null;
      continue;
    }
    const before = t[k - 1].norm === ',' ? t[k - 2] : t[k - 1];
    return own.find((x) => before && x.end === before.end) ?? null;
  }
  return null;
}

function inSinceClause(doc: Doc, x: Timex, trigger: number): boolean {
  const t = doc.tokens;
  const from = doc.sentences[t[trigger].sentence].tokenStart;
  let k = t.findIndex((tok) => tok.start >= x.start) - 1;
  for (; k >= from && k !== trigger; k--) {
    if (t[k].norm === 'since') return true;
    if (t[k].norm === ',' || t[k].norm === ';') return false;
  }
  return false;
}

function nearest(pool: Timex[], at: number): Timex {
  return pool.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
}

/** Without a time expression of its own: "then"/"later" take the previous sentence's date, else the publication date. */
function undated(doc: Doc, e: RawEvent, ctx: Context, previous: Map<number, EventDate>): EventDate {
  const t = doc.tokens;
  const s = doc.sentences[e.sentence];
  const anaphoric = t.slice(s.tokenStart, s.tokenEnd).some((x) => ANAPHORIC.has(x.norm) && x.pos === 'ADV');
  if (anaphoric) {
    for (let k = e.sentence - 1; k >= Math.max(0, e.sentence - 2); k--) {
      const prev = previous.get(k);
      if (prev && prev.basis !== 'publication') return { ...prev, basis: 'inferred' };
      const xs = calendarTimexes(doc, k);
      if (xs.length) return fromTimex(doc, xs[xs.length - 1], 'inferred');
    }
  }
  return { value: ctx.date, precision: 'day', basis: 'publication' };
}
