/** The binomial upper tail, P(X ≥ k) for X ~ Binomial(n, p): the p-value of a one-sided binomial test. */
import { AisecError } from '../core/errors.js';
import { logGamma } from './gamma.js';

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * The natural logarithm of P(X ≥ k) for X ~ Binomial(n, p), summed in log space so that
 * tail probabilities far below 1e-300 keep their value.
 */
export function logBinomialSf(k: number, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k) || !(p >= 0 && p <= 1)) {
    throw new AisecError('ERR_STATS_INPUT', `logBinomialSf needs whole numbers k and n ≥ 0 and 0 ≤ p ≤ 1 (got k = ${k}, n = ${n}, p = ${p}).`);
  }
  if (k <= 0) return 0;
  if (k > n) return -Infinity;
  if (p === 0) return -Infinity;
  if (p === 1) return 0;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let max = -Infinity;
  const terms: number[] = [];
  for (let j = k; j <= n; j++) {
    const t = logChoose(n, j) + j * lp + (n - j) * lq;
    terms.push(t);
    if (t > max) max = t;
    // Past the mode the terms only shrink; stop once they no longer matter.
    if (t < max - 40 && j > n * p) break;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return Math.min(0, max + Math.log(sum));
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p).
 *
 * @example
 * binomialSf(7, 9, 0.08); // 6.53e-7
 */
export function binomialSf(k: number, n: number, p: number): number {
  return Math.exp(logBinomialSf(k, n, p));
}
