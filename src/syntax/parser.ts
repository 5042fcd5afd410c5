// A greedy arc-eager transition-based dependency parser with an averaged perceptron over hashed
// sparse features (the Zhang & Nivre 2011 feature set, without beam search). It produces
// Universal Dependencies heads and relations from word forms and UPOS tags.
//
// Transitions: SHIFT, REDUCE, LEFT-ARC(label), RIGHT-ARC(label). Class ids:
//   0 = SHIFT, 1 = REDUCE, 2 + l = LEFT-ARC(label l), 2 + L + l = RIGHT-ARC(label l).
// Token 0 is the artificial root; it stays at the bottom of the stack. At most one token is
// attached to the root; tokens left without a head when the buffer empties are attached by
// a fixed fallback (see finish()).

import { modelDir, readModelFiles, rowOffsets } from './model-files.js';
import { loadClusters, prefixCode, checkClusterTable } from './clusters.js';

export const SHIFT = 0;
export const REDUCE = 1;

export const UPOS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
const POS_ID = new Map<string, number>(UPOS_TAGS.map((t, i) => [t, i + 2]));
/** 0 = no token, 1 = root, 2.. = UPOS, 19 = unknown tag (e.g. wink's SPACE) */
function posId(tag: string): number {
  return POS_ID.get(tag) ?? 19;
}

const NONE_WORD = 0x1234567;
const ROOT_WORD = 0x7654321;

