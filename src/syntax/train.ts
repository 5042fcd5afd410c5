// Training and evaluation for the arc-eager parser (used by scripts/train-parser.ts).
// Averaged perceptron over a dense hashed weight table, trained with the Goldberg & Nivre (2012)
// dynamic oracle and error exploration; the result is pruned, quantised to Int16 and written
// in the sparse format that parser.ts loads.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { State, MAX_FEATURES, SHIFT, REDUCE, Parser, type Scorer, type ModelHeader } from './parser.js';
import { isProjective, type ConlluSentence } from './conllu.js';
import { mulberry32 } from './model-files.js';


export interface GoldSentence {
  words: string[];
  upos: string[];
  head: number[];
  deprel: string[];
  /** predicted (e.g. jackknifed) UPOS to train on instead of the gold `upos` */
  trainUpos?: string[];
}

export function toGold(s: ConlluSentence): GoldSentence {
  return {
    words: s.tokens.map((t) => t.form),
    upos: s.tokens.map((t) => t.upos),
    head: s.tokens.map((t) => t.head),
    deprel: s.tokens.map((t) => t.deprel),
  };
}


export function shuffle<T>(xs: T[], rand: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
  }
}

export class DenseModel implements Scorer {
  readonly nClasses: number;
  readonly mask: number;
  readonly w: Float32Array;
  readonly u: Float32Array;
  /** update counter for averaging */
  c = 1;
  constructor(
    nClasses: number,
    readonly buckets: number,
  ) {
    this.nClasses = nClasses;
    this.mask = buckets - 1;
    this.w = new Float32Array(buckets * nClasses);
    this.u = new Float32Array(buckets * nClasses);
  }

  score(feats: Int32Array, nf: number, scores: Float32Array): void {
    scores.fill(0);
    const C = this.nClasses;
    const w = this.w;
    const mask = this.mask;
    for (let f = 0; f < nf; f++) {
      const base = (feats[f] & mask) * C;
      for (let k = 0; k < C; k++) scores[k] += w[base + k];
    }
  }

  update(feats: Int32Array, nf: number, good: number, bad: number): void {
    const C = this.nClasses;
    const mask = this.mask;
    const c = this.c;
    for (let f = 0; f < nf; f++) {
      const base = (feats[f] & mask) * C;
      this.w[base + good] += 1;
      this.u[base + good] += c;
      this.w[base + bad] -= 1;
      this.u[base + bad] -= c;
    }
  }

  /** Averaged weights. */
  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    const c = this.c;
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / c;
    return out;
  }
}

/**
 * Dynamic-oracle costs (number of gold labelled arcs made unreachable) for every legal class.
 * gh/gl are gold heads and label ids indexed 1..n (index 0 unused).
 */
export function costs(st: State, gh: Int32Array, gl: Int32Array, L: number, legal: Uint8Array, out: Int32Array): void {
  const n = st.n;
  const b0 = st.b;
  const s0 = st.s0();
  const C = 2 + 2 * L;
  // deps of b0 still in the stack without a head; deps of s0 in the buffer
  let b0DepsInStack = 0;
  for (let i = 0; i < st.sp; i++) {
    const k = st.stack[i];
    if (k > 0 && st.head[k] < 0 && gh[k] === b0) b0DepsInStack++;
  }
  let s0DepsInBuffer = 0;
  if (s0 >= 0) {
    for (let k = b0; k <= n; k++) if (gh[k] === s0) s0DepsInBuffer++;
  }
  const hb0 = gh[b0];
  // SHIFT
  out[SHIFT] = (hb0 >= 0 && st.inStack[hb0] ? 1 : 0) + b0DepsInStack;
  // REDUCE
  out[REDUCE] = s0DepsInBuffer;
  // LEFT-ARC: s0 <- b0
  if (s0 > 0) {
    const hs0 = gh[s0];
    const base = (hs0 > b0 ? 1 : 0) + s0DepsInBuffer;
    for (let l = 0; l < L; l++) out[2 + l] = base + (hs0 === b0 && gl[s0] !== l ? 1 : 0);
  }
  // RIGHT-ARC: s0 -> b0
  if (s0 >= 0) {
    const lost = hb0 !== s0 && (hb0 > b0 || (hb0 >= 0 && st.inStack[hb0] === 1)) ? 1 : 0;
    const base = lost + b0DepsInStack;
    for (let l = 0; l < L; l++) out[2 + L + l] = base + (hb0 === s0 && gl[b0] !== l ? 1 : 0);
  }
  for (let c = 0; c < C; c++) if (!legal[c]) out[c] = 1 << 20;
}

export interface TrainOptions {
  epochs: number;
  buckets: number;
  seed: number;
  /** probability of following the model's own (possibly wrong) transition after the first epoch */
  explore: number;
  featureSet: number;
  /** with trainUpos present: probability, per sentence and epoch, of training on the gold UPOS instead */
  goldMix?: number;
  log?: (s: string) => void;
}

