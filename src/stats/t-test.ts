/** The two-sample t-test as scipy's `ttest_ind`: Student's (pooled variance, the default) or Welch's. */
import { AisecError } from '../core/errors.js';
import { studentTSf } from './beta.js';

/** Result of {@link tTestIndependent}. */
export interface TTestResult {
  readonly statistic: number;
  readonly dof: number;
  /** Two-sided p-value. */
  readonly pValue: number;
}

function meanAndSquares(values: ArrayLike<number>): { mean: number; ss: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - mean) ** 2;
  return { mean, ss };
}

/**
 * Two-sided t-test that two samples of finite values have the same mean. Both samples with
 * zero variance: p = 1 when the means are equal (scipy returns NaN), 0 when they differ.
 */
export function tTestIndependent(a: ArrayLike<number>, b: ArrayLike<number>, options: { equalVariances?: boolean } = {}): TTestResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 < 1 || n2 < 1 || n1 + n2 < 3) throw new AisecError('ERR_STATS_INPUT', `The t-test needs at least one value per sample and three in all (got ${n1} and ${n2}).`);
  const x = meanAndSquares(a);
  const y = meanAndSquares(b);
  const diff = x.mean - y.mean;
  let dof: number;
  let se2: number;
  if (options.equalVariances ?? true) {
    dof = n1 + n2 - 2;
    se2 = ((x.ss + y.ss) / dof) * (1 / n1 + 1 / n2);
  } else {
    if (n1 < 2 || n2 < 2) throw new AisecError('ERR_STATS_INPUT', `Welch's t-test needs at least two values per sample (got ${n1} and ${n2}).`);
    const v1 = x.ss / (n1 - 1) / n1;
    const v2 = y.ss / (n2 - 1) / n2;
    se2 = v1 + v2;
    dof = (se2 * se2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  }
  if (se2 === 0) return { statistic: diff === 0 ? 0 : Math.sign(diff) * Infinity, dof, pValue: diff === 0 ? 1 : 0 };
  const t = diff / Math.sqrt(se2);
  return { statistic: t, dof, pValue: Math.min(1, 2 * studentTSf(Math.abs(t), dof)) };
}