/** FNV-1a over UTF-16 code units of the lower-cased form. */
export function wordHash(form: string): number {
  const s = form.toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** 1 lower, 2 Capitalised, 3 ALLCAPS, 4 has a digit, 5 other */
function shapeOf(w: string): number {
  if (/\d/.test(w)) return 4;
  if (/^[a-z]/.test(w)) return 1;
  if (/^[A-Z][^A-Z]*$/.test(w)) return 2;
  if (/^[A-Z]+$/.test(w)) return 3;
  return 5;
}

function fh(t: number, a: number, b: number, c: number): number {
  let x = Math.imul(t + 1, 0x9e3779b1);
  x = Math.imul(x ^ a, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x ^ b, 0xc2b2ae35);
  x ^= x >>> 16;
  x = Math.imul(x ^ c, 0x27d4eb2f);
  x ^= x >>> 15;
  return x;
}

export const MAX_FEATURES = 120;

/** Parser state for one sentence. Index 0 is the root; tokens are 1..n. */
export class State {
  n: number;
  w: Int32Array;
  p: Int32Array;
  head: Int32Array;
  label: Int32Array;
  lm: Int32Array;
  lm2: Int32Array;
  rm: Int32Array;
  rm2: Int32Array;
  nl: Int32Array;
  nr: Int32Array;
  lset: Int32Array;
  rset: Int32Array;
  stack: Int32Array;
  inStack: Uint8Array;
  sp = 0;
  b = 1;
  rootChild = -1;
  /** suffix (last 3 chars, lower-cased) hash and orthographic shape, for feature set 2 */
  sfx: Int32Array | null = null;
  shape: Int32Array | null = null;
  /** word-cluster path codes: full path, 4- and 6-bit prefixes (feature set 4) */
  cf: Int32Array | null = null;
  c4: Int32Array | null = null;
  c6: Int32Array | null = null;

  constructor(words: string[], upos: string[], readonly featureSet = 1) {
    const n = words.length;
    this.n = n;
    const m = n + 1;
    this.w = new Int32Array(m);
    this.p = new Int32Array(m);
    this.w[0] = ROOT_WORD;
    this.p[0] = 1;
    for (let i = 0; i < n; i++) {
      this.w[i + 1] = wordHash(words[i]);
      this.p[i + 1] = posId(upos[i]);
    }
    if (featureSet >= 2) {
      this.sfx = new Int32Array(m);
      this.shape = new Int32Array(m);
      this.sfx[0] = ROOT_WORD;
      for (let i = 0; i < n; i++) {
        const w = words[i];
        this.sfx[i + 1] = wordHash(w.length > 3 ? w.slice(-3) : w);
        this.shape[i + 1] = shapeOf(w);
      }
    }
    if (featureSet >= 4) {
      const cl = loadClusters();
      this.cf = new Int32Array(m);
      this.c4 = new Int32Array(m);
      this.c6 = new Int32Array(m);
      this.cf[0] = this.c4[0] = this.c6[0] = -2;
      for (let i = 0; i < n; i++) {
        const c = cl.code(words[i]);
        this.cf[i + 1] = c;
        this.c4[i + 1] = prefixCode(c, 4);
        this.c6[i + 1] = prefixCode(c, 6);
      }
    }
    this.head = new Int32Array(m).fill(-1);
    this.label = new Int32Array(m).fill(-1);
    this.lm = new Int32Array(m).fill(-1);
    this.lm2 = new Int32Array(m).fill(-1);
    this.rm = new Int32Array(m).fill(-1);
    this.rm2 = new Int32Array(m).fill(-1);
    this.nl = new Int32Array(m);
    this.nr = new Int32Array(m);
    this.lset = new Int32Array(m);
    this.rset = new Int32Array(m);
    this.stack = new Int32Array(m);
    this.inStack = new Uint8Array(m);
    this.stack[0] = 0;
    this.inStack[0] = 1;
    this.sp = 1;
  }

  done(): boolean {
    return this.b > this.n;
  }

  s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1;
  }

  addArc(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    if (h === 0) this.rootChild = d;
    if (d < h) {
      this.nl[h]++;
      this.lset[h] |= 1 << (l & 31);
      if (this.lm[h] < 0 || d < this.lm[h]) {
        this.lm2[h] = this.lm[h];
        this.lm[h] = d;
      } else if (this.lm2[h] < 0 || d < this.lm2[h]) this.lm2[h] = d;
    } else {
      this.nr[h]++;
      this.rset[h] |= 1 << (l & 31);
      if (this.rm[h] < 0 || d > this.rm[h]) {
        this.rm2[h] = this.rm[h];
        this.rm[h] = d;
      } else if (this.rm2[h] < 0 || d > this.rm2[h]) this.rm2[h] = d;
    }
  }

  /** Writes the legality of each class (1/0) into legal; nLabels = L. */
  legal(nLabels: number, out: Uint8Array): void {
    const s0 = this.s0();
    const canShift = this.b <= this.n ? 1 : 0;
    out[SHIFT] = canShift;
    out[REDUCE] = s0 > 0 && this.head[s0] >= 0 ? 1 : 0;
    const la = s0 > 0 && this.head[s0] < 0 && canShift ? 1 : 0;
    const ra = s0 >= 0 && canShift && (s0 !== 0 || this.rootChild < 0) ? 1 : 0;
    for (let l = 0; l < nLabels; l++) {
      out[2 + l] = la;
      out[2 + nLabels + l] = ra;
    }
  }

  apply(cls: number, nLabels: number): void {
    if (cls === SHIFT) {
      this.stack[this.sp++] = this.b;
      this.inStack[this.b] = 1;
      this.b++;
    } else if (cls === REDUCE) {
      const s0 = this.stack[--this.sp];
      this.inStack[s0] = 0;
    } else if (cls < 2 + nLabels) {
      const s0 = this.stack[--this.sp];
      this.inStack[s0] = 0;
      this.addArc(this.b, s0, cls - 2);
    } else {
      const s0 = this.stack[this.sp - 1];
      this.addArc(s0, this.b, cls - 2 - nLabels);
      this.stack[this.sp++] = this.b;
      this.inStack[this.b] = 1;
      this.b++;
    }
  }

  /** Attaches tokens left without a head: to the root if it has no child yet, else to the root's child. */
  finish(punctLabel: number, depLabel: number, rootLabel: number): void {
    for (let i = 1; i <= this.n; i++) {
      if (this.head[i] >= 0) continue;
      if (this.rootChild < 0) {
        this.head[i] = 0;
        this.label[i] = rootLabel;
        this.rootChild = i;
      }
    }
    for (let i = 1; i <= this.n; i++) {
      if (this.head[i] >= 0) continue;
      this.head[i] = this.rootChild;
      this.label[i] = this.p[i] === POS_ID.get('PUNCT') ? punctLabel : depLabel;
    }
  }

  /** Fills out with hashed feature values; returns the count. */
  features(out: Int32Array): number {
    const n = this.n;
    const W = this.w;
    const P = this.p;
    const head = this.head;
    const lab = this.label;
    const sp = this.sp;
    const s0 = sp > 0 ? this.stack[sp - 1] : -1;
    const s1 = sp > 1 ? this.stack[sp - 2] : -1;
    const n0 = this.b <= n ? this.b : -1;
    const n1 = this.b + 1 <= n ? this.b + 1 : -1;
    const n2 = this.b + 2 <= n ? this.b + 2 : -1;
    const s0h = s0 >= 0 ? head[s0] : -1;
    const s0h2 = s0h >= 0 ? head[s0h] : -1;
    const s0l = s0 >= 0 ? this.lm[s0] : -1;
    const s0l2 = s0 >= 0 ? this.lm2[s0] : -1;
    const s0r = s0 >= 0 ? this.rm[s0] : -1;
    const s0r2 = s0 >= 0 ? this.rm2[s0] : -1;
    const n0l = n0 >= 0 ? this.lm[n0] : -1;
    const n0l2 = n0 >= 0 ? this.lm2[n0] : -1;

    const s0w = s0 >= 0 ? W[s0] : NONE_WORD, s0p = s0 >= 0 ? P[s0] : 0;
    const s1w = s1 >= 0 ? W[s1] : NONE_WORD, s1p = s1 >= 0 ? P[s1] : 0;
    const n0w = n0 >= 0 ? W[n0] : NONE_WORD, n0p = n0 >= 0 ? P[n0] : 0;
    const n1w = n1 >= 0 ? W[n1] : NONE_WORD, n1p = n1 >= 0 ? P[n1] : 0;
    const n2w = n2 >= 0 ? W[n2] : NONE_WORD, n2p = n2 >= 0 ? P[n2] : 0;
    const s0hw = s0h >= 0 ? W[s0h] : NONE_WORD, s0hp = s0h >= 0 ? P[s0h] : 0;
    const s0h2w = s0h2 >= 0 ? W[s0h2] : NONE_WORD, s0h2p = s0h2 >= 0 ? P[s0h2] : 0;
    const s0lw = s0l >= 0 ? W[s0l] : NONE_WORD, s0lp = s0l >= 0 ? P[s0l] : 0, s0ll = s0l >= 0 ? lab[s0l] + 1 : 0;
    const s0l2w = s0l2 >= 0 ? W[s0l2] : NONE_WORD, s0l2p = s0l2 >= 0 ? P[s0l2] : 0, s0l2l = s0l2 >= 0 ? lab[s0l2] + 1 : 0;
    const s0rw = s0r >= 0 ? W[s0r] : NONE_WORD, s0rp = s0r >= 0 ? P[s0r] : 0, s0rl = s0r >= 0 ? lab[s0r] + 1 : 0;
    const s0r2w = s0r2 >= 0 ? W[s0r2] : NONE_WORD, s0r2p = s0r2 >= 0 ? P[s0r2] : 0, s0r2l = s0r2 >= 0 ? lab[s0r2] + 1 : 0;
    const n0lw = n0l >= 0 ? W[n0l] : NONE_WORD, n0lp = n0l >= 0 ? P[n0l] : 0, n0ll = n0l >= 0 ? lab[n0l] + 1 : 0;
    const n0l2w = n0l2 >= 0 ? W[n0l2] : NONE_WORD, n0l2p = n0l2 >= 0 ? P[n0l2] : 0, n0l2l = n0l2 >= 0 ? lab[n0l2] + 1 : 0;
    const s0hl = s0 >= 0 ? lab[s0] + 1 : 0;
    let dist = s0 >= 0 && n0 >= 0 ? (s0 === 0 ? 15 : n0 - s0) : 0;
    if (dist > 10 && dist !== 15) dist = dist > 20 ? 12 : 11;
    const s0vl = s0 >= 0 ? this.nl[s0] : 0, s0vr = s0 >= 0 ? this.nr[s0] : 0;
    const n0vl = n0 >= 0 ? this.nl[n0] : 0;
    const s0sl = s0 >= 0 ? this.lset[s0] : 0, s0sr = s0 >= 0 ? this.rset[s0] : 0;
    const n0sl = n0 >= 0 ? this.lset[n0] : 0;
    const s0hasHead = s0 >= 0 && head[s0] >= 0 ? 1 : 0;

    let k = 0;
    out[k++] = fh(0, 0, 0, 0); // bias
    // single words
    out[k++] = fh(1, s0w, s0p, 0);
    out[k++] = fh(2, s0w, 0, 0);
    out[k++] = fh(3, s0p, 0, 0);
    out[k++] = fh(4, n0w, n0p, 0);
    out[k++] = fh(5, n0w, 0, 0);
    out[k++] = fh(6, n0p, 0, 0);
    out[k++] = fh(7, n1w, n1p, 0);
    out[k++] = fh(8, n1w, 0, 0);
    out[k++] = fh(9, n1p, 0, 0);
    out[k++] = fh(10, n2w, n2p, 0);
    out[k++] = fh(11, n2w, 0, 0);
    out[k++] = fh(12, n2p, 0, 0);
    // word pairs
    out[k++] = fh(13, s0w, s0p, fh(0, n0w, n0p, 0));
    out[k++] = fh(14, s0w, s0p, n0w);
    out[k++] = fh(15, s0w, n0w, n0p);
    out[k++] = fh(16, s0w, s0p, n0p);
    out[k++] = fh(17, s0p, n0w, n0p);
    out[k++] = fh(18, s0w, n0w, 0);
    out[k++] = fh(19, s0p, n0p, 0);
    out[k++] = fh(20, n0p, n1p, 0);
    // three words
    out[k++] = fh(21, n0p, n1p, n2p);
    out[k++] = fh(22, s0p, n0p, n1p);
    out[k++] = fh(23, s0hp, s0p, n0p);
    out[k++] = fh(24, s0p, s0lp, n0p);
    out[k++] = fh(25, s0p, s0rp, n0p);
    out[k++] = fh(26, s0p, n0p, n0lp);
    // distance
    out[k++] = fh(27, s0w, dist, 0);
    out[k++] = fh(28, s0p, dist, 0);
    out[k++] = fh(29, n0w, dist, 0);
    out[k++] = fh(30, n0p, dist, 0);
    out[k++] = fh(31, s0w, n0w, dist);
    out[k++] = fh(32, s0p, n0p, dist);
    // valency
    out[k++] = fh(33, s0w, s0vr, 0);
    out[k++] = fh(34, s0p, s0vr, 0);
    out[k++] = fh(35, s0w, s0vl, 0);
    out[k++] = fh(36, s0p, s0vl, 0);
    out[k++] = fh(37, n0w, n0vl, 0);
    out[k++] = fh(38, n0p, n0vl, 0);
    // unigrams of head / children
    out[k++] = fh(39, s0hw, 0, 0);
    out[k++] = fh(40, s0hp, 0, 0);
    out[k++] = fh(41, s0hl, 0, 0);
    out[k++] = fh(42, s0lw, 0, 0);
    out[k++] = fh(43, s0lp, 0, 0);
    out[k++] = fh(44, s0ll, 0, 0);
    out[k++] = fh(45, s0rw, 0, 0);
    out[k++] = fh(46, s0rp, 0, 0);
    out[k++] = fh(47, s0rl, 0, 0);
    out[k++] = fh(48, n0lw, 0, 0);
    out[k++] = fh(49, n0lp, 0, 0);
    out[k++] = fh(50, n0ll, 0, 0);
    // third order
    out[k++] = fh(51, s0h2w, 0, 0);
    out[k++] = fh(52, s0h2p, 0, 0);
    out[k++] = fh(53, s0l2w, 0, 0);
    out[k++] = fh(54, s0l2p, 0, 0);
    out[k++] = fh(55, s0l2l, 0, 0);
    out[k++] = fh(56, s0r2w, 0, 0);
    out[k++] = fh(57, s0r2p, 0, 0);
    out[k++] = fh(58, s0r2l, 0, 0);
    out[k++] = fh(59, n0l2w, 0, 0);
    out[k++] = fh(60, n0l2p, 0, 0);
    out[k++] = fh(61, n0l2l, 0, 0);
    out[k++] = fh(62, s0p, s0lp, s0l2p);
    out[k++] = fh(63, s0p, s0rp, s0r2p);
    out[k++] = fh(64, s0p, s0hp, s0h2p);
    out[k++] = fh(65, n0p, n0lp, n0l2p);
    // label sets
    out[k++] = fh(66, s0w, s0sr, 0);
    out[k++] = fh(67, s0p, s0sr, 0);
    out[k++] = fh(68, s0w, s0sl, 0);
    out[k++] = fh(69, s0p, s0sl, 0);
    out[k++] = fh(70, n0w, n0sl, 0);
    out[k++] = fh(71, n0p, n0sl, 0);
    // extras: s1, whether s0 already has a head (arc-eager specific)
    out[k++] = fh(72, s1w, s1p, 0);
    out[k++] = fh(73, s1p, s0p, n0p);
    out[k++] = fh(74, s0hasHead, s0p, n0p);
    out[k++] = fh(75, s0hasHead, s0w, n0p);
    out[k++] = fh(76, s0hasHead, s0p, n0w);
    out[k++] = fh(77, s0hl, s0p, n0p);
    out[k++] = fh(78, s1w, s0p, n0p);
    out[k++] = fh(79, n0w, n1w, 0);
    out[k++] = fh(80, s0p, n0p, n1w);
    if (this.featureSet >= 2) {
      const sfx = this.sfx as Int32Array;
      const shape = this.shape as Int32Array;
      const s0x = s0 >= 0 ? sfx[s0] : NONE_WORD, n0x = n0 >= 0 ? sfx[n0] : NONE_WORD, n1x = n1 >= 0 ? sfx[n1] : NONE_WORD;
      const s0s = s0 >= 0 ? shape[s0] : 0, n0s = n0 >= 0 ? shape[n0] : 0;
      out[k++] = fh(81, s0x, s0p, 0);
      out[k++] = fh(82, n0x, n0p, 0);
      out[k++] = fh(83, n1x, n1p, 0);
      out[k++] = fh(84, s0s, s0p, n0p);
      out[k++] = fh(85, n0s, n0p, s0p);
      out[k++] = fh(86, s0w, n0p, n1p);
      out[k++] = fh(87, s0p, n0w, n1p);
      out[k++] = fh(88, s0hp, s0p, n0w);
      out[k++] = fh(89, s0rw, n0w, 0);
      out[k++] = fh(90, s0rp, s0rl, n0p);
      out[k++] = fh(91, s0p, n0p, n0ll);
      out[k++] = fh(92, s1w, s0w, 0);
      out[k++] = fh(93, s0x, n0x, 0);
    }
    if (this.featureSet >= 3) {
      const n3 = this.b + 3 <= n ? this.b + 3 : -1;
      const s2 = sp > 2 ? this.stack[sp - 3] : -1;
      const n3p = n3 >= 0 ? P[n3] : 0;
      const s2p = s2 >= 0 ? P[s2] : 0;
      const s1r = s1 >= 0 ? this.rm[s1] : -1;
      const s1rp = s1r >= 0 ? P[s1r] : 0, s1rl = s1r >= 0 ? lab[s1r] + 1 : 0;
      out[k++] = fh(94, n1p, n2p, n3p);
      out[k++] = fh(95, s2p, s1p, s0p);
      out[k++] = fh(96, s1p, s1rp, s0p);
      out[k++] = fh(97, s1rl, s0p, n0p);
      out[k++] = fh(98, n0w, n1w, n1p);
      out[k++] = fh(99, s0w, s0p, fh(1, n0p, n1p, 0));
    }
    if (this.featureSet >= 4) {
      // word clusters in place of words (Koo, Carreras & Collins 2008)
      const cf = this.cf as Int32Array, c4 = this.c4 as Int32Array, c6 = this.c6 as Int32Array;
      const s0f = s0 >= 0 ? cf[s0] : -1, n0f = n0 >= 0 ? cf[n0] : -1, n1f = n1 >= 0 ? cf[n1] : -1;
      const s04 = s0 >= 0 ? c4[s0] : -1, n04 = n0 >= 0 ? c4[n0] : -1;
      const s06 = s0 >= 0 ? c6[s0] : -1, n06 = n0 >= 0 ? c6[n0] : -1, n16 = n1 >= 0 ? c6[n1] : -1;
      const s0h6 = s0h >= 0 ? c6[s0h] : -1, s16 = s1 >= 0 ? c6[s1] : -1;
      out[k++] = fh(100, s0f, s0p, 0);
      out[k++] = fh(101, n0f, n0p, 0);
      out[k++] = fh(102, n1f, n1p, 0);
      out[k++] = fh(103, s04, n04, 0);
      out[k++] = fh(104, s06, n06, 0);
      out[k++] = fh(105, s0f, n0f, 0);
      out[k++] = fh(106, s06, s0p, n0p);
      out[k++] = fh(107, s0p, n06, n0p);
      out[k++] = fh(108, s0h6, s06, n06);
      out[k++] = fh(109, n06, n16, 0);
      out[k++] = fh(110, s06, n06, dist);
      out[k++] = fh(111, s16, s06, n06);
    }
    return k;
  }
}

