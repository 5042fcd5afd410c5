import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { LexiconError } from '../errors.js';

/** The package's data/ folder, found from this module whether it runs from src/ or dist/. */
export function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'actors'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('attache data/ folder not found beside the package');
}

export interface Loaded<T> {
  entry: T;
  file: string;
  line: number;
}

/**
 * Reads JSONL files and validates each line. Lines that are empty or start with "//" are comments.
 * Every bad entry in every file is collected before failing, so one run shows them all.
 */
export function loadJsonl<S extends z.ZodTypeAny>(schema: S, files: string[]): Loaded<z.infer<S>>[] {
  const problems: string[] = [];
  const out: Loaded<z.infer<S>>[] = [];
  const root = dataDir();
  for (const file of files) {
    const shown = relative(dirname(root), file);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('//')) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (err) {
        problems.push(`${shown}:${i + 1}: not JSON (${(err as Error).message})`);
        return;
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const msg = parsed.error.issues.map((iss) => `${iss.path.join('.') || '(entry)'}: ${iss.message}`).join('; ');
        problems.push(`${shown}:${i + 1}: ${msg}`);
        return;
      }
      out.push({ entry: parsed.data, file: shown, line: i + 1 });
    });
  }
  if (problems.length) throw new LexiconError(problems);
  return out;
}

/** All *.jsonl files in a data/ subfolder, sorted so loading order is stable. */
export function dataFiles(sub: string): string[] {
  const dir = join(dataDir(), sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reports duplicate ids across loaded entries as lexicon problems. */
export function checkUniqueIds(items: Loaded<{ id: string }>[]): void {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { entry, file, line } of items) {
    const prev = seen.get(entry.id);
    if (prev) problems.push(`${file}:${line}: duplicate id "${entry.id}" (first at ${prev})`);
    else seen.set(entry.id, `${file}:${line}`);
  }
  if (problems.length) throw new LexiconError(problems);
}
