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
 * The words of the folded text as [start, end) pairs. Folding (NFKD, marks dropped) changes no word
 * of a text whose only non-ASCII characters are SEPARATORS, the common case, where a word is then a
 * run of [a-z0-9] found by a scan; other texts are folded first.
 */
function wordSpans(text: string): { s: string; spans: number[] } {
  const spans: number[] = [];
  const s = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (c > 127 && !SEPARATORS.has(c)) return foldedWordSpans(text);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      spans.push(start, i);
      start = -1;
    }
  }
  return { s, spans };
}

function foldedWordSpans(text: string): { s: string; spans: number[] } {
  const spans: number[] = [];
  const s = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WORD.exec(s)); ) spans.push(m.index, m.index + m[0].length);
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

/** The hash of every word shingle in text order, repeats included (a minimum does not see them). */
function shingleHashes(text: string): Uint32Array {
  const { s, spans } = wordSpans(text);
  const words = spans.length / 2;
  if (words < SHINGLE) return words ? Uint32Array.of(wordsHash(s, spans, 0, words)) : new Uint32Array(0);
  const out = new Uint32Array(words - SHINGLE + 1);
  for (let i = 0; i < out.length; i++) out[i] = wordsHash(s, spans, i, i + SHINGLE);
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