/** Scores classes for a set of features. */
export interface Scorer {
  readonly nClasses: number;
  readonly mask: number;
  score(feats: Int32Array, nf: number, scores: Float32Array): void;
}

/**
 * The shipped form: per hash bucket, a run of packed entries (quantised weight << 8 | class)
 * in one Int32Array, so that a feature costs two memory reads (offset, run). Scores are sums of
 * quantised weights (exact in Float32 at these magnitudes); the common scale does not change the argmax.
 */
export class SparseModel implements Scorer {
  readonly nClasses: number;
  readonly mask: number;
  constructor(
    nClasses: number,
    buckets: number,
    private readonly offsets: Uint32Array,
    private readonly packed: Int32Array,
  ) {
    this.nClasses = nClasses;
    this.mask = buckets - 1;
  }

  score(feats: Int32Array, nf: number, scores: Float32Array): void {
    const acc = new Int32Array(this.nClasses);
    this.scoreInt(feats, nf, acc);
    for (let c = 0; c < this.nClasses; c++) scores[c] = acc[c];
  }

  private readonly starts = new Uint32Array(256);
  private readonly ends = new Uint32Array(256);

  /**
   * Integer sums of quantised weights (the fast path the parser uses). The work is memory-bound
   * (two cache misses a feature), so the row bounds of all features are read first, then the first
   * entry of every row, in loops whose loads do not depend on each other and overlap; the sums are
   * then made from cache.
   */
  scoreInt(feats: Int32Array, nf: number, scores: Int32Array): void {
    scores.fill(0);
    const off = this.offsets;
    const data = this.packed;
    const mask = this.mask;
    const starts = this.starts;
    const ends = this.ends;
    for (let f = 0; f < nf; f++) {
      const bkt = feats[f] & mask;
      starts[f] = off[bkt];
      ends[f] = off[bkt + 1];
    }
    let touch = 0;
    for (let f = 0; f < nf; f++) touch |= data[starts[f]];
    this.sink = touch;
    for (let f = 0; f < nf; f++) {
      const end = ends[f];
      let j = starts[f];
      // Two entries at a time: a row's classes are distinct, so the two updates never touch the same score.
      for (; j + 1 < end; j += 2) {
        const e0 = data[j];
        const e1 = data[j + 1];
        scores[e0 & 255] += e0 >> 8;
        scores[e1 & 255] += e1 >> 8;
      }
      if (j < end) {
        const e = data[j];
        scores[e & 255] += e >> 8;
      }
    }
  }
  /** keeps the touching loop from being optimised away */
  sink = 0;
}

