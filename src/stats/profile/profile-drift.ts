/**
 * Drift between two column profiles, without the raw data: KS and Wasserstein from the
 * quantile sketches, PSI and Jensen–Shannon from shares per bin (exact fixed-edge counts when
 * both profiles carry the same edges, else bins from the reference sketch's quantiles), and
 * from category counts for categorical columns. Each result states how far it can be from the
 * exact value on the raw data.
 */
import { AisecError } from '../../core/errors.js';
import { fillZeroShares, jensenShannonDistance, psiScore } from '../divergence.js';
import type { Category } from '../histogram.js';
import type { ColumnProfile } from './column-profile.js';

/** A drift value computed from profiles and its stated approximation error. */
export interface ProfileDrift {
  readonly value: number;
  /** How the value was obtained. */
  readonly from: 'sketch' | 'edges' | 'categories';
  /**
   * KS: bound on |value − exact D| (sum of both sketches' rank errors; 0 when both are exact).
   * Wasserstein: that bound times the pooled range. PSI and JS: bound on the error of each
   * bin share (0 for fixed edges and categories within maxCategories).
   */
  readonly errorBound: number;
}

function numerical(p: ColumnProfile, who: string): void {
  if (p.type !== 'numerical') throw new AisecError('ERR_STATS_INPUT', `${who} needs numerical profiles (got a ${p.type} one).`);
  if (p.sketch.n === 0) throw new AisecError('ERR_STATS_INPUT', `${who} needs profiles with at least one finite value.`);
}

/** Walk the union of held values of two sketches, calling back with both CDFs at each. */
function walk(a: ColumnProfile, b: ColumnProfile, visit: (x: number, fa: number, fb: number) => void): void {
  const va = a.sketch.sortedView();
  const vb = b.sketch.sortedView();
  const na = a.sketch.n;
  const nb = b.sketch.n;
  let i = 0;
  let j = 0;
  while (i < va.values.length || j < vb.values.length) {
    const x = j >= vb.values.length || (i < va.values.length && va.values[i]! <= vb.values[j]!) ? va.values[i]! : vb.values[j]!;
    while (i < va.values.length && va.values[i] === x) i++;
    while (j < vb.values.length && vb.values[j] === x) j++;
    visit(x, i ? va.cumulative[i - 1]! / na : 0, j ? vb.cumulative[j - 1]! / nb : 0);
  }
}

/**
 * Two-sample KS statistic D from the sketches: sup |F̂a − F̂b| over the held values. Each F̂ is
 * within its sketch's rank error of the true ECDF, so |D̂ − D| ≤ εa + εb.
 */
export function profileKs(a: ColumnProfile, b: ColumnProfile): ProfileDrift {
  numerical(a, 'profileKs');
  numerical(b, 'profileKs');
  let d = 0;
  walk(a, b, (_x, fa, fb) => {
    d = Math.max(d, Math.abs(fa - fb));
  });
  return { value: d, from: 'sketch', errorBound: a.sketch.rankError + b.sketch.rankError };
}

/**
 * Wasserstein-1 distance ∫ |F̂a − F̂b| dx from the sketches; off by at most
 * (εa + εb) × (pooled max − pooled min).
 */
export function profileWasserstein(a: ColumnProfile, b: ColumnProfile): ProfileDrift {
  numerical(a, 'profileWasserstein');
  numerical(b, 'profileWasserstein');
  let total = 0;
  let prev: { x: number; diff: number } | undefined;
  walk(a, b, (x, fa, fb) => {
    if (prev) total += prev.diff * (x - prev.x);
    prev = { x, diff: Math.abs(fa - fb) };
  });
  const range = Math.max(a.sketch.max, b.sketch.max) - Math.min(a.sketch.min, b.sketch.min);
  return { value: total, from: 'sketch', errorBound: (a.sketch.rankError + b.sketch.rankError) * range };
}

