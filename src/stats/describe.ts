/** Descriptive statistics of a numeric sample. NaN counts as missing and is skipped. */

/** Summary of a numeric sample. Fields other than counts are NaN when nothing is present. */
export interface Description {
  /** Values present (finite or infinite). */
  readonly count: number;
  /** NaN values (missing). */
  readonly missing: number;
  /** Values equal to ±Infinity (they are excluded from the moments and quantiles). */
  readonly infinite: number;
  readonly mean: number;
  /** Population standard deviation (ddof 0, as numpy). */
  readonly std: number;
  readonly min: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly max: number;
  /** Distinct finite values. */
  readonly distinct: number;
}

function finiteValues(values: ArrayLike<number>): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out.push(values[i]!);
  return Float64Array.from(out);
}

/** Arithmetic mean of the finite values (NaN when there are none). */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** Standard deviation of the finite values, ddof 0 by default (numpy `std`). */
export function std(values: ArrayLike<number>, ddof = 0): number {
  const m = mean(values);
  let ss = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      ss += (v - m) * (v - m);
      n++;
    }
  }
  return n - ddof <= 0 ? Number.NaN : Math.sqrt(ss / (n - ddof));
}

/** The q-quantile (0 ≤ q ≤ 1) of a sorted array by linear interpolation (numpy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * frac;
}

/** The q-quantile of the finite values of a sample. */
export function quantile(values: ArrayLike<number>, q: number): number {
  return quantileSorted(finiteValues(values).sort(), q);
}

/**
 * Count, missing, moments, quantiles and distinct values of a numeric sample.
 *
 * @example
 * describe([1, 2, 3, NaN]).median; // 2
 */
export function describe(values: ArrayLike<number>): Description {
  let missing = 0;
  let infinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) missing++;
    else if (!Number.isFinite(v)) infinite++;
  }
  const sorted = finiteValues(values).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  return {
    count: values.length - missing,
    missing,
    infinite,
    mean: mean(sorted),
    std: std(sorted),
    min: sorted.length ? sorted[0]! : Number.NaN,
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    distinct,
  };
}
