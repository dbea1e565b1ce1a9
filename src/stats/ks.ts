/**
 * The two-sample Kolmogorov–Smirnov test (two-sided), as scipy's `ks_2samp` computes it:
 * the exact p-value when both samples have at most 10,000 values, otherwise the asymptotic
 * one from the Kolmogorov distribution at n = round(n₁n₂/(n₁+n₂)).
 */
import { AisecError } from '../core/errors.js';
import { probOutsideBand, probOutsideSquare } from './ks-exact.js';
import { kolmogorovSf } from './kolmogorov.js';
import { sortedFinite } from './sorted.js';

/** How the p-value is computed: `auto` is exact up to 10,000 values per sample (scipy's rule). */
export type KsMethod = 'auto' | 'exact' | 'asymp';

/** Result of {@link ksTwoSample}. */
export interface KsResult {
  /** The largest distance between the two empirical distribution functions. */
  readonly statistic: number;
  readonly pValue: number;
  /** The method actually used (exact falls back to asymptotic when it cannot be computed). */
  readonly method: 'exact' | 'asymp';
}

const maxAutoN = 10_000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The KS statistic D of two sorted samples (right-continuous ECDFs, ties handled). */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 && j < n2) {
    const v = Math.min(a[i]!, b[j]!);
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = Math.abs(i / n1 - j / n2);
    if (diff > d) d = diff;
  }
  return d;
}

function exactP(n1: number, n2: number, d: number): { d: number; p: number } | undefined {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const dRounded = h / lcm;
  if (h === 0) return { d: dRounded, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  // Overflow or loss of precision shows as a value outside [0, 1]: fall back as scipy does.
  return Number.isFinite(p) && p >= 0 && p <= 1 ? { d: dRounded, p } : undefined;
}

/**
 * Two-sided two-sample Kolmogorov–Smirnov test. Samples must be non-empty and finite
 * (drop missing values first).
 *
 * @example
 * ksTwoSample([1, 2, 3, 4], [3, 4, 5, 6]).pValue; // 0.2285714285714286
 */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>, options: { method?: KsMethod } = {}): KsResult {
  return ksTwoSampleSorted(sortedFinite(a, 'ksTwoSample'), sortedFinite(b, 'ksTwoSample'), options);
}

/** {@link ksTwoSample} of two samples already sorted ascending (finite values). */
export function ksTwoSampleSorted(x: Float64Array, y: Float64Array, options: { method?: KsMethod } = {}): KsResult {
  if (x.length === 0 || y.length === 0) throw new AisecError('ERR_STATS_INPUT', 'ksTwoSample needs two non-empty samples: drop columns without values before testing.');
  const n1 = x.length;
  const n2 = y.length;
  const d = ksStatistic(x, y);
  let method = options.method ?? 'auto';
  if (method === 'auto') method = Math.max(n1, n2) <= maxAutoN ? 'exact' : 'asymp';
  if (method === 'exact') {
    const exact = exactP(n1, n2, d);
    if (exact) return { statistic: exact.d, pValue: Math.min(1, Math.max(0, exact.p)), method: 'exact' };
  }
  const en = (n1 * n2) / (n1 + n2);
  return { statistic: d, pValue: kolmogorovSf(Math.round(en), d), method: 'asymp' };
}
