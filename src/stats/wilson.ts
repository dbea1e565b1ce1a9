/** The Wilson score interval for a binomial proportion (attack success rates, detection rates). */
import { AisecError } from '../core/errors.js';

/** z for a two-sided 95 % interval: Φ⁻¹(0.975). */
export const z95 = 1.959963984540054;

/**
 * The Wilson score interval of `successes` out of `n` trials: unlike p ± z·√(p(1−p)/n) it stays
 * inside [0, 1] and does not collapse to a point at 0 or n successes, which matters for the
 * small samples of a red-team run. With n = 0 nothing is known and the interval is [0, 1].
 *
 * @example
 * wilsonInterval(81, 263); // [0.2553, 0.3662] (Newcombe 1998, table I)
 */
export function wilsonInterval(successes: number, n: number, z: number = z95): [number, number] {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n || !(z > 0 && Number.isFinite(z))) {
    throw new AisecError('ERR_STATS_INPUT', `wilsonInterval needs whole numbers 0 ≤ successes ≤ n and z > 0 (got successes = ${successes}, n = ${n}, z = ${z}).`);
  }
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const low = successes === 0 ? 0 : Math.max(0, centre - half);
  const high = successes === n ? 1 : Math.min(1, centre + half);
  return [low, high];
}
