/**
 * The Mann–Whitney U test as scipy's `mannwhitneyu` computes it: the exact null distribution
 * when one sample has at most 8 values and there are no ties, otherwise the normal
 * approximation with the tie correction and a continuity correction of 0.5.
 */
import { AisecError } from '../core/errors.js';
import { normalSf } from './normal.js';
import { forEachTieGroup } from './sorted.js';

/** Which alternative: `less` means x tends to be smaller than y. */
export type MannWhitneyAlternative = 'two-sided' | 'less' | 'greater';

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyResult {
  /** U of the first sample. */
  readonly statistic: number;
  readonly pValue: number;
  readonly method: 'exact' | 'asymptotic';
}

/**
 * P(U ≥ u) under the null for sizes m ≤ n, from the generating function of U, the Gaussian
 * binomial ∏ᵢ (1 − q^{n+i}) / (1 − q^i), i = 1 … m; O(m² n) work.
 */
function exactSf(u: number, m0: number, n0: number): number {
  const m = Math.min(m0, n0);
  const n = Math.max(m0, n0);
  const complement = m * n - u;
  // Only the lower half is needed: P(U ≥ u) = 1 − P(U ≤ u) + P(U = u), or P(U ≤ mn − u) by symmetry.
  const top = Math.max(0, Math.min(u, complement));
  const c = new Float64Array(top + 1);
  c[0] = 1;
  for (let i = 1; i <= m; i++) for (let j = i; j <= top; j++) c[j]! += c[j - i]!; // ÷ (1 − q^i)
  for (let i = 1; i <= m; i++) for (let j = top; j >= n + i; j--) c[j]! -= c[j - n - i]!; // × (1 − q^{n+i})
  let total = 1;
  for (let i = 1; i <= m; i++) total = (total * (n + i)) / i;
  let cdf = 0;
  for (let j = 0; j <= top; j++) cdf += c[j]!;
  return u < complement ? 1 - cdf / total + c[top]! / total : cdf / total;
}

/**
 * The Mann–Whitney U test on two sorted samples of finite values. scipy's method choice:
 * exact when either sample has at most 8 values and no value is tied, else asymptotic.
 */
export function mannWhitneyU(x: Float64Array, y: Float64Array, options: { alternative?: MannWhitneyAlternative; continuity?: boolean } = {}): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new AisecError('ERR_STATS_INPUT', `The Mann–Whitney test needs values in both samples (got ${n1} and ${n2}).`);
  const alternative = options.alternative ?? 'two-sided';
  let r1 = 0;
  let below = 0;
  let tieTerm = 0;
  let ties = false;
  forEachTieGroup(x, y, (_v, cx, cy) => {
    const t = cx + cy;
    r1 += cx * (below + (t + 1) / 2);
    below += t;
    tieTerm += t * t * t - t;
    if (t > 1) ties = true;
  });
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const factor = alternative === 'two-sided' ? 2 : 1;
  const exact = !(n1 > 8 && n2 > 8) && !ties;
  let p: number;
  if (exact) p = exactSf(u, n1, n2);
  else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const numerator = u - (n1 * n2) / 2 - (options.continuity === false ? 0 : 0.5);
    // s = 0 (every value tied) gives ±∞ or NaN in scipy; ±∞ are the limits, 0/0 is no evidence.
    const z = s === 0 ? (numerator === 0 ? 0 : numerator / 0) : numerator / s;
    p = normalSf(z);
  }
  return { statistic: u1, pValue: Math.min(1, Math.max(0, p * factor)), method: exact ? 'exact' : 'asymptotic' };
}
