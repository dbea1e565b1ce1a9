/**
 * A column profile: a bounded-memory summary of a stream of values that merges with another
 * profile of the same column (whylogs-style), so drift can be recomputed over any window
 * without the raw data.
 *
 * - counts: present, missing (null, undefined, NaN), and for numbers ±Infinity;
 * - numbers: min, max, mean and the sum of squared deviations (Welford; merged by Chan et al.),
 *   a KLL quantile sketch, and counts over fixed bin edges when edges are given (e.g. a
 *   reference's quantile edges, so later windows bin exactly like the reference);
 * - categories: exact counts of up to `maxCategories` categories, the rest counted in `other`.
 *
 * Counts and moments of a merge equal those of the concatenated stream (moments up to
 * rounding); quantiles stay within the sketch's rank error. Category counts are exact while the
 * union of categories fits in `maxCategories`; beyond that a merge keeps the most frequent and
 * folds the rest into `other` (totals stay exact).
 */
import { AisecError } from '../../core/errors.js';
import { binIndex, type Category } from '../histogram.js';
import { KLL_DEFAULT_K, KllSketch } from './kll.js';

/** A value of the column; null, undefined and NaN are missing. */
export type ProfileValue = Category | null | undefined;

/** Settings of a new profile. */
export type ProfileOptions =
  | { readonly type: 'numerical'; readonly k?: number; readonly edges?: readonly number[] }
  | { readonly type: 'categorical'; readonly maxCategories?: number };

export const DEFAULT_MAX_CATEGORIES = 128;
export const MAX_CATEGORIES_LIMIT = 10_000;
export const MAX_EDGES = 10_001;

/** Fixed-edge counts: bin i holds edges[i] ≤ v < edges[i+1] (the last bin includes its right edge). */
export interface EdgeCounts {
  readonly edges: Float64Array;
  readonly counts: Float64Array;
  below: number;
  above: number;
}

function checkEdges(edges: readonly number[]): Float64Array {
  if (edges.length < 2 || edges.length > MAX_EDGES) throw new AisecError('ERR_STATS_INPUT', `Profile edges need 2 to ${MAX_EDGES} values (got ${edges.length}).`);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (typeof e !== 'number' || Number.isNaN(e) || (i > 0 && !(e > edges[i - 1]!))) throw new AisecError('ERR_STATS_INPUT', `Profile edges must be increasing numbers (edge ${i} is ${String(e)}).`);
  }
  return Float64Array.from(edges);
}

const isMissing = (v: ProfileValue): v is null | undefined => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** A mutable column profile: add values, merge profiles, serialise with `profile-json.ts`. */
export class ColumnProfile {
  readonly type: 'numerical' | 'categorical';
  count = 0;
  missing = 0;
  infinite = 0;
  mean = 0;
  /** Sum of squared deviations from the mean of the finite values. */
  m2 = 0;
  sketch: KllSketch;
  edgeCounts: EdgeCounts | undefined;
  readonly maxCategories: number;
  readonly categories = new Map<Category, number>();
  other = 0;

  constructor(options: ProfileOptions) {
    if (options.type === 'numerical') {
      this.type = 'numerical';
      this.sketch = new KllSketch(options.k ?? KLL_DEFAULT_K);
      if (options.edges) {
        const edges = checkEdges(options.edges);
        this.edgeCounts = { edges, counts: new Float64Array(edges.length - 1), below: 0, above: 0 };
      }
      this.maxCategories = 0;
    } else if (options.type === 'categorical') {
      this.type = 'categorical';
      const max = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
      if (!(Number.isSafeInteger(max) && max >= 1 && max <= MAX_CATEGORIES_LIMIT)) throw new AisecError('ERR_STATS_INPUT', `maxCategories must be an integer from 1 to ${MAX_CATEGORIES_LIMIT} (got ${String(max)}).`);
      this.maxCategories = max;
      this.sketch = new KllSketch(KLL_DEFAULT_K);
    } else {
      throw new AisecError('ERR_STATS_INPUT', `A profile type is 'numerical' or 'categorical' (got ${JSON.stringify((options as { type?: unknown }).type)}).`);
    }
  }

  /** Finite numbers summarised by the moments and the sketch. */
  get finite(): number {
    return this.sketch.n;
  }

  get min(): number {
    return this.sketch.n ? this.sketch.min : Number.NaN;
  }

  get max(): number {
    return this.sketch.n ? this.sketch.max : Number.NaN;
  }

