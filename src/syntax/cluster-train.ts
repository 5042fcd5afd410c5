// Learning the word-cluster hierarchy of clusters.ts from raw text (used by scripts/train-clusters.ts).
//
// 1. Count, for the V most frequent word types (clusterKey form), their left and right neighbours
//    among the C most frequent types: a V × 2C matrix of context counts.
// 2. Turn each row into the square root of its context distribution (Hellinger embedding).
// 3. Reduce to `dims` dimensions with a randomized SVD (Halko, Martinsson & Tropp 2011).
// 4. Split the unit-normalised vectors top-down with 2-means (bisecting k-means): the left/right
//    choices along the way are a word's bit-string path, as in a Brown-cluster hierarchy.
// Everything is seeded (mulberry32), so a given corpus gives the same table every time.

import { mulberry32 } from './model-files.js';
import { clusterKey } from './clusters.js';

/**
 * A rough Penn/UD-style tokenizer for counting contexts: splits punctuation, hyphens, "n't" and
 * "'s"/"'re"/… clitics; keeps initialisms like "U.S." and numbers like "3.5" or "1,000" whole.
 */
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|[\p{L}\p{M}\p{N}]+|\S/giu;
export function roughTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Builds type ids incrementally and stores the token stream as ids. */
export class TokenStream {
  readonly ids: Map<string, number> = new Map();
  readonly types: string[] = [];
  counts: number[] = [];
  private buf = new Int32Array(1 << 20);
  length = 0;

  /** Appends one sentence/paragraph; -1 separates segments so contexts do not cross them. */
  add(tokens: string[]): void {
    for (const t of tokens) {
      const k = clusterKey(t);
      let id = this.ids.get(k);
      if (id === undefined) {
        id = this.types.length;
        this.ids.set(k, id);
        this.types.push(k);
        this.counts.push(0);
      }
      this.counts[id]++;
      this.push(id);
    }
    this.push(-1);
  }

  private push(id: number): void {
    if (this.length === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.length++] = id;
  }

  get tokens(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}

/** Sparse rows (CSR). */
export interface Csr {
  rows: number;
  cols: number;
  ptr: Uint32Array;
  idx: Uint32Array;
  val: Float32Array;
}

/**
 * Context matrix: rows = the `vocab` most frequent types, columns = left neighbour (0..C-1) and
 * right neighbour (C..2C-1) among the `contexts` most frequent types (plus a boundary column each).
 * Returns the Hellinger rows and the chosen types (by frequency, ties by string).
 */
export function contextMatrix(stream: TokenStream, vocab: number, contexts: number): { words: string[]; freq: number[]; m: Csr } {
  const order = stream.types.map((_, i) => i).sort((a, b) => stream.counts[b] - stream.counts[a] || (stream.types[a] < stream.types[b] ? -1 : 1));
  const V = Math.min(vocab, order.length);
  const C = Math.min(contexts, order.length);
  const row = new Int32Array(stream.types.length).fill(-1);
  const col = new Int32Array(stream.types.length).fill(-1);
  for (let i = 0; i < V; i++) row[order[i]] = i;
  for (let i = 0; i < C; i++) col[order[i]] = i;
  const D = 2 * (C + 1); // + a "boundary / rare" column on each side
  const dense = new Float32Array(V * D);
  const t = stream.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (w < 0) continue;
    const r = row[w];
    if (r < 0) continue;
    const l = i > 0 && t[i - 1] >= 0 ? col[t[i - 1]] : -1;
    const rt = i + 1 < t.length && t[i + 1] >= 0 ? col[t[i + 1]] : -1;
    dense[r * D + (l < 0 ? C : l)]++;
    dense[r * D + C + 1 + (rt < 0 ? C : rt)]++;
  }
  // Hellinger: sqrt of the context distribution, per side
  const ptr = new Uint32Array(V + 1);
  let nnz = 0;
  for (let r = 0; r < V; r++) for (let j = 0; j < D; j++) if (dense[r * D + j] > 0) nnz++;
  const idx = new Uint32Array(nnz);
  const val = new Float32Array(nnz);
  let k = 0;
  for (let r = 0; r < V; r++) {
    ptr[r] = k;
    let left = 0;
    let right = 0;
    for (let j = 0; j <= C; j++) left += dense[r * D + j];
    for (let j = C + 1; j < D; j++) right += dense[r * D + j];
    for (let j = 0; j < D; j++) {
      const c = dense[r * D + j];
      if (c > 0) {
        idx[k] = j;
        val[k] = Math.sqrt(c / (j <= C ? left : right));
        k++;
      }
    }
  }
  ptr[V] = k;
  const words = order.slice(0, V).map((i) => stream.types[i]);
  const freq = order.slice(0, V).map((i) => stream.counts[i]);
  return { words, freq, m: { rows: V, cols: D, ptr, idx, val } };
}

