// Distributional word clusters (a binary hierarchy, as in Brown clustering): each known word has a
// bit-string path; features use prefixes of the path (Koo, Carreras & Collins 2008) so that rare words
// share weights with frequent words that occur in the same contexts. Learned from raw news by
// scripts/train-clusters.ts; shipped as models/clusters/clusters.json (header) + clusters.tsv
// ("bits<TAB>word" lines).
//
// A path is coded as one integer: a leading 1 bit followed by the path's bits ("0110" -> 0b10110),
// so prefixes of different lengths never collide and 0 means "unknown word".

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelDir } from './model-files.js';

/** The form a word is looked up by: lower-cased, every digit mapped to 0. */
export function clusterKey(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, '0');
}

/** "0110" -> 0b10110; "" (the root) -> 1. Paths are at most 30 bits. */
export function pathCode(bits: string): number {
  let c = 1;
  for (let i = 0; i < bits.length && i < 30; i++) c = (c << 1) | (bits.charCodeAt(i) === 49 ? 1 : 0);
  return c;
}

/** The code of the first k bits of a path code (the whole code if it is shorter); 0 stays 0. */
export function prefixCode(code: number, k: number): number {
  if (code <= 0) return 0;
  const len = 31 - Math.clz32(code);
  return len <= k ? code : code >>> (len - k);
}

export interface ClustersHeader {
  format: 'attache-clusters';
  version: number;
  words: number;
  fingerprint: string;
  [key: string]: unknown;
}

export class Clusters {
  constructor(
    private readonly map: Map<string, number>,
    readonly fingerprint: string,
  ) {}
  /** The path code of a word (0 = not in the table). */
  code(word: string): number {
    // most words are already in key form: keys are lower-case with no digit but 0, so a direct hit
    // is always the right one and saves building the key
    const direct = this.map.get(word);
    if (direct !== undefined) return direct;
    return this.map.get(clusterKey(word)) ?? 0;
  }
  get size(): number {
    return this.map.size;
  }
}

/** FNV-1a (32 bit) of a string, as 8 hex digits: identifies a cluster table. */
export function fingerprintOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Parses "bits<TAB>word" lines. */
export function parseClusters(tsv: string): Clusters {
  const map = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`clusters: bad line "${line.slice(0, 40)}"`);
    map.set(line.slice(tab + 1), pathCode(line.slice(0, tab)));
  }
  return new Clusters(map, fingerprintOf(tsv));
}

export function loadClustersFrom(dir: string): Clusters {
  const header = JSON.parse(readFileSync(join(dir, 'clusters.json'), 'utf8')) as ClustersHeader;
  if (header.format !== 'attache-clusters') throw new Error(`${dir}/clusters.json: not an attache-clusters table`);
  const c = parseClusters(readFileSync(join(dir, 'clusters.tsv'), 'utf8'));
  if (c.fingerprint !== header.fingerprint) throw new Error(`${dir}/clusters.tsv does not match its header (fingerprint)`);
  return c;
}

let shipped: Clusters | null = null;
let override: Clusters | null = null;

/** The shipped cluster table (models/clusters/), loaded once; or the one set by useClusters(). */
export function loadClusters(): Clusters {
  if (override) return override;
  if (!shipped) shipped = loadClustersFrom(modelDir('clusters'));
  return shipped;
}

/** Makes loadClusters() return this table (training experiments and tests); null restores the shipped one. */
export function useClusters(c: Clusters | null): void {
  override = c;
}

/** The fingerprint of the table loadClusters() returns, or null when there is none. */
export function clustersFingerprint(): string | null {
  try {
    return loadClusters().fingerprint;
  } catch {
    return null;
  }
}

/** A model trained with word clusters refuses to load against a different cluster table. */
export function checkClusterTable(fingerprint: unknown, what: string): void {
  const found = loadClusters().fingerprint;
  if (fingerprint !== found) throw new Error(`${what} model: trained with cluster table ${String(fingerprint)}, found ${found}`);
}
