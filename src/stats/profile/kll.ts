/**
 * A KLL quantile sketch (Karnin, Lang & Liberty 2016; the compactor layout of Liberty's
 * reference implementation and Apache DataSketches): a stream of numbers in O(k) memory,
 * mergeable, with rank queries whose error is a small share of n.
 *
 * Level h holds items of weight 2^h. When the sketch exceeds its capacity, the lowest full
 * level is sorted and every other item (offset chosen by a coin) moves up one level. The coin
 * is a seeded xorshift whose state is part of the sketch, so building and merging are
 * deterministic and a sketch round-trips through JSON exactly.
 *
 * Error: with k = 200 the normalised rank error is about 1.3% at 99% confidence
 * ({@link kllRankError}, DataSketches' fitted bound 2.296 / k^0.9723); the tests measure it.
 * Measured with k = 200: the worst CDF error over 999 evenly spaced ranks of 32 sketches of
 * 200,000 normal values (random, sorted and reversed streams, and 20-way merges) was 0.89%,
 * so the bound also held for the supremum over many queries that KS takes.
 */
import { AisecError } from '../../core/errors.js';

/** Default k: about 1.3% rank error, at most about 3k + 2·levels items held. */
export const KLL_DEFAULT_K = 200;
export const KLL_MIN_K = 8;
export const KLL_MAX_K = 65_535;
const c = 2 / 3;

/**
 * The normalised rank error bound of a sketch with parameter k (99% confidence, single
 * rank query; DataSketches' empirical fit for KLL).
 */
export function kllRankError(k: number): number {
  return 2.296 / k ** 0.9723;
}

/** The state of a sketch: plain data, what is serialised. */
export interface KllState {
  readonly k: number;
  readonly n: number;
  readonly min: number;
  readonly max: number;
  /** Coin state (a non-zero 32-bit integer). */
  readonly coin: number;
  /** levels[h]: the items held at level h (weight 2^h). */
  readonly levels: readonly (readonly number[])[];
}

/** Capacity of level h in a sketch of `height` levels. */
export function kllCapacity(k: number, h: number, height: number): number {
  return Math.ceil(c ** (height - h - 1) * k) + 1;
}

/** Most items a sketch of this k and height holds after compaction (the memory bound). */
export function kllMaxItems(k: number, height: number): number {
  let total = 0;
  for (let h = 0; h < height; h++) total += kllCapacity(k, h, height);
  return total;
}

/** A mutable KLL sketch. */
export class KllSketch {
  readonly k: number;
  private levels: number[][] = [[]];
  private size = 0;
  private coin = 0x2545f491;
  /** kllMaxItems for the current height, kept so update() stays O(1). */
  private limit = 0;
  n = 0;
  min = Infinity;
  max = -Infinity;

  constructor(k = KLL_DEFAULT_K) {
    if (!(Number.isSafeInteger(k) && k >= KLL_MIN_K && k <= KLL_MAX_K)) throw new AisecError('ERR_STATS_INPUT', `KLL k must be an integer from ${KLL_MIN_K} to ${KLL_MAX_K} (got ${String(k)}).`);
    this.k = k;
    this.limit = kllMaxItems(k, 1);
  }

  private grow(): void {
    this.levels.push([]);
    this.limit = kllMaxItems(this.k, this.levels.length);
  }

  /** Add one finite value. */
  update(x: number): void {
    if (!Number.isFinite(x)) throw new AisecError('ERR_STATS_INPUT', `KllSketch.update needs a finite number (got ${String(x)}).`);
    this.levels[0]!.push(x);
    this.size++;
    this.n++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (this.size >= this.limit) this.compress();
  }

