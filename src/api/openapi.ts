// The OpenAPI 3.1 document served at /openapi.json, built from the same zod schemas that validate
// requests, so the documentation cannot drift from what the server accepts.
import { z } from 'zod';
import * as v from './validation.js';

export interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI style: /api/events/{id} */
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodObject;
  /** component schema of a 200 response */
  response: string;
  /** error statuses this route can answer besides 400/404/500 */
  errors?: number[];
}

export const ROUTES: RouteDoc[] = [
  { method: 'get', path: '/api/events', summary: 'Story events matching filters (the filters of `attache query`), a page at a time', query: v.eventsQuery, response: 'EventPage' },
  { method: 'get', path: '/api/events/{id}', summary: 'One story event: every report with its evidence spans and attribution chain, and every reporting article', params: v.idParam, query: v.emptyQuery, response: 'EventDetail' },
  {
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'One article: its text with the spans of actor mentions, events (evidence, trigger), times, places and attributions',
    description: 'Offsets are UTF-16 code units into `text`, [start, end). Times, places and attributions come from re-running extraction on the stored text (`analysis: "live"`), skipped for texts over 200,000 characters.',
    params: v.idParam,
    query: v.emptyQuery,
    response: 'Article',
  },
  { method: 'get', path: '/api/actors', summary: 'Search actors by name or code', query: v.actorsQuery, response: 'ActorHits' },
  { method: 'get', path: '/api/actors/{code}', summary: 'One actor: counts, quad classes, top partners and recent events', params: v.actorParam, query: v.actorQuery, response: 'ActorSummary' },
  {
    method: 'get',
    path: '/api/dyads/{a}/{b}/timeline',
    summary: 'How a relationship moved: per period, story events a→b and b→a by quad class, with Goldstein sum and mean',
    params: v.dyadParams,
    query: v.timelineQuery,
    response: 'Timeline',
  },
  { method: 'get', path: '/api/network', summary: 'The actor graph: nodes are actors, edges pairs of actors weighted by story events per quad class', query: v.networkQuery, response: 'Network' },
  { method: 'get', path: '/api/map', summary: 'Where events happened: geocoded places with counts, and counts per country', query: v.mapQuery, response: 'Map' },
  { method: 'get', path: '/api/stats', summary: 'Store counts, date range, top actors, dyads and outlets', query: v.emptyQuery, response: 'Stats' },
  {
    method: 'post',
    path: '/api/extract',
    summary: 'Extract the events of one article (not stored)',
    description: `JSON body; at most ${v.MAX_EXTRACT_CHARS} characters of text and 256 KiB of body. Rate-limited per client: 429 with Retry-After when exceeded.`,
    body: v.extractBody,
    response: 'ExtractResult',
    errors: [413, 415, 429],
  },
];

const STATUS: Record<number, string> = {
  400: 'invalid parameter or body (code BAD_REQUEST)',
  404: 'no such resource (code NOT_FOUND)',
  413: 'body too large (code PAYLOAD_TOO_LARGE)',
  415: 'body is not application/json (code BAD_REQUEST)',
  429: 'too many requests (code RATE_LIMITED); see Retry-After',
  500: 'internal error (code INTERNAL)',
};

const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: 'object', properties, required });
const nullable = (type: string) => ({ type: [type, 'null'] });
const arr = (items: unknown) => ({ type: 'array', items });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const quad = { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4, description: 'counts of quad classes 1–4' };

const STORY = obj({
  id: { type: 'integer' },
  date: { type: 'string', description: 'event date at its precision: 2022-03-05, 2022-W09, 2022-03, 2022' },
  precision: { type: 'string', enum: ['day', 'week', 'month', 'year'] },
  lo: { type: 'string', format: 'date' },
  hi: { type: 'string', format: 'date' },
  src: { type: 'string', description: 'source principal' },
  tgt: { type: 'string', description: 'target principal, empty when none' },
  src_code: nullable('string'),
  src_name: nullable('string'),
  tgt_code: nullable('string'),
  tgt_name: nullable('string'),
  code: { type: 'string', description: 'CAMEO event code (most reported)' },
  name: nullable('string'),
  root: { type: 'string' },
  quad: nullable('integer'),
  goldstein: nullable('number'),
  mclass: { type: 'string', enum: ['factual', 'negated', 'irrealis'] },
  place: nullable('string'),
  country: nullable('string'),
  lat: nullable('number'),
  lon: nullable('number'),
  num_mentions: { type: 'integer' },
  num_articles: { type: 'integer' },
  num_sources: { type: 'integer' },
  first_seen: { type: 'string' },
  last_seen: { type: 'string' },
  url: nullable('string'),
});
const SPAN = obj({ start: { type: 'integer' }, end: { type: 'integer' } });
const LINK = obj({ text: { type: 'string' }, kind: { type: 'string' }, code: nullable('string') });
const ARTICLE_REF = obj({ id: { type: 'integer' }, outlet: nullable('string'), date: { type: 'string' }, title: nullable('string'), url: nullable('string'), copy_of: nullable('integer') });
const REPORT = obj({
  event_id: { type: 'integer' },
  story_id: { type: 'integer' },
  article: ARTICLE_REF,
  code: { type: 'string' },
  modality: { type: 'string' },
  rule: { type: 'string' },
  evidence: arr(obj({ start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } })),
  attribution: { ...arr(LINK), description: 'outermost first' },
}, ['event_id', 'story_id', 'article', 'code', 'evidence', 'attribution']);

