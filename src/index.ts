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

// The event store and the HTTP API have their own entry points, so that extraction alone loads neither
// SQLite nor the web server: `attache/store` (src/store/index.ts) and `attache/api` (src/api/index.ts).
