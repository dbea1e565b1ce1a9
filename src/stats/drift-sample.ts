/**
 * One side of a drift comparison, prepared once: missing values dropped, numbers kept in a
 * Float64Array, and the sorted copy made on first use and shared by every test that needs it
 * (so a reference compared with many current windows is sorted once).
 */
import { AisecError } from '../core/errors.js';
import type { DriftColumnType } from './drift-methods.js';
import type { Category } from './histogram.js';

/** The values of one column on one side, ready for the drift tests. */
export class DriftSample {
  private sortedCache: Float64Array | undefined;
  private categoriesCache: readonly Category[] | undefined;

  private constructor(
    readonly columnType: DriftColumnType,
    /** Numerical columns: the finite values; categorical: undefined. */
    private readonly numeric: Float64Array | undefined,
    private readonly categorical: readonly Category[] | undefined,
  ) {}

  /**
   * Prepare a column: null, undefined, NaN and ±∞ are dropped (Evidently turns ±∞ into NaN and
   * drops NaN). A numerical column takes only numbers; a categorical one strings, numbers and
   * booleans. `side` names the sample in error messages.
   */
  static of(values: readonly unknown[] | Float64Array | DriftSample, columnType: DriftColumnType, side = 'sample'): DriftSample {
    if (values instanceof DriftSample) {
      if (values.columnType !== columnType) throw new AisecError('ERR_STATS_INPUT', `The prepared ${side} is a ${values.columnType} column, but the test was asked for a ${columnType} one: prepare it with the same column type.`);
      return values;
    }
    if (values instanceof Float64Array) {
      if (columnType === 'numerical') {
        let finite = 0;
        for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite++;
        if (finite === values.length) return new DriftSample(columnType, values, undefined);
        const out = new Float64Array(finite);
        let k = 0;
        for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[k++] = values[i]!;
        return new DriftSample(columnType, out, undefined);
      }
      return new DriftSample(columnType, undefined, Array.from(values).filter(Number.isFinite));
    }
    if (!Array.isArray(values)) throw new AisecError('ERR_STATS_INPUT', `The ${side} must be an array or a Float64Array (got ${typeof values}).`);
    if (columnType === 'numerical') {
      const out = new Float64Array(values.length);
      let k = 0;
      for (let i = 0; i < values.length; i++) {
        const v: unknown = values[i];
        if (v === null || v === undefined) continue;
        if (typeof v !== 'number') {
          throw new AisecError('ERR_STATS_INPUT', `The ${side} of a numerical column has ${describe(v)} at index ${i}: a numerical column takes numbers only (declare the column categorical, or clean it first).`);
        }
        if (Number.isFinite(v)) out[k++] = v;
      }
      return new DriftSample(columnType, k === out.length ? out : out.slice(0, k), undefined);
    }
    const out: Category[] = [];
    for (let i = 0; i < values.length; i++) {
      const v: unknown = values[i];
      if (v === null || v === undefined) continue;
      if (typeof v === 'number' && !Number.isFinite(v)) continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push(v);
      else throw new AisecError('ERR_STATS_INPUT', `The ${side} of a categorical column has ${describe(v)} at index ${i}: categories are strings, numbers or booleans.`);
    }
    return new DriftSample(columnType, undefined, out);
  }

  /** Number of values after dropping missing ones. */
  get length(): number {
    return this.numeric ? this.numeric.length : this.categorical!.length;
  }

  /** The values as held: a Float64Array for numerical columns, an array of categories otherwise. */
  get values(): Float64Array | readonly Category[] {
    return this.numeric ?? this.categorical!;
  }

  /** The values as numbers (numerical columns; a categorical column of numbers works too). */
  numbers(test: string): Float64Array {
    if (this.numeric) return this.numeric;
    const values = this.categorical!;
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'number') throw new AisecError('ERR_STATS_INPUT', `The ${test} drift test needs numbers; got ${JSON.stringify(v)} at index ${i}.`);
      out[i] = v;
    }
    return out;
  }

  /** The values sorted ascending (computed once). */
  sorted(test: string): Float64Array {
    this.sortedCache ??= Float64Array.from(this.numbers(test)).sort(); // typed-array sort is numeric
    return this.sortedCache;
  }

  /** The values as categories (numbers of a numerical column included). */
  categories(): readonly Category[] {
    this.categoriesCache ??= this.categorical ?? Array.from(this.numeric!);
    return this.categoriesCache;
  }

  /** Whether there are more than `k` distinct values (stops counting at k + 1). */
  hasMoreDistinctThan(k: number): boolean {
    return distinctUpTo([this], k + 1) > k;
  }
}

/** Number of distinct values over the samples, counting no further than `limit`. */
export function distinctUpTo(samples: readonly DriftSample[], limit: number): number {
  const seen = new Set<Category>();
  for (const s of samples) {
    const values = s.values;
    for (let i = 0; i < values.length; i++) {
      seen.add(values[i]!);
      if (seen.size >= limit) return seen.size;
    }
  }
  return seen.size;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return Array.isArray(v) ? 'an array' : 'an object';
  return `a ${typeof v}`;
}
