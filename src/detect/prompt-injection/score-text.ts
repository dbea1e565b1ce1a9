/**
 * The linear model's logit for one text, for the whole text and for overlapping windows of a
 * long one, in one pass: each n-gram is hashed once, and the window's score is kept up to date
 * as blocks of text enter and leave it (the sublinear counts, their dot product with the
 * weights and their norm change by one term per bucket). Work is linear in the text's length
 * whatever the overlap, and memory is bounded by the window.
 */
import type { HashedFeaturizer } from './features.js';

/** How long inputs are cut into windows, in canonical characters (whitespace runs count one). */
export interface WindowConfig {
  /** Window length; a multiple of `stride`. Texts no longer than this are scored whole only. */
  readonly size: number;
  /** Distance between window starts. */
  readonly stride: number;
}

export const DEFAULT_WINDOW: WindowConfig = Object.freeze({ size: 1024, stride: 256 });

/** A linear model over hashed features. */
export interface LinearTextModel {
  readonly featurizer: HashedFeaturizer;
  /** One weight per bucket. */
  readonly weights: Float32Array;
  readonly bias: number;
  readonly window: WindowConfig;
}

/** The logits of one text. */
export interface TextLogits {
  /** Logit of the whole text. */
  readonly whole: number;
  /** The highest-scoring window of a text longer than the window, in source indices. */
  readonly window?: { readonly start: number; readonly end: number; readonly logit: number };
}

const TABLE = 4096;
/** 1 + ln c, and its square, for small counts (index = count; 0 for a count of 0). */
const G = new Float64Array(TABLE);
const G2 = new Float64Array(TABLE);
for (let c = 1; c < TABLE; c++) {
  G[c] = 1 + Math.log(c);
  G2[c] = G[c]! * G[c]!;
}
function g(c: number): number {
  return c < TABLE ? G[c]! : 1 + Math.log(c);
}

/** Sublinear counts of a bag of buckets with their running dot product and squared norm per family. */
class Accumulator {
  readonly counts: Int32Array;
  /** Buckets whose count went from 0 to 1 since the last clear (when tracking). */
  private readonly touched: Int32Array | undefined;
  private touchedCount = 0;
  charDot = 0;
  charSq = 0;
  wordDot = 0;
  wordSq = 0;

  constructor(
    size: number,
    private readonly weights: Float32Array,
    private readonly wordOffset: number,
    track: boolean,
  ) {
    this.counts = new Int32Array(size);
    this.touched = track ? new Int32Array(size) : undefined;
  }

  add(buckets: Int32Array, n: number): void {
    const { counts, weights, wordOffset, touched } = this;
    for (let k = 0; k < n; k++) {
      const b = buckets[k]!;
      const c = counts[b]!;
      counts[b] = c + 1;
      if (c === 0 && touched !== undefined) touched[this.touchedCount++] = b;
      const dg = c + 1 < TABLE ? G[c + 1]! - G[c]! : g(c + 1) - g(c);
      const dsq = c + 1 < TABLE ? G2[c + 1]! - G2[c]! : g(c + 1) ** 2 - g(c) ** 2;
      if (b < wordOffset) {
        this.charDot += weights[b]! * dg;
        this.charSq += dsq;
      } else {
        this.wordDot += weights[b]! * dg;
        this.wordSq += dsq;
      }
    }
  }

  remove(buckets: Int32Array, n: number): void {
    const { counts, weights, wordOffset } = this;
    for (let k = 0; k < n; k++) {
      const b = buckets[k]!;
      const c = counts[b]!;
      counts[b] = c - 1;
      const dg = c < TABLE ? G[c - 1]! - G[c]! : g(c - 1) - g(c);
      const dsq = c < TABLE ? G2[c - 1]! - G2[c]! : g(c - 1) ** 2 - g(c) ** 2;
      if (b < wordOffset) {
        this.charDot += weights[b]! * dg;
        this.charSq += dsq;
      } else {
        this.wordDot += weights[b]! * dg;
        this.wordSq += dsq;
      }
    }
  }

