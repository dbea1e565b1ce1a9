import { createMatrix, type Matrix, type Neighbours } from '../../../ml/index.js';

/**
 * kNN label disagreement: for each row, the share of its k nearest neighbours whose label
 * differs from its own (0 = all agree, 1 = none do). The baseline label-noise signal: a
 * flipped label sits among neighbours of its true class.
 */
export function knnDisagreement(neighbours: Neighbours, y: Int32Array): Float64Array {
  const { k, indices } = neighbours;
  const out = new Float64Array(y.length);
  if (k === 0) return out;
  for (let i = 0; i < y.length; i++) {
    let differ = 0;
    for (let j = 0; j < k; j++) if (y[indices[i * k + j]!] !== y[i]) differ++;
    out[i] = differ / k;
  }
  return out;
}

/**
 * Class probabilities from the neighbours' labels: (votes for c + s) / (k + C·s). Leaving the
 * row itself out makes these out-of-sample, so confident learning can use them; the smoothing
 * `s` (default 0.5) keeps every probability above zero.
 */
export function neighbourVotes(neighbours: Neighbours, y: Int32Array, numClasses: number, smoothing = 0.5): Matrix {
  const { k, indices } = neighbours;
  const C = numClasses;
  const out = createMatrix(y.length, C);
  const base = smoothing / (k + C * smoothing);
  const vote = 1 / (k + C * smoothing);
  out.data.fill(base);
  for (let i = 0; i < y.length; i++) {
    for (let j = 0; j < k; j++) out.data[i * C + y[indices[i * k + j]!]!]! += vote;
  }
  return out;
}

/**
 * Mix two out-of-sample probability estimates, w·a + (1 − w)·b, with the w in 0, 0.05, …, 1
 * that best predicts the given labels (lowest mean log-loss). With labels flipped at random
 * the better predictor of the given labels is also the better predictor of the true ones, so
 * the weight needs no clean data; it leans to the model on smooth problems (e.g. census data)
 * and to the neighbours on clustered ones (e.g. digits).
 */
export function blendProbabilities(a: Matrix, b: Matrix, y: Int32Array): { weight: number; probs: Matrix } {
  if (a.rows !== b.rows || a.cols !== b.cols || a.rows !== y.length) throw new RangeError('blended probabilities must have the same shape, one row per label');
  const C = a.cols;
  let weight = 0;
  let best = Infinity;
  for (let step = 0; step <= 20; step++) {
    const w = step / 20;
    let loss = 0;
    for (let i = 0; i < y.length; i++) {
      const p = w * a.data[i * C + y[i]!]! + (1 - w) * b.data[i * C + y[i]!]!;
      loss -= Math.log(Math.max(p, 1e-12));
    }
    if (loss < best - 1e-9) {
      best = loss;
      weight = w;
    }
  }
  const probs = createMatrix(a.rows, C);
  for (let i = 0; i < probs.data.length; i++) probs.data[i] = weight * a.data[i]! + (1 - weight) * b.data[i]!;
  return { weight, probs };
}
