/**
 * Test models: the project's `classifierAdapter` over an in-memory Classifier, recording every
 * row it was sent (to check what an attack queried), and a two-class classifier from a score
 * function.
 */
import type { Classifier } from '../../../ml/models/classifier.js';
import type { Matrix } from '../../../ml/models/matrix.js';

/** {@link recordingClassifierAdapter} under the name these tests use: records what it is asked. */
export {
  recordingClassifierAdapter as testAdapter,
  type RecordingClassifierAdapter as TestAdapter,
  type RecordingClassifierOptions as TestAdapterOptions,
} from '../../../ml/adapters/test-support/recording-classifier-adapter.js';

/** A classifier from a score function over one row (two classes: p(class 1) = sigmoid(score)). */
export function scoreClassifier(numFeatures: number, score: (x: Float64Array) => number): Classifier {
  return {
    numClasses: 2,
    numFeatures,
    predictProba(X: Matrix): Matrix {
      const data = new Float64Array(X.rows * 2);
      for (let i = 0; i < X.rows; i++) {
        const p1 = 1 / (1 + Math.exp(-score(X.data.subarray(i * X.cols, (i + 1) * X.cols))));
        data[2 * i] = 1 - p1;
        data[2 * i + 1] = p1;
      }
      return { rows: X.rows, cols: 2, data };
    },
  };
}
