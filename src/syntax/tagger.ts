// Greedy left-to-right averaged-perceptron UPOS tagger (Collins 2002; features after Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python"). Features are hashed into a fixed
// table of buckets; each bucket holds a sparse row of per-tag weights. The shipped model lives in
// models/tagger/ (tagger.json header + tagger.bin weights); feature set 2 adds the word clusters of
// clusters.ts, feature set 3 a tag dictionary (tagger.dict.tsv). Training code is here too so that the
// feature extraction used for training and for tagging cannot drift apart.

import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelDir, readModelFiles, mulberry32, rowOffsets } from './model-files.js';
import { loadClusters, prefixCode, checkClusterTable } from './clusters.js';

export const TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART',
  'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
const NT: number = TAGS.length;
const TAG_ID = new Map<string, number>(TAGS.map((t, i) => [t, i]));
const START = NT; // pseudo tag ids for positions before the sentence
const START2 = NT + 1;

/** FNV-1a over the UTF-16 code units of s, seeded with a template id. */
function sh(template: number, s: string): number {
  let h = Math.imul(0x811c9dc5 ^ template, 0x01000193);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Mixes a template id with up to two integers. */
function ih(template: number, a: number, b: number): number {
  let x = Math.imul(template + 0x3c6ef372, 0x9e3779b1);
  x = Math.imul(x ^ a, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x ^ b, 0xc2b2ae35);
  x ^= x >>> 16;
  return x;
}

/** Word shape: letters collapsed to X/x, digits to d, runs of one class cut at 3 ("Monday" -> "Xxxx", "2022" -> "ddd"). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w[i];
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (/\p{Ll}/u.test(c)) k = 'x';
    else if (/\p{Lu}/u.test(c)) k = 'X';
    else if (/\p{L}/u.test(c)) k = 'x';
    else k = c;
    if (k === last) {
      run++;
      if (run >= 3) continue;
    } else run = 0;
    out += k;
    last = k;
  }
  return out;
}

/** Normalised form used for word features: lower-cased, digits mapped to 0 for long numbers. */
function norm(w: string): string {
  const l = w.toLowerCase();
  return /\d/.test(l) && l.length > 3 ? l.replace(/\d/g, '0') : l;
}

/** Per-sentence precomputed word hashes (so the 2 neighbours are hashed once per token). */
interface Prepared {
  words: string[];
  lower: string[];
  shapes: string[];
  /** cluster path codes (feature set 2), 0 = unknown word */
  cl: Int32Array | null;
  /** ambiguity classes from the tag dictionary (feature set 3): bit t = tag t seen; 0 = rare word */
  amb: Int32Array | null;
}

/** A tag dictionary: normalised word -> bit mask of the tags it takes in the training data. */
export type TagDict = Map<string, number>;

/**
 * Words seen at least minCount times, with the tags that make up at least minShare of their
 * occurrences (the word's "ambiguity class").
 */
export function buildTagDict(data: TaggedSentence[], minCount = 3, minShare = 0.05): TagDict {
  const counts = new Map<string, number[]>();
  for (const s of data) {
    for (let i = 0; i < s.words.length; i++) {
      const k = norm(s.words[i]);
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Array(NT).fill(0)));
      c[tagId(s.upos[i])]++;
    }
  }
  const dict: TagDict = new Map();
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < minCount) continue;
    let mask = 0;
    for (let t = 0; t < NT; t++) if (c[t] >= minShare * total) mask |= 1 << t;
    dict.set(k, mask);
  }
  return dict;
}

function prepare(words: string[], featureSet: number, dict: TagDict | null = null): Prepared {
  let amb: Int32Array | null = null;
  if (featureSet >= 3 && dict) {
    amb = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) amb[i] = dict.get(norm(words[i])) ?? 0;
  }
  let cl: Int32Array | null = null;
  if (featureSet >= 2) {
    const c = loadClusters();
    cl = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) cl[i] = c.code(words[i]);
  }
  return { words, lower: words.map(norm), shapes: words.map(shape), cl, amb };
}

export const MAX_FEATURES = 64;

