// One error family for every boundary (CLI, lexicon loading, input decoding), with stable codes.

export type ErrorCode =
  | 'USAGE'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_NOT_UTF8'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_BAD_DATE'
  | 'INPUT_BAD_JSONL'
  | 'LEXICON_INVALID'
  | 'PIPELINE_ORDER'
  | 'STORE_INVALID'
  | 'STORE_VERSION'
  | 'STORE_BUSY'
  // the HTTP API (src/api): every error response carries one of these, or one of the above
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export class AttacheError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AttacheError';
    this.code = code;
  }
}

export class UsageError extends AttacheError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('USAGE', message, options);
    this.name = 'UsageError';
  }
}

export class InputError extends AttacheError {
  constructor(code: Exclude<ErrorCode, 'USAGE' | 'LEXICON_INVALID' | 'PIPELINE_ORDER'>, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

export class LexiconError extends AttacheError {
  /** every bad entry, as "file:line: problem" */
  readonly problems: string[];
  constructor(problems: string[]) {
    super('LEXICON_INVALID', `invalid lexicon entries:\n${problems.join('\n')}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}

export class PipelineError extends AttacheError {
  constructor(message: string) {
    super('PIPELINE_ORDER', message);
    this.name = 'PipelineError';
  }
}