  /** Add another sketch's items into this one (same k). */
  merge(other: KllSketch): void {
    if (other.k !== this.k) throw new AisecError('ERR_STATS_INPUT', `Cannot merge KLL sketches with different k (${this.k} and ${other.k}): build both with the same k.`);
    while (this.levels.length < other.levels.length) this.grow();
    other.levels.forEach((items, h) => {
      const level = this.levels[h]!;
      for (const v of items) level.push(v);
    });
    this.size += other.size;
    this.n += other.n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    // Mixing both coin states keeps merging deterministic and order-sensitive only through the coin.
    this.coin = (this.coin ^ Math.imul(other.coin, 0x9e3779b1)) >>> 0 || 0x2545f491;
    while (this.size >= this.limit) this.compress();
  }

  private flip(): number {
    let s = this.coin;
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    this.coin = s >>> 0 || 0x2545f491;
    return this.coin & 1;
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h]!;
      if (level.length < kllCapacity(this.k, h, this.levels.length)) continue;
      if (h + 1 >= this.levels.length) this.grow();
      level.sort((a, b) => a - b);
      const keep = level.length % 2 === 1 ? level.pop()! : undefined;
      const offset = this.flip();
      const up = this.levels[h + 1]!;
      for (let i = offset; i < level.length; i += 2) up.push(level[i]!);
      const moved = level.length;
      level.length = 0;
      if (keep !== undefined) level.push(keep);
      this.size -= moved / 2;
      if (this.size < this.limit) break;
    }
  }

  /** Whether no item was ever compacted: then every query is exact. */
  get exact(): boolean {
    return this.levels.every((l, h) => h === 0 || l.length === 0);
  }

  /** Bound on the normalised rank error of a query: 0 while exact, else {@link kllRankError}. */
  get rankError(): number {
    return this.exact ? 0 : kllRankError(this.k);
  }

  /** Items held (the memory in use, in numbers). */
  get retained(): number {
    return this.size;
  }

  /** Weighted items sorted by value: what every query reads. */
  sortedView(): { values: Float64Array; cumulative: Float64Array } {
    const pairs: [number, number][] = [];
    this.levels.forEach((items, h) => {
      for (const v of items) pairs.push([v, 2 ** h]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cumulative = new Float64Array(pairs.length);
    let acc = 0;
    pairs.forEach(([v, w], i) => {
      values[i] = v;
      acc += w;
      cumulative[i] = acc;
    });
    return { values, cumulative };
  }

  /** Estimated share of values ≤ x (the CDF); exact at or beyond min and max. */
  cdf(x: number): number {
    if (this.n === 0) return Number.NaN;
    if (x < this.min) return 0;
    if (x >= this.max) return 1;
    let below = 0;
    this.levels.forEach((items, h) => {
      for (const v of items) if (v <= x) below += 2 ** h;
    });
    return below / this.n;
  }

  /** Estimated q-quantile: the smallest held value whose estimated rank reaches q·n. */
  quantile(q: number): number {
    if (this.n === 0) return Number.NaN;
    if (!(q >= 0 && q <= 1)) throw new AisecError('ERR_STATS_INPUT', `A quantile needs q in [0, 1] (got ${String(q)}).`);
    if (q === 0) return this.min;
    if (q === 1) return this.max;
    const { values, cumulative } = this.sortedView();
    const target = q * this.n;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  }

  /** A deep copy. */
  clone(): KllSketch {
    return KllSketch.fromState(this.toState());
  }

  /** Plain data for serialisation (levels sorted, so equal sketches give equal states). */
  toState(): KllState {
    return { k: this.k, n: this.n, min: this.min, max: this.max, coin: this.coin, levels: this.levels.map((l) => [...l].sort((a, b) => a - b)) };
  }

  /** Rebuild from {@link toState} output (already validated by the caller's schema). */
  static fromState(state: KllState): KllSketch {
    const s = new KllSketch(state.k);
    s.levels = state.levels.map((l) => [...l]);
    if (s.levels.length === 0) s.levels.push([]);
    s.limit = kllMaxItems(s.k, s.levels.length);
    s.size = s.levels.reduce((t, l) => t + l.length, 0);
    s.n = state.n;
    s.min = state.n === 0 ? Infinity : state.min;
    s.max = state.n === 0 ? -Infinity : state.max;
    s.coin = state.coin >>> 0 || 0x2545f491;
    return s;
  }
}
