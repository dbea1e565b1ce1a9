/**
 * The descriptor's training recipe as a learner the suites can fit: LiRA's shadow models and
 * the extraction thieves are trained like the model under test. With `standardize` (the
 * default) each fit standardises the features over its own rows first and the classifier it
 * returns does the same to every input, as a model file with the scaling in its graph does; its
 * input gradient, when the learner's models have one, is taken with respect to the raw features,
 * so the white-box steps of a thief (JbDA) work on it.
 */
import type { TrainingRecipe } from '../../config/index.js';
import { createMatrix, logisticRegression, mlp, type Classifier, type DifferentiableClassifier, type FitOptions, type Learner, type Matrix } from '../../ml/index.js';

/** A learner and the options it is fitted with (the suites' `SuiteRecipe`). */
export interface RecipeLearner {
  readonly learner: Learner;
  readonly options: FitOptions;
}

/** The learner a recipe describes. */
export function recipeLearner(recipe: TrainingRecipe): RecipeLearner {
  const base: Learner = recipe.learner === 'mlp' ? (mlp as Learner) : (logisticRegression as Learner);
  return { learner: recipe.standardize ? standardized(base) : base, options: { ...recipe.options } as FitOptions };
}

/** `learner` behind a per-feature standardisation fitted on the training rows. */
export function standardized(learner: Learner): Learner {
  return {
    name: learner.name,
    fit(X: Matrix, y: Int32Array, options?: FitOptions): Classifier {
      const { mean, std } = columnMoments(X);
      const scale = (raw: Matrix): Matrix => {
        const out = createMatrix(raw.rows, raw.cols);
        const d = raw.cols;
        for (let i = 0; i < raw.data.length; i++) out.data[i] = (raw.data[i]! - mean[i % d]!) / std[i % d]!;
        return out;
      };
      const model = learner.fit(scale(X), y, options);
      const wrapped: Classifier = { numClasses: model.numClasses, numFeatures: model.numFeatures, predictProba: (rows: Matrix) => model.predictProba(scale(rows)) };
      const inner = model as Partial<DifferentiableClassifier>;
      if (typeof inner.inputGradient !== 'function') return wrapped;
      const innerGradient = inner.inputGradient.bind(model);
      const differentiable: DifferentiableClassifier = { ...wrapped, inputGradient: (x, label) => rawGradient(innerGradient, mean, std, x, label) };
      return differentiable;
    },
  };
}

/**
 * The input gradient on raw features of a model fitted on standardised ones (chain rule:
 * z = (x − mean) / std, so ∂L/∂x_j = ∂L/∂z_j / std_j). A constant column has std 1 here, as in
 * the forward pass, so its gradient passes unchanged.
 */
function rawGradient(
  gradient: (z: ArrayLike<number>, label: number) => Float64Array,
  mean: Float64Array,
  std: Float64Array,
  x: ArrayLike<number>,
  label: number,
): Float64Array {
  const d = mean.length;
  if (x.length !== d) throw new RangeError(`the model takes ${d} features, the input has ${x.length}`);
  const z = new Float64Array(d);
  for (let j = 0; j < d; j++) z[j] = (x[j]! - mean[j]!) / std[j]!;
  const g = gradient(z, label);
  const out = new Float64Array(d);
  for (let j = 0; j < d; j++) out[j] = g[j]! / std[j]!;
  return out;
}

/** Mean and standard deviation of each column (1 for a constant column, so it passes unchanged). */
function columnMoments(X: Matrix): { mean: Float64Array; std: Float64Array } {
  const d = X.cols;
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < d; j++) mean[j] = mean[j]! + X.data[i * d + j]!;
  for (let j = 0; j < d; j++) mean[j] = X.rows > 0 ? mean[j]! / X.rows : 0;
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < d; j++) {
      const delta = X.data[i * d + j]! - mean[j]!;
      std[j] = std[j]! + delta * delta;
    }
  }
  for (let j = 0; j < d; j++) {
    const s = X.rows > 1 ? Math.sqrt(std[j]! / X.rows) : 0;
    std[j] = s > 0 && Number.isFinite(s) ? s : 1;
  }
  return { mean, std };
}