/** Fills out[] with hashed feature ids for token i given the two previous predicted tags. */
function features(p: Prepared, i: number, t1: number, t2: number, out: Int32Array): number {
  const w = p.words[i];
  const lw = p.lower[i];
  const n = p.words.length;
  const wm1 = i > 0 ? p.lower[i - 1] : '<s>';
  const wm2 = i > 1 ? p.lower[i - 2] : '<s>';
  const wp1 = i + 1 < n ? p.lower[i + 1] : '</s>';
  const wp2 = i + 2 < n ? p.lower[i + 2] : '</s>';
  let k = 0;
  out[k++] = 0x5bd1e995; // bias
  const hw = sh(1, lw);
  out[k++] = hw;
  for (let j = 1; j <= 4; j++) {
    if (lw.length > j) {
      out[k++] = sh(10 + j, lw.slice(-j));
      out[k++] = sh(20 + j, lw.slice(0, j));
    }
  }
  const shp = p.shapes[i];
  out[k++] = sh(2, shp);
  const c0 = w.charCodeAt(0);
  const cap = c0 >= 65 && c0 <= 90 ? 1 : /^\p{Lu}/u.test(w) ? 1 : 0;
  const initial = i === 0 ? 1 : 0;
  out[k++] = ih(3, cap, initial);
  if (w.includes('-') && w.length > 1) out[k++] = ih(4, 1, 0);
  if (/\d/.test(w)) out[k++] = ih(5, 1, 0);
  if (cap && w.length > 1 && w === w.toUpperCase()) out[k++] = ih(6, 1, 0);
  // previous predicted tags
  out[k++] = ih(30, t1, 0);
  out[k++] = ih(31, t2, 0);
  out[k++] = ih(32, t1, t2);
  out[k++] = ih(33, t1, hw);
  out[k++] = ih(34, t1, cap);
  // neighbouring words
  const hm1 = sh(40, wm1);
  const hp1 = sh(41, wp1);
  out[k++] = hm1;
  out[k++] = sh(42, wm2);
  out[k++] = hp1;
  out[k++] = sh(43, wp2);
  out[k++] = sh(44, wm1.slice(-3));
  out[k++] = sh(45, wp1.slice(-3));
  out[k++] = ih(46, hw, hp1);
  out[k++] = ih(47, hm1, hw);
  out[k++] = ih(48, t1, hp1);
  out[k++] = ih(49, hw, cap * 2 + initial);
  out[k++] = sh(50, i + 1 < n ? p.shapes[i + 1] : '</s>');
  if (p.cl) {
    // word clusters (clusters.ts): prefixes of the path of this word and its neighbours
    const cl = p.cl;
    const c0 = cl[i];
    const cm1 = i > 0 ? cl[i - 1] : -1;
    const cp1 = i + 1 < n ? cl[i + 1] : -1;
    const cp2 = i + 2 < n ? cl[i + 2] : -1;
    out[k++] = ih(60, c0, 0);
    out[k++] = ih(61, prefixCode(c0, 4), 0);
    out[k++] = ih(62, prefixCode(c0, 6), 0);
    out[k++] = ih(63, prefixCode(c0, 9), 0);
    out[k++] = ih(64, cp1, 0);
    out[k++] = ih(65, prefixCode(cp1, 6), 0);
    out[k++] = ih(66, cm1, 0);
    out[k++] = ih(67, prefixCode(cp2, 6), 0);
    out[k++] = ih(68, t1, prefixCode(c0, 6));
    out[k++] = ih(69, prefixCode(c0, 6), prefixCode(cp1, 6));
    out[k++] = ih(70, c0, cap * 2 + initial);
  }
  if (p.amb) {
    // ambiguity classes of this word and its neighbours (a look at the right context's possible tags)
    const amb = p.amb;
    const a0 = amb[i];
    const ap1 = i + 1 < n ? amb[i + 1] : -1;
    const ap2 = i + 2 < n ? amb[i + 2] : -1;
    const am1 = i > 0 ? amb[i - 1] : -1;
    out[k++] = ih(80, a0, 0);
    out[k++] = ih(81, ap1, 0);
    out[k++] = ih(82, ap2, 0);
    out[k++] = ih(83, a0, ap1);
    out[k++] = ih(84, t1, a0);
    out[k++] = ih(85, am1, a0);
    out[k++] = ih(86, a0, hw);
  }
  return k;
}

