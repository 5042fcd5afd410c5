// Shipped model files (models/<name>/<name>.json header + <name>.bin weights), found from this
// module whether it runs from src/ or dist/, and the seeded randomness their training shares.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** models/<name>/, the first one up from this module that holds <name>.json. */
export function modelDir(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'models', name);
    if (existsSync(join(candidate, `${name}.json`))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`attache models/${name}/ folder not found beside the package`);
}

/** A model's JSON header, checked for its format, and its binary weights. */
export function readModelFiles<H extends { format: string }>(dir: string, name: string, format: string): { header: H; bin: Uint8Array } {
  const header = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as H;
  if (header.format !== format) throw new Error(`${dir}/${name}.json: not an ${format} model`);
  const buf = readFileSync(join(dir, `${name}.bin`));
  return { header, bin: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
}

/**
 * Where each hash bucket's run of (weight, class) entries starts, from the file's one-byte run
 * lengths: both the parser and the tagger store their pruned weights this way.
 */
export function rowOffsets(rowLen: Uint8Array, buckets: number, nnz: number, what: string): Uint32Array {
  if (rowLen.length !== buckets) throw new Error(`${what} model: truncated file`);
  const offsets = new Uint32Array(buckets + 1);
  let acc = 0;
  for (let i = 0; i < buckets; i++) {
    offsets[i] = acc;
    acc += rowLen[i];
  }
  offsets[buckets] = acc;
  if (acc !== nnz) throw new Error(`${what} model: row lengths do not add up`);
  return offsets;
}

/** Seeded PRNG (mulberry32): training is deterministic for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
