/**
 * The k-sample Anderson–Darling test (Scholz & Stephens, JASA 82, 1987) as scipy's
 * `anderson_ksamp` computes it by default: the midrank statistic A²akN (their eq. 7),
 * standardised, and a p-value interpolated from the paper's critical values by a quadratic fit
 * of log(significance), floored at 0.001 and capped at 0.25 outside the table.
 */
import { AisecError } from '../core/errors.js';

/** Result of {@link andersonKSample}. */
export interface AndersonKSampleResult {
  /** The standardised statistic. */
  readonly statistic: number;
  /** Critical values for significance 25%, 10%, 5%, 2.5%, 1%, 0.5%, 0.1%. */
  readonly criticalValues: readonly number[];
  /** Interpolated significance level, within [0.001, 0.25]. */
  readonly pValue: number;
}

const b0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const b1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const b2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const significance = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

/** Index of the first element ≥ v (side `left`) or > v (side `right`) in a sorted array. */
function searchSorted(sorted: Float64Array, v: number, side: 'left' | 'right'): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v || (side === 'right' && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Least-squares quadratic through (x, y): coefficients [c2, c1, c0] (numpy `polyfit(x, y, 2)`). */
function quadraticFit(x: readonly number[], y: readonly number[]): [number, number, number] {
  // Normal equations on centred x, solved by Cramer's rule; the table is small and well conditioned.
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mx;
    s1 += d;
    s2 += d * d;
    s3 += d * d * d;
    s4 += d * d * d * d;
    t0 += y[i]!;
    t1 += d * y[i]!;
    t2 += d * d * y[i]!;
  }
  const m = [
    [n, s1, s2],
    [s1, s2, s3],
    [s2, s3, s4],
  ];
  const det3 = (a: number[][]): number =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) - a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) + a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const rhs = [t0, t1, t2];
  const det = det3(m);
  const solve = (col: number): number => det3(m.map((row, i) => row.map((v, j) => (j === col ? rhs[i]! : v)))) / det;
  const [a0, a1, a2] = [solve(0), solve(1), solve(2)];
  // y = a0 + a1 (x − mx) + a2 (x − mx)², expanded in powers of x.
  return [a2, a1 - 2 * a2 * mx, a0 - a1 * mx + a2 * mx * mx];
}

/**
 * The k-sample Anderson–Darling test on k ≥ 2 sorted samples of finite values. Needs every
 * sample non-empty and at least two distinct values overall (as scipy).
 */
export function andersonKSample(samples: readonly Float64Array[]): AndersonKSampleResult {
  const k = samples.length;
  if (k < 2) throw new AisecError('ERR_STATS_INPUT', `The Anderson–Darling k-sample test needs at least two samples (got ${k}).`);
  if (samples.some((s) => s.length === 0)) throw new AisecError('ERR_STATS_INPUT', 'The Anderson–Darling test got an empty sample: every sample needs at least one value.');
  const pooled = new Float64Array(samples.reduce((s, x) => s + x.length, 0));
  let offset = 0;
  for (const s of samples) {
    pooled.set(s, offset);
    offset += s.length;
  }
  pooled.sort();
  const N = pooled.length;
  if (N < 4) throw new AisecError('ERR_STATS_INPUT', `The Anderson–Darling test needs at least 4 values in all (got ${N}): its variance is undefined below that.`);
  const distinct: number[] = [];
  for (let i = 0; i < N; i++) if (i === 0 || pooled[i] !== pooled[i - 1]) distinct.push(pooled[i]!);
  if (distinct.length < 2) throw new AisecError('ERR_STATS_INPUT', 'The Anderson–Darling test needs more than one distinct value across the samples (every value is the same).');

  let a2akn = 0;
  for (const s of samples) {
    const n = s.length;
    let inner = 0;
    let left = 0;
    for (const z of distinct) {
      // Multiplicity of z in the pooled sample and the midrank count below it.
      let right = left;
      while (right < N && pooled[right] === z) right++;
      const lj = right - left;
      const bj = left + lj / 2;
      const mij = searchSorted(s, z, 'right') - (searchSorted(s, z, 'right') - searchSorted(s, z, 'left')) / 2;
      inner += ((lj / N) * (N * mij - bj * n) ** 2) / (bj * (N - bj) - (N * lj) / 4);
      left = right;
    }
    a2akn += inner / n;
  }
  a2akn *= (N - 1) / N;

  let H = 0;
  for (const s of samples) H += 1 / s.length;
  // hs_cs = cumulative sums of 1/(N−1), 1/(N−2), …, 1/2; h = Σ_{i<N} 1/i; g = Σ hs_cs[j]/(j+2).
  let cum = 0;
  let g = 0;
  for (let j = 0, i = N - 1; i > 1; i--, j++) {
    cum += 1 / i;
    g += cum / (j + 2);
  }
  const h = cum + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k * k - 4 * h * k;
  const sigmaSq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const m = k - 1;
  const statistic = (a2akn - m) / Math.sqrt(sigmaSq);
  const critical = b0.map((v, i) => v + b1[i]! / Math.sqrt(m) + b2[i]! / m);
  let pValue: number;
  if (statistic < Math.min(...critical)) pValue = 0.25;
  else if (statistic > Math.max(...critical)) pValue = 0.001;
  else {
    const [c2, c1, c0] = quadraticFit(critical, significance.map(Math.log));
    pValue = Math.exp((c2 * statistic + c1) * statistic + c0);
  }
  return { statistic, criticalValues: critical, pValue };
}
