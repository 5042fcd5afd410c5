// Export formats of story events: GDELT 2.0 event table, PLOVER/POLECAT-style JSON records, JSONL
// (a story with its reports), CSV. docs/STORE.md lists which GDELT columns we fill.
import type { Store } from './store.js';
import { iterateStories, storyEvidence, type StoryFilter, type StoryRow } from './query.js';
import { dayMs } from './dates.js';

export type ExportFormat = 'gdelt' | 'plover' | 'jsonl' | 'csv';

/** The 61 columns of the GDELT 2.0 event table, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

const ORG = ['IGO', 'NGO', 'IMG', 'MNC'];

/** CAMEO actor code split GDELT's way: country (3 letters, not for IGOs/NGOs), known group, up to three type codes. */
export function splitActor(code: string | null): { country: string; group: string; types: [string, string, string] } {
  const none = { country: '', group: '', types: ['', '', ''] as [string, string, string] };
  if (!code) return none;
  // CAMEO's unknown country ("---REB") is GDELT's empty country field.
  if (code.startsWith('---')) {
    const t = code.slice(3).match(/.{3}/g) ?? [];
    return { country: '', group: '', types: [t[0] ?? '', t[1] ?? '', t[2] ?? ''] };
  }
  let rest = code;
  let country = '';
  let group = '';
  if (ORG.includes(code.slice(0, 3))) {
    group = code.slice(3, 6);
    rest = code.slice(6);
    const t = rest.match(/.{3}/g) ?? [];
    return { country: '', group, types: [code.slice(0, 3), t[0] ?? '', t[1] ?? ''] };
  }
  country = code.slice(0, 3);
  rest = code.slice(3);
  const t = rest.match(/.{3}/g) ?? [];
  return { country, group, types: [t[0] ?? '', t[1] ?? '', t[2] ?? ''] };
}

const fmt = (x: number | null | undefined, digits?: number) => (x === null || x === undefined ? '' : digits === undefined ? String(x) : x.toFixed(digits));
const tsvField = (s: string | null | undefined) => (s ?? '').replace(/[\t\r\n]+/g, ' ');

