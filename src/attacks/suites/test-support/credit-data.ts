/**
 * A small synthetic credit problem for the suite tests: five features on very different scales
 * (age 18–80, income 10k–200k, debt 0–60k, tenure 0–30 years, one noise column), feature
 * constraints (age immutable, tenure only grows), and models trained on it with the project's
 * learners behind `classifierAdapter`.
 */
import { classifierAdapter, createMatrix, fitLogisticRegression, type Classifier, type DifferentiableClassifier, type Matrix, type ModelAdapter, type OutputKind } from '../../../ml/index.js';
import { createRng, normal } from '../../../stats/index.js';
import type { FeatureConstraints } from '../../tabular/index.js';
import type { SuiteData } from '../suite.js';

export const creditFeatures = ['age', 'income', 'debt', 'tenure', 'noise'] as const;

export const creditConstraints: FeatureConstraints = {
  features: [
    { name: 'age', immutable: true },
    { name: 'income', min: 0 },
    { name: 'debt', min: 0 },
    { name: 'tenure', min: 0, direction: 'increase' },
  ],
};

/** `n` applicants; `label` decides the class of each (raw features). */
export function creditRows(n: number, seed: number, label: (x: Float64Array) => number): SuiteData {
  const rng = createRng(seed);
  const d = creditFeatures.length;
  const X = createMatrix(n, d);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = Float64Array.of(18 + 62 * rng(), 10_000 + 190_000 * rng(), 60_000 * rng(), 30 * rng(), normal(rng));
    X.data.set(row, i * d);
    y[i] = label(row);
  }
  return { X, y };
}

/** Approved (1) when the applicant is over 45: depends only on the immutable age. */
export const byAge = (x: Float64Array): number => (x[0]! > 45 ? 1 : 0);

/** Approved (1) when income covers debt with margin: depends on what an applicant can change. */
export const byAffordability = (x: Float64Array): number => (x[1]! / 1000 - 2 * (x[2]! / 1000) > 20 ? 1 : 0);

/** Standardise columns with the mean and spread of `X` (a model pipeline's scaler). */
function standardiser(X: Matrix): { mean: Float64Array; sd: Float64Array } {
  const d = X.cols;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < X.rows; i++) s += X.data[i * d + j]!;
    mean[j] = s / X.rows;
    let v = 0;
    for (let i = 0; i < X.rows; i++) v += (X.data[i * d + j]! - mean[j]!) ** 2;
    sd[j] = Math.sqrt(v / X.rows) || 1;
  }
  return { mean, sd };
}

/**
 * Logistic regression on the standardised `columns` of `data` (all by default), as a
 * classifier of every feature: columns not used have no effect on its answers.
 */
export function fitCreditModel(data: SuiteData, columns: readonly number[] = creditFeatures.map((_, j) => j)): DifferentiableClassifier {
  const d = data.X.cols;
  const { mean, sd } = standardiser(data.X);
  const pick = (X: Matrix): Matrix => {
    const out = createMatrix(X.rows, columns.length);
    for (let i = 0; i < X.rows; i++) columns.forEach((j, k) => (out.data[i * columns.length + k] = (X.data[i * d + j]! - mean[j]!) / sd[j]!));
    return out;
  };
  const inner = fitLogisticRegression(pick(data.X), data.y, { l2: 1e-4, seed: 1, numClasses: 2 });
  return {
    numClasses: 2,
    numFeatures: d,
    predictProba: (X) => inner.predictProba(pick(X)),
    inputGradient(x, label) {
      const g = inner.inputGradient(pick({ rows: 1, cols: d, data: Float64Array.from(x) }).data, label);
      const out = new Float64Array(d);
      columns.forEach((j, k) => (out[j] = g[k]! / sd[j]!));
      return out;
    },
  };
}

/** A classifier as the model under test. */
export function creditAdapter(model: Classifier, options: { output?: OutputKind; budget?: number } = {}): ModelAdapter {
  return classifierAdapter(model, { name: 'credit-model', ...options });
}
