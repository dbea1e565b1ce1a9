/**
 * Binning for the distance-based drift scores: numpy-compatible equal-width edges (the
 * Sturges rule Evidently uses), quantile edges from a reference sample, and counting.
 */
import { AisecError } from '../core/errors.js';
import { quantileSorted } from './describe.js';

/**
 * Bin edges as `numpy.histogram_bin_edges(values, bins="sturges")`: ⌈log₂ n + 1⌉ equal-width
 * bins over [min, max] (a single value gets the range [v − 0.5, v + 0.5] and one bin).
 */
export function sturgesEdges(values: ArrayLike<number>): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new AisecError('ERR_STATS_INPUT', 'sturgesEdges got a value that is not a finite number: drop missing and infinite values first.');
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (values.length === 0) throw new AisecError('ERR_STATS_INPUT', 'sturgesEdges needs at least one value.');
  return sturgesEdgesOfRange(min, max, values.length);
}

/** {@link sturgesEdges} of `count` values whose smallest is `min` and largest `max`. */
export function sturgesEdgesOfRange(min: number, max: number, count: number): Float64Array {
  const ptp = max - min;
  if (!Number.isFinite(ptp)) throw new AisecError('ERR_STATS_INPUT', `The values span ${min} to ${max}, a range too large for a double: rescale the column before binning it.`);
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  // Same arithmetic as numpy: a width from the data, then the count of bins from the width.
  const width = ptp / (Math.log2(count) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** `numpy.linspace(start, stop, num)` with the endpoint, bit for bit (i·step + start). */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const step = (stop - start) / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? (i / div) * (stop - start) + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/**
 * Quantile bin edges from a reference sample: cut points at the i/nBins quantiles, with open
 * outer bins (−∞ and +∞) so current values outside the reference range still count.
 * Repeated cut points (heavy ties) are merged, so there may be fewer than `nBins` bins.
 */
export function quantileEdges(reference: ArrayLike<number>, nBins = 10): Float64Array {
  const sorted = Float64Array.from(reference).sort();
  if (sorted.length === 0) throw new AisecError('ERR_STATS_INPUT', 'quantileEdges needs at least one reference value.');
  const cuts: number[] = [-Infinity];
  for (let i = 1; i < nBins; i++) {
    const q = quantileSorted(sorted, i / nBins);
    if (q > cuts[cuts.length - 1]!) cuts.push(q);
  }
  cuts.push(Infinity);
  return Float64Array.from(cuts);
}

/**
 * Counts per bin as `numpy.histogram(values, bins=edges)`: bin i holds edges[i] ≤ v <
 * edges[i+1]; the last bin also holds its right edge; values outside are not counted.
 */
export function histogram(values: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(Math.max(bins, 0));
  if (bins < 1) return counts;
  const lo = edges[0]!;
  const hi = edges[bins]!;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v >= lo && v <= hi) counts[binIndex(edges, v)]!++;
  }
  return counts;
}

/**
 * The bin of `v` as `numpy.histogram` places it: the largest i with edges[i] ≤ v, the last
 * bin closed on the right. `v` must lie within [edges[0], edges[last]].
 */
export function binIndex(edges: ArrayLike<number>, v: number): number {
  const bins = edges.length - 1;
  if (v === edges[bins]) return bins - 1;
  let a = 0;
  let b = bins;
  while (b - a > 1) {
    const mid = (a + b) >> 1;
    if (edges[mid]! <= v) a = mid;
    else b = mid;
  }
  return a;
}

/**
 * {@link histogram} for equal-width edges (as {@link sturgesEdges} makes): the bin is computed
 * from the width and then checked against the edges themselves, so the counts are exactly
 * those of the binary search, in one pass.
 */
export function histogramUniform(values: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(Math.max(bins, 0));
  if (bins < 1) return counts;
  const lo = edges[0]!;
  const hi = edges[bins]!;
  const scale = bins / (hi - lo);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= lo && v <= hi)) continue;
    // A range of a few subnormals makes the scale infinite and 0 × ∞ NaN: start from bin 0 then.
    let b = Math.floor((v - lo) * scale);
    if (b > bins - 1) b = bins - 1;
    if (!(b >= 0)) b = 0;
    while (b > 0 && v < edges[b]!) b--;
    while (b < bins - 1 && v >= edges[b + 1]!) b++;
    counts[b]!++;
  }
  return counts;
}

/** A category key: numbers and strings are kept apart so that 1 and "1" stay distinct. */
export type Category = string | number | boolean;

/** The distinct categories of one or more samples, in first-seen order. */
export function categoriesOf(...samples: readonly (readonly Category[])[]): Category[] {
  const seen = new Set<Category>();
  for (const s of samples) for (const v of s) seen.add(v);
  return [...seen];
}

/** Count of each category of `keys` in a sample (categories not in `keys` are ignored). */
export function categoryCounts(values: readonly Category[], keys: readonly Category[]): Float64Array {
  const index = new Map<Category, number>();
  keys.forEach((k, i) => index.set(k, i));
  const counts = new Float64Array(keys.length);
  for (const v of values) {
    const i = index.get(v);
    if (i !== undefined) counts[i]!++;
  }
  return counts;
}
