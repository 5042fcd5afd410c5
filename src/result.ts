// The result format of OUTPUT.md, built from a Doc.
import type { Doc, Context, CodedEvent, Diagnostic } from './doc.js';

export interface ExtractResult {
  id?: string;
  date: string;
  dateAssumed: boolean;
  events: Omit<CodedEvent, 'sentence'>[];
  relations: { a: string; b: string; type: string; start: number; end: number }[];
  timexes: { text: string; start: number; end: number; value: string; type: string }[];
  attributions: {
    source: { text: string; start: number; end: number; kind: string };
    via?: { text: string; start: number; end: number };
    cue: { text: string; start: number; end: number };
    content: { start: number; end: number };
  }[];
  places: { text: string; start: number; end: number; lat: number | null; lon: number | null; country: string | null }[];
  actors: { text: string; start: number; end: number; code: string | null; kind: string }[];
  diagnostics: Diagnostic[];
}

/**
 * What the store keeps of an extraction (src/store/writer.ts reads nothing else): events, relations and
 * actor mentions, in the form of `extract()`'s result. Ingest workers send only this: the other layers
 * (times, places, attributions) are recomputed by the article view.
 */
export type StoredExtraction = Pick<ExtractResult, 'events' | 'actors' | 'relations'>;

export function storedLayers(doc: Doc): StoredExtraction {
  return {
    events: doc.events.map(({ sentence: _s, ...e }) => e),
    relations: doc.relations.map(({ a, b, type, start, end }) => ({ a, b, type, start, end })),
    actors: doc.actors.map(({ text, start, end, code, kind }) => ({ text, start, end, code, kind })),
  };
}

export function toResult(doc: Doc, ctx: Context, id?: string): ExtractResult {
  const { events, relations, actors } = storedLayers(doc);
  const result: ExtractResult = {
    date: ctx.date,
    dateAssumed: ctx.dateAssumed,
    events,
    relations,
    timexes: doc.timexes.map(({ text, start, end, value, type }) => ({ text, start, end, value, type })),
    attributions: doc.attributions.map((a) => ({
      source: { text: a.source.text, start: a.source.start, end: a.source.end, kind: a.source.kind },
      ...(a.via ? { via: a.via } : {}),
      cue: a.cue,
      content: a.content,
    })),
    places: doc.places.map(({ text, start, end, lat, lon, country }) => ({ text, start, end, lat, lon, country })),
    actors,
    diagnostics: doc.diagnostics,
  };
  return id === undefined ? result : { id, ...result };
}
