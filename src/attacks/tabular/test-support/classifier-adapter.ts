/**
 * Test models: the project's `classifierAdapter` over an in-memory Classifier, recording every
 * row it was sent (to check what an attack queried), and a two-class classifier from a score
 * function.
 */
import { classifierAdapter, type ModelAdapter, type OutputKind, type Prediction } from '../../../ml/adapters/index.js';
import type { Classifier } from '../../../ml/models/classifier.js';
import type { Matrix } from '../../../ml/models/matrix.js';

/** Options of {@link testAdapter}. */
export interface TestAdapterOptions {
  readonly name?: string;
  readonly output?: OutputKind;
  readonly budget?: number;
}

/** A test adapter: a ModelAdapter plus the rows it answered. */
export interface TestAdapter extends ModelAdapter {
  /** Rows of each batch answered, in order. */
  readonly batches: number[];
  /** Every row answered, in order (copies). */
  readonly seen: Float64Array[];
}

/** Wrap `model` as a ModelAdapter that records what it is asked. */
export function testAdapter(model: Classifier, options: TestAdapterOptions = {}): TestAdapter {
  const inner = classifierAdapter(model, {
    name: options.name ?? 'test-model',
    output: options.output ?? 'probabilities',
    ...(options.budget === undefined ? {} : { budget: options.budget }),
  });
  const batches: number[] = [];
  const seen: Float64Array[] = [];
  return {
    name: inner.name,
    numFeatures: inner.numFeatures,
    numClasses: inner.numClasses,
    output: inner.output,
    batches,
    seen,
    get queriesUsed() {
      return inner.queriesUsed;
    },
    get queriesLeft() {
      return inner.queriesLeft;
    },
    async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
      const answer = await inner.predict(inputs, signal);
      batches.push(inputs.rows);
      for (let i = 0; i < inputs.rows; i++) seen.push(inputs.data.slice(i * inputs.cols, (i + 1) * inputs.cols));
      return answer;
    },
    close: () => inner.close(),
  };
}

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
