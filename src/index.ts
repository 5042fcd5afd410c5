// attache's public surface: what a library user imports.
export { extract, analyze, isValidDate } from './extract.js';
export { toResult } from './result.js';
export type { ExtractResult } from './result.js';
export type {
  Doc, ExtractOptions, CodedEvent, EventActor, EventDate, Modality, Timex, Place, Attribution, AttributionLink,
  Relation, ActorMention, Sentence, Token, Span, Diagnostic,
} from './doc.js';
export { AttacheError, UsageError, InputError, LexiconError, PipelineError, type ErrorCode } from './errors.js';
export { principal } from './actors/codes.js';
export { cameo } from './cameo/codes.js';

// The event store (issue #5): ingest a pile of articles, merge events across them, ask questions.
export { ingest, type IngestOptions, type IngestSummary, type IngestProgress } from './ingest/ingest.js';
export { openStore, storeStats, DEFAULT_DB, type Store, type OpenOptions } from './store/store.js';
export { queryStories, storyEvidence, type StoryFilter, type StoryRow, type Evidence } from './store/query.js';
export { timeline, type Timeline, type TimelinePeriod, type Bin } from './store/timeline.js';
export { exportStories, GDELT_COLUMNS, type ExportFormat } from './store/export.js';

// The HTTP API and dashboard (issue #6): a Hono app over a store, and a server for it.
export { createApp, type AppOptions } from './api/app.js';
export { startServer, type Server } from './api/server.js';