const SCHEMAS: Record<string, unknown> = {
  Error: obj({ error: obj({ code: { type: 'string', description: 'stable: BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE, RATE_LIMITED, STORE_BUSY, INTERNAL' }, message: { type: 'string' }, details: {} }, ['code', 'message']) }),
  Story: STORY,
  EventPage: obj({ items: arr(ref('Story')), limit: { type: 'integer' }, offset: { type: 'integer' }, next: { ...nullable('integer'), description: 'offset of the next page; null on the last' } }),
  Report: REPORT,
  EventDetail: { allOf: [ref('Story'), obj({ reports: arr(ref('Report')), articles: arr(ARTICLE_REF) })] },
  Article: obj({
    id: { type: 'integer' }, url: nullable('string'), outlet: nullable('string'), date: { type: 'string' }, title: nullable('string'), text: { type: 'string' }, copy_of: nullable('integer'),
    events: arr(ref('Report')),
    mentions: arr({ allOf: [SPAN, obj({ text: { type: 'string' }, code: nullable('string'), kind: { type: 'string' } })] }),
    times: arr({ allOf: [SPAN, obj({ text: { type: 'string' }, value: { type: 'string' }, type: { type: 'string' } })] }),
    places: arr({ allOf: [SPAN, obj({ text: { type: 'string' }, country: nullable('string'), lat: nullable('number'), lon: nullable('number') })] }),
    attributions: arr(obj({ source: SPAN, cue: SPAN, content: SPAN })),
    analysis: { type: 'string', enum: ['live', 'skipped'] },
  }),
  ActorHits: obj({ items: arr(obj({ code: { type: 'string' }, name: { type: 'string' }, names: arr({ type: 'string' }), codes: arr({ type: 'string' }), mentions: { type: 'integer' }, events: { type: 'integer' } })) }),
  ActorSummary: obj({
    code: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' }, as_source: { type: 'integer' }, as_target: { type: 'integer' }, quad, goldstein: nullable('number'),
    partners: arr(obj({ code: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' }, quad, goldstein: nullable('number') })),
    recent: arr(ref('Story')),
  }),
  Timeline: obj({
    a: { type: 'string' }, b: { type: 'string' }, by: { type: 'string' }, coarser: { type: 'integer', description: 'story events dated less precisely than the period, left out' },
    periods: arr(obj({ period: { type: 'string' }, ab: ref('Direction'), ba: ref('Direction') })),
  }),
  Direction: obj({ events: { type: 'integer' }, mentions: { type: 'integer' }, quad, goldsteinSum: { type: 'number' }, goldsteinMean: nullable('number') }),
  Network: obj({
    nodes: arr(obj({ id: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' }, goldstein: nullable('number') })),
    edges: arr(obj({ source: { type: 'string' }, target: { type: 'string' }, events: { type: 'integer' }, quad, goldstein: nullable('number') })),
    truncated: { type: 'boolean' },
  }),
  Map: obj({
    points: arr(obj({ place: { type: 'string' }, country: nullable('string'), lat: { type: 'number' }, lon: { type: 'number' }, events: { type: 'integer' }, quad, goldstein: nullable('number'), last: { type: 'string' } })),
    countries: arr(obj({ country: { type: 'string' }, numeric: nullable('string'), events: { type: 'integer' }, goldstein: nullable('number') })),
    unplaced: { type: 'integer' },
  }),
  Stats: obj({ articles: { type: 'integer' }, events: { type: 'integer' }, stories: { type: 'integer' }, first: nullable('string'), last: nullable('string'), quad }, ['articles', 'events', 'stories']),
  ExtractResult: { type: 'object', description: 'the result format of docs/OUTPUT.md' },
};

function parameters(where: 'path' | 'query', schema?: z.ZodObject) {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), description, schema: rest };
  });
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const responses: Record<string, unknown> = { 200: { description: 'OK', content: { 'application/json': { schema: ref(r.response) } } } };
    for (const s of [400, ...(r.params ? [404] : []), ...(r.errors ?? []), 500]) responses[s] = { description: STATUS[s], content: { 'application/json': { schema: ref('Error') } } };
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: [...parameters('path', r.params), ...parameters('query', r.query)],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'attache API',
      version,
      description: 'Story events from an attache store: filters, evidence, timelines, the actor network, a map, and extraction. Errors are JSON {error: {code, message}}. Unknown or repeated query parameters are refused (400).',
    },
    paths,
    components: { schemas: SCHEMAS },
  };
}
