/**
 * Fisher's exact test of a 2 × 2 table, two-sided as scipy's `fisher_exact`: the probability of
 * every table with the same margins that is no more likely than the one observed.
 */
import { AisecError } from '../core/errors.js';

/** Result of {@link fisherExact}. */
export interface FisherExactResult {
  /** a·d / (b·c); ∞ when b·c = 0, NaN when a row or column is empty. */
  readonly oddsRatio: number;
  readonly pValue: number;
}

/**
 * Two-sided Fisher exact test of [[a, b], [c, d]] (non-negative integer counts). Tables as
 * likely as the observed one within a relative 1e-7 count as "no more likely" (R's rule;
 * scipy's 1e-14 is below the rounding of the probabilities here).
 */
export function fisherExact(table: readonly [readonly [number, number], readonly [number, number]]): FisherExactResult {
  const [[a, b], [c, d]] = table;
  for (const v of [a, b, c, d]) {
    if (!(Number.isInteger(v) && v >= 0)) throw new AisecError('ERR_STATS_INPUT', `fisherExact needs non-negative whole counts (got ${v}).`);
  }
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { oddsRatio: Number.NaN, pValue: 1 };
  const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const row1 = a + b;
  const total = a + b + c + d;
  const col1 = a + c;
  // Support of a: max(0, col1 − (c + d)) … min(row1, col1); probabilities relative to the lowest, by the ratio recurrence.
  const lo = Math.max(0, col1 - (c + d));
  const hi = Math.min(row1, col1);
  const logs = new Float64Array(hi - lo + 1);
  for (let x = lo; x < hi; x++) {
    // P(x + 1) / P(x) = (row1 − x)(col1 − x) / ((x + 1)(total − row1 − col1 + x + 1))
    logs[x - lo + 1] = logs[x - lo]! + Math.log(((row1 - x) * (col1 - x)) / ((x + 1) * (total - row1 - col1 + x + 1)));
  }
  let max = -Infinity;
  for (const l of logs) if (l > max) max = l;
  const observed = logs[a - lo]! - max;
  let all = 0;
  let asExtreme = 0;
  for (const l of logs) {
    const p = Math.exp(l - max);
    all += p;
    if (l - max <= observed + 1e-7) asExtreme += p;
  }
  return { oddsRatio, pValue: Math.min(1, asExtreme / all) };
}
