/**
 * NannyML's `wasserstein`: the Wasserstein-1 distance in the data's units (not normalised).
 * Exact below 10,000 reference values; otherwise NannyML's estimate on `bins` (10,000)
 * equal-width reference bins plus the two tails beyond the reference range, reproduced term
 * by term (including its (n + 1)/len weighting of the tails).
 */
import { histogram, linspace } from '../../histogram.js';
import { wassersteinDistance } from '../../wasserstein.js';
import { rangeOf } from './range.js';
import { isExact, type NannymlMethod } from './method.js';

/** Distinct sorted values and the ECDF at each (NannyML's `_ecdf`). */
function ecdf(values: number[]): { x: number[]; cdf: number[] } {
  values.sort((a, b) => a - b);
  const x: number[] = [];
  const cdf: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (i + 1 < values.length && values[i + 1] === values[i]) continue;
    x.push(values[i]!);
    cdf.push((i + 1) / values.length);
  }
  return { x, cdf };
}

function tail(values: number[], upper: boolean): number {
  const { x, cdf } = ecdf(values);
  let sum = 0;
  for (let i = 0; i + 1 < x.length; i++) sum += (upper ? 1 - cdf[i]! : cdf[i]!) * (x[i + 1]! - x[i]!);
  return sum;
}

export const wassersteinMethod: NannymlMethod = Object.freeze<NannymlMethod>({
  key: 'wasserstein',
  summary: 'Wasserstein-1 distance in data units (exact, or binned with tails for large references).',
  limits: { lower: 0 },
  fitNumerical: (reference, options) => {
    if (isExact(options, reference.length)) return (current) => ({ value: wassersteinDistance(reference, current) });
    let { min, max } = rangeOf(reference);
    // numpy.histogram(reference, bins=n) widens a constant range by ±0.5.
    if (min === max) {
      min -= 0.5;
      max += 0.5;
    }
    const edges = linspace(min, max, (options.bins ?? 10_000) + 1);
    const width = edges[1]! - edges[0]!;
    let acc = 0;
    const refCdf = histogram(reference, edges).map((c) => (acc += c / reference.length));
    return (current) => {
      const smaller: number[] = [];
      const bigger: number[] = [];
      for (const v of current) {
        if (v < min) smaller.push(v);
        else if (v > max) bigger.push(v);
      }
      const n = current.length;
      const amountSmaller = smaller.length > 0 ? (smaller.length + 1) / n : 0;
      const termSmaller = smaller.length > 0 ? tail([...smaller, min], false) * amountSmaller : 0;
      const amountBigger = bigger.length > 0 ? (bigger.length + 1) / n : 0;
      const termBigger = bigger.length > 0 ? tail([max, ...bigger], true) * amountBigger : 0;
      let cum = 0;
      const curCounts = histogram(current, edges);
      let within = 0;
      for (let i = 0; i < refCdf.length; i++) {
        cum += curCounts[i]! / n;
        within += Math.abs(refCdf[i]! - (cum + amountSmaller)) * width;
      }
      return { value: within + termSmaller + termBigger };
    };
  },
});
