/**
 * The linear model's logit for one text, for the whole text and for overlapping windows of a
 * long one, in one pass: each n-gram is hashed once, and the window's score is kept up to date
 * as blocks of text enter and leave it (the sublinear counts, their dot product with the
 * weights and their norm change by one term per bucket). Work is linear in the text's length
 * whatever the overlap, and memory is bounded by the window.
 *
 * A text longer than {@link EXACT_SCAN_CHARS} canonical characters is scored by its most promising windows
 * only: one pass sums the weights of each block's words, word pairs and concepts (raw counts,
 * no character n-gram hashed, no count kept), the {@link CANDIDATE_WINDOWS} windows with the highest sums are each scored as a text of
 * their own, and the best of them is the text's score (no whole-text logit: a long document's
 * whole-text score is its prose's, and a buried attack shows in a window). This bounds the
 * costly sublinear scoring to a few windows whatever the length.
 */
import type { HashedFeatureConfig, HashedFeaturizer } from './features.js';

/** How long inputs are cut into windows, in canonical characters (whitespace runs count one). */
export interface WindowConfig {
  /** Window length; a multiple of `stride`. Texts no longer than this plus one stride are scored whole only. */
  readonly size: number;
  /** Distance between window starts. */
  readonly stride: number;
}

/**
 * About two sentences: an instruction planted in a document is most of such a window, where it is
 * a small part of the whole text (validation.jsonl, the benchmark's rows unlike the training rows:
 * ROC AUC 0.94 against 0.83 with 1,024-character windows; docs/benchmarks.md, prompt-injection).
 */
export const DEFAULT_WINDOW: WindowConfig = Object.freeze({ size: 160, stride: 32 });

/**
 * Texts up to this many canonical characters get every window and the whole text scored exactly
 * (a limit in characters, not windows, so that a model with short windows scans as much text
 * exactly as one with long windows).
 */
export const EXACT_SCAN_CHARS = 8192;
/** Windows of a longer text scored exactly: those with the highest sums of raw weights. */
export const CANDIDATE_WINDOWS = 4;

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
  /** Logit of the whole text; −Infinity for a text longer than {@link EXACT_SCAN_CHARS} characters, which is scored by its windows only. */
  readonly whole: number;
  /** The highest-scoring window of a text longer than the window, in source indices, and how many windows the text has. */
  readonly window?: { readonly start: number; readonly end: number; readonly logit: number; readonly count: number };
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

/** Running sums of one bag of n-grams: per family, Σ w·g(count) and Σ g(count)². */
class Sums {
  charDot = 0;
  charSq = 0;
  wordDot = 0;
  wordSq = 0;
  conceptDot = 0;

  clear(): void {
    this.charDot = this.charSq = this.wordDot = this.wordSq = this.conceptDot = 0;
  }

  logit(bias: number, c: HashedFeatureConfig): number {
    let z = bias;
    // Sums kept by adding and removing can drift below 0 by rounding; a norm that small means
    // the family is empty.
    if (this.charSq > 1e-9) z += (c.charWeight * this.charDot) / Math.sqrt(Math.max(this.charSq, c.charNormFloor));
    if (this.wordSq > 1e-9) z += (c.wordWeight * this.wordDot + c.conceptWeight * this.conceptDot) / Math.sqrt(Math.max(this.wordSq, c.wordNormFloor));
    return z;
  }
}

/** Record layout of the scorer's table: weight and whole-text count side by side, one memory fetch per n-gram. */
const WEIGHT = 0;
const WHOLE = 1;
const RECORD = 2;

/**
 * Scores texts with one linear model. Holds scratch buffers sized for the model, so it is not
 * reentrant (scoring is synchronous; one scorer per detector).
 *
 * Per bucket it keeps a record [weight, count in the whole text] (8 bytes: a short text costs
 * one memory fetch per n-gram) and, for long texts, a 16-bit count in the window.
 */
