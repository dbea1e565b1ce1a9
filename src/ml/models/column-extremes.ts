import type { Matrix } from './matrix.js';

/** Each column's lowest and highest value. */
export interface ColumnExtremes {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

/**
 * The lowest and highest value of every column of `X`. A matrix without rows gives `Infinity`
 * and `-Infinity`; NaN values are passed over.
 *
 * @example
 * const { lo, hi } = columnExtremes(X); // lo[j] ≤ X[i][j] ≤ hi[j]
 */
export function columnExtremes(X: Matrix): ColumnExtremes {
  const d = X.cols;
  const lo = new Float64Array(d).fill(Infinity);
  const hi = new Float64Array(d).fill(-Infinity);
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < d; j++) {
      const v = X.data[i * d + j]!;
      if (v < lo[j]!) lo[j] = v;
      if (v > hi[j]!) hi[j] = v;
    }
  }
  return { lo, hi };
}
