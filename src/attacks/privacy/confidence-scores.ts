/**
 * Per-row statistics of a model's class probabilities that membership attacks threshold:
 * the log-probability of the true class (minus the cross-entropy loss), the top confidence,
 * and the logit-scaled confidence φ of LiRA.
 */
import type { Matrix } from '../../ml/models/matrix.js';

/** The smallest positive double: keeps logarithms finite when a probability is exactly 0. */
const TINY = Number.MIN_VALUE;

/**
 * log p(true class) of each row, i.e. minus the cross-entropy loss; finite even at p = 0.
 * Taken as −log(1 + rest / p), where `rest` is the sum of the other classes, so a loss of
 * 1e-20 is not rounded to 0: an overfit model gives many training rows such losses, and
 * rounding them would tie them all.
 */
export function trueClassLogProb(P: Matrix, y: Int32Array): Float64Array {
  return perRow(P, y, (p, rest) => (p >= rest ? -Math.log1p(rest / p) : Math.log(Math.max(p, TINY)) - Math.log(p + rest)));
}

/**
 * `score(p, rest)` for each row, where p is the probability of the row's label and `rest` the
 * sum of the other classes' (summed, not taken as 1 − p, so it keeps its precision near p = 1).
 */
function perRow(P: Matrix, y: Int32Array, score: (p: number, rest: number) => number): Float64Array {
  const out = new Float64Array(P.rows);
  const C = P.cols;
  for (let i = 0; i < P.rows; i++) {
    const label = y[i]!;
    let rest = 0;
    for (let c = 0; c < C; c++) if (c !== label) rest += P.data[i * C + c]!;
    out[i] = score(P.data[i * C + label]!, rest);
  }
  return out;
}

/** The largest class probability of each row, whatever the true class. */
export function maxConfidence(P: Matrix): Float64Array {
  const out = new Float64Array(P.rows);
  for (let i = 0; i < P.rows; i++) {
    let max = 0;
    for (let c = 0; c < P.cols; c++) max = Math.max(max, P.data[i * P.cols + c]!);
    out[i] = max;
  }
  return out;
}

/**
 * φ = log(p / (1 − p)) of the true class (Carlini et al. 2022): over models trained with and
 * without a row it is close to Gaussian, which a raw probability near 1 is not. `1 − p` is
 * taken as the sum of the other classes' probabilities, so φ keeps its precision when p
 * rounds to 1 (φ ≈ 40 for p = 1 − 1e-17); it is finite for every input (|φ| < 745).
 */
export function trueClassLogit(P: Matrix, y: Int32Array): Float64Array {
  return perRow(P, y, (p, rest) => Math.log(Math.max(p, TINY)) - Math.log(Math.max(rest, TINY)));
}
