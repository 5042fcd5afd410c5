// Every error leaves the API as JSON {error: {code, message, details?}} with a stable code from
// src/errors.ts, so clients branch on the code, never on the wording.
import { ZodError } from 'zod';
import { AttacheError, type ErrorCode } from '../errors.js';

export class ApiError extends AttacheError {
  readonly status: number;
  readonly details?: unknown;
  constructor(status: number, code: ErrorCode, message: string, details?: unknown) {
    super(code, message);
    this.name = 'ApiError';
    this.status = status;
    this.details = details;
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Maps anything thrown by a handler to a status and a body; `internal` is true for bugs (to be logged). */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (err instanceof ApiError) return { status: err.status, body: errorBody(err.code, err.message, err.details), internal: false };
  if (err instanceof ZodError) {
    const details = err.issues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ param: k, message: 'unknown parameter' })) : [{ param: i.path.join('.') || null, message: i.message }],
    );
    const first = details[0];
    return { status: 400, body: errorBody('BAD_REQUEST', first ? `${first.param ?? 'request'}: ${first.message}` : 'invalid request', details), internal: false };
  }
  // The store's own validation (src/store/query.ts) speaks in CLI flags; the meaning carries over.
  if (err instanceof AttacheError && err.code === 'USAGE') return { status: 400, body: errorBody('BAD_REQUEST', err.message.replace(/--(\w+)/g, '$1')), internal: false };
  if (err instanceof AttacheError && err.code === 'STORE_BUSY') return { status: 503, body: errorBody('STORE_BUSY', err.message), internal: false };
  // SQLITE_BUSY and friends while an ingest holds the write lock: retryable, not a bug.
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(err.code)) {
    return { status: 503, body: errorBody('STORE_BUSY', 'the store is busy; retry shortly'), internal: false };
  }
  return { status: 500, body: errorBody('INTERNAL', 'internal error'), internal: true };
}
