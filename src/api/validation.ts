// Request validation: one zod schema per endpoint's query, path and body. Query strings are strict:
// an unknown or repeated parameter is a 400, so a typo ("acter=USA") never silently widens a result.
// The same schemas document the API (openapi.ts).
import { z } from 'zod';
import { isValidDate } from '../extract.js';
import { ApiError } from './errors.js';

const int = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${what} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`));

export const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9]{3,15}$/, 'not a CAMEO actor code (3 to 15 letters or digits, e.g. USA, RUSGOV, IGOUNO)')
  .transform((s) => s.toUpperCase());

export const day = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDate(s), 'not a valid YYYY-MM-DD date');

const words = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => /[\p{L}\p{N}]/u.test(s), 'holds no words');

export const pageQuery = {
  limit: int(1, 500, 'limit').optional().describe('rows per page (1–500, default 50)'),
  offset: int(0, 1_000_000, 'offset').optional().describe('rows to skip (default 0)'),
};

/** The filters of `attache query`, plus paging and order. */
export const eventsQuery = z.strictObject({
  actor: actorCode.optional().describe('an actor on either side: a principal (USA, IGOUNO) or a fuller code (RUSMIL)'),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9]{3,15},[A-Za-z0-9]{3,15}$/, 'takes two actor codes: dyad=USA,CHN')
    .transform((s) => s.toUpperCase().split(',') as [string, string])
    .optional()
    .describe('source,target in this direction (symmetric events such as meetings match either way)'),
  code: z.string().regex(/^\d{2,4}$/, 'not a CAMEO event code (2 to 4 digits, e.g. 190, 0311)').optional().describe('CAMEO code or prefix'),
  root: z
    .string()
    .regex(/^(0?[1-9]|1\d|20)$/, 'not a CAMEO root (01 to 20)')
    .transform((s) => s.padStart(2, '0'))
    .optional()
    .describe('CAMEO root, 01–20'),
  quad: z.enum(['1', '2', '3', '4'], 'quad must be 1, 2, 3 or 4').transform(Number).optional().describe('1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict'),
  from: day.optional().describe('events on or after this day'),
  to: day.optional().describe('events on or before this day'),
  outlet: z.string().min(1).max(200).optional().describe('reported by an outlet containing this (case-insensitive)'),
  text: words(300).optional().describe('reported in articles holding all these words (full text, accents folded)'),
  order: z.enum(['asc', 'desc'], 'order must be asc or desc').optional().describe('by event date: asc (default, oldest first) or desc'),
  ...pageQuery,
});

export const idParam = z.strictObject({ id: int(1, 2 ** 31, 'id').describe('numeric id') });

export const actorsQuery = z.strictObject({
  q: z.string().min(1, 'q must not be empty').max(100, 'q: at most 100 characters').describe('a name ("Venezuela", "Xi") or a code or code prefix ("VEN", "IGOUN")'),
  limit: int(1, 100, 'limit').optional().describe('results (1–100, default 20)'),
});

export const actorParam = z.strictObject({ code: actorCode.describe('CAMEO actor code') });
export const actorQuery = z.strictObject({
  from: day.optional().describe('events on or after this day'),
  to: day.optional().describe('events on or before this day'),
});

export const dyadParams = z.strictObject({ a: actorCode.describe('first actor code'), b: actorCode.describe('second actor code') });
export const timelineQuery = z.strictObject({
  by: z.enum(['day', 'week', 'month', 'year'], 'by must be day, week, month or year').optional().describe('period (default month)'),
  from: day.optional().describe('events on or after this day'),
  to: day.optional().describe('events on or before this day'),
});

export const networkQuery = z.strictObject({
  from: day.optional().describe('events on or after this day'),
  to: day.optional().describe('events on or before this day'),
  min: int(1, 1_000_000, 'min').optional().describe('smallest number of story events an edge needs (default 1)'),
  nodes: int(2, 500, 'nodes').optional().describe('the most active actors kept (default 80)'),
  actor: actorCode.optional().describe('only this actor and its partners'),
});

export const mapQuery = z.strictObject({
  from: day.optional().describe('events on or after this day'),
  to: day.optional().describe('events on or before this day'),
  actor: actorCode.optional().describe('events with this actor on either side'),
  quad: z.enum(['1', '2', '3', '4'], 'quad must be 1, 2, 3 or 4').transform(Number).optional().describe('quad class'),
});

export const emptyQuery = z.strictObject({});

export const MAX_EXTRACT_CHARS = 100_000;
export const extractBody = z.strictObject({
  text: z.string().min(1, 'text must not be empty').max(MAX_EXTRACT_CHARS, `text: at most ${MAX_EXTRACT_CHARS} characters`).describe('the article'),
  date: day.nullish().describe('publication date, YYYY-MM-DD (relative dates are resolved against it; default today)'),
  outlet: z.string().max(200).nullish().describe('the publisher'),
  title: z.string().max(1000).nullish().describe('the headline, if not the first line'),
});

/** Validates a URL's query string against a strict schema; repeated parameters are refused. */
export function parseQuery<S extends z.ZodType>(url: string, schema: S): z.output<S> {
  const params = new URL(url).searchParams;
  const obj: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in obj) throw new ApiError(400, 'BAD_REQUEST', `${k}: given more than once`, [{ param: k, message: 'given more than once' }]);
    obj[k] = v;
  }
  return schema.parse(obj);
}

export function parseParams<S extends z.ZodType>(params: Record<string, string>, schema: S): z.output<S> {
  return schema.parse(params);
}
