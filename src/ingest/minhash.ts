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

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Non-ASCII characters frequent in news text that fold to no letter, digit or mark (curly quotes,
 * dashes, the ellipsis, no-break space): in a text with no others, folding changes no word.
 */
const SEPARATORS = new Set(
  [...'\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2022\u2026\u2032\u00ab\u00bb\u00b7\u00a7\u00b0\u00a9\u00ae']
    .filter((c) => !/[\p{L}\p{N}\p{M}]/u.test(c.normalize('NFKD')))
    .map((c) => c.charCodeAt(0)),
);

/**
 * The folded text's words, each followed by one space, as char codes, and where each word starts.
 * Folding (NFKD, marks dropped) changes no word of a text whose only non-ASCII characters are
 * SEPARATORS, the common case, where a word is then a run of [a-z0-9] found by a scan; other texts
 * are folded first.
 */
function wordStream(text: string): { codes: Uint16Array; starts: Int32Array; words: number } {
  const codes = new Uint16Array(text.length + 1);
  const starts = new Int32Array((text.length >> 1) + 2);
  let n = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) {
      if (!SEPARATORS.has(c)) return foldedWordStream(text);
      c = 0;
    } else if (c >= 65 && c <= 90) c += 32;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (!inWord) {
        starts[words++] = n;
        inWord = true;
      }
      codes[n++] = c;
    } else if (inWord) {
      codes[n++] = 32;
      inWord = false;
    }
  }
  if (inWord) codes[n++] = 32;
  starts[words] = n;
  return { codes, starts, words };
}

function foldedWordStream(text: string): { codes: Uint16Array; starts: Int32Array; words: number } {
  const s = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const codes = new Uint16Array(s.length + 1);
  const starts: number[] = [];
  let n = 0;
  WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WORD.exec(s)); ) {
    starts.push(n);
    for (let i = m.index, end = m.index + m[0].length; i < end; i++) codes[n++] = s.charCodeAt(i);
    codes[n++] = 32;
  }
  const words = starts.length;
  starts.push(n);
  return { codes, starts: Int32Array.from(starts), words };
}

/**
 * The hash of every word shingle in text order, repeats included (a minimum does not see them): fnv1a
 * of the shingle's words joined by single spaces, read straight from the word stream.
 */
function shingleHashes(text: string): Uint32Array {
  const { codes, starts, words } = wordStream(text);
  const span = Math.min(SHINGLE, words);
  const out = new Uint32Array(words ? words - span + 1 : 0);
  for (let w = 0; w < out.length; w++) {
    let h = 0x811c9dc5;
    // the shingle's words and the spaces between them, not the space after the last
    for (let k = starts[w], end = starts[w + span] - 1; k < end; k++) {
      h ^= codes[k];
      h = Math.imul(h, 0x01000193);
    }
    out[w] = h >>> 0;
  }
  return out;
}

/** Word shingles of the text, lower-cased with diacritics folded, hashed to 32 bits. */
export function shingles(text: string): Set<number> {
  return new Set(shingleHashes(text));
}

/** Whether hashes holds at least n distinct values (n is small: a scan against those found so far). */
function hasDistinct(hashes: Uint32Array, n: number): boolean {
  if (hashes.length < n) return false;
  const found: number[] = [];
  for (let j = 0; j < hashes.length && found.length < n; j++) if (!found.includes(hashes[j])) found.push(hashes[j]);
  return found.length >= n;
}

/** The MinHash signature (HASHES 32-bit minima), or null when the text is too short to compare. */
export function signature(text: string): Uint32Array | null {
  const hashes = shingleHashes(text);
  if (!hasDistinct(hashes, MIN_SHINGLES)) return null;
  const sig = new Uint32Array(HASHES);
  // Four hash functions at a time over all shingles (HASHES is a multiple of 4): the running minima stay
  // in registers, and the four independent mixes overlap in the CPU (a third faster than one at a time).
  for (let i = 0; i < HASHES; i += 4) {
    const s0 = SEEDS[i];
    const s1 = SEEDS[i + 1];
    const s2 = SEEDS[i + 2];
    const s3 = SEEDS[i + 3];
    let m0 = 0xffffffff;
    let m1 = m0;
    let m2 = m0;
    let m3 = m0;
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j];
      const v0 = fmix(h ^ s0);
      const v1 = fmix(h ^ s1);
      const v2 = fmix(h ^ s2);
      const v3 = fmix(h ^ s3);
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
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
