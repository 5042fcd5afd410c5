// `attache/store`: the event store (issue #5) — ingest a pile of articles, merge events across them,
// ask questions. Its own entry point, so that `import { extract } from 'attache'` does not load SQLite.
export { ingest, type IngestOptions, type IngestSummary, type IngestProgress } from '../ingest/ingest.js';
export { openStore, storeStats, DEFAULT_DB, type Store, type OpenOptions } from './store.js';
export { queryStories, storyEvidence, type StoryFilter, type StoryRow, type Evidence } from './query.js';
export { timeline, type Timeline, type TimelinePeriod, type Bin } from './timeline.js';
export { exportStories, GDELT_COLUMNS, type ExportFormat } from './export.js';
