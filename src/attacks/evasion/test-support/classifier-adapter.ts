/**
 * Test helpers: a {@link ModelAdapter} over an in-memory {@link Classifier} (with a query
 * budget, a labels-only mode and a record of every batch), and a two-class linear problem whose
 * exact distance to the decision boundary is known.
 */
import { AisecError } from '../../../core/errors.js';
import type { ModelAdapter, OutputKind, Prediction } from '../../../ml/adapters/model-adapter.js';
import { QueryBudget } from '../../../ml/adapters/query-budget.js';
import type { Classifier } from '../../../ml/models/classifier.js';
import { fitLogisticRegression, type LogisticRegressionModel } from '../../../ml/models/logistic-regression.js';
import { createMatrix, rowOf, type Matrix } from '../../../ml/models/matrix.js';
import { createRng, normal } from '../../../stats/index.js';

/** A test adapter that also records the rows of each batch it answered. */
export interface TestAdapter extends ModelAdapter {
  readonly batches: number[];
}

/** Options of {@link classifierTestAdapter}. */
export interface TestAdapterOptions {
  readonly output?: OutputKind;
  readonly budget?: number;
  readonly name?: string;
}

/** Answer through `model.predictProba`, counting rows against a budget. */
export function classifierTestAdapter(model: Classifier, options: TestAdapterOptions = {}): TestAdapter {
  const budget = new QueryBudget(options.budget);
  const name = options.name ?? 'test-model';
  const output = options.output ?? 'probabilities';
  const batches: number[] = [];
  return {
    name,
    numFeatures: model.numFeatures,
    numClasses: model.numClasses,
    output,
    batches,
    get queriesUsed() {
      return budget.used;
    },
    get queriesLeft() {
      return budget.left;
    },
    async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
      if (signal?.aborted) throw new AisecError('ERR_ABORTED', `${name}: cancelled`);
      if (inputs.cols !== model.numFeatures) throw new AisecError('ERR_MODEL_INPUT', `${name}: ${inputs.cols} features, the model takes ${model.numFeatures}`);
      for (const v of inputs.data) if (!Number.isFinite(v)) throw new AisecError('ERR_MODEL_INPUT', `${name}: a feature is ${v}`);
      budget.spend(inputs.rows, name);
      batches.push(inputs.rows);
      const probabilities = model.predictProba(inputs);
      const labels = new Int32Array(inputs.rows);
      for (let i = 0; i < inputs.rows; i++) {
        const p = rowOf(probabilities, i);
        let best = 0;
        for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
        labels[i] = best;
      }
      return output === 'labels' ? { labels } : { labels, probabilities };
    },
    async close() {},
  };
}

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
