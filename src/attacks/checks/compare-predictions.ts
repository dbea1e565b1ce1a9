/** Row-by-row comparison of two answers of a model to the same rows. */
import type { Prediction } from '../../ml/adapters/model-adapter.js';

/** A row answered differently. */
export interface PredictionMismatch {
  /** Index of the row in the data. */
  readonly row: number;
  readonly firstLabel: number;
  readonly secondLabel: number;
  /** Largest difference of a class score (0 without scores). */
  readonly scoreDifference: number;
}

/** How two answers differ. */
export interface PredictionComparison {
  readonly rowsCompared: number;
  readonly labelMismatches: number;
  /** Rows whose scores differ by more than the tolerance (the label may still agree). */
  readonly scoreMismatches: number;
  readonly maxScoreDifference: number;
  /** Rows answered differently (labels or scores), at most `maxExamples`. */
  readonly examples: readonly PredictionMismatch[];
}

/** Compare `a` and `b` (answers to the same rows, data rows `indices`). */
export function comparePredictions(a: Prediction, b: Prediction, indices: readonly number[], tolerance: number, maxExamples: number): PredictionComparison {
  let labelMismatches = 0;
  let scoreMismatches = 0;
  let maxScoreDifference = 0;
  const examples: PredictionMismatch[] = [];
  const pa = a.probabilities;
  const pb = b.probabilities;
  for (let i = 0; i < indices.length; i++) {
    let diff = 0;
    if (pa && pb) for (let c = 0; c < pa.cols; c++) diff = Math.max(diff, Math.abs(pa.data[i * pa.cols + c]! - pb.data[i * pb.cols + c]!));
    maxScoreDifference = Math.max(maxScoreDifference, diff);
    const labelDiffers = a.labels[i] !== b.labels[i];
    if (labelDiffers) labelMismatches++;
    if (diff > tolerance) scoreMismatches++;
    if ((labelDiffers || diff > tolerance) && examples.length < maxExamples) {
      examples.push({ row: indices[i]!, firstLabel: a.labels[i]!, secondLabel: b.labels[i]!, scoreDifference: diff });
    }
  }
  return { rowsCompared: indices.length, labelMismatches, scoreMismatches, maxScoreDifference, examples };
}
