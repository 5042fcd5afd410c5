// One article on its way into the store: what every reader produces, validated and normalised here so
// that the idempotency keys (URL key, content hash) are computed one way for every input kind.
import { createHash } from 'node:crypto';
import { isValidDate } from '../extract.js';

/** What a reader hands over: the fields it found, and where it found them (for the rejects file). */
export interface RawRecord {
  /** input position, e.g. "corpus.jsonl.gz:17" or "page.html" */
  where: string;
  kind: 'text' | 'html' | 'feed' | 'jsonl';
  id?: unknown;
  url?: unknown;
  outlet?: unknown;
  date?: unknown;
  title?: unknown;
  text?: unknown;
}

/** A reader could not make a record out of its input at all (a line that is not JSON, a page with no text). */
export interface RejectedRecord {
  where: string;
  kind: RawRecord['kind'];
  reason: RejectReason;
  message: string;
  id?: string | null;
}

export type RejectReason = 'extract-failed' | 'not-json' | 'not-object' | 'no-text' | 'bad-date' | 'no-date' | 'unparseable-html' | 'unparseable-feed' | 'too-large' | 'not-utf8' | 'unreadable';

/** A validated article, ready for extraction and storage. */
export interface Article {
  where: string;
  kind: RawRecord['kind'];
  extId: string | null;
  url: string | null;
  /** normalised URL: the first idempotency key */
  urlKey: string | null;
  outlet: string | null;
  date: string;
  title: string | null;
  text: string;
  /** sha256 of the whitespace-normalised text: the second idempotency key */
  hash: string;
}

export const MAX_ARTICLE_CHARS = 2_000_000;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** URL normalised for identity: lower-case scheme and host, no fragment, no tracking parameters, no trailing slash. */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|ref$|cmpid$|mc_)/i.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = `${u.host.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') s = `${u.protocol}${s}`;
  return s;
}

/** Content hash: NFC, whitespace collapsed, so re-wrapped copies of the same text hash alike. */
/**
 * Every run of whitespace as one space. Same result as replacing /\s+/g, without rewriting each single
 * space between words (that replace was most of the hash's cost on the main thread).
 */
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(WHITESPACE_TO_FOLD, ' ').trim()).digest('hex').slice(0, 32);
}

const MIN_YEAR = 1800;

/**
 * A date from any of the forms the readers meet (YYYY-MM-DD, an ISO timestamp, RFC 822 as in RSS),
 * as YYYY-MM-DD; null when absent, 'bad' when present but impossible (2021-02-30, year 0001, the far future).
 */
export function normaliseDate(v: unknown): string | null | 'bad' {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'bad' : checkYear(v.toISOString().slice(0, 10));
  if (typeof v !== 'string') return 'bad';
  const s = v.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(s);
  if (m) return isValidDate(m[1]) ? checkYear(m[1]) : 'bad';
  if (/^\d{4}-\d{2}-\d{2}/.test(s) || /^\d+$/.test(s)) return 'bad';
  const t = Date.parse(s);
  if (Number.isNaN(t)) return 'bad';
  return checkYear(new Date(t).toISOString().slice(0, 10));
}

function checkYear(d: string): string | 'bad' {
  const y = Number(d.slice(0, 4));
  return y < MIN_YEAR || y > new Date().getUTCFullYear() + 1 ? 'bad' : d;
}

/** Validates a raw record; every problem becomes a reject with a reason, never an exception. */
export function validate(r: RawRecord, defaults: { date?: string | null; outlet?: string | null } = {}): Article | RejectedRecord {
  const extId = r.id === undefined || r.id === null ? null : String(r.id);
  const reject = (reason: RejectReason, message: string): RejectedRecord => ({ where: r.where, kind: r.kind, reason, message, id: extId });
  if (typeof r.text !== 'string' || r.text.trim() === '') return reject('no-text', 'no text');
  if (r.text.length > MAX_ARTICLE_CHARS) return reject('too-large', `text of ${r.text.length} characters is over the ${MAX_ARTICLE_CHARS} limit`);
  let date = normaliseDate(r.date);
  if (date === 'bad') return reject('bad-date', `impossible date ${JSON.stringify(r.date)}`);
  if (date === null) date = defaults.date ?? null;
  if (date === null) return reject('no-date', 'no publication date (give --date to supply one for undated records)');
  const url = str(r.url);
  const text = r.text.replace(/\r\n?/g, '\n');
  return {
    where: r.where,
    kind: r.kind,
    extId,
    url,
    urlKey: urlKey(url),
    outlet: str(r.outlet) ?? defaults.outlet ?? null,
    date,
    title: str(r.title),
    text,
    hash: contentHash(text),
  };
}

export function isRejected(x: Article | RejectedRecord): x is RejectedRecord {
  return (x as RejectedRecord).reason !== undefined;
}