/** Bin edges at the reference sketch's i/bins quantiles, open at both ends (as `quantileEdges`). */
export function profileQuantileEdges(p: ColumnProfile, bins = 10): Float64Array {
  numerical(p, 'profileQuantileEdges');
  if (!(Number.isSafeInteger(bins) && bins >= 1 && bins <= 10_000)) throw new AisecError('ERR_STATS_INPUT', `bins must be an integer from 1 to 10000 (got ${String(bins)}).`);
  const cuts = [-Infinity];
  for (let i = 1; i < bins; i++) {
    const q = p.sketch.quantile(i / bins);
    if (q > cuts[cuts.length - 1]!) cuts.push(q);
  }
  cuts.push(Infinity);
  return Float64Array.from(cuts);
}

interface Shares {
  reference: Float64Array;
  current: Float64Array;
  from: ProfileDrift['from'];
  errorBound: number;
}

function edgeShares(p: ColumnProfile, edges: Float64Array): { shares: Float64Array; exact: boolean } {
  const e = p.edgeCounts;
  if (e && e.edges.length === edges.length && e.edges.every((v, i) => v === edges[i])) {
    return { shares: e.counts.map((c) => c / p.sketch.n), exact: true };
  }
  // Share of [edges[i], edges[i+1]) from the sketch CDF (values equal to an edge may land one bin off).
  const out = new Float64Array(edges.length - 1);
  for (let i = 0; i < out.length; i++) {
    const lo = i === 0 ? 0 : p.sketch.cdf(edges[i]!);
    const hi = i === out.length - 1 ? 1 : p.sketch.cdf(edges[i + 1]!);
    out[i] = Math.max(0, hi - lo);
  }
  return { shares: out, exact: false };
}

function binnedShares(ref: ColumnProfile, cur: ColumnProfile, bins: number): Shares {
  if (ref.type !== cur.type) throw new AisecError('ERR_STATS_INPUT', `Cannot compare a ${ref.type} profile with a ${cur.type} one.`);
  if (ref.type === 'categorical') {
    if (ref.count === 0 || cur.count === 0) throw new AisecError('ERR_STATS_INPUT', 'Comparing categorical profiles needs at least one value in each.');
    const keys: Category[] = [...new Set([...ref.categories.keys(), ...cur.categories.keys()])];
    const share = (p: ColumnProfile) => Float64Array.from([...keys.map((k) => (p.categories.get(k) ?? 0) / p.count), p.other / p.count]);
    // A category folded into "other" on one side but counted on the other moves its share between bins.
    const folded = (ref.other + cur.other) / Math.min(ref.count, cur.count);
    return { reference: share(ref), current: share(cur), from: 'categories', errorBound: ref.other || cur.other ? folded : 0 };
  }
  numerical(ref, 'Binned profile drift');
  numerical(cur, 'Binned profile drift');
  const sameEdges = ref.edgeCounts && cur.edgeCounts && ref.edgeCounts.edges.length === cur.edgeCounts.edges.length && ref.edgeCounts.edges.every((v, i) => v === cur.edgeCounts!.edges[i]);
  const edges = sameEdges ? ref.edgeCounts!.edges : profileQuantileEdges(ref, bins);
  const r = edgeShares(ref, edges);
  const c = edgeShares(cur, edges);
  const errorBound = (r.exact ? 0 : 2 * ref.sketch.rankError) + (c.exact ? 0 : 2 * cur.sketch.rankError);
  return { reference: r.shares, current: c.shares, from: r.exact && c.exact ? 'edges' : 'sketch', errorBound };
}

/** PSI of the current profile against the reference (zero shares filled as Evidently does). */
export function profilePsi(reference: ColumnProfile, current: ColumnProfile, options: { bins?: number } = {}): ProfileDrift {
  const s = binnedShares(reference, current, options.bins ?? 10);
  return { value: psiScore(fillZeroShares(s.reference), fillZeroShares(s.current)), from: s.from, errorBound: s.errorBound };
}

/** Jensen–Shannon distance between the profiles' bin shares (natural log by default, base 2 for [0, 1]). */
export function profileJensenShannon(reference: ColumnProfile, current: ColumnProfile, options: { bins?: number; base?: number } = {}): ProfileDrift {
  const s = binnedShares(reference, current, options.bins ?? 10);
  return { value: jensenShannonDistance(s.reference, s.current, options.base), from: s.from, errorBound: s.errorBound };
}
