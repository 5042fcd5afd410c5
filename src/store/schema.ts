// The store's schema as an ordered list of migrations; PRAGMA user_version records how many have run.
// A migration is never edited once released: a change is a new entry at the end.

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  args TEXT,
  read INTEGER NOT NULL DEFAULT 0,
  stored INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  copies INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0,
  stories INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  ext_id TEXT,
  url TEXT,
  url_key TEXT,
  hash TEXT NOT NULL UNIQUE,
  outlet TEXT,
  date TEXT NOT NULL,
  title TEXT,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  source TEXT,
  copy_of INTEGER REFERENCES articles(id),
  similarity REAL,
  minhash BLOB,
  n_events INTEGER NOT NULL DEFAULT 0,
  run_id INTEGER REFERENCES runs(id)
);
CREATE UNIQUE INDEX articles_url ON articles(url_key) WHERE url_key IS NOT NULL;
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_copy ON articles(copy_of) WHERE copy_of IS NOT NULL;

CREATE TABLE article_bands (
  key INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  src TEXT NOT NULL,
  tgt TEXT NOT NULL,
  root TEXT NOT NULL,
  mclass TEXT NOT NULL,
  grain TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  precision TEXT NOT NULL,
  lo TEXT NOT NULL,
  hi TEXT NOT NULL,
  country TEXT,
  place TEXT,
  lat REAL,
  lon REAL,
  code TEXT,
  name TEXT,
  quad INTEGER,
  goldstein REAL,
  src_code TEXT,
  src_name TEXT,
  tgt_code TEXT,
  tgt_name TEXT,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT,
  url TEXT
);
CREATE INDEX stories_key ON stories(src, tgt, root, mclass, grain, lo);
CREATE INDEX stories_tgt ON stories(tgt, src, lo);
CREATE INDEX stories_lo ON stories(lo);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  src TEXT NOT NULL,
  tgt TEXT NOT NULL,
  swapped INTEGER NOT NULL DEFAULT 0,
  ext_id TEXT,
  code TEXT NOT NULL,
  name TEXT,
  root TEXT NOT NULL,
  quad INTEGER,
  pentaclass INTEGER,
  goldstein REAL,
  plover_event TEXT,
  plover_mode TEXT,
  modality TEXT NOT NULL,
  src_code TEXT,
  src_text TEXT,
  src_name TEXT,
  src_start INTEGER,
  src_end INTEGER,
  tgt_code TEXT,
  tgt_text TEXT,
  tgt_name TEXT,
  tgt_start INTEGER,
  tgt_end INTEGER,
  date TEXT NOT NULL,
  precision TEXT NOT NULL,
  basis TEXT NOT NULL,
  lo TEXT NOT NULL,
  hi TEXT NOT NULL,
  place_text TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  trigger_text TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER,
  rule TEXT NOT NULL,
  confidence REAL,
  symmetric INTEGER NOT NULL DEFAULT 0,
  UNIQUE (article_id, ord)
);
CREATE INDEX events_story ON events(story_id);

CREATE TABLE evidence (
  event_id INTEGER NOT NULL REFERENCES events(id),
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (event_id, ord)
) WITHOUT ROWID;

CREATE TABLE attributions (
  event_id INTEGER NOT NULL REFERENCES events(id),
  depth INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT,
  PRIMARY KEY (event_id, depth)
) WITHOUT ROWID;

CREATE TABLE actors (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  code TEXT,
  kind TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX actors_code ON actors(code) WHERE code IS NOT NULL;

CREATE TABLE relations (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  type TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