/** Tag ids (0..16) of gold tags; unknown tags map to X. */
export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? TAG_ID.get('X')!;
}

/** Anything that scores a feature vector into NT tag scores. */
interface Scorer {
  score(feats: Int32Array, nf: number, scores: Float32Array): void;
}

function greedyTag(
  model: Scorer,
  featureSet: number,
  dict: TagDict | null,
  words: string[],
  feats: Int32Array,
  scores: Float32Array,
  onToken?: (i: number, nf: number, pred: number) => number,
): number[] {
  const p = prepare(words, featureSet, dict);
  const out: number[] = new Array(words.length);
  let t1 = START;
  let t2 = START2;
  for (let i = 0; i < words.length; i++) {
    const nf = features(p, i, t1, t2, feats);
    model.score(feats, nf, scores);
    let best = 0;
    for (let c = 1; c < NT; c++) if (scores[c] > scores[best]) best = c;
    // during training the callback updates the weights and returns the tag to condition on
    const used = onToken ? onToken(i, nf, best) : best;
    out[i] = best;
    t2 = t1;
    t1 = used;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Runtime model

export interface TaggerHeader {
  format: 'attache-tagger';
  version: number;
  buckets: number;
  tags: string[];
  nnz: number;
  scale: number;
  [key: string]: unknown;
}

class SparseScorer implements Scorer {
  constructor(
    private readonly mask: number,
    private readonly offsets: Uint32Array,
    private readonly cls: Uint8Array,
    private readonly w: Int16Array,
  ) {}
  private readonly starts = new Uint32Array(MAX_FEATURES);
  private readonly ends = new Uint32Array(MAX_FEATURES);
  /** keeps the touching loop from being optimised away */
  sink = 0;
  score(feats: Int32Array, nf: number, scores: Float32Array): void {
    scores.fill(0);
    const { offsets, cls, w, mask, starts, ends } = this;
    // memory-bound: read all row bounds, then touch every row, with independent loads that overlap
    for (let f = 0; f < nf; f++) {
      const b = feats[f] & mask;
      starts[f] = offsets[b];
      ends[f] = offsets[b + 1];
    }
    let touch = 0;
    for (let f = 0; f < nf; f++) touch |= w[starts[f]] | cls[starts[f]];
    this.sink = touch;
    for (let f = 0; f < nf; f++) {
      const end = ends[f];
      for (let j = starts[f]; j < end; j++) scores[cls[j]] += w[j];
    }
  }
}

export class Tagger {
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float32Array(NT);
  constructor(
    private readonly model: Scorer,
    readonly featureSet = 1,
    readonly dict: TagDict | null = null,
  ) {}

  /** UPOS tags for a pre-tokenised sentence. */
  tag(words: string[]): string[] {
    if (words.length === 0) return [];
    return greedyTag(this.model, this.featureSet, this.dict, words, this.feats, this.scores).map((t) => TAGS[t]);
  }
}

/** Binary layout: Int16 weights[nnz] (padded to even bytes), Uint8 tag ids[nnz], Uint8 row lengths[buckets]. */
export function decodeTagger(header: TaggerHeader, bin: Uint8Array, dict: TagDict | null = null): Tagger {
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new Error('tagger model: unexpected tag set');
  const { buckets, nnz } = header;
  if ((buckets & (buckets - 1)) !== 0) throw new Error('tagger model: buckets must be a power of two');
  const w = new Int16Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + nnz * 2));
  const cls = bin.slice(nnz * 2, nnz * 3);
  const offsets = rowOffsets(bin.subarray(nnz * 3, nnz * 3 + buckets), buckets, nnz, 'tagger');
  const featureSet = typeof header.featureSet === 'number' ? header.featureSet : 1;
  if (featureSet >= 2) checkClusterTable(header.clusters, 'tagger');
  if (featureSet >= 3 && !dict) throw new Error('tagger model: feature set 3 needs its tag dictionary');
  return new Tagger(new SparseScorer(buckets - 1, offsets, cls, w), featureSet, dict);
}


