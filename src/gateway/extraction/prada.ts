/**
 * PRADA (Juuti, Szyller, Marchal and Asokan, "PRADA: Protecting against DNN Model Stealing
 * Attacks", EuroS&P 2019), for one key, after the reference implementation's logic:
 *
 * - a growing set G_c of queries per predicted class c, and a threshold T_c (0 at first);
 * - each query x of class c: d = min over g in G_c of ‖x − g‖₂ joins the distance list; when
 *   d > T_c, x joins G_c and T_c = max(T_c, mean − std of the distances of G_c's members);
 * - every `testEvery` queries: pool the distances of the classes with at least `minPerClass`,
 *   drop those more than `outlierSigma` standard deviations from the mean, and when at least
 *   `minDistances` remain compute the Shapiro–Wilk W. W < δ is an alarm: natural queries' minimum
 *   distances look roughly normal, synthetic ones (small steps from a few seeds) do not.
 *
 * Memory is bounded: G holds at most `maxGrowingSet` rows in all (float32; once full, queries
 * are still measured against it but no longer join it), and only the last `maxDistances`
 * distances are kept (a ring). The cost of a query is O(|G_c| · d).
 */
import { shapiroWilk, SHAPIRO_WILK_MAX_N } from '../../stats/index.js';

/** PRADA's settings (the monitor's `prada` section). */
export interface PradaSettings {
  readonly minDistances: number;
  readonly minPerClass: number;
  readonly outlierSigma: number;
  readonly maxGrowingSet: number;
  readonly maxDistances: number;
}

/** The outcome of a test. */
export interface PradaTest {
  /** Shapiro–Wilk W of the pooled distances (0 when they are all equal: a lattice, not natural data). */
  readonly w: number;
  /** Distances tested. */
  readonly n: number;
}

interface ClassSet {
  readonly rows: number[];
  threshold: number;
  /** Sum, sum of squares and count of the members' distances (the first member counts as 0). */
  sum: number;
  squares: number;
  count: number;
}

/** PRADA's state for one key. */
export class PradaState {
  private store: Float32Array;
  private stored = 0;
  private readonly classes: (ClassSet | undefined)[] = [];
  private readonly distances: Float32Array;
  private readonly distanceClass: Int32Array;
  private head = 0;
  private filled = 0;

  constructor(
    private readonly settings: PradaSettings,
    private readonly dimensions: number,
  ) {
    this.store = new Float32Array(Math.min(16, settings.maxGrowingSet) * dimensions);
    this.distances = new Float32Array(settings.maxDistances);
    this.distanceClass = new Int32Array(settings.maxDistances);
  }

  /** Rows in the growing sets. */
  get growingSetSize(): number {
    return this.stored;
  }

  /** Bytes held (approximately). */
  get bytes(): number {
    return this.store.byteLength + this.distances.byteLength + this.distanceClass.byteLength + this.stored * 8 + this.classes.length * 64;
  }

  /** Take in query `x` (length = dimensions) of predicted class `cls` (a small non-negative integer). */
  observe(x: Float64Array, cls: number): void {
    let set = this.classes[cls];
    if (set === undefined) {
      set = { rows: [], threshold: 0, sum: 0, squares: 0, count: 1 };
      this.classes[cls] = set;
      this.add(set, x);
      return;
    }
    if (set.rows.length === 0) {
      this.add(set, x);
      return;
    }
    const d = this.dimensions;
    const store = this.store;
    let best = Infinity;
    for (const r of set.rows) {
      let s = 0;
      const at = r * d;
      for (let j = 0; j < d; j++) {
        const diff = x[j]! - store[at + j]!;
        s += diff * diff;
      }
      if (s < best) best = s;
    }
    const dmin = Math.sqrt(best);
    this.distances[this.head] = dmin;
    this.distanceClass[this.head] = cls;
    this.head = (this.head + 1) % this.distances.length;
    if (this.filled < this.distances.length) this.filled++;
    if (dmin > set.threshold && this.add(set, x)) {
      set.sum += dmin;
      set.squares += dmin * dmin;
      set.count++;
      const mean = set.sum / set.count;
      const std = Math.sqrt(Math.max(0, set.squares / set.count - mean * mean));
      set.threshold = Math.max(set.threshold, mean - std);
    }
  }

  /** Run the test on the distances kept; undefined when there are not enough yet. */
  test(): PradaTest | undefined {
    const { minPerClass, minDistances, outlierSigma } = this.settings;
    const counts = new Map<number, number>();
    for (let i = 0; i < this.filled; i++) counts.set(this.distanceClass[i]!, (counts.get(this.distanceClass[i]!) ?? 0) + 1);
    const pooled: number[] = [];
    let sum = 0;
    for (let i = 0; i < this.filled; i++) {
      if (counts.get(this.distanceClass[i]!)! >= minPerClass) {
        pooled.push(this.distances[i]!);
        sum += this.distances[i]!;
      }
    }
    if (pooled.length < minDistances) return undefined;
    const mean = sum / pooled.length;
    let squares = 0;
    for (const v of pooled) squares += (v - mean) ** 2;
    const std = Math.sqrt(squares / pooled.length);
    const kept = std > 0 ? pooled.filter((v) => Math.abs(v - mean) < outlierSigma * std) : pooled;
    if (kept.length < minDistances) return undefined;
    const sample = kept.length > SHAPIRO_WILK_MAX_N ? kept.slice(-SHAPIRO_WILK_MAX_N) : kept;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of sample) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!(hi > lo)) return { w: 0, n: sample.length };
    return { w: shapiroWilk(sample).w, n: sample.length };
  }

  /** Add `x` to `set` when there is room; false when the growing set is full. */
  private add(set: ClassSet, x: Float64Array): boolean {
    if (this.stored >= this.settings.maxGrowingSet) return false;
    const d = this.dimensions;
    if ((this.stored + 1) * d > this.store.length) {
      const grown = new Float32Array(Math.min(this.settings.maxGrowingSet, Math.max(1, this.stored) * 2) * d);
      grown.set(this.store);
      this.store = grown;
    }
    this.store.set(x, this.stored * d);
    set.rows.push(this.stored);
    this.stored++;
    return true;
  }
}
