/**
 * Isolation forest (Liu, Ting & Zhou, "Isolation Forest", ICDM 2008): anomalies are few and
 * different, so random axis-parallel splits isolate them in fewer steps than normal points.
 * Each tree is grown on a random subsample of ψ rows to a height limit of ⌈log₂ ψ⌉; a point's
 * score is s = 2^(−E[h(x)] / c(ψ)), where h is its path length and c(n) the average path
 * length of an unsuccessful search in a binary search tree of n points. Scores near 1 are
 * anomalies; well below 0.5 are normal.
 */
import { createRng, sample, shuffle, type Rng } from '../../../stats/index.js';

const eulerGamma = 0.5772156649015329;

/** c(n): average path length of an unsuccessful binary-search-tree search over n points. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + eulerGamma) - (2 * (n - 1)) / n;
}

/** Options of {@link fitIsolationForest}. */
export interface IsolationForestOptions {
  /** Trees (default 100, as in the paper). */
  readonly trees?: number;
  /** Rows per tree, ψ (default 256, as in the paper). */
  readonly sampleSize?: number;
  readonly seed?: number;
}

/** A fitted forest. */
export interface IsolationForest {
  readonly sampleSize: number;
  /** The anomaly score of a point (length = number of features), in (0, 1]. */
  score(point: ArrayLike<number>): number;
}

interface Tree {
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** Rows in a leaf (−1 for inner nodes). */
  size: Int32Array;
}

function growTree(data: Float64Array, dims: number, rows: number[], heightLimit: number, rng: Rng, onLeaf?: (members: readonly number[], depth: number) => void): Tree {
  const capacity = 2 * rows.length + 1;
  const tree: Tree = { feature: new Int32Array(capacity), threshold: new Float64Array(capacity), left: new Int32Array(capacity), right: new Int32Array(capacity), size: new Int32Array(capacity).fill(-1) };
  let nodes = 0;
  const grow = (members: number[], depth: number): number => {
    const id = nodes++;
    if (depth >= heightLimit || members.length <= 1) {
      tree.size[id] = members.length;
      onLeaf?.(members, depth);
      return id;
    }
    // Split on a feature that varies within the node; a node where none varies is a leaf.
    const varying: { f: number; min: number; max: number }[] = [];
    for (let f = 0; f < dims; f++) {
      let min = Infinity;
      let max = -Infinity;
      for (const r of members) {
        const v = data[r * dims + f]!;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      if (max > min) varying.push({ f, min, max });
    }
    if (varying.length === 0) {
      tree.size[id] = members.length;
      onLeaf?.(members, depth);
      return id;
    }
    const pick = varying[Math.floor(rng() * varying.length)]!;
    let cut = pick.min + rng() * (pick.max - pick.min);
    if (cut <= pick.min) cut = (pick.min + pick.max) / 2;
    const lower = members.filter((r) => data[r * dims + pick.f]! < cut);
    const upper = members.filter((r) => data[r * dims + pick.f]! >= cut);
    tree.feature[id] = pick.f;
    tree.threshold[id] = cut;
    tree.left[id] = grow(lower, depth + 1);
    tree.right[id] = grow(upper, depth + 1);
    return id;
  };
  grow(rows, 0);
  return tree;
}

function pathLength(tree: Tree, point: ArrayLike<number>): number {
  let node = 0;
  let depth = 0;
  while (tree.size[node]! < 0) {
    node = point[tree.feature[node]!]! < tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
    depth++;
  }
  return depth + averagePathLength(tree.size[node]!);
}

/**
 * Fit an isolation forest on `n` rows of `dims` features stored row-major in `data` (values
 * must be finite). Seeded: the same data and seed give the same forest.
 *
 * @example
 * const forest = fitIsolationForest(matrix, rows, dims, { seed: 1 });
 * forest.score(matrix.subarray(0, dims));
 */
export function fitIsolationForest(data: Float64Array, n: number, dims: number, options: IsolationForestOptions = {}): IsolationForest {
  const rng = createRng(options.seed ?? 1);
  const psi = Math.max(1, Math.min(options.sampleSize ?? 256, n));
  const heightLimit = Math.ceil(Math.log2(Math.max(psi, 2)));
  const all = Array.from({ length: n }, (_, i) => i);
  const trees = Array.from({ length: options.trees ?? 100 }, () => growTree(data, dims, sample(all, psi, rng), heightLimit, rng));
  const norm = averagePathLength(psi);
  return {
    sampleSize: psi,
    score(point) {
      if (trees.length === 0 || norm === 0) return 0.5;
      let total = 0;
      for (const t of trees) total += pathLength(t, point);
      return 2 ** (-(total / trees.length) / norm);
    },
  };
}

/** Options of {@link scoreRowsInBag}. */
export interface InBagOptions {
  /** Rows per tree, ψ (default 256). */
  readonly sampleSize?: number;
  /** Trees at least (default 100); more are grown so that every row is in at least 10. */
  readonly trees?: number;
  /** Trees at most (default 10,000), which bounds the work on very large tables (every row is still in at least 3). */
  readonly maxTrees?: number;
  readonly seed?: number;
}

/**
 * Anomaly scores of the rows a forest is grown on, each from the trees whose subsample holds
 * the row (in-bag). Scored through every tree, a row outside a tree's subsample follows the
 * nearest boundary branch and looks ordinary there — a rare category or an out-of-range value
 * would be isolated only in the few trees that drew it. Here the rows are dealt out in
 * shuffled passes, ψ per tree, so every row is in the same number of trees (10 to 100; at least 3
 * on tables so large that the tree limit binds), and its score is 2^(−mean of h/c(m)) over those trees, m being each tree's sample size.
 */
/** Trees each row is in at least, when the tree limit allows: fewer make the scores noisy. */
const minPasses = 10;

export function scoreRowsInBag(data: Float64Array, n: number, dims: number, options: InBagOptions = {}): Float64Array {
  const scores = new Float64Array(n).fill(0.5);
  if (n < 3) return scores;
  const rng = createRng(options.seed ?? 1);
  const psi = Math.max(2, Math.min(options.sampleSize ?? 256, n));
  const perPass = Math.max(1, Math.floor(n / psi));
  const passes = Math.min(100, Math.max(minPasses, Math.ceil((options.trees ?? 100) / perPass)), Math.max(3, Math.floor((options.maxTrees ?? 10_000) / perPass)));
  const total = new Float64Array(n);
  const count = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let pass = 0; pass < passes; pass++) {
    shuffle(order, rng);
    // perPass chunks; the remainder is spread over them, so every chunk has ψ to 2ψ rows.
    for (let c = 0; c < perPass; c++) {
      const members = order.slice(Math.floor((c * n) / perPass), Math.floor(((c + 1) * n) / perPass));
      const norm = averagePathLength(members.length);
      const heightLimit = Math.ceil(Math.log2(Math.max(members.length, 2)));
      growTree(data, dims, members, heightLimit, rng, (leaf, depth) => {
        const h = depth + averagePathLength(leaf.length);
        for (const r of leaf) {
          total[r]! += norm > 0 ? h / norm : 1;
          count[r]!++;
        }
      });
    }
  }
  for (let r = 0; r < n; r++) if (count[r]! > 0) scores[r] = 2 ** -(total[r]! / count[r]!);
  return scores;
}