export function gdeltRow(s: StoryRow): string[] {
  const d = s.lo;
  const year = +d.slice(0, 4);
  const doy = Math.floor((dayMs(d) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const a1 = splitActor(s.src_code);
  const a2 = splitActor(s.tgt_code);
  const hasGeo = s.country !== null || s.lat !== null;
  const geoType = s.lat !== null && s.place && s.place !== s.country ? '4' : s.country ? '1' : '';
  const cells: Record<(typeof GDELT_COLUMNS)[number], string> = {
    GLOBALEVENTID: String(s.id),
    SQLDATE: d.replace(/-/g, ''),
    MonthYear: d.slice(0, 7).replace('-', ''),
    Year: d.slice(0, 4),
    FractionDate: (year + doy / 365).toFixed(4),
    Actor1Code: s.src_code?.replace(/^---/, '') ?? '', Actor1Name: tsvField(s.src_name?.toUpperCase()), Actor1CountryCode: a1.country, Actor1KnownGroupCode: a1.group,
    Actor1EthnicCode: '', Actor1Religion1Code: '', Actor1Religion2Code: '', Actor1Type1Code: a1.types[0], Actor1Type2Code: a1.types[1], Actor1Type3Code: a1.types[2],
    Actor2Code: s.tgt_code?.replace(/^---/, '') ?? '', Actor2Name: tsvField(s.tgt_name?.toUpperCase()), Actor2CountryCode: a2.country, Actor2KnownGroupCode: a2.group,
    Actor2EthnicCode: '', Actor2Religion1Code: '', Actor2Religion2Code: '', Actor2Type1Code: a2.types[0], Actor2Type2Code: a2.types[1], Actor2Type3Code: a2.types[2],
    IsRootEvent: '', EventCode: s.code, EventBaseCode: s.code.slice(0, 3), EventRootCode: s.root, QuadClass: fmt(s.quad), GoldsteinScale: fmt(s.goldstein),
    NumMentions: String(s.num_mentions), NumSources: String(s.num_sources), NumArticles: String(s.num_articles), AvgTone: '',
    Actor1Geo_Type: '', Actor1Geo_FullName: '', Actor1Geo_CountryCode: '', Actor1Geo_ADM1Code: '', Actor1Geo_ADM2Code: '', Actor1Geo_Lat: '', Actor1Geo_Long: '', Actor1Geo_FeatureID: '',
    Actor2Geo_Type: '', Actor2Geo_FullName: '', Actor2Geo_CountryCode: '', Actor2Geo_ADM1Code: '', Actor2Geo_ADM2Code: '', Actor2Geo_Lat: '', Actor2Geo_Long: '', Actor2Geo_FeatureID: '',
    ActionGeo_Type: hasGeo ? geoType : '', ActionGeo_FullName: tsvField(s.place), ActionGeo_CountryCode: s.country ?? '', ActionGeo_ADM1Code: '', ActionGeo_ADM2Code: '',
    ActionGeo_Lat: fmt(s.lat), ActionGeo_Long: fmt(s.lon), ActionGeo_FeatureID: '',
    DATEADDED: `${s.first_seen.replace(/-/g, '')}000000`,
    SOURCEURL: tsvField(s.url),
  };
  return GDELT_COLUMNS.map((c) => cells[c]);
}

/** A PLOVER/POLECAT-style record (field names of the POLECAT release notes; values from the story). */
export function ploverRecord(store: Store, s: StoryRow, ploverOf: (id: number) => { event: string | null; mode: string | null; modality: string }) {
  const p = ploverOf(s.id);
  return {
    event_id: `attache-${s.id}`,
    event_date: s.date,
    event_date_precision: s.precision,
    event_type: p.event,
    event_mode: p.mode,
    event_modality: p.modality,
    cameo_code: s.code,
    actor: s.src_code ? { name: s.src_name, country: s.src ? s.src.slice(0, 3) : null, code: s.src_code } : null,
    recipient: s.tgt_code ? { name: s.tgt_name, country: s.tgt ? s.tgt.slice(0, 3) : null, code: s.tgt_code } : null,
    location: s.country || s.place ? [{ name: s.place, country: s.country, lat: s.lat, lon: s.lon }] : [],
    num_mentions: s.num_mentions,
    num_articles: s.num_articles,
    num_sources: s.num_sources,
    first_seen: s.first_seen,
    last_seen: s.last_seen,
    source_url: s.url,
    stories: storyEvidence(store, s.id).map((e) => ({ article_id: e.article_id, outlet: e.outlet, publication_date: e.date, url: e.url, event_text: e.text })),
  };
}

export const CSV_COLUMNS: (keyof StoryRow)[] = [
  'id', 'date', 'precision', 'src', 'tgt', 'src_code', 'src_name', 'tgt_code', 'tgt_name', 'code', 'name', 'root', 'quad', 'goldstein', 'mclass',
  'place', 'country', 'lat', 'lon', 'num_mentions', 'num_articles', 'num_sources', 'first_seen', 'last_seen', 'url',
];

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Writes every story event matching the filter in the format; returns how many. */
export function exportStories(store: Store, format: ExportFormat, filter: StoryFilter, write: (s: string) => void, opts: { header?: boolean } = {}): number {
  let n = 0;
  const ploverStmt = store.db.prepare(`SELECT plover_event AS event, plover_mode AS mode, modality, count(*) AS c FROM events WHERE story_id = ?
                                       GROUP BY plover_event, plover_mode, modality ORDER BY c DESC, min(id) LIMIT 1`);
  const ploverOf = (id: number) => ploverStmt.get(id) as { event: string | null; mode: string | null; modality: string };
  if (format === 'gdelt' && opts.header) write(GDELT_COLUMNS.join('\t') + '\n');
  if (format === 'csv') write(csvLine(CSV_COLUMNS));
  for (const s of iterateStories(store, filter)) {
    n++;
    if (format === 'gdelt') write(gdeltRow(s).join('\t') + '\n');
    else if (format === 'csv') write(csvLine(CSV_COLUMNS.map((c) => s[c])));
    else if (format === 'plover') write(JSON.stringify(ploverRecord(store, s, ploverOf)) + '\n');
    else write(JSON.stringify({ ...s, reports: storyEvidence(store, s.id) }) + '\n');
  }
  return n;
}
