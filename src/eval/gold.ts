// Reading gold and prediction files, with every bad line reported by number.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { GoldCase } from './score.js';
import type { ExtractResult } from '../result.js';

function readJsonl<T>(path: string, check: (v: unknown) => string | null): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError('INPUT_NOT_FOUND', `${path}: no such file`, { cause: err });
  }
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (err) {
      throw new InputError('INPUT_BAD_JSONL', `${path}:${i + 1}: not JSON (${(err as Error).message})`, { cause: err });
    }
    const problem = check(v);
    if (problem) throw new InputError('INPUT_BAD_JSONL', `${path}:${i + 1}: ${problem}`);
    out.push(v as T);
  });
  return out;
}

export function readGold(path: string): GoldCase[] {
  return readJsonl<GoldCase>(path, (v) => {
    const c = v as Partial<GoldCase>;
    if (!c || typeof c !== 'object') return 'a gold case must be a JSON object';
    if (typeof c.id !== 'string' && typeof c.id !== 'number') return 'a gold case needs an "id"';
    if (typeof c.text !== 'string') return 'a gold case needs a "text" string';
    return null;
  });
}

/** Saved results (attache extract --jsonl output, or another system's in the same format), by id. */
export function readPredictions(path: string): Map<string, ExtractResult> {
  const rows = readJsonl<ExtractResult & { id: string }>(path, (v) => {
    const r = v as Partial<ExtractResult> & { id?: unknown };
    if (!r || typeof r !== 'object') return 'a result must be a JSON object';
    if (r.id === undefined || r.id === null) return 'a result needs the "id" of its case';
    return null;
  });
  // Another system's output may lack fields attache always writes: they default to empty.
  const defaults: ExtractResult = { date: '', dateAssumed: false, diagnostics: [], events: [], relations: [], timexes: [], attributions: [], places: [], actors: [] };
  return new Map(rows.map((r) => [String(r.id), Object.assign({}, defaults, r)]));
}
