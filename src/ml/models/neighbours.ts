import type { Matrix } from './matrix.js';

/** The k nearest neighbours of each query row, nearest first (ties: lower row index first). */
export interface Neighbours {
  /** Neighbours per query (the requested k, capped by the rows available). */
  readonly k: number;
  /** `indices[q * k + j]`: row of `points` that is the j-th neighbour of query q. */
  readonly indices: Int32Array;
  /** `distances[q * k + j]`: its Euclidean distance. */
  readonly distances: Float64Array;
}

/** Options of the neighbour searches. */
export interface NeighbourOptions {
  /** Rows to find neighbours for; without it, every row of `points` against the others. */
  readonly queries?: Matrix;
  /** Checked between query rows, so a cancelled run stops. */
  readonly signal?: AbortSignal;
}

/** Check sizes and return k capped by the rows that can be neighbours. */
export function checkNeighbourArgs(points: Matrix, queries: Matrix, k: number, self: boolean): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, not ${k}`);
  if (queries.cols !== points.cols) throw new RangeError(`queries have ${queries.cols} columns, points ${points.cols}`);
  return Math.max(0, Math.min(k, self ? points.rows - 1 : points.rows));
}

/**
 * Squared Euclidean distance between two rows of flat arrays; stops early (returning a value
 * above `bound`) once the partial sum exceeds `bound`. The terms are always added in the same
 * order, so every caller gets bit-identical distances.
 */
export function squaredDistance(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number, bound: number): number {
  let sum = 0;
  let j = 0;
  // Blocks of eight terms, unrolled, then a bound check: checking every term costs more than
  // it saves, never checking wastes the early exit.
  for (; j + 8 <= d; j += 8) {
    const d0 = a[ao + j]! - b[bo + j]!;
    const d1 = a[ao + j + 1]! - b[bo + j + 1]!;
    const d2 = a[ao + j + 2]! - b[bo + j + 2]!;
    const d3 = a[ao + j + 3]! - b[bo + j + 3]!;
    const d4 = a[ao + j + 4]! - b[bo + j + 4]!;
    const d5 = a[ao + j + 5]! - b[bo + j + 5]!;
    const d6 = a[ao + j + 6]! - b[bo + j + 6]!;
    const d7 = a[ao + j + 7]! - b[bo + j + 7]!;
    sum += d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3 + (d4 * d4 + d5 * d5 + d6 * d6 + d7 * d7);
    if (sum > bound) return sum;
  }
  for (; j < d; j++) {
    const diff = a[ao + j]! - b[bo + j]!;
    sum += diff * diff;
  }
  return sum;
}

/** The k smallest (distance, index) pairs seen so far, kept sorted; ties go to the lower index. */
export class TopK {
  readonly index: Int32Array;
  readonly dist: Float64Array;
  size = 0;
  /** The squared distance a candidate must not exceed to enter (Infinity until full). */
  bound = Infinity;

  constructor(readonly k: number) {
    this.index = new Int32Array(k);
    this.dist = new Float64Array(k);
  }

  reset(): void {
    this.size = 0;
    this.bound = Infinity;
  }

  /** Offer a candidate with its squared distance. */
  offer(index: number, dist: number): void {
    if (this.k === 0) return;
    if (this.size === this.k) {
      const last = this.k - 1;
      if (dist > this.dist[last]! || (dist === this.dist[last]! && index > this.index[last]!)) return;
    } else {
      this.size++;
    }
    let m = this.size - 1;
    while (m > 0 && (this.dist[m - 1]! > dist || (this.dist[m - 1]! === dist && this.index[m - 1]! > index))) {
      this.dist[m] = this.dist[m - 1]!;
      this.index[m] = this.index[m - 1]!;
      m--;
    }
    this.dist[m] = dist;
    this.index[m] = index;
    if (this.size === this.k) this.bound = this.dist[this.k - 1]!;
  }

  /** Write the neighbours (distances as square roots) at `offset`. */
  write(indices: Int32Array, distances: Float64Array, offset: number): void {
    for (let j = 0; j < this.size; j++) {
      indices[offset + j] = this.index[j]!;
      distances[offset + j] = Math.sqrt(this.dist[j]!);
    }
  }
}
