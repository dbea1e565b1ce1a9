import type { Matrix } from './matrix.js';
import { TopK, checkNeighbourArgs, squaredDistance, type Neighbours, type NeighbourOptions } from './neighbours.js';

/**
 * Exact k nearest neighbours by comparing every pair: the reference {@link nearestNeighbours}
 * is tested against, and the faster choice for a few hundred rows.
 *
 * Without `queries`, each row's neighbours are the other rows (a row is never its own
 * neighbour); with `queries`, each query row's neighbours are rows of `points`.
 */
export function bruteForceNeighbours(points: Matrix, k: number, options: NeighbourOptions = {}): Neighbours {
  const queries = options.queries ?? points;
  const self = options.queries === undefined;
  const kk = checkNeighbourArgs(points, queries, k, self);
  const top = new TopK(kk);
  const indices = new Int32Array(queries.rows * kk);
  const distances = new Float64Array(queries.rows * kk);
  const d = points.cols;
  for (let q = 0; q < queries.rows; q++) {
    options.signal?.throwIfAborted();
    top.reset();
    for (let p = 0; p < points.rows; p++) {
      if (self && p === q) continue;
      top.offer(p, squaredDistance(queries.data, q * d, points.data, p * d, d, Infinity));
    }
    top.write(indices, distances, q * kk);
  }
  return { k: kk, indices, distances };
}
