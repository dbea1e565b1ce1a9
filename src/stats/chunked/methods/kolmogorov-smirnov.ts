/**
 * NannyML's `kolmogorov_smirnov`: the two-sample KS statistic D (not a p-value). Exact below
 * 10,000 reference values; otherwise compared on the cumulative shares of `bins` (10,000)
 * equal-width bins over the reference range, as NannyML does — current values above the
 * reference maximum are then not counted, exactly as there.
 */
import { histogram, linspace } from '../../histogram.js';
import { ksStatistic } from '../../ks.js';
import { rangeOf } from './range.js';
import { isExact, type NannymlMethod } from './method.js';

function cumulativeShares(values: Float64Array, edges: Float64Array): Float64Array {
  const counts = histogram(values, edges);
  let acc = 0;
  return counts.map((c) => (acc += c / values.length));
}

export const kolmogorovSmirnovMethod: NannymlMethod = Object.freeze<NannymlMethod>({
  key: 'kolmogorov_smirnov',
  summary: 'Kolmogorov–Smirnov statistic D (exact, or on 10,000 reference bins for large references).',
  limits: { lower: 0, upper: 1 },
  fitNumerical: (reference, options) => {
    if (isExact(options, reference.length)) {
      const sortedRef = Float64Array.from(reference).sort();
      return (current) => ({ value: ksStatistic(sortedRef, Float64Array.from(current).sort()) });
    }
    const { min, max } = rangeOf(reference);
    const edges = linspace(min, max, (options.bins ?? 10_000) + 1);
    const refCdf = cumulativeShares(reference, edges);
    return (current) => {
      let below = 0;
      for (const v of current) if (v < edges[0]!) below++;
      const curCdf = cumulativeShares(current, edges);
      const lowShare = below / current.length;
      let d = 0;
      for (let i = 0; i < refCdf.length; i++) d = Math.max(d, Math.abs(refCdf[i]! - (lowShare + curCdf[i]!)));
      return { value: d };
    };
  },
});
