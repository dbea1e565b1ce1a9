/**
 * Multivariate drift: NannyML's data reconstruction error (standardise, PCA to 65% of the
 * variance, mean reconstruction error per chunk against reference-chunk thresholds), with the
 * encoder, PCA and symmetric eigen-decomposition it is built from.
 */
export { fitEncoder, type CategoricalEncoding, type Cell, type DataColumns, type Encoder, type EncoderOptions } from './encode.js';
export { fitPca, reconstructionError, type Pca } from './pca.js';
export { fitReconstructionDrift, type FittedReconstructionDrift, type ReconstructionChunk, type ReconstructionDriftOptions } from './reconstruction.js';
