import { join } from 'node:path';
import { CameoCodeEntry } from '../lexicon/schemas.js';
import { loadJsonl, dataDir } from '../lexicon/load.js';

let table: Map<string, CameoCodeEntry> | null = null;

function codes(): Map<string, CameoCodeEntry> {
  if (!table) {
    table = new Map();
    for (const { entry } of loadJsonl(CameoCodeEntry, [join(dataDir(), 'cameo', 'codes.jsonl')])) table.set(entry.code, entry);
  }
  return table;
}

/** The CAMEO table entry of a code; unknown 4-digit codes fall back to their 3-digit parent. */
export function cameo(code: string): CameoCodeEntry | undefined {
  const t = codes();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const e = t.get(c);
    if (e) return c === code ? e : { ...e, code };
  }
  return undefined;
}

export function isCameoCode(code: string): boolean {
  return codes().has(code);
}

export function rootOf(code: string): string {
  return code.slice(0, 2);
}
