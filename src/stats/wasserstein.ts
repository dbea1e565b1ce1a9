/**
 * The 1-D Wasserstein (earth mover's) distance between two samples, as scipy's
 * `wasserstein_distance`: the area between the two empirical distribution functions.
 */
import { AisecError } from '../core/errors.js';
import { sortedFinite } from './sorted.js';
import { std } from './describe.js';

/**
 * Wasserstein-1 distance between two samples (same units as the data).
 *
 * @example
 * wassersteinDistance([0, 1, 3], [5, 6, 8]); // 5
 */
export function wassersteinDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return wassersteinDistanceSorted(sortedFinite(a, 'wassersteinDistance'), sortedFinite(b, 'wassersteinDistance'));
}

/** {@link wassersteinDistance} of two samples already sorted ascending (finite values). */
export function wassersteinDistanceSorted(x: Float64Array, y: Float64Array): number {
  if (x.length === 0 || y.length === 0) throw new AisecError('ERR_STATS_INPUT', 'wassersteinDistance needs two non-empty samples.');
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let total = 0;
  let prev = Math.min(x[0]!, y[0]!);
  // Walk the merged values; between consecutive values both ECDFs are constant.
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    total += Math.abs(i / n1 - j / n2) * (v - prev);
    prev = v;
    while (i < n1 && x[i] === v) i++;
    while (j < n2 && y[j] === v) j++;
  }
  return total;
}

/**
 * Wasserstein distance divided by the reference's standard deviation (ddof 0, at least
 * 0.001): Evidently's `wasserstein` drift score, comparable across columns of any scale.
 */
export function normedWassersteinDistance(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  return wassersteinDistance(reference, current) / Math.max(std(reference), 0.001);
}
