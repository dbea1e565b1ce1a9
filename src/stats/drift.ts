/**
 * Column drift with Evidently's defaults: pick the test by reference size, column type and
 * number of distinct values, apply it with its default threshold, say whether it drifted.
 */
import { AisecError } from '../core/errors.js';
import { driftMethodNames, driftMethods, type DriftColumnType, type DriftMethodName } from './drift-methods.js';
import { DriftSample, distinctUpTo } from './drift-sample.js';
import type { Category } from './histogram.js';

/** The outcome of one column's drift test. */
export interface DriftResult {
  readonly method: DriftMethodName;
  readonly columnType: DriftColumnType;
  /** p-value (`scoreKind: 'p-value'`) or distance (`'distance'`). */
  readonly score: number;
  readonly scoreKind: 'p-value' | 'distance';
  readonly threshold: number;
  readonly drifted: boolean;
  /** Values compared after dropping missing and infinite ones. */
  readonly referenceCount: number;
  readonly currentCount: number;
}

/** Options of {@link columnDrift}. */
export interface ColumnDriftOptions {
  readonly columnType: DriftColumnType;
  /** A test by name instead of the default choice. */
  readonly method?: DriftMethodName;
  /** A threshold instead of the test's default. */
  readonly threshold?: number;
}

/** Share of drifted columns at or above which Evidently calls the whole dataset drifted. */
export const datasetDriftShare = 0.5;

/**
 * Evidently's default test (`_get_default_stattest`): with at most 1,000 reference values,
 * `ks` for numbers with more than 5 distinct values, else `chisquare` (more than 2 distinct
 * values) or `z`; with more, `wasserstein` for numbers with more than 5 distinct values,
 * else `jensenshannon`. Distinct values are counted over both samples together.
 */
export function defaultDriftMethod(reference: readonly Category[] | Float64Array | DriftSample, current: readonly Category[] | Float64Array | DriftSample, columnType: DriftColumnType): DriftMethodName {
  const ref = DriftSample.of(reference, columnType, 'reference');
  const cur = DriftSample.of(current, columnType, 'current');
  const distinct = distinctUpTo([ref, cur], 6);
  if (ref.length <= 1000) {
    if (columnType === 'numerical' && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (columnType === 'numerical' && distinct > 5) return 'wasserstein';
  return 'jensenshannon';
}

/**
 * Prepare one side of a column for {@link columnDrift}: missing and infinite values dropped,
 * values checked against the column type, numbers held in a Float64Array. Pass the result as
 * the reference of many {@link columnDrift} calls to sort and check it only once.
 */
export function prepareDriftColumn(values: readonly unknown[] | Float64Array, columnType: DriftColumnType): DriftSample {
  return DriftSample.of(values, columnType);
}

/**
 * Test one column for drift between a reference and a current sample, Evidently's way.
 * Missing (null, NaN) and infinite values are dropped first; a side left empty is an error, and
 * so is a value of the wrong kind (a string in a numerical column).
 *
 * @example
 * columnDrift(oldAges, newAges, { columnType: 'numerical' });
 * // { method: 'ks', score: 0.0000019, threshold: 0.05, drifted: true, ... }
 */
export function columnDrift(reference: readonly unknown[] | Float64Array | DriftSample, current: readonly unknown[] | Float64Array | DriftSample, options: ColumnDriftOptions): DriftResult {
  const ref = DriftSample.of(reference, options.columnType, 'reference');
  const cur = DriftSample.of(current, options.columnType, 'current');
  if (ref.length === 0 || cur.length === 0) {
    throw new AisecError('ERR_STATS_INPUT', `columnDrift needs values on both sides (reference has ${ref.length}, current has ${cur.length} after dropping missing ones).`);
  }
  const name = options.method ?? defaultDriftMethod(ref, cur, options.columnType);
  const method = driftMethods[name];
  if (!method) throw new AisecError('ERR_STATS_INPUT', `There is no drift test named ${JSON.stringify(name)}; use one of ${driftMethodNames.join(', ')}.`);
  if (!method.columnTypes.includes(options.columnType)) {
    throw new AisecError('ERR_STATS_INPUT', `The ${name} drift test does not apply to ${options.columnType} columns; use one of ${Object.values(driftMethods).filter((m) => m.columnTypes.includes(options.columnType)).map((m) => m.name).join(', ')}.`);
  }
  const threshold = options.threshold ?? method.defaultThreshold;
  const score = method.score(ref, cur, options.columnType);
  return { method: name, columnType: options.columnType, score, scoreKind: method.scoreKind, threshold, drifted: method.drifted(score, threshold), referenceCount: ref.length, currentCount: cur.length };
}
