// The HTTP API and the dashboard, as one Hono app over one store. Thin: validate (validation.ts),
// ask (events.ts, article.ts, actors.ts, graph.ts, the store's own query and timeline), answer JSON.
// Every failure is a JSON error with a stable code (errors.ts); nothing a client sends can stop it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { extract } from '../extract.js';
import { principal } from '../actors/codes.js';
import type { Store } from '../store/store.js';
import { timeline } from '../store/timeline.js';
import { ApiDb, AnswerCache } from './db.js';
import { ApiError, errorBody, toErrorResponse } from './errors.js';
import { listEvents, eventDetail } from './events.js';
import { ArticleReader } from './article.js';
import { Actors } from './actors.js';
import { network, eventMap, stats, numericCodes } from './graph.js';
import { RateLimiter, type RateLimitOptions } from './ratelimit.js';
import { loadStatic } from './static.js';
import { openApiDocument, ROUTES } from './openapi.js';
import * as v from './validation.js';

export const DEFAULT_WEB_ROOT = join(import.meta.dirname, '..', '..', 'web', 'dist');
export const MAX_BODY_BYTES = 256 * 1024;

export interface AppOptions {
  store: Store;
  /** the built dashboard (default web/dist of this package); null serves the API alone */
  webRoot?: string | null;
  /** POST /api/extract per client (default: bursts of 10, 30 a minute) */
  extractRate?: RateLimitOptions;
  /** bytes of JSON answers kept until the store changes (default 64 MiB; 0: none) */
  cacheBytes?: number;
  /** called with errors that are bugs (500s), e.g. to log them */
  onInternalError?: (err: unknown, c: Context) => void;
}

/** Content-Security-Policy: our own scripts and styles only, no inline script, no framing. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

type Bindings = { incoming?: { socket?: { remoteAddress?: string } } };

export function createApp(opts: AppOptions): Hono<{ Bindings: Bindings }> {
  const db = new ApiDb(opts.store);
  const actors = new Actors(db);
  const reader = new ArticleReader(db);
  const limiter = new RateLimiter(opts.extractRate ?? { burst: 10, perMinute: 30 });
  const files = loadStatic(opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot);
  const answers = new AnswerCache(db, opts.cacheBytes);
  const cachedJson = (c: Context, compute: () => unknown) => {
    const u = new URL(c.req.url);
    return c.body(answers.get(u.pathname + u.search, compute), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  };
  let codes: Map<string, string> | null = null;
  let openapi: string | null = null;

  const app = new Hono<{ Bindings: Bindings }>();

  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (c.req.path.startsWith('/api/') && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  });

  app.onError((err, c) => {
    const r = toErrorResponse(err);
    if (r.internal) opts.onInternalError?.(err, c);
    if (r.status === 429 && err instanceof ApiError) c.header('Retry-After', String((err.details as { retryAfter: number }).retryAfter));
    return c.json(r.body, r.status as 400);
  });
  app.notFound((c) => c.json(errorBody('NOT_FOUND', `no such route: ${c.req.method} ${c.req.path}`), 404));

  const notFound = (what: string): never => {
    throw new ApiError(404, 'NOT_FOUND', `no such ${what}`);
  };

  app.get('/openapi.json', (c) => {
    openapi ??= JSON.stringify(openApiDocument(version()));
    return c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/api/events', (c) => {
    const q = v.parseQuery(c.req.url, v.eventsQuery);
    const { limit = 50, offset = 0, order = 'asc', ...filter } = q;
    return cachedJson(c, () => listEvents(db, filter, { limit, offset, order }));
  });

  app.get('/api/events/:id', (c) => {
    v.parseQuery(c.req.url, v.emptyQuery);
    const { id } = v.parseParams(c.req.param(), v.idParam);
    return cachedJson(c, () => eventDetail(db, id) ?? notFound(`event ${id}`));
  });

  app.get('/api/articles/:id', (c) => {
    v.parseQuery(c.req.url, v.emptyQuery);
    const { id } = v.parseParams(c.req.param(), v.idParam);
    return cachedJson(c, () => reader.read(id) ?? notFound(`article ${id}`));
  });

  app.get('/api/actors', (c) => {
    const q = v.parseQuery(c.req.url, v.actorsQuery);
    return cachedJson(c, () => ({ items: actors.search(q.q, q.limit ?? 20) }));
  });

  app.get('/api/actors/:code', (c) => {
    const q = v.parseQuery(c.req.url, v.actorQuery);
    const { code } = v.parseParams(c.req.param(), v.actorParam);
    return cachedJson(c, () => actors.summary(code, q) ?? notFound(`actor ${code} in this store`));
  });

  app.get('/api/dyads/:a/:b/timeline', (c) => {
    const q = v.parseQuery(c.req.url, v.timelineQuery);
    const { a, b } = v.parseParams(c.req.param(), v.dyadParams);
    return cachedJson(c, () => {
      const t = timeline(opts.store, a, b, q);
      const pa = principal(a)!;
      const pb = principal(b)!;
      return { ...t, a_name: actors.nameOf(pa) ?? pa, b_name: actors.nameOf(pb) ?? pb };
    });
  });

  app.get('/api/network', (c) => {
    const q = v.parseQuery(c.req.url, v.networkQuery);
    return cachedJson(c, () => network(db, actors, q));
  });

  app.get('/api/map', (c) => {
    const q = v.parseQuery(c.req.url, v.mapQuery);
    codes ??= numericCodes();
    const numeric = codes;
    return cachedJson(c, () => eventMap(db, numeric, q));
  });

  app.get('/api/stats', (c) => {
    v.parseQuery(c.req.url, v.emptyQuery);
    return cachedJson(c, () => stats(db, actors));
  });

  app.post(
    '/api/extract',
    async (c, next) => {
      v.parseQuery(c.req.url, v.emptyQuery);
      const who = c.env?.incoming?.socket?.remoteAddress ?? 'local';
      const wait = limiter.take(who);
      if (wait) throw new ApiError(429, 'RATE_LIMITED', `too many extraction requests; retry in ${wait} s`, { retryAfter: wait });
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new ApiError(415, 'BAD_REQUEST', 'send the body as application/json');
      await next();
    },
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `the body is over ${MAX_BODY_BYTES} bytes`);
      },
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch (err) {
        if (err instanceof ApiError) throw err;
        throw new ApiError(400, 'BAD_REQUEST', 'the body is not valid JSON');
      }
      const b = v.extractBody.parse(body);
      return c.json(extract(b.text, { date: b.date ?? null, outlet: b.outlet ?? null, title: b.title ?? null }));
    },
  );

  // A known path with the wrong method is a 405, not a 404.
  for (const r of ROUTES) {
    const path = r.path.replace(/\{(\w+)\}/g, ':$1');
    app.all(path, (c) => {
      c.header('Allow', r.method.toUpperCase());
      return c.json(errorBody('METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${r.path}; use ${r.method.toUpperCase()}`), 405);
    });
  }

  app.get('*', (c) => {
    const f = files.get(c.req.path);
    if (!f) {
      if (c.req.path === '/' || c.req.path === '/index.html') throw new ApiError(404, 'NOT_FOUND', 'the dashboard is not built: run npm run build:web (the API is at /api, documented at /openapi.json)');
      return c.notFound();
    }
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': f.type, 'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  });

  return app;
}
