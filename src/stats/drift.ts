/**
 * Column drift with Evidently's defaults: pick the test by reference size, column type and
 * number of distinct values, apply it with its default threshold, say whether it drifted.
 */
import { AisecError } from '../core/errors.js';
import { driftMethods, type DriftColumnType, type DriftMethodName } from './drift-methods.js';
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
export function defaultDriftMethod(reference: readonly Category[], current: readonly Category[], columnType: DriftColumnType): DriftMethodName {
  const distinct = new Set<Category>([...reference, ...current]).size;
  if (reference.length <= 1000) {
    if (columnType === 'numerical' && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (columnType === 'numerical' && distinct > 5) return 'wasserstein';
  return 'jensenshannon';
}

function present(values: readonly unknown[]): Category[] {
  const out: Category[] = [];
  for (const v of values) {
    if (v === null || v === undefined) continue;
    // Evidently turns ±inf into NaN and drops NaN before testing.
    if (typeof v === 'number' && !Number.isFinite(v)) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push(v);
    else throw new AisecError('ERR_STATS_INPUT', `columnDrift takes strings, numbers and booleans; got ${typeof v}.`);
  }
  return out;
}

/**
 * Test one column for drift between a reference and a current sample, Evidently's way.
 * Missing (null, NaN) and infinite values are dropped first; a side left empty is an error.
 *
 * @example
 * columnDrift(oldAges, newAges, { columnType: 'numerical' });
 * // { method: 'ks', score: 0.0000019, threshold: 0.05, drifted: true, ... }
 */
export function columnDrift(reference: readonly unknown[] | Float64Array, current: readonly unknown[] | Float64Array, options: ColumnDriftOptions): DriftResult {
  const ref = present(Array.from(reference));
  const cur = present(Array.from(current));
  if (ref.length === 0 || cur.length === 0) {
    throw new AisecError('ERR_STATS_INPUT', `columnDrift needs values on both sides (reference has ${ref.length}, current has ${cur.length} after dropping missing ones).`);
  }
  const name = options.method ?? defaultDriftMethod(ref, cur, options.columnType);
  const method = driftMethods[name];
  if (!method.columnTypes.includes(options.columnType)) {
    throw new AisecError('ERR_STATS_INPUT', `The ${name} drift test does not apply to ${options.columnType} columns; use one of ${Object.values(driftMethods).filter((m) => m.columnTypes.includes(options.columnType)).map((m) => m.name).join(', ')}.`);
  }
  const threshold = options.threshold ?? method.defaultThreshold;
  const score = method.score(ref, cur, options.columnType);
  return { method: name, columnType: options.columnType, score, scoreKind: method.scoreKind, threshold, drifted: method.drifted(score, threshold), referenceCount: ref.length, currentCount: cur.length };
}
