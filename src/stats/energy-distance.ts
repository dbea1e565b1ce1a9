/**
 * The energy distance between two 1-D samples, as scipy's `energy_distance`: √2 times the L²
 * distance between the two empirical distribution functions.
 */
import { AisecError } from '../core/errors.js';

/** Energy distance of two sorted, non-empty samples of finite values. */
export function energyDistanceSorted(x: Float64Array, y: Float64Array): number {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new AisecError('ERR_STATS_INPUT', `The energy distance needs values in both samples (got ${n1} and ${n2}).`);
  let i = 0;
  let j = 0;
  let total = 0;
  let prev = Math.min(x[0]!, y[0]!);
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    const d = i / n1 - j / n2;
    total += d * d * (v - prev);
    prev = v;
    while (i < n1 && x[i] === v) i++;
    while (j < n2 && y[j] === v) j++;
  }
  return Math.SQRT2 * Math.sqrt(total);
}
