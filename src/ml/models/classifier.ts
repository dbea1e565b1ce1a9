import type { Matrix } from './matrix.js';

/** A trained classifier: class probabilities for rows of features. */
export interface Classifier {
  readonly numClasses: number;
  readonly numFeatures: number;
  /** One row of class probabilities (summing to 1) per input row. */
  predictProba(X: Matrix): Matrix;
}

/** A classifier whose loss can be differentiated with respect to its input (white-box attacks). */
export interface DifferentiableClassifier extends Classifier {
  /** Gradient of the cross-entropy loss of `label` at `x`, with respect to `x`. */
  inputGradient(x: ArrayLike<number>, label: number): Float64Array;
}

/** Options every learner takes. */
export interface FitOptions {
  /** Number of classes; default: the largest label + 1. */
  readonly numClasses?: number;
  /** Seed of the initialisation (and of any sampling the learner does). */
  readonly seed?: number;
  /** Checked between iterations, so a cancelled run stops. */
  readonly signal?: AbortSignal;
}

/** A way to train a {@link Classifier}: what cross-validation and the label checks are given. */
export interface Learner<O extends FitOptions = FitOptions> {
  /** kebab-case name, shown in evidence (e.g. `logistic-regression`). */
  readonly name: string;
  fit(X: Matrix, y: Int32Array, options?: O): Classifier;
}

/** Check labels against a feature matrix and return the number of classes. */
export function checkLabels(X: Matrix, y: Int32Array, numClasses?: number): number {
  if (y.length !== X.rows) throw new RangeError(`${y.length} labels for ${X.rows} rows`);
  let max = -1;
  for (let i = 0; i < y.length; i++) {
    const label = y[i]!;
    if (label < 0) throw new RangeError(`label ${label} at row ${i} is negative`);
    if (label > max) max = label;
  }
  const classes = numClasses ?? max + 1;
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`numClasses must be a whole number ≥ 1, not ${classes}`);
  if (max >= classes) throw new RangeError(`label ${max} is outside the ${classes} classes`);
  return classes;
}
