/**
 * The G-test (log-likelihood ratio) of observed counts against expected counts, as scipy's
 * `power_divergence(f_obs, f_exp, lambda_="log-likelihood")`, including its refusal when the
 * two totals differ.
 */
import { AisecError } from '../core/errors.js';
import type { ChiSquareResult } from './chi-square.js';
import { chiSquareSf } from './gamma.js';

/**
 * G = 2 Σ o ln(o / e) with k − 1 degrees of freedom. The totals of observed and expected
 * counts must agree to a relative √ε (about 1.5e-8), as scipy requires; an expected count of 0
 * with observed counts makes G infinite and the p-value 0.
 */
export function gTest(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquareResult {
  if (observed.length !== expected.length) throw new AisecError('ERR_STATS_INPUT', `gTest needs as many expected as observed counts (got ${expected.length} and ${observed.length}).`);
  let sumObserved = 0;
  let sumExpected = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const e = expected[i]!;
    if (!(o >= 0 && e >= 0 && Number.isFinite(o) && Number.isFinite(e))) throw new AisecError('ERR_STATS_INPUT', `gTest needs finite non-negative counts (category ${i} has ${o} observed, ${e} expected).`);
    sumObserved += o;
    sumExpected += e;
  }
  const relative = Math.abs(sumObserved - sumExpected) / Math.min(sumObserved, sumExpected);
  if (!(relative <= Math.sqrt(Number.EPSILON))) {
    throw new AisecError('ERR_STATS_INPUT', `gTest needs observed and expected counts with the same total (got ${sumObserved} and ${sumExpected}): Evidently's g_test compares raw counts, so both samples must have the same number of values.`);
  }
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const e = expected[i]!;
    if (o === 0) continue;
    statistic += e === 0 ? Infinity : 2 * o * Math.log(o / e);
  }
  const dof = observed.length - 1;
  return { statistic, dof, pValue: dof < 1 ? 1 : chiSquareSf(statistic, dof) };
}
