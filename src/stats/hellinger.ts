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
  const c1 = histogram(reference, edges);
  const c2 = histogram(current, edges);
  const n1 = total(c1);
  const n2 = total(c2);
  const width = (edges[edges.length - 1]! - edges[0]!) / (edges.length - 1);
  // √(h₁ h₂) · w with hᵢ = count / (bin width · total), written as √(p₁ p₂) · (w / bin width):
  // the same value, without densities that overflow to ∞ on bins a few subnormals wide.
  let sum = 0;
  for (let i = 0; i < c1.length; i++) {
    const bin = edges[i + 1]! - edges[i]!;
    const scale = bin > 0 && width > 0 ? width / bin : 1;
    sum += Math.sqrt((c1[i]! / n1) * (c2[i]! / n2)) * scale;
  }
  return Math.sqrt(1 - Math.min(1, Math.max(0, sum)));
}

function total(counts: Float64Array): number {
  let n = 0;
  for (const c of counts) n += c;
  return n;
}
