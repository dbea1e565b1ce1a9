/** The two-proportion z-test, as Evidently's `z` drift test computes it. */
import { AisecError } from '../core/errors.js';
import { normalCdf } from './normal.js';

/** A z-test result. */
export interface ZTestResult {
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * Two-sided test that two proportions x₁/n₁ and x₂/n₂ are equal, with the pooled standard
 * error; p = 2(1 − Φ(|z|)) as Evidently writes it. When both proportions are 0 or both are 1
 * there is no evidence of a difference and p = 1.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  if (!(n1 > 0 && n2 > 0) || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
    throw new AisecError('ERR_STATS_INPUT', `twoProportionZTest needs 0 ≤ x ≤ n and n > 0 for both samples (got ${x1}/${n1} and ${x2}/${n2}).`);
  }
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / Math.sqrt(variance);
  return { statistic: z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
