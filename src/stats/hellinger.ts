/**
 * The Hellinger distance between two samples as Evidently's `hellinger` drift test computes it:
 * over value shares for categories; for numbers, over density histograms on Sturges bins of
 * the distinct values of both samples.
 */
import { AisecError } from '../core/errors.js';
import { categoriesOf, categoryCounts, histogram, sturgesEdges, type Category } from './histogram.js';

/** H = √(1 − Σ √(pᵢ qᵢ)) over the categories of both samples (the sum clipped to [0, 1]). */
export function hellingerCategorical(reference: readonly Category[], current: readonly Category[]): number {
  if (reference.length === 0 || current.length === 0) throw new AisecError('ERR_STATS_INPUT', `The Hellinger distance needs values in both samples (got ${reference.length} and ${current.length}).`);
  const keys = categoriesOf(reference, current);
  const r = categoryCounts(reference, keys);
  const c = categoryCounts(current, keys);
  let sum = 0;
  for (let i = 0; i < keys.length; i++) sum += Math.sqrt((r[i]! / reference.length) * (c[i]! / current.length));
  return Math.sqrt(1 - Math.min(1, Math.max(0, sum)));
}

/**
 * H = √(1 − Σ √(h₁ h₂) · w) with h₁, h₂ the density histograms (numpy `density=True`) of both
 * samples on `np.histogram_bin_edges(distinct values, "sturges")` and w the mean bin width.
 * `distinct` is the sorted distinct values of both samples.
 */
export function hellingerNumerical(reference: ArrayLike<number>, current: ArrayLike<number>, distinct: ArrayLike<number>): number {
  if (reference.length === 0 || current.length === 0) throw new AisecError('ERR_STATS_INPUT', `The Hellinger distance needs values in both samples (got ${reference.length} and ${current.length}).`);
  const edges = sturgesEdges(distinct);
  const h1 = density(histogram(reference, edges), edges);
  const h2 = density(histogram(current, edges), edges);
  const width = (edges[edges.length - 1]! - edges[0]!) / (edges.length - 1);
  let sum = 0;
  for (let i = 0; i < h1.length; i++) sum += Math.sqrt(h1[i]! * h2[i]!) * width;
  return Math.sqrt(1 - Math.min(1, Math.max(0, sum)));
}

function density(counts: Float64Array, edges: ArrayLike<number>): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c, i) => c / (edges[i + 1]! - edges[i]!) / total);
}
