/**
 * Evidently's `empirical_mmd` drift test: the unbiased squared maximum mean discrepancy with a
 * Gaussian (RBF) kernel whose width comes from the reference (σ = √(½ · median of its pairwise
 * squared distances), numpy's "nearest" median, √½ when that is 0), and a permutation p-value:
 * the share of 100 random re-splits of the pooled values whose MMD is at least the observed
 * one. Evidently permutes with numpy's unseeded global generator; this uses the project's
 * seeded generator, so the p-value agrees with Evidently's within the test's sampling error
 * (resolution 0.01), not digit for digit.
 *
 * The kernel of the pooled values is kept once as the upper triangle in single precision
 * (N²/2 floats, 50 MB at the cap); each permutation then sums the smaller group's block and
 * gets the other two from row sums. Work and memory are quadratic, so the pooled size is
 * capped ({@link MMD_MAX_VALUES}); Evidently itself holds the full N × N matrix in doubles.
 */
import { AisecError } from '../core/errors.js';
import { createRng, randomInt } from './random.js';

/** Most values (both samples together) the MMD test accepts: sample larger columns first. */
export const MMD_MAX_VALUES = 5_000;

/** Result of {@link empiricalMmdTest}. */
export interface MmdTestResult {
  /** The unbiased MMD² estimate. */
  readonly statistic: number;
  readonly pValue: number;
  /** The kernel width used. */
  readonly sigma: number;
}

/** Round half to even, as numpy's `around` (used by percentile "nearest"). */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The r-th smallest (0-based) difference x_j − x_i, i < j, of a sorted sample, by bisection on the bits of the double. */
function kthPairDifference(sorted: Float64Array, r: number): number {
  const n = sorted.length;
  const countAtMost = (d: number): number => {
    let count = 0;
    let i = 0;
    for (let j = 1; j < n; j++) {
      while (sorted[j]! - sorted[i]! > d) i++;
      count += j - i;
    }
    return count;
  };
  // Non-negative doubles are ordered as their bit patterns.
  const f = new Float64Array(1);
  const bits = new BigInt64Array(f.buffer);
  f[0] = sorted[n - 1]! - sorted[0]!;
  let lo = 0n;
  let hi = bits[0]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    bits[0] = mid;
    if (countAtMost(f[0]!) >= r + 1) hi = mid;
    else lo = mid + 1n;
  }
  bits[0] = lo;
  return f[0]!;
}

/** σ of Evidently's RBF kernel from the reference sample. */
export function mmdKernelSigma(reference: ArrayLike<number>): number {
  const sorted = Float64Array.from(reference).sort();
  const n = sorted.length;
  // The n × n distance matrix holds n zeros and every pair twice.
  const k = roundHalfEven(0.5 * (n * n - 1));
  const median = k < n ? 0 : kthPairDifference(sorted, Math.floor((k - n) / 2)) ** 2;
  const sigma = Math.sqrt(0.5 * median);
  // σ = 0 is Evidently's fallback case; a σ whose square underflows (distances near 1e-162)
  // would make the kernel 0 · ∞ = NaN in Evidently, so it falls back the same way here.
  return sigma === 0 || !Number.isFinite(1 / (2 * sigma * sigma)) ? Math.sqrt(0.5) : sigma;
}

/** The kernel of the pooled values, upper triangle (i < j) packed row by row, and its row sums. */
class PackedKernel {
  readonly values: Float32Array;
  readonly rowStart: Float64Array;
  readonly rowSums: Float64Array;

  constructor(z: Float64Array, gamma: number) {
    const n = z.length;
    this.values = new Float32Array((n * (n - 1)) / 2);
    this.rowStart = new Float64Array(n);
    this.rowSums = new Float64Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.rowStart[i] = k - (i + 1); // value (i, j) sits at rowStart[i] + j
      const zi = z[i]!;
      let s = 0;
      for (let j = i + 1; j < n; j++) {
        const d = zi - z[j]!;
        const v = Math.exp(-gamma * d * d);
        this.values[k++] = v;
        s += v;
        this.rowSums[j]! += v;
      }
      this.rowSums[i]! += s;
    }
  }

  /** Σ over ordered pairs i ≠ j of the kernel within `members` (sorted ascending). */
  withinSum(members: Int32Array): number {
    let sum = 0;
    const values = this.values;
    for (let a = 0; a < members.length; a++) {
      const base = this.rowStart[members[a]!]!;
      for (let b = a + 1; b < members.length; b++) sum += values[base + members[b]!]!;
    }
    return 2 * sum;
  }
}

/** Permutation test of the MMD between two samples of finite values (at least 2 each). */
export function empiricalMmdTest(reference: ArrayLike<number>, current: ArrayLike<number>, options: { permutations?: number; seed?: number } = {}): MmdTestResult {
  const nx = reference.length;
  const ny = current.length;
  if (nx < 2 || ny < 2) throw new AisecError('ERR_STATS_INPUT', `The MMD test needs at least two values in each sample (got ${nx} and ${ny}).`);
  const n = nx + ny;
  if (n > MMD_MAX_VALUES) {
    throw new AisecError('ERR_STATS_INPUT', `The MMD test is quadratic in the number of values and takes at most ${MMD_MAX_VALUES} in all (got ${nx} + ${ny}): sample the column first, or use ks or wasserstein.`);
  }
  const sigma = mmdKernelSigma(reference);
  const gamma = 1 / (2 * sigma * sigma);
  const z = new Float64Array(n);
  for (let i = 0; i < nx; i++) z[i] = reference[i]!;
  for (let i = 0; i < ny; i++) z[nx + i] = current[i]!;
  const kernel = new PackedKernel(z, gamma);
  const rows = kernel.rowSums;
  const a = 1 / (nx * (nx - 1));
  const b = 1 / (ny * (ny - 1));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // With the smaller group's within-sum known, the row sums give the other two blocks.
  const mmdOf = (): number => {
    let rowsX = 0;
    for (let i = 0; i < nx; i++) rowsX += rows[order[i]!]!;
    let rowsY = 0;
    for (let i = nx; i < n; i++) rowsY += rows[order[i]!]!;
    let sxx: number;
    let syy: number;
    let sxy: number;
    if (ny <= nx) {
      syy = kernel.withinSum(order.slice(nx).sort());
      sxy = rowsY - syy;
      sxx = rowsX - sxy;
    } else {
      sxx = kernel.withinSum(order.slice(0, nx).sort());
      sxy = rowsX - sxx;
      syy = rowsY - sxy;
    }
    return a * sxx + b * syy - (2 * sxy) / (nx * ny);
  };
  const statistic = mmdOf();
  const permutations = options.permutations ?? 100;
  const rng = createRng(options.seed ?? 0);
  let atLeast = 0;
  for (let p = 0; p < permutations; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = randomInt(rng, i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    if (mmdOf() >= statistic) atLeast++;
  }
  return { statistic, pValue: permutations === 0 ? Number.NaN : atLeast / permutations, sigma };
}
