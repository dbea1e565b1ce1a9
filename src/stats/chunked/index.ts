/**
 * Chunked univariate drift compatible with NannyML: chunkers, thresholds from reference
 * chunks, and the jensen_shannon, hellinger, kolmogorov_smirnov, wasserstein, chi2 and
 * l_infinity methods with NannyML's binning and alert rules.
 */
export { chunkRanges, defaultChunker, DEFAULT_CHUNK_COUNT, splitChunks, type Chunker, type ChunkRange, type Incomplete } from './chunker.js';
export { nanMeanStd, outsideBand, standardDeviationThreshold, thresholdBand, univariateThreshold, type Threshold, type ThresholdBand, type ThresholdLimits } from './thresholds.js';
export { doaneEdges } from './doane-edges.js';
export { nannymlMethodKeys, nannymlMethods } from './methods.js';
export type { MethodOptions, MethodValue, NannymlMethod, NannymlMethodKey } from './methods/method.js';
export { hellingerDistance } from './methods/hellinger.js';
export { fitChunkedDrift, type ChunkDrift, type ChunkedDriftOptions, type ColumnValue, type FittedChunkedDrift } from './univariate.js';
