// Near-duplicate detection for syndicated copies: MinHash over word 5-shingles, with LSH banding so the
// store can find candidates by exact band keys (docs/STORE.md explains the thresholds).

export const SHINGLE = 5;
export const BANDS = 20;
export const ROWS = 3;
export const HASHES = BANDS * ROWS;
/** estimated Jaccard similarity of shingle sets from which one article is a copy of another */
export const COPY_THRESHOLD = 0.6;
/** texts with fewer shingles than this are too short to call near-duplicates (exact hashes still apply) */
export const MIN_SHINGLES = 8;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix(0x9e3779b9 + i * 0x632be5ab));

/** Word shingles of the text, lower-cased with diacritics folded, hashed to 32 bits. */
export function shingles(text: string): Set<number> {
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** The MinHash signature (HASHES 32-bit minima), or null when the text is too short to compare. */
export function signature(text: string): Uint32Array | null {
  const sh = shingles(text);
  if (sh.size < MIN_SHINGLES) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of sh) {
    for (let i = 0; i < HASHES; i++) {
      const v = fmix(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys: band index × 2^32 + a hash of the band's rows (safe integers, stored in an indexed table). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix(Math.imul(h ^ sig[b * ROWS + r], 0x01000193));
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of equal minima. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(b: Buffer): Uint32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer);
}
