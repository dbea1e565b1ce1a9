/**
 * A ModelAdapter over an in-memory Classifier, for tests: counts queries against a budget,
 * can hide the scores (a label-only model) and records the size of every batch it answered.
 */
import type { ModelAdapter, OutputKind, Prediction } from '../../../ml/adapters/model-adapter.js';
import { QueryBudget } from '../../../ml/adapters/query-budget.js';
import type { Classifier } from '../../../ml/models/classifier.js';
import type { Matrix } from '../../../ml/models/matrix.js';

/** Options of {@link testAdapter}. */
export interface TestAdapterOptions {
  readonly name?: string;
  readonly output?: OutputKind;
  readonly budget?: number;
}

/** A test adapter: a ModelAdapter plus the batches it answered. */
export interface TestAdapter extends ModelAdapter {
  /** Rows of each batch answered, in order. */
  readonly batches: number[];
  /** Every row answered, in order (copies). */
  readonly seen: Float64Array[];
}

/** The argmax of each row of a score matrix. */
export function argmaxRows(p: Matrix): Int32Array {
  const out = new Int32Array(p.rows);
  for (let i = 0; i < p.rows; i++) {
    let best = 0;
    for (let c = 1; c < p.cols; c++) if (p.data[i * p.cols + c]! > p.data[i * p.cols + best]!) best = c;
    out[i] = best;
  }
  return out;
}

/** Wrap `model` as a ModelAdapter. */
export function testAdapter(model: Classifier, options: TestAdapterOptions = {}): TestAdapter {
  const budget = new QueryBudget(options.budget ?? Number.POSITIVE_INFINITY);
  const name = options.name ?? 'test-model';
  const output = options.output ?? 'probabilities';
  const batches: number[] = [];
  const seen: Float64Array[] = [];
  return {
    name,
    numFeatures: model.numFeatures,
    numClasses: model.numClasses,
    output,
    batches,
    seen,
    get queriesUsed() {
      return budget.used;
    },
    get queriesLeft() {
      return budget.left;
    },
    async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
      signal?.throwIfAborted();
      budget.spend(inputs.rows, name);
      batches.push(inputs.rows);
      for (let i = 0; i < inputs.rows; i++) seen.push(inputs.data.slice(i * inputs.cols, (i + 1) * inputs.cols));
      const probabilities = model.predictProba(inputs);
      const labels = argmaxRows(probabilities);
      return output === 'probabilities' ? { labels, probabilities } : { labels };
    },
    async close() {},
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