/** Y (rows × R) = A X, X (cols × R) row-major. */
function mulA(a: Csr, x: Float64Array, R: number): Float64Array {
  const y = new Float64Array(a.rows * R);
  for (let r = 0; r < a.rows; r++) {
    const yo = r * R;
    for (let p = a.ptr[r]; p < a.ptr[r + 1]; p++) {
      const v = a.val[p];
      const xo = a.idx[p] * R;
      for (let j = 0; j < R; j++) y[yo + j] += v * x[xo + j];
    }
  }
  return y;
}

/** Z (cols × R) = Aᵀ Y. */
function mulAt(a: Csr, y: Float64Array, R: number): Float64Array {
  const z = new Float64Array(a.cols * R);
  for (let r = 0; r < a.rows; r++) {
    const yo = r * R;
    for (let p = a.ptr[r]; p < a.ptr[r + 1]; p++) {
      const v = a.val[p];
      const zo = a.idx[p] * R;
      for (let j = 0; j < R; j++) z[zo + j] += v * y[yo + j];
    }
  }
  return z;
}

/** Orthonormalises the R columns of an n × R row-major matrix in place (modified Gram–Schmidt). */
function orthonormalise(m: Float64Array, n: number, R: number): void {
  for (let j = 0; j < R; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += m[r * R + i] * m[r * R + j];
      for (let r = 0; r < n; r++) m[r * R + j] -= dot * m[r * R + i];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += m[r * R + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) m[r * R + j] /= norm;
  }
}