  /** Population variance of the finite values (ddof 0). */
  get variance(): number {
    return this.sketch.n ? this.m2 / this.sketch.n : Number.NaN;
  }

  /** Add one value. */
  add(value: ProfileValue): this {
    if (isMissing(value)) {
      this.missing++;
      return this;
    }
    this.count++;
    if (this.type === 'categorical') {
      const c = this.categories.get(value);
      if (c !== undefined) this.categories.set(value, c + 1);
      else if (this.categories.size < this.maxCategories) this.categories.set(value, 1);
      else this.other++;
      return this;
    }
    if (typeof value !== 'number') {
      this.count--;
      throw new AisecError('ERR_STATS_INPUT', `A numerical profile got ${JSON.stringify(value)}; profile the column as categorical, or convert it to numbers.`);
    }
    if (!Number.isFinite(value)) {
      this.infinite++;
      return this;
    }
    this.sketch.update(value);
    const n = this.sketch.n;
    const delta = value - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (value - this.mean);
    if (this.edgeCounts) {
      const e = this.edgeCounts;
      if (value < e.edges[0]!) e.below++;
      else if (value > e.edges[e.edges.length - 1]!) e.above++;
      else e.counts[binIndex(e.edges, value)]!++;
    }
    return this;
  }

  /** Add every value of an array. */
  addAll(values: readonly ProfileValue[] | ArrayLike<number>): this {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
    return this;
  }
}


function sameEdges(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Order categories deterministically: by count descending, then by type and text. */
export function compareCategories(a: [Category, number], b: [Category, number]): number {
  if (a[1] !== b[1]) return b[1] - a[1];
  const ta = typeof a[0];
  const tb = typeof b[0];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const sa = String(a[0]);
  const sb = String(b[0]);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * A new profile summarising both inputs (neither is changed). Both must be the same type,
 * with the same sketch k and the same edges.
 */
export function mergeProfiles(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  if (a.type !== b.type) throw new AisecError('ERR_STATS_INPUT', `Cannot merge a ${a.type} profile with a ${b.type} one: profile the column with one type.`);
  if (a.type === 'categorical') {
    const out = new ColumnProfile({ type: 'categorical', maxCategories: Math.min(a.maxCategories, b.maxCategories) });
    out.count = a.count + b.count;
    out.missing = a.missing + b.missing;
    const all = new Map(a.categories);
    for (const [k, c] of b.categories) all.set(k, (all.get(k) ?? 0) + c);
    const ranked = [...all].sort(compareCategories);
    let other = a.other + b.other;
    ranked.forEach(([k, c], i) => {
      if (i < out.maxCategories) out.categories.set(k, c);
      else other += c;
    });
    out.other = other;
    return out;
  }
  if (a.sketch.k !== b.sketch.k) throw new AisecError('ERR_STATS_INPUT', `Cannot merge numerical profiles with different sketch k (${a.sketch.k} and ${b.sketch.k}).`);
  const ea = a.edgeCounts;
  const eb = b.edgeCounts;
  if ((ea === undefined) !== (eb === undefined) || (ea && eb && !sameEdges(ea.edges, eb.edges))) {
    throw new AisecError('ERR_STATS_INPUT', 'Cannot merge numerical profiles with different bin edges: build every window with the reference edges.');
  }
  const out = new ColumnProfile({ type: 'numerical', k: a.sketch.k, ...(ea ? { edges: [...ea.edges] } : {}) });
  out.count = a.count + b.count;
  out.missing = a.missing + b.missing;
  out.infinite = a.infinite + b.infinite;
  const na = a.sketch.n;
  const nb = b.sketch.n;
  const n = na + nb;
  if (n > 0) {
    const delta = b.mean - a.mean;
    out.mean = na === 0 ? b.mean : nb === 0 ? a.mean : a.mean + (delta * nb) / n;
    out.m2 = a.m2 + b.m2 + (na && nb ? (delta * delta * na * nb) / n : 0);
  }
  out.sketch.merge(a.sketch);
  out.sketch.merge(b.sketch);
  if (ea && eb) out.edgeCounts = { edges: ea.edges, counts: ea.counts.map((c, i) => c + eb.counts[i]!), below: ea.below + eb.below, above: ea.above + eb.above };
  return out;
}

/** Profile a whole array at once. */
export function profileColumn(values: readonly ProfileValue[] | ArrayLike<number>, options: ProfileOptions): ColumnProfile {
  return new ColumnProfile(options).addAll(values);
}
