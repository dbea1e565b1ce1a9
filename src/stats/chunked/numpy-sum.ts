/**
 * numpy's pairwise summation (`pairwise_sum` in `loops_utils.h`), so that means and standard
 * deviations used to choose bin counts round exactly as numpy's do: a bin count is a ceiling,
 * and a last-bit difference could otherwise add or drop a bin.
 */

const blockSize = 128;

function pairwise(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i]!;
    return res;
  }
  if (n <= blockSize) {
    const r = [a[start]!, a[start + 1]!, a[start + 2]!, a[start + 3]!, a[start + 4]!, a[start + 5]!, a[start + 6]!, a[start + 7]!];
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let k = 0; k < 8; k++) r[k]! += a[start + i + k]!;
    let res = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) res += a[start + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}

/** Sum as `numpy.sum` of a contiguous float64 array. */
export function numpySum(values: ArrayLike<number>): number {
  return pairwise(values, 0, values.length);
}

/** Mean as `numpy.mean`. */
export function numpyMean(values: ArrayLike<number>): number {
  return numpySum(values) / values.length;
}

/** Population standard deviation as `numpy.std` (ddof 0). */
export function numpyStd(values: ArrayLike<number>): number {
  const m = numpyMean(values);
  const sq = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - m;
    sq[i] = d * d;
  }
  return Math.sqrt(numpySum(sq) / values.length);
}
