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

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix(0x9e3779b9 + i * 0x632be5ab));

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of the folded text as [start, end) pairs. Folding (NFKD, marks dropped) changes nothing
 * in ASCII text, the common case, where a word is then a run of [a-z0-9] found by a scan.
 */
function wordSpans(text: string): { s: string; spans: number[] } {
  const spans: number[] = [];
  if (NON_ASCII.test(text)) {
    const s = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    WORD.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = WORD.exec(s)); ) spans.push(m.index, m.index + m[0].length);
    return { s, spans };
  }
  const s = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      spans.push(start, i);
      start = -1;
    }
  }
  return { s, spans };
}

/** fnv1a of words [from, to) joined by single spaces, without building the string. */
function wordsHash(s: string, spans: number[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    for (let i = spans[2 * w], end = spans[2 * w + 1]; i < end; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** Word shingles of the text, lower-cased with diacritics folded, hashed to 32 bits. */
export function shingles(text: string): Set<number> {
  const { s, spans } = wordSpans(text);
  const words = spans.length / 2;
  const out = new Set<number>();
  if (words < SHINGLE) {
    if (words) out.add(wordsHash(s, spans, 0, words));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words; i++) out.add(wordsHash(s, spans, i, i + SHINGLE));
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
