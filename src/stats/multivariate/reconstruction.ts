/**
 * Multivariate drift by PCA reconstruction error, NannyML's `DataReconstructionDriftCalculator`:
 * encode and standardise on the reference, keep the principal components that explain 65% of
 * its variance, and measure per chunk the mean Euclidean distance between each row and its
 * reconstruction from those components. A change in how features move together (a correlation
 * that breaks) raises the error even when every column's own distribution is unchanged.
 */
import { AisecError } from '../../core/errors.js';
import { chunkRanges, defaultChunker, type ChunkRange, type Chunker } from '../chunked/index.js';
import { standardDeviationThreshold, thresholdBand, type Threshold, type ThresholdBand } from '../chunked/index.js';
import { fitEncoder, type DataColumns, type EncoderOptions } from './encode.js';
import { fitPca, reconstructionError } from './pca.js';

/** Settings of {@link fitReconstructionDrift}. */
export interface ReconstructionDriftOptions extends EncoderOptions {
  /** Share of variance the kept components explain (NannyML: 0.65), or a whole number of components. */
  readonly keep?: number;
  /** Split used for the reference thresholds and by default for analysis data (NannyML's DefaultChunker). */
  readonly chunker?: Chunker;
  /** NannyML: mean ± 3 std of the reference-chunk errors; a lower side at or below 0 is dropped. */
  readonly threshold?: Threshold;
}

/** The reconstruction error of one chunk. */
export interface ReconstructionChunk extends ChunkRange {
  /** Mean reconstruction error of the chunk's rows. */
  readonly value: number;
  /** Standard error of that mean (std with ddof 1 / √n; NaN for one row). */
  readonly samplingError: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** NannyML's rule: alert unless lower < value < upper. */
  readonly alert: boolean;
}

/** A fitted reconstruction-drift calculator. */
export interface FittedReconstructionDrift {
  readonly features: readonly string[];
  /** Components kept and the variance share they explain together. */
  readonly components: number;
  readonly explainedVariance: number;
  readonly band: ThresholdBand;
  readonly reference: readonly ReconstructionChunk[];
  /** Per-row reconstruction errors of a table. */
  rowErrors(data: DataColumns): Float64Array;
  /** Reconstruction error of each chunk of a table. */
  calculate(data: DataColumns, chunker?: Chunker): ReconstructionChunk[];
}

function chunkStats(errors: Float64Array, c: ChunkRange): { value: number; samplingError: number } {
  const n = c.end - c.start + 1;
  let sum = 0;
  for (let i = c.start; i <= c.end; i++) sum += errors[i]!;
  const value = sum / n;
  let ss = 0;
  for (let i = c.start; i <= c.end; i++) ss += (errors[i]! - value) ** 2;
  return { value, samplingError: n > 1 ? Math.sqrt(ss / (n - 1)) / Math.sqrt(n) : Number.NaN };
}

const alerts = (v: number, band: ThresholdBand) => !((band.lower === null || band.lower < v) && (band.upper === null || v < band.upper));

/**
 * Fit on a reference table (columns of equal length; at least one row per reference chunk).
 *
 * @example
 * const drift = fitReconstructionDrift({ a: refA, b: refB });
 * drift.calculate({ a: curA, b: curB }).some((c) => c.alert);
 */
export function fitReconstructionDrift(reference: DataColumns, options: ReconstructionDriftOptions = {}): FittedReconstructionDrift {
  const encoder = fitEncoder(reference, options);
  const rows = encoder.encode(reference);
  if (rows.length < 2) throw new AisecError('ERR_STATS_INPUT', `Reconstruction drift needs at least 2 reference rows (got ${rows.length}).`);
  const pca = fitPca(rows, options.keep ?? 0.65);
  const rowErrors = (data: DataColumns) => Float64Array.from(encoder.encode(data), (r) => reconstructionError(pca, r));
  const chunker = options.chunker ?? defaultChunker;
  const refErrors = Float64Array.from(rows, (r) => reconstructionError(pca, r));
  const refChunks = chunkRanges(refErrors.length, chunker).map((c) => ({ ...c, ...chunkStats(refErrors, c) }));
  const computed = thresholdBand(
    options.threshold ?? standardDeviationThreshold,
    refChunks.map((c) => c.value),
  );
  // NannyML drops (override_using_none) a lower threshold at or below the limit 0.
  const band: ThresholdBand = { lower: computed.lower !== null && computed.lower > 0 ? computed.lower : null, upper: computed.upper };
  const judge = (c: ChunkRange & { value: number; samplingError: number }): ReconstructionChunk => ({ ...c, lower: band.lower, upper: band.upper, alert: alerts(c.value, band) });
  return Object.freeze({
    features: encoder.features,
    components: pca.components.length,
    explainedVariance: pca.explainedVarianceRatio.reduce((s, v) => s + v, 0),
    band,
    reference: Object.freeze(refChunks.map(judge)),
    rowErrors,
    calculate: (data: DataColumns, analysisChunker: Chunker = chunker) => {
      const errors = rowErrors(data);
      return chunkRanges(errors.length, analysisChunker).map((c) => judge({ ...c, ...chunkStats(errors, c) }));
    },
  });
}
