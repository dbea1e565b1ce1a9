/** The contract every NannyML-compatible univariate method meets (`drift/univariate/methods.py`). */
import type { Category } from '../../histogram.js';
import type { ThresholdLimits } from '../thresholds.js';

/** The method keys NannyML registers. */
export type NannymlMethodKey = 'jensen_shannon' | 'hellinger' | 'kolmogorov_smirnov' | 'wasserstein' | 'chi2' | 'l_infinity';

/** A method's value on one chunk; `pValue` only for methods whose alert is a p-value rule. */
export interface MethodValue {
  readonly value: number;
  readonly pValue?: number;
}

/**
 * How KS and Wasserstein are computed: `exact` on the raw reference, `estimated` on a
 * histogram of `bins` equal-width bins over the reference range, `auto` exact below 10,000
 * reference values (NannyML's `computation_params`).
 */
export interface MethodOptions {
  readonly calculation?: 'auto' | 'exact' | 'estimated';
  readonly bins?: number;
}

/** A method fitted on a reference: computes its value on a sample (missing values already removed, not empty). */
export type NumericalCalculate = (current: Float64Array) => MethodValue;
/** The categorical counterpart of {@link NumericalCalculate}. */
export type CategoricalCalculate = (current: readonly Category[]) => MethodValue;

/** One univariate method: how it fits, its theoretical limits, and its alert rule. */
export interface NannymlMethod {
  readonly key: NannymlMethodKey;
  readonly summary: string;
  /** Clip for thresholds computed from reference chunks. */
  readonly limits: ThresholdLimits;
  /** When set, a chunk alerts on p-value < this and thresholds are not used (chi2). */
  readonly pValueAlert?: number;
  readonly fitNumerical?: (reference: Float64Array, options: MethodOptions) => NumericalCalculate;
  readonly fitCategorical?: (reference: readonly Category[], options: MethodOptions) => CategoricalCalculate;
}

/** Below this many reference values KS and Wasserstein are exact under `auto` (NannyML's rule). */
export const EXACT_BELOW = 10_000;

/** Whether a method with these options computes on the raw reference. */
export function isExact(options: MethodOptions, referenceSize: number): boolean {
  const how = options.calculation ?? 'auto';
  return how === 'exact' || (how === 'auto' && referenceSize < EXACT_BELOW);
}