export interface ParseResult {
  /** 1-based heads, 0 = root */
  head: number[];
  deprel: string[];
}

export interface ModelHeader {
  format: 'attache-parser';
  version: number;
  buckets: number;
  labels: string[];
  nnz: number;
  scale: number;
  [key: string]: unknown;
}

export class Parser {
  readonly labels: string[];
  readonly nLabels: number;
  private readonly scores: Float32Array;
  private readonly iscores: Int32Array;
  private readonly feats = new Int32Array(MAX_FEATURES);
  private legalBuf: Uint8Array;
  private readonly punct: number;
  private readonly dep: number;
  private readonly root: number;

  constructor(
    readonly model: Scorer,
    labels: string[],
    readonly featureSet = 1,
  ) {
    this.labels = labels;
    this.nLabels = labels.length;
    this.scores = new Float32Array(model.nClasses);
    this.iscores = new Int32Array(model.nClasses);
    this.legalBuf = new Uint8Array(model.nClasses);
    this.punct = Math.max(0, labels.indexOf('punct'));
    this.dep = Math.max(0, labels.indexOf('dep'));
    this.root = Math.max(0, labels.indexOf('root'));
  }

  /** Parses one pre-tokenised sentence with its UPOS tags. */
  parse(words: string[], upos: string[]): ParseResult {
    if (words.length !== upos.length) throw new Error('parse: words and upos differ in length');
    const st = new State(words, upos, this.featureSet);
    const L = this.nLabels;
    const C = this.model.nClasses;
    const scores = this.scores;
    const legal = this.legalBuf;
    const sparse = this.model instanceof SparseModel ? this.model : null;
    const iscores = this.iscores;
    while (!st.done()) {
      const nf = st.features(this.feats);
      if (sparse) {
        // integer scores; legality is per transition type, so the argmax runs over whole ranges
        sparse.scoreInt(this.feats, nf, iscores);
        st.legal(L, legal);
        let best = -1;
        let bestScore = -Infinity;
        if (legal[SHIFT]) {
          best = SHIFT;
          bestScore = iscores[SHIFT];
        }
        if (legal[REDUCE] && iscores[REDUCE] > bestScore) {
          best = REDUCE;
          bestScore = iscores[REDUCE];
        }
        const from = legal[2] ? 2 : 2 + L;
        const to = legal[2 + L] ? C : 2 + L;
        for (let c = from; c < to; c++) {
          if (iscores[c] > bestScore) {
            bestScore = iscores[c];
            best = c;
          }
        }
        st.apply(best, L);
        continue;
      }
      this.model.score(this.feats, nf, scores);
      st.legal(L, legal);
      let best = -1;
      let bestScore = -Infinity;
      for (let c = 0; c < C; c++) {
        if (legal[c] && scores[c] > bestScore) {
          bestScore = scores[c];
          best = c;
        }
      }
      st.apply(best, L);
    }
    st.finish(this.punct, this.dep, this.root);
    const head: number[] = new Array(st.n);
    const deprel: string[] = new Array(st.n);
    for (let i = 1; i <= st.n; i++) {
      head[i - 1] = st.head[i];
      deprel[i - 1] = this.labels[st.label[i]] ?? 'dep';
    }
    return { head, deprel };
  }
}