export class LinearTextScorer {
  /** The records: weights read as floats, counts as integers (two views of one buffer). */
  private readonly table: Float32Array;
  private readonly counts: Int32Array;
  /** Counts in the current window (a window holds far fewer than 65,536 n-grams). */
  private readonly windowCounts: Uint16Array | Int32Array;
  private readonly whole = new Sums();
  private readonly win = new Sums();
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** Whether the last text's n-grams went into the window counts too (a long text's), which {@link clear} then zeroes. */
  private windowed = false;
  private readonly ring: Int32Array[];
  private readonly ringLength: Int32Array;
  private readonly blocks: number;
  /** Sum of the raw weights of each block of a text scored by candidate windows (grown as needed). */
  private blockSums = new Float64Array(64);
  /** Source start and end of each candidate window of a long text, taken before the text is loaded again. */
  private readonly candidateRanges = new Int32Array(2 * CANDIDATE_WINDOWS);
  private readonly wordOffset: number;
  private readonly conceptOffset: number;

  constructor(readonly model: LinearTextModel) {
    const { featurizer, weights, window } = model;
    if (weights.length !== featurizer.size) throw new RangeError(`the model has ${weights.length} weights for ${featurizer.size} buckets`);
    if (!(Number.isInteger(window.stride) && window.stride >= 16 && Number.isInteger(window.size) && window.size >= window.stride && window.size % window.stride === 0)) {
      throw new RangeError(`window size ${window.size} must be a multiple of its stride ${window.stride} (≥ 16)`);
    }
    this.wordOffset = 1 << featurizer.config.charBits;
    this.conceptOffset = featurizer.conceptOffset;
    this.table = new Float32Array(featurizer.size * RECORD);
    this.counts = new Int32Array(this.table.buffer);
    this.windowCounts = window.size * featurizer.maxBucketsPerPosition < 65536 ? new Uint16Array(featurizer.size) : new Int32Array(featurizer.size);
    for (let b = 0; b < weights.length; b++) this.table[b * RECORD + WEIGHT] = weights[b]!;
    this.touched = new Int32Array(featurizer.size);
    this.blocks = window.size / window.stride;
    const cap = window.stride * featurizer.maxBucketsPerPosition;
    this.ring = Array.from({ length: this.blocks }, () => new Int32Array(cap));
    this.ringLength = new Int32Array(this.blocks);
  }

  /**
   * Add a block's n-grams to the whole-text bag (counted only: its sums are taken once at the
   * end) and, for a long text, to the window (whose sums are kept up to date).
   */
  private add(buckets: Int32Array, n: number, toWindow: boolean): void {
    const { table, counts, windowCounts, win, touched, wordOffset, conceptOffset } = this;
    for (let k = 0; k < n; k++) {
      const b = buckets[k]!;
      const o = b * RECORD;
      const c = counts[o + WHOLE]!;
      counts[o + WHOLE] = c + 1;
      if (c === 0) touched[this.touchedCount++] = b;
      if (!toWindow) continue;
      const w = table[o + WEIGHT]!;
      const v = windowCounts[b]!;
      windowCounts[b] = v + 1;
      const dv = v + 1 < TABLE ? G[v + 1]! - G[v]! : g(v + 1) - g(v);
      if (b < wordOffset) {
        win.charDot += w * dv;
        win.charSq += v + 1 < TABLE ? G2[v + 1]! - G2[v]! : g(v + 1) ** 2 - g(v) ** 2;
      } else if (b < conceptOffset) {
        win.wordDot += w * dv;
        win.wordSq += v + 1 < TABLE ? G2[v + 1]! - G2[v]! : g(v + 1) ** 2 - g(v) ** 2;
      } else win.conceptDot += w * dv;
    }
  }

  /** The whole-text bag's sums, from the counts of the buckets it touched. */
  private wholeSums(): Sums {
    const { table, counts, touched, whole, wordOffset, conceptOffset } = this;
    whole.clear();
    for (let k = 0; k < this.touchedCount; k++) {
      const b = touched[k]!;
      const o = b * RECORD;
      const gc = g(counts[o + WHOLE]!);
      const w = table[o + WEIGHT]!;
      if (b < wordOffset) {
        whole.charDot += w * gc;
        whole.charSq += gc * gc;
      } else if (b < conceptOffset) {
        whole.wordDot += w * gc;
        whole.wordSq += gc * gc;
      } else whole.conceptDot += w * gc;
    }
    return whole;
  }

  /** Take a block's n-grams out of the window. */
  private remove(buckets: Int32Array, n: number): void {
    const { table, windowCounts, win, wordOffset, conceptOffset } = this;
    for (let k = 0; k < n; k++) {
      const b = buckets[k]!;
      const w = table[b * RECORD + WEIGHT]!;
      const v = windowCounts[b]!;
      windowCounts[b] = v - 1;
      const dv = v < TABLE ? G[v - 1]! - G[v]! : g(v - 1) - g(v);
      if (b < wordOffset) {
        win.charDot += w * dv;
        win.charSq += v < TABLE ? G2[v - 1]! - G2[v]! : g(v - 1) ** 2 - g(v) ** 2;
      } else if (b < conceptOffset) {
        win.wordDot += w * dv;
        win.wordSq += v < TABLE ? G2[v - 1]! - G2[v]! : g(v - 1) ** 2 - g(v) ** 2;
      } else win.conceptDot += w * dv;
    }
  }

  /**
   * Zero every count the last text left (the touched list covers both bags; the window's counts
   * only when a window was kept, else they are all 0 already).
   */
  private clear(): void {
    const { counts, windowCounts, touched } = this;
    if (this.windowed) {
      for (let k = 0; k < this.touchedCount; k++) {
        const b = touched[k]!;
        counts[b * RECORD + WHOLE] = 0;
        windowCounts[b] = 0;
      }
    } else {
      for (let k = 0; k < this.touchedCount; k++) counts[touched[k]! * RECORD + WHOLE] = 0;
    }
    this.windowed = false;
    this.touchedCount = 0;
    this.whole.clear();
    this.win.clear();
    this.ringLength.fill(0);
  }

  /** Logits of `text` (or its UTF-16 units): whole, and the best window when the text is longer than one window. */
  score(text: string | Uint16Array): TextLogits {
    const { featurizer, bias, window } = this.model;
    const config = featurizer.config;
    const len = featurizer.load(text);
    // A window longer than the limit: texts up to one window and a stride still get the exact scan
    // (the candidates need at least one whole window).
    if (len > Math.max(EXACT_SCAN_CHARS, window.size + window.stride)) return this.scoreByCandidates(text, len);
    const { stride } = window;
    const K = this.blocks;
    // A text at most one stride longer than a window is covered by its whole-text score.
    const long = len > window.size + stride;
    this.windowed = long;
    let best: { start: number; end: number; logit: number } | undefined;
    let block = 0;
    for (let pos = 0; pos < len; pos += stride, block++) {
      const slot = block % K;
      const buf = this.ring[slot]!;
      if (long && block >= K) this.remove(buf, this.ringLength[slot]!);
      const n = featurizer.next(pos + stride, buf);
      this.ringLength[slot] = n;
      this.add(buf, n, long);
      if (!long || block < K - 1) continue;
      const logit = this.win.logit(bias, config);
      if (best === undefined || logit > best.logit) {
        best = { start: featurizer.sourceIndex((block - K + 1) * stride), end: featurizer.sourceIndex(Math.min(pos + stride, len)), logit };
      }
    }
    const wholeLogit = this.wholeSums().logit(bias, config);
    this.clear();
    // One window ends at each block from the K-th on.
    return best === undefined ? { whole: wholeLogit } : { whole: wholeLogit, window: { ...best, count: block - K + 1 } };
  }

  /**
   * A long text (already loaded, canonical length `len`): the sum of the raw weights of the word
   * family's n-grams in each block, then the windows (K consecutive blocks) with the highest sums, each scored as a text
   * of its own; the best of those.
   */
  private scoreByCandidates(text: string | Uint16Array, len: number): TextLogits {
    const { featurizer, window } = this.model;
    const { stride } = window;
    const K = this.blocks;
    const blockCount = Math.ceil(len / stride);
    // Block sums, then window sums after them.
    if (this.blockSums.length < 2 * blockCount) this.blockSums = new Float64Array(Math.max(2 * blockCount, this.blockSums.length * 2));
    const sums = this.blockSums;
    // The plain weights, not the records: the word family's 2^wordBits floats stay in cache.
    const { weights } = this.model;
    const buf = this.ring[0]!;
    for (let block = 0; block < blockCount; block++) {
      const n = featurizer.nextWords((block + 1) * stride, buf);
      let sum = 0;
      for (let k = 0; k < n; k++) sum += weights[buf[k]!]!;
      sums[block] = sum;
    }
    // The windows with the highest sums (ties: the earlier), their source ranges taken before
    // the text is loaded again.
    const windows = blockCount - K + 1;
    const top: number[] = [];
    let sum = 0;
    for (let b = 0; b < K - 1; b++) sum += sums[b]!;
    for (let w = 0; w < windows; w++) {
      sum += sums[w + K - 1]!;
      if (w > 0) sum -= sums[w - 1]!;
      sums[blockCount + w] = sum;
      let at = top.length;
      while (at > 0 && sums[blockCount + top[at - 1]!]! < sum) at--;
      if (at >= CANDIDATE_WINDOWS) continue;
      top.splice(at, 0, w);
      if (top.length > CANDIDATE_WINDOWS) top.pop();
    }
    // Indexed loops over a typed array: a for-of over an array made by map() met arrays of more
    // than one map, and V8 deoptimised this function on them again and again (about one 100 KB call in six).
    const ranges = this.candidateRanges;
    for (let c = 0; c < top.length; c++) {
      ranges[2 * c] = featurizer.sourceIndex(top[c]! * stride);
      ranges[2 * c + 1] = featurizer.sourceIndex(Math.min((top[c]! + K) * stride, len));
    }
    let best: { start: number; end: number; logit: number } | undefined;
    for (let c = 0; c < top.length; c++) {
      const start = ranges[2 * c]!;
      const end = ranges[2 * c + 1]!;
      const logit = this.wholeLogit(text, start, end);
      if (best === undefined || logit > best.logit) best = { start, end, logit };
    }
    return { whole: Number.NEGATIVE_INFINITY, window: { ...best!, count: windows } };
  }

  /** The whole-text logit of `text` from `start` to `end`, as if it were a text of its own. */
  private wholeLogit(text: string | Uint16Array, start: number, end: number): number {
    const { featurizer, bias, window } = this.model;
    const len = featurizer.load(text, start, end);
    const buf = this.ring[0]!;
    for (let pos = 0; pos < len; pos += window.stride) {
      const n = featurizer.next(pos + window.stride, buf);
      this.add(buf, n, false);
    }
    const logit = this.wholeSums().logit(bias, featurizer.config);
    this.clear();
    return logit;
  }
}