/** Eigen-decomposition of a symmetric R × R matrix (cyclic Jacobi); returns values and column vectors, largest first. */
export function symmetricEigen(s: Float64Array, R: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(R * R);
  for (let i = 0; i < R; i++) v[i * R + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < R; p++) for (let q = p + 1; q < R; q++) off += a[p * R + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < R; p++) {
      for (let q = p + 1; q < R; q++) {
        const apq = a[p * R + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * R + q] - a[p * R + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < R; k++) {
          const akp = a[k * R + p];
          const akq = a[k * R + q];
          a[k * R + p] = c * akp - sn * akq;
          a[k * R + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < R; k++) {
          const apk = a[p * R + k];
          const aqk = a[q * R + k];
          a[p * R + k] = c * apk - sn * aqk;
          a[q * R + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < R; k++) {
          const vkp = v[k * R + p];
          const vkq = v[k * R + q];
          v[k * R + p] = c * vkp - sn * vkq;
          v[k * R + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: R }, (_, i) => i).sort((x, y) => a[y * R + y] - a[x * R + x]);
  const values = order.map((i) => a[i * R + i]);
  const vectors = new Float64Array(R * R);
  order.forEach((src, dst) => {
    for (let k = 0; k < R; k++) vectors[k * R + dst] = v[k * R + src];
  });
  return { values, vectors };
}

/** Rows of A projected on its top `dims` right singular vectors (A V_k = U_k Σ_k), unit-normalised. */
export function reduce(a: Csr, dims: number, seed: number, powerIters = 2): Float64Array {
  const R = dims + 16;
  const rand = mulberry32(seed);
  const gauss = (): number => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const omega = new Float64Array(a.cols * R);
  for (let i = 0; i < omega.length; i++) omega[i] = gauss();
  let q = mulA(a, omega, R);
  orthonormalise(q, a.rows, R);
  for (let it = 0; it < powerIters; it++) {
    const z = mulAt(a, q, R);
    orthonormalise(z, a.cols, R);
    q = mulA(a, z, R);
    orthonormalise(q, a.rows, R);
  }
  // B = Qᵀ A (R × cols) is stored transposed as Bt = Aᵀ Q (cols × R); M = B Bᵀ = Btᵀ Bt
  const bt = mulAt(a, q, R);
  const m = new Float64Array(R * R);
  for (let c = 0; c < a.cols; c++) {
    for (let i = 0; i < R; i++) {
      const bi = bt[c * R + i];
      if (bi === 0) continue;
      for (let j = 0; j < R; j++) m[i * R + j] += bi * bt[c * R + j];
    }
  }
  const { values, vectors } = symmetricEigen(m, R);
  // U Σ = Q W Σ, keep the first dims columns
  const out = new Float64Array(a.rows * dims);
  for (let r = 0; r < a.rows; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      let s = 0;
      for (let i = 0; i < R; i++) s += q[r * R + i] * vectors[i * R + d];
      s *= Math.sqrt(Math.max(values[d], 0));
      out[r * dims + d] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) out[r * dims + d] /= norm;
  }
  return out;
}

/**
 * Bisecting 2-means over the rows of x (n × dims): returns each row's bit-string path. A node is
 * not split further at maxDepth or when it has fewer than minSize rows.
 */
export function bisect(x: Float64Array, n: number, dims: number, maxDepth: number, minSize: number, seed: number, weights?: ArrayLike<number>): string[] {
  const wt = (i: number): number => (weights ? weights[i] : 1);
  const paths: string[] = new Array(n).fill('');
  const rand = mulberry32(seed);
  const queue: { members: number[]; path: string }[] = [{ members: Array.from({ length: n }, (_, i) => i), path: '' }];
  const dist = (i: number, c: Float64Array): number => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += (x[i * dims + d] - c[d]) ** 2;
    return s;
  };
  while (queue.length > 0) {
    const { members, path } = queue.shift()!;
    for (const i of members) paths[i] = path;
    if (path.length >= maxDepth || members.length < minSize) continue;
    // k-means++ seeding with 2 centres
    const c0 = new Float64Array(dims);
    const c1 = new Float64Array(dims);
    const first = members[Math.floor(rand() * members.length)];
    for (let d = 0; d < dims; d++) c0[d] = x[first * dims + d];
    let total = 0;
    const dd = members.map((i) => {
      const v = dist(i, c0);
      total += v;
      return v;
    });
    let pick = rand() * total;
    let second = members[members.length - 1];
    for (let k = 0; k < members.length; k++) {
      pick -= dd[k];
      if (pick <= 0) {
        second = members[k];
        break;
      }
    }
    for (let d = 0; d < dims; d++) c1[d] = x[second * dims + d];
    let side = new Uint8Array(members.length);
    for (let iter = 0; iter < 20; iter++) {
      const next = new Uint8Array(members.length);
      let changed = 0;
      members.forEach((i, k) => {
        next[k] = dist(i, c1) < dist(i, c0) ? 1 : 0;
        if (next[k] !== side[k]) changed++;
      });
      side = next;
      c0.fill(0);
      c1.fill(0);
      let n0 = 0;
      let n1 = 0;
      members.forEach((i, k) => {
        const c = side[k] ? c1 : c0;
        const w = wt(i);
        if (side[k]) n1 += w;
        else n0 += w;
        for (let d = 0; d < dims; d++) c[d] += w * x[i * dims + d];
      });
      if (n0 === 0 || n1 === 0) break;
      for (let d = 0; d < dims; d++) {
        c0[d] /= n0;
        c1[d] /= n1;
      }
      if (changed === 0 && iter > 0) break;
    }
    const left = members.filter((_, k) => side[k] === 0);
    const right = members.filter((_, k) => side[k] === 1);
    if (left.length === 0 || right.length === 0) continue;
    queue.push({ members: left, path: path + '0' }, { members: right, path: path + '1' });
  }
  return paths;
}