export function train(data: GoldSentence[], labels: string[], opt: TrainOptions): DenseModel {
  const L = labels.length;
  const C = 2 + 2 * L;
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const model = new DenseModel(C, opt.buckets);
  const rand = mulberry32(opt.seed);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(C);
  const legal = new Uint8Array(C);
  const cost = new Int32Array(C);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    const t0 = Date.now();
    shuffle(order, rand);
    let steps = 0;
    let errors = 0;
    for (const idx of order) {
      const s = data[idx];
      const n = s.words.length;
      const gh = new Int32Array(n + 1);
      const gl = new Int32Array(n + 1);
      gh[0] = -1;
      for (let i = 0; i < n; i++) {
        gh[i + 1] = s.head[i];
        gl[i + 1] = labelId.get(s.deprel[i]) ?? 0;
      }
      const mix = opt.goldMix ?? 0;
      const upos = s.trainUpos && (mix <= 0 || rand() >= mix) ? s.trainUpos : s.upos;
      const st = new State(s.words, upos, opt.featureSet);
      while (!st.done()) {
        const nf = st.features(feats);
        model.score(feats, nf, scores);
        st.legal(L, legal);
        costs(st, gh, gl, L, legal, cost);
        let minCost = 1 << 30;
        for (let c = 0; c < C; c++) if (legal[c] && cost[c] < minCost) minCost = cost[c];
        let pred = -1;
        let predScore = -Infinity;
        let gold = -1;
        let goldScore = -Infinity;
        for (let c = 0; c < C; c++) {
          if (!legal[c]) continue;
          const sc = scores[c];
          if (sc > predScore) {
            predScore = sc;
            pred = c;
          }
          if (cost[c] === minCost && sc > goldScore) {
            goldScore = sc;
            gold = c;
          }
        }
        steps++;
        if (cost[pred] > minCost) {
          errors++;
          model.update(feats, nf, gold, pred);
        }
        model.c++;
        const next = epoch > 0 && cost[pred] > minCost && rand() < opt.explore ? pred : cost[pred] === minCost ? pred : gold;
        st.apply(next, L);
      }
    }
    opt.log?.(
      `epoch ${epoch + 1}/${opt.epochs}: ${steps} transitions, ${((100 * errors) / steps).toFixed(2)}% wrong, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return model;
}

export interface ExportResult {
  header: ModelHeader;
  bin: Uint8Array;
}

/** Prunes |w| < threshold, quantises to Int16, packs in the format decodeModel() reads. */
export function exportModel(model: DenseModel, labels: string[], threshold: number, meta: Record<string, unknown>): ExportResult {
  const avg = model.averaged();
  const C = model.nClasses;
  const B = model.buckets;
  let maxAbs = 0;
  let nnz = 0;
  for (let i = 0; i < avg.length; i++) {
    const a = Math.abs(avg[i]);
    if (a >= threshold && a > 0) {
      nnz++;
      if (a > maxAbs) maxAbs = a;
    }
  }
  const scale = maxAbs / 32767 || 1;
  const bin = new Uint8Array(nnz * 2 + nnz + B);
  const q = new Int16Array(nnz);
  const cls = bin.subarray(nnz * 2, nnz * 3);
  const rowLen = bin.subarray(nnz * 3, nnz * 3 + B);
  let j = 0;
  for (let bkt = 0; bkt < B; bkt++) {
    let len = 0;
    const base = bkt * C;
    for (let c = 0; c < C; c++) {
      const v = avg[base + c];
      if (Math.abs(v) >= threshold && v !== 0) {
        q[j] = Math.round(v / scale);
        cls[j] = c;
        j++;
        len++;
      }
    }
    rowLen[bkt] = len;
  }
  bin.set(new Uint8Array(q.buffer), 0);
  const header: ModelHeader = { format: 'attache-parser', version: 1, buckets: B, labels, nnz, scale, ...meta };
  return { header, bin };
}

export function writeModel(dir: string, m: ExportResult): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'parser.json'), JSON.stringify(m.header, null, 2) + '\n');
  writeFileSync(join(dir, 'parser.bin'), m.bin);
}

export interface Score {
  sentences: number;
  tokens: number;
  uas: number;
  /** correct head and full deprel (with subtype) */
  las: number;
  /** correct head and universal part of the deprel (CoNLL 2018 LAS) */
  lasU: number;
}

/** Universal part of a deprel ("nsubj:pass" -> "nsubj"). */
export function universal(deprel: string): string {
  const i = deprel.indexOf(':');
  return i < 0 ? deprel : deprel.slice(0, i);
}

/**
 * Parses each sentence with `tags(s)` as its UPOS (default: the gold UPOS) and scores heads and labels.
 */
export function evaluate(parser: Parser, data: GoldSentence[], tags?: (s: GoldSentence, i: number) => string[]): Score {
  let tokens = 0;
  let uh = 0;
  let lh = 0;
  let lu = 0;
  data.forEach((s, k) => {
    const r = parser.parse(s.words, tags ? tags(s, k) : s.upos);
    for (let i = 0; i < s.words.length; i++) {
      tokens++;
      if (r.head[i] === s.head[i]) {
        uh++;
        if (r.deprel[i] === s.deprel[i]) lh++;
        if (universal(r.deprel[i]) === universal(s.deprel[i])) lu++;
      }
    }
  });
  return { sentences: data.length, tokens, uas: uh / tokens, las: lh / tokens, lasU: lu / tokens };
}

export { isProjective };
