/**
 * The Shapiro–Wilk test of normality, by Royston's approximation (Royston 1992, "Approximating
 * the Shapiro-Wilk W-test for non-normality", Statistics and Computing 2; algorithm AS R94,
 * Applied Statistics 44, 1995) — the algorithm behind R's `shapiro.test` and SciPy's
 * `scipy.stats.shapiro`.
 *
 * The coefficients come from the expected normal order statistics m_i = Φ⁻¹((i − 3/8)/(n + 1/4))
 * with Royston's polynomial corrections of the two outermost; W is the squared correlation
 * between the sorted sample and the coefficients, and its p-value comes from Royston's normalising
 * transformation of log(1 − W) (for 4 ≤ n ≤ 11 a further log transform; n = 3 is exact).
 */
import { AisecError } from '../core/errors.js';
import { normalSf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';

/** The outcome of {@link shapiroWilk}. */
export interface ShapiroWilkResult {
  /** The W statistic, in (0, 1]; near 1 for a normal sample. */
  readonly w: number;
  /** The probability of a W this small or smaller under normality. */
  readonly pValue: number;
  /** Sample size. */
  readonly n: number;
}

/** Smallest and largest sample Royston's approximation covers. */
export const SHAPIRO_WILK_MIN_N = 3;
export const SHAPIRO_WILK_MAX_N = 5000;

const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];

function poly(c: readonly number[], x: number): number {
  let v = c[c.length - 1]!;
  for (let i = c.length - 2; i >= 0; i--) v = v * x + c[i]!;
  return v;
}

/** Coefficients of the upper half, a[0] for the largest value; cached for the last few sizes. */
const cache = new Map<number, Float64Array>();
const CACHE_SIZE = 8;

/** Royston's coefficients a_1 … a_{⌊n/2⌋} (positive, largest first). */
export function shapiroWilkCoefficients(n: number): Float64Array {
  const hit = cache.get(n);
  if (hit) return hit;
  const half = Math.floor(n / 2);
  const a = new Float64Array(half);
  if (n === 3) a[0] = Math.SQRT1_2;
  else {
    const m = new Float64Array(half);
    let summ2 = 0;
    for (let i = 0; i < half; i++) {
      m[i] = normalQuantile((i + 1 - 0.375) / (n + 0.25));
      summ2 += m[i]! * m[i]!;
    }
    summ2 *= 2;
    const ssumm2 = Math.sqrt(summ2);
    const rsn = 1 / Math.sqrt(n);
    const a1 = poly(C1, rsn) - m[0]! / ssumm2;
    let first: number;
    let fac: number;
    if (n > 5) {
      first = 2;
      const a2 = -m[1]! / ssumm2 + poly(C2, rsn);
      fac = Math.sqrt((summ2 - 2 * m[0]! * m[0]! - 2 * m[1]! * m[1]!) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
      a[1] = a2;
    } else {
      first = 1;
      fac = Math.sqrt((summ2 - 2 * m[0]! * m[0]!) / (1 - 2 * a1 * a1));
    }
    a[0] = a1;
    for (let i = first; i < half; i++) a[i] = -m[i]! / fac;
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(n, a);
  return a;
}

/**
 * Shapiro–Wilk W and its p-value for `values` (3 ≤ n ≤ 5,000 finite numbers, not all equal).
 * The input is not changed. Throws ERR_STATS_INPUT otherwise.
 *
 * @example
 * // Shapiro & Wilk (1965), weights of 11 men: W = 0.79
 * shapiroWilk([148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236]).w; // 0.7888…
 */
export function shapiroWilk(values: ArrayLike<number>): ShapiroWilkResult {
  const n = values.length;
  if (n < SHAPIRO_WILK_MIN_N || n > SHAPIRO_WILK_MAX_N) {
    throw new AisecError('ERR_STATS_INPUT', `shapiroWilk needs from ${SHAPIRO_WILK_MIN_N} to ${SHAPIRO_WILK_MAX_N} values, not ${n}.`);
  }
  const x = Float64Array.from(values);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]!)) throw new AisecError('ERR_STATS_INPUT', `shapiroWilk: value ${i} is ${x[i]}, not a finite number.`);
  }
  x.sort();
  const range = x[n - 1]! - x[0]!;
  if (!(range > 0)) throw new AisecError('ERR_STATS_INPUT', 'shapiroWilk: every value is the same, so normality cannot be tested.');
  const a = shapiroWilkCoefficients(n);
  // W as the squared correlation between the sorted values (scaled by the range) and the
  // antisymmetric coefficient vector (−a, …, 0, …, a), as AS R94 computes it.
  let sx = 0;
  for (let i = 0; i < n; i++) sx += x[i]! / range;
  sx /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0, j = n - 1; i < n; i++, j--) {
    const asa = i < j ? -a[i]! : i > j ? a[j]! : 0;
    const xsx = x[i]! / range - sx;
    ssa += asa * asa;
    ssx += xsx * xsx;
    sax += asa * xsx;
  }
  const ssassx = Math.sqrt(ssa * ssx);
  const w1 = ((ssassx - sax) * (ssassx + sax)) / (ssa * ssx);
  const w = 1 - w1;
  return { w, pValue: pValueOf(w, w1, n), n };
}

/** Royston's p-value of W. */
function pValueOf(w: number, w1: number, n: number): number {
  if (n === 3) {
    const p = (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.PI / 3);
    return Math.min(1, Math.max(0, p));
  }
  if (!(w1 > 0)) return 1;
  let y = Math.log(w1);
  let mean: number;
  let sd: number;
  if (n <= 11) {
    const gamma = poly(G, n);
    if (y >= gamma) return 1e-99;
    y = -Math.log(gamma - y);
    mean = poly(C3, n);
    sd = Math.exp(poly(C4, n));
  } else {
    const ln = Math.log(n);
    mean = poly(C5, ln);
    sd = Math.exp(poly(C6, ln));
  }
  return normalSf((y - mean) / sd);
}
