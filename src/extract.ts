// The library's entry point: one article in, its events and everything found on the way out.
import { emptyDoc, type Doc, type Context, type ExtractOptions } from './doc.js';
import { runPipeline, type Stage } from './pipeline.js';
import { textStage, releaseTagger } from './text/segment.js';
import { actorStage } from './actors/mentions.js';
import { corefStage } from './coref/coref.js';
import { attributionStage } from './attribution/attribution.js';
import { relationStage } from './relations/relations.js';
import { eventsStage } from './events/assemble.js';
import { syntaxStage } from './syntax/stage.js';
import { findTimexes } from './time/timex.js';
import { findPlaces } from './place/places.js';
import { principal } from './actors/codes.js';
import { toResult, type ExtractResult } from './result.js';

const timexStage: Stage = {
  name: 'time',
  requires: ['sentences'],
  assigns: ['timexes'],
  run: (doc, ctx) => {
    doc.timexes = findTimexes(doc.text, ctx.date, doc.sentences);
    return doc;
  },
};

const placeStage: Stage = {
  name: 'place',
  requires: ['sentences', 'actors'],
  assigns: ['places'],
  run: (doc) => {
    const countries = [...new Set(doc.actors.map((a) => principal(a.code)).filter((c): c is string => !!c && c.length === 3))];
    doc.places = findPlaces(doc.text, doc.sentences, { countries });
    return doc;
  },
};

export const STAGES: Stage[] = [textStage, actorStage, corefStage, timexStage, placeStage, attributionStage, relationStage, syntaxStage, eventsStage];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form. */
export function isValidDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function contextOf(opts: ExtractOptions, doc: Doc): Context {
  let date = opts.date ?? null;
  let dateAssumed = false;
  if (date !== null && !isValidDate(date)) {
    doc.diagnostics.push({ stage: 'input', message: `invalid date "${date}": today's date is used instead` });
    date = null;
  }
  if (date === null) {
    date = today();
    dateAssumed = true;
  }
  return { date, dateAssumed, outlet: opts.outlet ?? null, title: opts.title ?? null, syntax: opts.syntax !== false };
}

/** Runs the whole pipeline and returns the Doc with every layer (for tools that want spans). */
export function analyze(text: string, opts: ExtractOptions = {}): { doc: Doc; ctx: Context } {
  const doc = emptyDoc(typeof text === 'string' ? text : String(text ?? ''));
  const ctx = contextOf(opts, doc);
  const done = runPipeline(STAGES, doc, ctx);
  releaseTagger(done);
  return { doc: done, ctx };
}

/** Extracts the events of one article. Never throws on any string: problems become diagnostics. */
export function extract(text: string, opts: ExtractOptions = {}): ExtractResult {
  const { doc, ctx } = analyze(text, opts);
  return toResult(doc, ctx, opts.id);
}
