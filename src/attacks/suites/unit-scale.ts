/**
 * Min–max scaling of a model's inputs to [0, 1], fitted on the evaluation rows, so that an ε
 * means the same thing for every feature: a share of the range that feature takes in the data
 * (ε = 0.05 lets an income of 10k–200k move by 9.5k and an age of 18–90 by 3.6 years). The
 * model is wrapped so attacks work on scaled rows and the model still gets its own units.
 */
import type { DifferentiableClassifier, Matrix, ModelAdapter, Prediction } from '../../ml/index.js';
import { createMatrix, wrapAdapter } from '../../ml/index.js';
import { columnExtremes } from '../../ml/models/column-extremes.js';

/** Per-feature lowest value and range (hi − lo; 0 for a constant feature). */
export interface UnitScale {
  readonly lo: Float64Array;
  readonly range: Float64Array;
}

/** Fit the scale on the rows of `X` (finite values). */
export function fitUnitScale(X: Matrix): UnitScale {
  const d = X.cols;
  const { lo, hi } = columnExtremes(X);
  const range = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    if (!Number.isFinite(lo[j]!)) lo[j] = 0;
    range[j] = Math.max(0, hi[j]! - lo[j]!);
  }
  return { lo, range };
}

/** Rows in the model's units → rows in [0, 1] (a constant feature becomes 0). */
export function toUnit(scale: UnitScale, X: Matrix): Matrix {
  const d = X.cols;
  const out = createMatrix(X.rows, d);
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < d; j++) {
      const r = scale.range[j]!;
      const v = r > 0 ? (X.data[i * d + j]! - scale.lo[j]!) / r : 0;
      out.data[i * d + j] = Math.min(1, Math.max(0, v));
    }
  }
  return out;
}

/** Scaled rows → the model's units. */
export function fromUnit(scale: UnitScale, U: Matrix): Matrix {
  const d = U.cols;
  const out = createMatrix(U.rows, d);
  for (let i = 0; i < U.rows; i++) {
    for (let j = 0; j < d; j++) out.data[i * d + j] = scale.lo[j]! + U.data[i * d + j]! * scale.range[j]!;
  }
  return out;
}

/**
 * The model seen on scaled inputs: each row is mapped back to the model's units before it is
 * sent. Queries, budget and name are the model's own; closing the view does not close the model.
 */
export function unitScaledAdapter(adapter: ModelAdapter, scale: UnitScale): ModelAdapter {
  return wrapAdapter(adapter, {
    predict: (inputs: Matrix, signal?: AbortSignal): Promise<Prediction> => adapter.predict(fromUnit(scale, inputs), signal),
    close: 'view',
  });
}

/** A white-box model seen on scaled inputs (its input gradient follows the chain rule). */
export function unitScaledClassifier(model: DifferentiableClassifier, scale: UnitScale): DifferentiableClassifier {
  return {
    numClasses: model.numClasses,
    numFeatures: model.numFeatures,
    predictProba: (U) => model.predictProba(fromUnit(scale, U)),
    inputGradient(u, label) {
      const d = scale.lo.length;
      const x = new Float64Array(d);
      for (let j = 0; j < d; j++) x[j] = scale.lo[j]! + u[j]! * scale.range[j]!;
      const g = model.inputGradient(x, label);
      const out = new Float64Array(d);
      for (let j = 0; j < d; j++) out[j] = g[j]! * scale.range[j]!;
      return out;
    },
  };
}
