/**
 * Test helpers: a recording model adapter over an in-memory classifier (from ml/adapters), and a
 * two-class linear problem whose exact distance to the decision boundary is known.
 */
import { fitLogisticRegression, type LogisticRegressionModel } from '../../../ml/models/logistic-regression.js';
import { createMatrix, type Matrix } from '../../../ml/models/matrix.js';
import { createRng, normal } from '../../../stats/index.js';

/** {@link recordingClassifierAdapter} under the name these tests use: records the rows of every call. */
export {
  recordingClassifierAdapter as classifierTestAdapter,
  type RecordingClassifierAdapter as TestAdapter,
  type RecordingClassifierOptions as TestAdapterOptions,
} from '../../../ml/adapters/test-support/recording-classifier-adapter.js';

/** A two-class problem: Gaussian blobs in `d` dimensions and a logistic regression fitted to them. */
export interface LinearProblem {
  readonly model: LogisticRegressionModel;
  readonly X: Matrix;
  readonly y: Int32Array;
}

/** Blobs at ±1.5 on every axis (unit variance), `n` rows; the model is fitted on a separate sample. */
export function linearProblem(d: number, n: number, seed: number): LinearProblem {
  const sample = (rows: number, rng: () => number): { X: Matrix; y: Int32Array } => {
    const X = createMatrix(rows, d);
    const y = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
      y[i] = i % 2;
      const centre = y[i] === 1 ? 1.5 : -1.5;
      for (let j = 0; j < d; j++) X.data[i * d + j] = normal(rng, centre / Math.sqrt(d), 1);
    }
    return { X, y };
  };
  const rng = createRng(seed);
  const train = sample(400, rng);
  const model = fitLogisticRegression(train.X, train.y, { l2: 1e-3, seed });
  return { model, ...sample(n, rng) };
}

/**
 * Exact distance from `x` to the decision boundary of a two-class linear softmax model, in L∞
 * (margin / ‖w‖₁) or L2 (margin / ‖w‖₂), where w is the difference of the two classes' weights.
 * Negative when `x` is on the wrong side of `label`.
 */
export function boundaryDistance(model: LogisticRegressionModel, x: ArrayLike<number>, label: number, norm: 'linf' | 'l2'): number {
  const d = model.numFeatures;
  const other = 1 - label;
  let margin = model.bias[label]! - model.bias[other]!;
  let l1 = 0;
  let l2 = 0;
  for (let j = 0; j < d; j++) {
    const w = model.weights[label * d + j]! - model.weights[other * d + j]!;
    margin += w * x[j]!;
    l1 += Math.abs(w);
    l2 += w * w;
  }
  return margin / (norm === 'linf' ? l1 : Math.sqrt(l2));
}
