// One article with everything the reader highlights: stored events (evidence, trigger, actors,
// attribution chains), stored actor mentions, and times, places and attributions from re-running
// the pipeline on the stored text (the store keeps events and mentions, not every layer).
import { extract } from '../extract.js';
import type { ApiDb } from './db.js';
import { reports, type Report, type Span } from './events.js';

/** Longer texts are served without the live layers: analysis time grows with length. */
export const MAX_ANALYZED_CHARS = 200_000;

export interface ArticleView {
  id: number;
  ext_id: string | null;
  url: string | null;
  outlet: string | null;
  date: string;
  title: string | null;
  kind: string;
  copy_of: number | null;
  similarity: number | null;
  text: string;
  events: Report[];
  mentions: (Span & { text: string; code: string | null; kind: string })[];
  times: (Span & { text: string; value: string; type: string })[];
  places: (Span & { text: string; country: string | null; lat: number | null; lon: number | null })[];
  attributions: { source: Span & { text: string; kind: string }; cue: Span & { text: string }; content: Span; via?: Span & { text: string } }[];
  /** "live": times, places and attributions come from re-running extraction; "skipped": text too long */
  analysis: 'live' | 'skipped';
}

type Live = Pick<ArticleView, 'times' | 'places' | 'attributions'>;

export class ArticleReader {
  private readonly db: ApiDb;
  // A few recently read articles: the reader asks for the same one as the user moves between events.
  private readonly cache = new Map<number, Live>();
  constructor(db: ApiDb) {
    this.db = db;
  }

  read(id: number): ArticleView | null {
    const a = this.db.get<Omit<ArticleView, 'events' | 'mentions' | 'times' | 'places' | 'attributions' | 'analysis'>>(
      'SELECT id, ext_id, url, outlet, date, title, kind, copy_of, similarity, text FROM articles WHERE id = ?',
      id,
    );
    if (!a) return null;
    const mentions = this.db.all<ArticleView['mentions'][number]>('SELECT start, end, text, code, kind FROM actors WHERE article_id = ? ORDER BY ord', id);
    const live = a.text.length <= MAX_ANALYZED_CHARS ? this.live(a) : null;
    return { ...a, events: reports(this.db, 'article', id), mentions, ...(live ?? { times: [], places: [], attributions: [] }), analysis: live ? 'live' : 'skipped' };
  }

  private live(a: { id: number; text: string; date: string; outlet: string | null; title: string | null }): Live {
    const hit = this.cache.get(a.id);
    if (hit) {
      this.cache.delete(a.id);
      this.cache.set(a.id, hit);
      return hit;
    }
    const r = extract(a.text, { date: a.date, outlet: a.outlet, title: a.title });
    const live: Live = {
      times: r.timexes.map(({ text, start, end, value, type }) => ({ text, start, end, value, type })),
      places: r.places,
      attributions: r.attributions,
    };
    this.cache.set(a.id, live);
    if (this.cache.size > 32) this.cache.delete(this.cache.keys().next().value!);
    return live;
  }
}