  /** Zero the counts of the tracked buckets and of `buckets`, and the sums. */
  clear(buckets?: Int32Array, n = 0): void {
    if (buckets !== undefined) for (let k = 0; k < n; k++) this.counts[buckets[k]!] = 0;
    if (this.touched !== undefined) {
      for (let k = 0; k < this.touchedCount; k++) this.counts[this.touched[k]!] = 0;
      this.touchedCount = 0;
    }
    this.charDot = this.charSq = this.wordDot = this.wordSq = 0;
  }

  logit(bias: number, charWeight: number, wordWeight: number): number {
    let z = bias;
    // Sums kept by adding and removing can drift below 0 by rounding; a norm that small means
    // the family is empty.
    if (this.charSq > 1e-9) z += (charWeight * this.charDot) / Math.sqrt(this.charSq);
    if (this.wordSq > 1e-9) z += (wordWeight * this.wordDot) / Math.sqrt(this.wordSq);
    return z;
  }
}

/**
 * Scores texts with one linear model. Holds scratch buffers sized for the model, so it is not
 * reentrant (scoring is synchronous; one scorer per detector).
 */
export class LinearTextScorer {
  private readonly whole: Accumulator;
  private readonly win: Accumulator;
  private readonly ring: Int32Array[];
  private readonly ringLength: Int32Array;
  private readonly blocks: number;

  constructor(readonly model: LinearTextModel) {
    const { featurizer, weights, window } = model;
    if (weights.length !== featurizer.size) throw new RangeError(`the model has ${weights.length} weights for ${featurizer.size} buckets`);
    if (!(Number.isInteger(window.stride) && window.stride >= 16 && Number.isInteger(window.size) && window.size >= window.stride && window.size % window.stride === 0)) {
      throw new RangeError(`window size ${window.size} must be a multiple of its stride ${window.stride} (≥ 16)`);
    }
    const wordOffset = 1 << featurizer.config.charBits;
    this.whole = new Accumulator(featurizer.size, weights, wordOffset, true);
    this.win = new Accumulator(featurizer.size, weights, wordOffset, false);
    this.blocks = window.size / window.stride;
    const cap = window.stride * featurizer.maxBucketsPerPosition;
    this.ring = Array.from({ length: this.blocks }, () => new Int32Array(cap));
    this.ringLength = new Int32Array(this.blocks);
  }

  /** Logits of `text`: whole, and the best window when the text is longer than one window. */
  score(text: string): TextLogits {
    const { featurizer, bias, window } = this.model;
    const cw = featurizer.config.charWeight;
    const ww = featurizer.config.wordWeight;
    const len = featurizer.load(text);
    const { stride } = window;
    const K = this.blocks;
    const long = len > window.size;
    let best: { start: number; end: number; logit: number } | undefined;
    let block = 0;
    for (let pos = 0; pos < len; pos += stride, block++) {
      const slot = block % K;
      const buf = this.ring[slot]!;
      if (long && block >= K) this.win.remove(buf, this.ringLength[slot]!);
      const n = featurizer.next(pos + stride, buf);
      this.ringLength[slot] = n;
      this.whole.add(buf, n);
      if (!long) continue;
      this.win.add(buf, n);
      if (block < K - 1) continue;
      const logit = this.win.logit(bias, cw, ww);
      if (best === undefined || logit > best.logit) {
        best = { start: featurizer.sourceIndex((block - K + 1) * stride), end: featurizer.sourceIndex(Math.min(pos + stride, len)), logit };
      }
    }
    const wholeLogit = this.whole.logit(bias, cw, ww);
    this.whole.clear();
    if (long) for (let s = 0; s < K; s++) this.win.clear(this.ring[s], this.ringLength[s]);
    this.ringLength.fill(0);
    return best === undefined ? { whole: wholeLogit } : { whole: wholeLogit, window: best };
  }
}
