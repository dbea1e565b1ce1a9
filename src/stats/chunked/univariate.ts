/**
 * Chunked univariate drift, NannyML-compatible: a method is fitted on the reference, computed
 * on every reference chunk to set the alert band (mean + 3 std by default, clipped to the
 * method's limits), then computed on any analysis sample or on each of its chunks.
 */
import { AisecError } from '../../core/errors.js';
import type { DriftColumnType } from '../drift-methods.js';
import type { Category } from '../histogram.js';
import { chunkRanges, defaultChunker, type ChunkRange, type Chunker } from './chunker.js';
import { nannymlMethods } from './methods.js';
import type { MethodOptions, MethodValue, NannymlMethod, NannymlMethodKey } from './methods/method.js';
import { outsideBand, thresholdBand, univariateThreshold, type Threshold, type ThresholdBand } from './thresholds.js';

/** A column value; null, undefined and NaN are missing and dropped (NannyML's `_remove_nans`). */
export type ColumnValue = Category | null | undefined;

/** Settings of {@link fitChunkedDrift}. */
export interface ChunkedDriftOptions {
  readonly method: NannymlMethodKey;
  readonly columnType: DriftColumnType;
  /** How the reference is split to set thresholds; NannyML's DefaultChunker (10 chunks) by default. */
  readonly chunker?: Chunker;
  /** NannyML's univariate default: mean + 3 std of reference-chunk values, no lower side. */
  readonly threshold?: Threshold;
  /** KS and Wasserstein: exact or binned computation (NannyML's `computation_params`). */
  readonly computation?: MethodOptions;
}

/** A method's value on one sample and whether it alerts. */
export interface ChunkDrift {
  /** NaN when the sample has no values (then it never alerts). */
  readonly value: number;
  /** Set for methods whose alert is a p-value rule (chi2). */
  readonly pValue?: number;
  readonly alert: boolean;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Values present (missing ones dropped). */
  readonly count: number;
}

/** A method fitted on a reference column. */
export interface FittedChunkedDrift {
  readonly method: NannymlMethodKey;
  readonly columnType: DriftColumnType;
  /** The method's value on each reference chunk (what the thresholds come from). */
  readonly referenceChunkValues: readonly number[];
  readonly band: ThresholdBand;
  /** The value on one whole sample (NannyML's `Method.calculate`). */
  calculate(current: readonly ColumnValue[]): ChunkDrift;
  /** The value on each chunk of an analysis sample. */
  calculateChunks(analysis: readonly ColumnValue[], chunker?: Chunker): (ChunkDrift & ChunkRange)[];
}

const maxBins = 10_000_000;

function presentCategories(values: readonly ColumnValue[]): Category[] {
  const out: Category[] = [];
  for (const v of values) if (v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v))) out.push(v);
  return out;
}

function presentNumbers(values: readonly ColumnValue[], where: string): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new AisecError('ERR_STATS_INPUT', `Chunked drift: ${where} value at index ${i} is ${JSON.stringify(v) ?? String(v)}, not a finite number; a numerical column holds numbers (use columnType 'categorical' otherwise).`);
    }
    out.push(v);
  }
  return Float64Array.from(out);
}

function methodFor(options: ChunkedDriftOptions): NannymlMethod {
  const method = Object.hasOwn(nannymlMethods, options.method) ? nannymlMethods[options.method] : undefined;
  if (!method) throw new AisecError('ERR_STATS_INPUT', `Unknown chunked drift method ${JSON.stringify(options.method)}: use one of ${Object.keys(nannymlMethods).join(', ')}.`);
  const fits = options.columnType === 'numerical' ? method.fitNumerical : options.columnType === 'categorical' ? method.fitCategorical : undefined;
  if (!fits) throw new AisecError('ERR_STATS_INPUT', `Method ${options.method} does not support ${String(options.columnType)} columns.`);
  const bins = options.computation?.bins;
  if (bins !== undefined && !(Number.isSafeInteger(bins) && bins >= 1 && bins <= maxBins)) {
    throw new AisecError('ERR_STATS_INPUT', `computation.bins must be an integer from 1 to ${maxBins} (got ${String(bins)}).`);
  }
  return method;
}

/**
 * Fit a NannyML univariate method on a reference column and set its thresholds from the
 * reference chunks.
 *
 * @example
 * const drift = fitChunkedDrift(reference, { method: 'jensen_shannon', columnType: 'numerical' });
 * drift.calculate(current); // { value: 0.2046..., upper: 0.327..., alert: false, ... }
 */
export function fitChunkedDrift(reference: readonly ColumnValue[], options: ChunkedDriftOptions): FittedChunkedDrift {
  const method = methodFor(options);
  const computation = options.computation ?? {};
  let compute: (values: readonly ColumnValue[]) => MethodValue & { count: number };
  if (options.columnType === 'numerical') {
    const ref = presentNumbers(reference, 'reference');
    if (ref.length === 0) throw new AisecError('ERR_STATS_INPUT', 'Chunked drift needs at least one reference value that is not missing.');
    const calc = method.fitNumerical!(ref, computation);
    compute = (values) => {
      const cur = presentNumbers(values, 'current');
      return cur.length === 0 ? { value: Number.NaN, count: 0 } : { ...calc(cur), count: cur.length };
    };
  } else {
    const ref = presentCategories(reference);
    if (ref.length === 0) throw new AisecError('ERR_STATS_INPUT', 'Chunked drift needs at least one reference value that is not missing.');
    const calc = method.fitCategorical!(ref, computation);
    compute = (values) => {
      const cur = presentCategories(values);
      return cur.length === 0 ? { value: Number.NaN, count: 0 } : { ...calc(cur), count: cur.length };
    };
  }
  const referenceChunkValues = chunkRanges(reference.length, options.chunker ?? defaultChunker).map((c) => compute(reference.slice(c.start, c.end + 1)).value);
  const band: ThresholdBand = method.pValueAlert === undefined ? thresholdBand(options.threshold ?? univariateThreshold, referenceChunkValues, method.limits) : { lower: null, upper: null };
  const judge = (v: MethodValue & { count: number }): ChunkDrift => {
    const alert = method.pValueAlert === undefined ? outsideBand(v.value, band) : v.pValue !== undefined && v.pValue < method.pValueAlert;
    return { value: v.value, ...(v.pValue === undefined ? {} : { pValue: v.pValue }), alert, lower: band.lower, upper: band.upper, count: v.count };
  };
  return Object.freeze({
    method: method.key,
    columnType: options.columnType,
    referenceChunkValues: Object.freeze(referenceChunkValues),
    band,
    calculate: (current: readonly ColumnValue[]) => judge(compute(current)),
    calculateChunks: (analysis: readonly ColumnValue[], chunker: Chunker = options.chunker ?? defaultChunker) =>
      chunkRanges(analysis.length, chunker).map((c) => ({ ...c, ...judge(compute(analysis.slice(c.start, c.end + 1))) })),
  });
}