/** Decodes the binary model: Int16 weights[nnz], Uint8 classes[nnz], Uint8 row lengths[buckets]. */
export function decodeModel(header: ModelHeader, bin: Uint8Array): Parser {
  // header.scale (weight = q * scale) is not needed for the argmax: scores stay in quantised units
  const { buckets, nnz } = header;
  const nClasses = 2 + 2 * header.labels.length;
  const padded = nnz * 2;
  const q = new Int16Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + padded));
  const cls = bin.slice(padded, padded + nnz);
  const offsets = rowOffsets(bin.subarray(padded + nnz, padded + nnz + buckets), buckets, nnz, 'parser');
  const packed = new Int32Array(nnz);
  for (let i = 0; i < nnz; i++) packed[i] = (q[i] << 8) | cls[i];
  const featureSet = typeof header.featureSet === 'number' ? header.featureSet : 1;
  if (featureSet >= 4) checkClusterTable(header.clusters, 'parser');
  return new Parser(new SparseModel(nClasses, buckets, offsets, packed), header.labels, featureSet);
}


export function loadParserFrom(dir: string): Parser {
  const { header, bin } = readModelFiles<ModelHeader>(dir, 'parser', 'attache-parser');
  return decodeModel(header, bin);
}

let shipped: Parser | null = null;

/** Loads the shipped model once (lazily) and returns it. */
export function loadParser(): Parser {
  if (!shipped) shipped = loadParserFrom(modelDir('parser'));
  return shipped;
}

/** Parses with the shipped model. Heads are 1-based, 0 = root. */
export function parse(words: string[], upos: string[]): ParseResult {
  return loadParser().parse(words, upos);
}