export function loadTaggerFrom(dir: string): Tagger {
  const { header, bin } = readModelFiles<TaggerHeader>(dir, 'tagger', 'attache-tagger');
  const dict = (header.featureSet as number) >= 3 ? parseTagDict(readFileSync(join(dir, 'tagger.dict.tsv'), 'utf8')) : null;
  return decodeTagger(header, bin, dict);
}

/** "word<TAB>mask" lines. */
export function parseTagDict(tsv: string): TagDict {
  const d: TagDict = new Map();
  for (const line of tsv.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) d.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return d;
}

export function formatTagDict(d: TagDict): string {
  let out = '';
  for (const [k, v] of d) if (!k.includes('\n') && !k.includes('\t')) out += `${k}\t${v}\n`;
  return out;
}

let shipped: Tagger | null = null;

/** Loads the shipped model once (lazily) and returns it. */
export function loadTagger(): Tagger {
  if (!shipped) shipped = loadTaggerFrom(modelDir('tagger'));
  return shipped;
}

/** UPOS tags from the shipped model. */
export function tag(words: string[]): string[] {
  return loadTagger().tag(words);
}

// ---------------------------------------------------------------------------------------------
// Training

export interface TaggedSentence {
  words: string[];
  upos: string[];
}

/** Dense averaged perceptron over buckets × NT weights, with lazy averaging. */
class DenseTrainer implements Scorer {
  readonly w: Float32Array;
  private readonly total: Float64Array;
  private readonly stamp: Uint32Array;
  step = 0;
  constructor(readonly buckets: number) {
    this.w = new Float32Array(buckets * NT);
    this.total = new Float64Array(buckets * NT);
    this.stamp = new Uint32Array(buckets * NT);
  }
  score(feats: Int32Array, nf: number, scores: Float32Array): void {
    scores.fill(0);
    const mask = this.buckets - 1;
    const w = this.w;
    for (let f = 0; f < nf; f++) {
      const base = (feats[f] & mask) * NT;
      for (let c = 0; c < NT; c++) scores[c] += w[base + c];
    }
  }
  private bump(idx: number, d: number): void {
    this.total[idx] += (this.step - this.stamp[idx]) * this.w[idx];
    this.stamp[idx] = this.step;
    this.w[idx] += d;
  }
  update(feats: Int32Array, nf: number, gold: number, pred: number): void {
    const mask = this.buckets - 1;
    for (let f = 0; f < nf; f++) {
      const base = (feats[f] & mask) * NT;
      this.bump(base + gold, 1);
      this.bump(base + pred, -1);
    }
  }
  /** Replaces the weights by their averages. */
  average(): void {
    const { w, total, stamp, step } = this;
    for (let i = 0; i < w.length; i++) {
      const t = total[i] + (step - stamp[i]) * w[i];
      w[i] = step > 0 ? t / step : 0;
    }
  }
}


export interface TrainOptions {
  epochs: number;
  buckets: number;
  seed: number;
  /** 1 = words, affixes, shapes, tags; 2 = also word clusters; 3 = also a tag dictionary */
  featureSet: number;
  /** the tag dictionary for feature set 3 */
  dict?: TagDict;
  log?: (s: string) => void;
}

