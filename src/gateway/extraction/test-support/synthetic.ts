/**
 * Seeded synthetic query streams for the monitor's tests (no dataset needed): a "natural"
 * distribution (a mixture of Gaussian blobs in [0, 1]^d, one per class), benign clients drawing
 * from it with some exact repeats, a Papernot-style thief (a few natural seeds, then rounds that
 * add a ±λ sign step to every point so far, doubling the set), and a uniform-noise thief.
 */
import { createMatrix, type Matrix } from '../../../ml/models/matrix.js';
import { createRng, normal, type Rng } from '../../../stats/index.js';

/** The synthetic world: class centres and a sampler. */
export interface SyntheticWorld {
  readonly d: number;
  readonly classes: number;
  /** The class of a row: its nearest centre. */
  classOf(row: ArrayLike<number>): number;
  /** Class probabilities of a row (a softmax of minus the squared distances to the centres): the model a test serves. */
  proba(row: ArrayLike<number>): number[];
  /** One natural row. */
  sample(rng: Rng): Float64Array;
  /** `n` natural rows as a matrix (e.g. to build a profile). */
  matrix(n: number, seed: number): Matrix;
}

/** A world of `classes` blobs in `d` dimensions. */
export function syntheticWorld(d = 16, classes = 5, seed = 1): SyntheticWorld {
  const rng = createRng(seed);
  const centres = Array.from({ length: classes }, () => Float64Array.from({ length: d }, () => 0.2 + 0.6 * rng()));
  const classOf = (row: ArrayLike<number>): number => {
    let best = 0;
    let bestDistance = Infinity;
    centres.forEach((c, k) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += (row[j]! - c[j]!) ** 2;
      if (s < bestDistance) {
        bestDistance = s;
        best = k;
      }
    });
    return best;
  };
  const sample = (r: Rng): Float64Array => {
    const c = centres[Math.floor(r() * classes)]!;
    return Float64Array.from(c, (m) => Math.min(1, Math.max(0, m + normal(r, 0, 0.08))));
  };
  const proba = (row: ArrayLike<number>): number[] => {
    const logits = centres.map((c) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += (row[j]! - c[j]!) ** 2;
      return -10 * s;
    });
    const top = Math.max(...logits);
    const e = logits.map((l) => Math.exp(l - top));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / total);
  };
  return {
    d,
    classes,
    classOf,
    proba,
    sample,
    matrix: (n, s) => {
      const r = createRng(s);
      const X = createMatrix(n, d);
      for (let i = 0; i < n; i++) X.data.set(sample(r), i * d);
      return X;
    },
  };
}

/** A benign client: `n` natural rows, about `repeatShare` of them exact repeats of earlier ones. */
export function benignStream(world: SyntheticWorld, n: number, seed: number, repeatShare = 0.1): Float64Array[] {
  const rng = createRng(seed);
  const rows: Float64Array[] = [];
  while (rows.length < n) {
    if (rows.length > 0 && rng() < repeatShare) rows.push(Float64Array.from(rows[Math.floor(rng() * rows.length)]!));
    else rows.push(world.sample(rng));
  }
  return rows;
}

/** A Papernot-style thief: `seeds` natural rows, then ±λ sign steps of every row so far, until `n`. */
export function papernotStream(world: SyntheticWorld, n: number, seed: number, seeds = 20, lambda = 0.1): Float64Array[] {
  const rng = createRng(seed);
  const rows: Float64Array[] = Array.from({ length: seeds }, () => world.sample(rng));
  while (rows.length < n) {
    const round = rows.length;
    for (let i = 0; i < round && rows.length < n; i++) {
      rows.push(Float64Array.from(rows[i]!, (v) => Math.min(1, Math.max(0, v + lambda * Math.sign(normal(rng, 0, 1))))));
    }
  }
  return rows;
}

/** A uniform-noise thief: `n` rows drawn from U[0, 1]^d. */
export function uniformStream(world: SyntheticWorld, n: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Float64Array.from({ length: world.d }, () => rng()));
}
