/**
 * Alert thresholds from the values a metric takes on reference chunks, as NannyML's
 * `thresholds.py`: a constant band, or mean ± k·std (numpy `nanmean`/`nanstd`, ddof 0),
 * each side clipped to the metric's theoretical limits.
 */
import { AisecError } from '../../core/errors.js';

/** NannyML's StandardDeviationThreshold (a multiplier of null leaves that side open) or ConstantThreshold. */
export type Threshold =
  | { readonly kind: 'std'; readonly lowerMultiplier?: number | null; readonly upperMultiplier?: number | null }
  | { readonly kind: 'constant'; readonly lower?: number | null; readonly upper?: number | null };

/** The band a chunk value must stay in; a null side never alerts. */
export interface ThresholdBand {
  readonly lower: number | null;
  readonly upper: number | null;
}

/** A metric's theoretical range (e.g. [0, 1] for a distance in base 2). */
export interface ThresholdLimits {
  readonly lower?: number | null;
  readonly upper?: number | null;
}

/** NannyML's univariate default: mean + 3 std above, no lower threshold. */
export const univariateThreshold: Threshold = Object.freeze({ kind: 'std', lowerMultiplier: null, upperMultiplier: 3 });

/** NannyML's StandardDeviationThreshold() default: mean ± 3 std. */
export const standardDeviationThreshold: Threshold = Object.freeze({ kind: 'std', lowerMultiplier: 3, upperMultiplier: 3 });

function checkMultiplier(m: number | null | undefined, field: string): void {
  if (m !== null && m !== undefined && !(Number.isFinite(m) && m >= 0)) {
    throw new AisecError('ERR_STATS_INPUT', `Threshold ${field} must be a finite number ≥ 0 or null (got ${String(m)}).`);
  }
}

/** Mean and population standard deviation of the non-NaN values (numpy `nanmean`, `nanstd`). */
export function nanMeanStd(values: readonly number[]): { mean: number; std: number } {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  if (n === 0) return { mean: Number.NaN, std: Number.NaN };
  const mean = sum / n;
  let ss = 0;
  for (const v of values) if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  return { mean, std: Math.sqrt(ss / n) };
}

/**
 * The threshold band from reference-chunk values (NannyML's `calculate_threshold_values`):
 * a computed side at or beyond its limit is replaced by the limit.
 *
 * @example
 * thresholdBand({ kind: 'std', lowerMultiplier: 3, upperMultiplier: 3 }, [0.1, 0.2, 0.3], { lower: 0 });
 * // { lower: 0, upper: 0.445 } (0.2 ± 3 × 0.0816)
 */
export function thresholdBand(threshold: Threshold, referenceValues: readonly number[], limits: ThresholdLimits = {}): ThresholdBand {
  let lower: number | null;
  let upper: number | null;
  if (threshold.kind === 'constant') {
    lower = threshold.lower ?? null;
    upper = threshold.upper ?? null;
    if (lower !== null && upper !== null && !(lower < upper)) {
      throw new AisecError('ERR_STATS_INPUT', `A constant threshold needs lower < upper (got ${lower} and ${upper}).`);
    }
  } else {
    checkMultiplier(threshold.lowerMultiplier, 'lowerMultiplier');
    checkMultiplier(threshold.upperMultiplier, 'upperMultiplier');
    const { mean, std } = nanMeanStd(referenceValues);
    const lm = threshold.lowerMultiplier === undefined ? 3 : threshold.lowerMultiplier;
    const um = threshold.upperMultiplier === undefined ? 3 : threshold.upperMultiplier;
    lower = lm === null ? null : mean - std * lm;
    upper = um === null ? null : mean + std * um;
  }
  const lowerLimit = limits.lower ?? null;
  const upperLimit = limits.upper ?? null;
  if (lowerLimit !== null && lower !== null && lower <= lowerLimit) lower = lowerLimit;
  if (upperLimit !== null && upper !== null && upper >= upperLimit) upper = upperLimit;
  return { lower, upper };
}

/** Whether a value leaves the band (NaN never alerts, as in NannyML). */
export function outsideBand(value: number, band: ThresholdBand): boolean {
  return (band.lower !== null && value < band.lower) || (band.upper !== null && value > band.upper);
}