/** Trains a dense averaged-perceptron model; returns its (averaged) weights. */
export function trainTagger(data: TaggedSentence[], opts: TrainOptions): Float32Array {
  const model = new DenseTrainer(opts.buckets);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(NT);
  const rand = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let correct = 0;
    let total = 0;
    const t0 = Date.now();
    for (const idx of order) {
      const s = data[idx];
      const gold = s.upos.map(tagId);
      greedyTag(model, opts.featureSet, opts.dict ?? null, s.words, feats, scores, (i, nf, pred) => {
        model.step++;
        total++;
        if (pred === gold[i]) correct++;
        else model.update(feats, nf, gold[i], pred);
        return pred; // condition on our own (greedy) predictions, as at test time
      });
    }
    opts.log?.(`epoch ${ep + 1}: train accuracy ${((100 * correct) / total).toFixed(2)}% (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  model.average();
  return model.w;
}

export interface ExportedTagger {
  header: TaggerHeader;
  bin: Uint8Array;
  dict?: TagDict;
}

/** Quantises to Int16 and drops weights with |w| < threshold (in averaged-perceptron units). */
export function exportTagger(w: Float32Array, buckets: number, threshold: number, meta: Record<string, unknown>): ExportedTagger {
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const rowLen = new Uint8Array(buckets);
  const qs: number[] = [];
  const cs: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < NT; c++) {
      const v = w[b * NT + c];
      const q = Math.round(v / scale);
      if (Math.abs(v) >= threshold && q !== 0) {
        qs.push(q);
        cs.push(c);
        rowLen[b]++;
      }
    }
  }
  const nnz = qs.length;
  const bin = new Uint8Array(nnz * 3 + buckets);
  new Int16Array(bin.buffer, 0, nnz).set(qs);
  bin.set(cs, nnz * 2);
  bin.set(rowLen, nnz * 3);
  const header: TaggerHeader = { format: 'attache-tagger', version: 1, buckets, tags: [...TAGS], nnz, scale, ...meta };
  return { header, bin };
}

export function writeTagger(dir: string, m: ExportedTagger): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tagger.json'), JSON.stringify(m.header, null, 2) + '\n');
  writeFileSync(join(dir, 'tagger.bin'), m.bin);
  if (m.dict) writeFileSync(join(dir, 'tagger.dict.tsv'), formatTagDict(m.dict));
}

/** The shipped tagger's training settings (scripts/train-tagger.ts; also used for jackknifing). */
export const TAGGER_DEFAULTS: TaggerSettings = { epochs: 12, log2Buckets: 20, threshold: 0.05, seed: 20261129, featureSet: 2 };

export interface TaggerSettings {
  epochs: number;
  log2Buckets: number;
  threshold: number;
  seed: number;
  featureSet: number;
}

/** Header fields that tell the loader how the model was trained. */
export function taggerMeta(opts: TaggerSettings): Record<string, unknown> {
  return { featureSet: opts.featureSet, clusters: opts.featureSet >= 2 ? loadClusters().fingerprint : null };
}

/** Trains, prunes and quantises a tagger in memory, exactly as the shipped one is made. */
export function trainTaggerInMemory(data: TaggedSentence[], opts: TaggerSettings): Tagger {
  const buckets = 1 << opts.log2Buckets;
  const dict = opts.featureSet >= 3 ? buildTagDict(data) : undefined;
  const w = trainTagger(data, { epochs: opts.epochs, buckets, seed: opts.seed, featureSet: opts.featureSet, dict });
  const m = exportTagger(w, buckets, opts.threshold, taggerMeta(opts));
  return decodeTagger(m.header, m.bin, dict ?? null);
}

/**
 * Jackknifed tags: the data is cut into `folds` contiguous blocks (so that a document's sentences
 * mostly stay together); each block is tagged by a tagger trained on the other blocks. The parser is
 * then trained on tags as noisy as the ones it will see at run time.
 */
export function jackknife(
  data: TaggedSentence[],
  folds: number,
  opts: TaggerSettings,
  log?: (s: string) => void,
): string[][] {
  const out: string[][] = new Array(data.length);
  const size = Math.ceil(data.length / folds);
  for (let f = 0; f < folds; f++) {
    const lo = f * size;
    const hi = Math.min(data.length, lo + size);
    if (lo >= hi) continue;
    const t0 = Date.now();
    const tagger = trainTaggerInMemory([...data.slice(0, lo), ...data.slice(hi)], { ...opts, seed: opts.seed + f });
    let ok = 0;
    let n = 0;
    for (let i = lo; i < hi; i++) {
      out[i] = tagger.tag(data[i].words);
      for (let j = 0; j < out[i].length; j++, n++) if (out[i][j] === data[i].upos[j]) ok++;
    }
    log?.(`jackknife fold ${f + 1}/${folds}: ${hi - lo} sentences, UPOS ${((100 * ok) / Math.max(1, n)).toFixed(2)}% (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return out;
}
