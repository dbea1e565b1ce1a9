/**
 * Principal component analysis as scikit-learn's `PCA` (no whitening): components from the
 * eigen-decomposition of the covariance matrix, the number kept either fixed or the smallest
 * that explains more than a share of the variance (`n_components=0.65`).
 */
import { AisecError } from '../../core/errors.js';
import { symmetricEigen } from '../symmetric-eigen.js';

/** A fitted PCA. */
export interface Pca {
  readonly mean: Float64Array;
  /** Kept components (unit vectors), largest variance first. */
  readonly components: Float64Array[];
  /** Share of the total variance each kept component explains. */
  readonly explainedVarianceRatio: Float64Array;
}

/**
 * Fit on rows of equal length. `keep` in (0, 1) keeps the fewest components whose cumulative
 * explained variance exceeds it (scikit-learn: `searchsorted(cumsum, keep, "right") + 1`);
 * an integer keeps that many.
 */
export function fitPca(rows: readonly Float64Array[], keep: number): Pca {
  const n = rows.length;
  if (n < 2) throw new AisecError('ERR_STATS_INPUT', `PCA needs at least 2 rows (got ${n}).`);
  const d = rows[0]!.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j]! += r[j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  const cov = Array.from({ length: d }, () => new Float64Array(d));
  const centred = new Float64Array(d);
  for (const r of rows) {
    for (let j = 0; j < d; j++) centred[j] = r[j]! - mean[j]!;
    for (let i = 0; i < d; i++) {
      const ci = centred[i]!;
      const row = cov[i]!;
      for (let j = i; j < d; j++) row[j]! += ci * centred[j]!;
    }
  }
  for (let i = 0; i < d; i++) for (let j = i; j < d; j++) cov[j]![i] = cov[i]![j] = cov[i]![j]! / (n - 1);
  const { values, vectors } = symmetricEigen(cov);
  const clipped = values.map((v) => Math.max(v, 0));
  const total = clipped.reduce((s, v) => s + v, 0);
  const ratio = clipped.map((v) => (total > 0 ? v / total : 0));
  let k: number;
  if (keep > 0 && keep < 1) {
    let cum = 0;
    k = 0;
    while (k < d && cum + ratio[k]! <= keep) cum += ratio[k++]!;
    k = Math.min(k + 1, d);
  } else if (Number.isInteger(keep) && keep >= 1 && keep <= d) {
    k = keep;
  } else {
    throw new AisecError('ERR_STATS_INPUT', `PCA keep must be a share of variance in (0, 1) or a whole number of components from 1 to ${d} (got ${keep}).`);
  }
  return { mean, components: vectors.slice(0, k), explainedVarianceRatio: ratio.slice(0, k) };
}

/** Euclidean distance between a row and its reconstruction from the kept components. */
export function reconstructionError(pca: Pca, row: Float64Array): number {
  const d = row.length;
  const centred = new Float64Array(d);
  for (let j = 0; j < d; j++) centred[j] = row[j]! - pca.mean[j]!;
  const residual = Float64Array.from(centred);
  for (const c of pca.components) {
    let z = 0;
    for (let j = 0; j < d; j++) z += centred[j]! * c[j]!;
    for (let j = 0; j < d; j++) residual[j]! -= z * c[j]!;
  }
  let ss = 0;
  for (const r of residual) ss += r * r;
  return Math.sqrt(ss);
}
