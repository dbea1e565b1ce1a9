/**
 * The Epps–Singleton two-sample test (Epps & Singleton, J. Stat. Comput. Simul. 26, 1986) as
 * scipy's `epps_singleton_2samp` computes it: the empirical characteristic functions at
 * t = (0.4, 0.8) scaled by the semi-interquartile range of the pooled data, a quadratic form
 * with the pseudo-inverse of the pooled covariance, chi-square with the rank as degrees of
 * freedom, and the small-sample correction below 25 values.
 */
import { AisecError } from '../core/errors.js';
import { quantileSorted } from './describe.js';
import { chiSquareSf } from './gamma.js';
import { symmetricEigen } from './symmetric-eigen.js';

/** Result of {@link eppsSingleton2Sample}. */
export interface EppsSingletonResult {
  readonly statistic: number;
  readonly pValue: number;
}

/** Interquartile range of two sorted samples pooled (numpy linear interpolation). */
export function pooledIqr(x: Float64Array, y: Float64Array): number {
  const pooled = new Float64Array(x.length + y.length);
  pooled.set(x);
  pooled.set(y, x.length);
  pooled.sort();
  return quantileSorted(pooled, 0.75) - quantileSorted(pooled, 0.25);
}

/** Mean vector and biased covariance of the features cos(t·v), sin(t·v). */
function features(values: Float64Array, ts: readonly number[]): { mean: number[]; cov: number[][] } {
  const d = 2 * ts.length;
  const n = values.length;
  const mean = new Array<number>(d).fill(0);
  const g = new Float64Array(d);
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < ts.length; k++) {
      g[k] = Math.cos(ts[k]! * values[i]!);
      g[k + ts.length] = Math.sin(ts[k]! * values[i]!);
    }
    rows.push(Float64Array.from(g));
    for (let k = 0; k < d; k++) mean[k]! += g[k]!;
  }
  for (let k = 0; k < d; k++) mean[k]! /= n;
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const row of rows) for (let p = 0; p < d; p++) for (let q = 0; q < d; q++) cov[p]![q]! += (row[p]! - mean[p]!) * (row[q]! - mean[q]!);
  for (let p = 0; p < d; p++) for (let q = 0; q < d; q++) cov[p]![q]! /= n;
  return { mean, cov };
}

/**
 * Epps–Singleton test on two samples of at least 5 finite values each whose pooled
 * interquartile range is not zero (Evidently refuses that case; scipy would divide by zero).
 */
export function eppsSingleton2Sample(x: Float64Array, y: Float64Array, t: readonly number[] = [0.4, 0.8]): EppsSingletonResult {
  const nx = x.length;
  const ny = y.length;
  if (nx < 5 || ny < 5) throw new AisecError('ERR_STATS_INPUT', `The Epps–Singleton test needs at least 5 values in each sample (got ${nx} and ${ny}).`);
  const sigma = pooledIqr(x, y) / 2;
  if (sigma === 0) throw new AisecError('ERR_STATS_INPUT', 'The Epps–Singleton test needs spread in the middle of the data: the interquartile range of both samples pooled is 0. Use another test (e.g. ks) for this column.');
  const ts = t.map((v) => v / sigma);
  const fx = features(x, ts);
  const fy = features(y, ts);
  const n = nx + ny;
  const d = 2 * t.length;
  const cov = fx.cov.map((row, p) => row.map((v, q) => (n / nx) * v + (n / ny) * fy.cov[p]![q]!));
  // Pseudo-inverse by eigen-decomposition (the matrix is symmetric positive semi-definite).
  // With few distinct values the covariance is rank-deficient and its smallest eigenvalue is
  // rounding noise (about 1e-15 × the largest); numpy's pinv cutoff of 1e-15 × the largest keeps
  // or drops it by chance of rounding, so this drops eigenvalues below 1e-12 × the largest,
  // which reproduces scipy whenever its noise fell below its cutoff. The rank is the chi-square dof.
  const { values, vectors } = symmetricEigen(cov);
  const largest = Math.max(...Array.from(values, Math.abs));
  const inverted = Array.from(values, (v) => (Math.abs(v) > 1e-12 * largest ? 1 / v : 0));
  const rank = inverted.filter((v) => v !== 0).length;
  const diff = fx.mean.map((v, k) => v - fy.mean[k]!);
  // w = n · diffᵀ V diag(1/λ) Vᵀ diff
  let w = 0;
  for (let k = 0; k < d; k++) {
    let proj = 0;
    for (let p = 0; p < d; p++) proj += vectors[k]![p]! * diff[p]!;
    w += inverted[k]! * proj * proj;
  }
  w *= n;
  if (Math.max(nx, ny) < 25) w *= 1 / (1 + n ** -0.45 + 10.1 * (nx ** -1.7 + ny ** -1.7));
  return { statistic: w, pValue: chiSquareSf(w, rank) };
}
