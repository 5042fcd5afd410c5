// The dashboard's only door to the data: the JSON API of attache serve (docs/API.md).

export type Quad = [number, number, number, number];

export interface Story {
  id: number;
  date: string;
  precision: string;
  lo: string;
  hi: string;
  src: string;
  tgt: string;
  src_code: string | null;
  src_name: string | null;
  tgt_code: string | null;
  tgt_name: string | null;
  code: string;
  name: string | null;
  root: string;
  quad: number | null;
  goldstein: number | null;
  mclass: string;
  place: string | null;
  country: string | null;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  first_seen: string;
  url: string | null;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Link {
  text: string;
  kind: string;
  code?: string | null;
}

export interface ArticleRef {
  id: number;
  outlet: string | null;
  date: string;
  title: string | null;
  url: string | null;
  copy_of: number | null;
}

export interface Report {
  event_id: number;
  story_id: number;
  article: ArticleRef;
  code: string;
  name: string | null;
  quad: number | null;
  goldstein: number | null;
  modality: string;
  rule: string;
  date: { value: string; precision: string; basis: string };
  source: { code: string | null; text: string | null; name: string | null; start: number | null; end: number | null } | null;
  target: { code: string | null; text: string | null; name: string | null; start: number | null; end: number | null } | null;
  trigger: { text: string | null; start: number | null; end: number | null } | null;
  place: { text: string; country: string | null } | null;
  evidence: (Span & { text: string })[];
  attribution: Link[];
}

export interface EventDetail extends Story {
  reports: Report[];
  articles: ArticleRef[];
}

export interface Article {
  id: number;
  url: string | null;
  outlet: string | null;
  date: string;
  title: string | null;
  text: string;
  copy_of: number | null;
  events: Report[];
  mentions: (Span & { text: string; code: string | null; kind: string })[];
  times: (Span & { text: string; value: string })[];
  places: (Span & { text: string; country: string | null })[];
  attributions: { source: Span & { text: string; kind: string }; cue: Span; content: Span }[];
  analysis: 'live' | 'skipped';
}

export interface ActorHit {
  code: string;
  name: string;
  names: string[];
  codes: string[];
  mentions: number;
  events: number;
}

export interface ActorSummary extends ActorHit {
  as_source: number;
  as_target: number;
  quad: Quad;
  goldstein: number | null;
  first: string | null;
  last: string | null;
  partners: { code: string; name: string; events: number; quad: Quad; goldstein: number | null }[];
  recent: Story[];
}

export interface Direction {
  events: number;
  mentions: number;
  quad: Quad;
  goldsteinSum: number;
  goldsteinMean: number | null;
}

export interface Timeline {
  a: string;
  b: string;
  a_name: string;
  b_name: string;
  by: 'day' | 'week' | 'month' | 'year';
  periods: { period: string; ab: Direction; ba: Direction }[];
  coarser: number;
}

export interface Network {
  nodes: { id: string; name: string; events: number; goldstein: number | null }[];
  edges: { source: string; target: string; events: number; quad: Quad; goldstein: number | null }[];
  truncated: boolean;
}

export interface MapData {
  points: { place: string; country: string | null; lat: number; lon: number; events: number; quad: Quad; goldstein: number | null; last: string }[];
  countries: { country: string; numeric: string | null; events: number; goldstein: number | null }[];
  unplaced: number;
}

export interface Stats {
  articles: number;
  copies: number;
  events: number;
  stories: number;
  outlets: number;
  first: string | null;
  last: string | null;
  quad: Quad;
  placed: number;
  topActors: { code: string; name: string; events: number }[];
  topDyads: { a: string; b: string; a_name: string; b_name: string; events: number }[];
  topOutlets: { outlet: string; articles: number }[];
}

export interface ExtractEvent {
  id: string;
  source: { text: string; code: string | null; start: number; end: number } | null;
  target: { text: string; code: string | null; start: number; end: number } | null;
  code: string;
  name: string;
  quad: number;
  goldstein: number | null;
  modality: string;
  date: { value: string; precision: string; basis: string };
  place: { text: string } | null;
  attribution: Link[];
  evidence: Span[];
  trigger: Span & { text: string };
  rule: string;
}

export interface ExtractResult {
  date: string;
  events: ExtractEvent[];
  actors: (Span & { text: string; code: string | null; kind: string })[];
  timexes: (Span & { text: string; value: string })[];
  places: (Span & { text: string; country: string | null })[];
  attributions: { source: Span & { text: string; kind: string }; cue: Span; content: Span }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function asJson<T>(r: Response): Promise<T> {
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const e = (body as { error?: { code: string; message: string } } | null)?.error;
    throw new ApiError(r.status, e?.code ?? 'HTTP', e?.message ?? `HTTP ${r.status}`);
  }
  return body as T;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return fetch(path, { signal, headers: { accept: 'application/json' } }).then((r) => asJson<T>(r));
}

export function post<T>(path: string, body: unknown): Promise<T> {
  return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }).then((r) => asJson<T>(r));
}

const p = encodeURIComponent;
export const api = {
  stats: () => get<Stats>('/api/stats'),
  events: (q: Record<string, string | number | undefined>) => get<Page<Story>>(`/api/events${qs(q)}`),
  event: (id: number) => get<EventDetail>(`/api/events/${id}`),
  article: (id: number) => get<Article>(`/api/articles/${id}`),
  actors: (q: string) => get<{ items: ActorHit[] }>(`/api/actors${qs({ q, limit: 12 })}`),
  actor: (code: string) => get<ActorSummary>(`/api/actors/${p(code)}`),
  timeline: (a: string, b: string, by: string) => get<Timeline>(`/api/dyads/${p(a)}/${p(b)}/timeline${qs({ by })}`),
  network: (q: Record<string, string | number | undefined>) => get<Network>(`/api/network${qs(q)}`),
  map: (q: Record<string, string | number | undefined>) => get<MapData>(`/api/map${qs(q)}`),
  extract: (text: string, date: string | null, outlet: string | null) => post<ExtractResult>('/api/extract', { text, date, outlet }),
};
