/**
 * Bin edges as `numpy.histogram_bin_edges(values, bins="doane")`, the binning NannyML's
 * Jensen–Shannon and Hellinger methods fit on the reference.
 */
import { AisecError } from '../../core/errors.js';
import { linspace } from '../histogram.js';
import { numpyMean, numpyStd } from './numpy-sum.js';

/**
 * Doane's rule: width = range / (1 + log₂ n + log₂(1 + |g₁| / σ_g₁)) with g₁ the sample
 * skewness; equal-width bins over [min, max] (a constant sample gets [v − 0.5, v + 0.5] and
 * one bin, fewer than 3 values one bin).
 *
 * @example
 * doaneEdges([1, 2, 3, 4, 10]).length; // 5 (4 bins)
 */
export function doaneEdges(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (n === 0) throw new AisecError('ERR_STATS_INPUT', 'doaneEdges needs at least one value.');
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new AisecError('ERR_STATS_INPUT', `doaneEdges got a value that is not a finite number (${String(v)} at index ${i}): drop missing and infinite values first.`);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let width = 0;
  if (n > 2) {
    const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
    const sigma = numpyStd(values);
    if (sigma > 0) {
      const m = numpyMean(values);
      const cubes = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const t = (values[i]! - m) / sigma;
        cubes[i] = t ** 3;
      }
      const g1 = numpyMean(cubes);
      width = (max - min) / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g1) / sg1));
    }
  }
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}
