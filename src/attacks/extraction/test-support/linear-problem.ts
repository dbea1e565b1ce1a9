/**
 * A known linear victim for the extraction tests: a softmax over fixed weights on 5 features in
 * [0, 1], 3 classes, with rows drawn uniformly. A linear surrogate can copy it exactly, so a
 * thief's agreement measures the thief and not the surrogate's capacity.
 */
import type { Classifier } from '../../../ml/models/classifier.js';
import { createMatrix, type Matrix } from '../../../ml/models/matrix.js';
import { createRng } from '../../../stats/index.js';
import type { Evaluation } from '../stolen-model.js';

/** The victim's weights, one row per class. */
export const LINEAR_WEIGHTS: readonly (readonly number[])[] = [
  [6, -4, 2, 0, -3],
  [-3, 5, -4, 2, 1],
  [-2, -2, 3, -3, 2],
];

/** The known linear victim. */
export function linearVictim(): Classifier {
  const C = LINEAR_WEIGHTS.length;
  const d = LINEAR_WEIGHTS[0]!.length;
  return {
    numClasses: C,
    numFeatures: d,
    predictProba(X: Matrix): Matrix {
      const out = createMatrix(X.rows, C);
      for (let i = 0; i < X.rows; i++) {
        const z = LINEAR_WEIGHTS.map((w) => w.reduce((s, wj, j) => s + wj * X.data[i * d + j]!, 0));
        const m = Math.max(...z);
        const e = z.map((v) => Math.exp(v - m));
        const total = e.reduce((a, b) => a + b, 0);
        out.data.set(e.map((v) => v / total), i * C);
      }
      return out;
    },
  };
}

/** `n` rows uniform in [0, 1]^5. */
export function uniformRows(n: number, seed: number, d = LINEAR_WEIGHTS[0]!.length): Matrix {
  const rng = createRng(seed);
  const X = createMatrix(n, d);
  for (let i = 0; i < X.data.length; i++) X.data[i] = rng();
  return X;
}

/** Labels of `model` on `X` (argmax). */
export function labelsOf(model: Classifier, X: Matrix): Int32Array {
  const p = model.predictProba(X);
  const C = p.cols;
  return Int32Array.from({ length: p.rows }, (_, i) => {
    let best = 0;
    for (let c = 1; c < C; c++) if (p.data[i * C + c]! > p.data[i * C + best]!) best = c;
    return best;
  });
}

/** A held-out evaluation set of `n` rows, labelled by the victim (which is also the truth here). */
export function linearEvaluation(n = 1000, seed = 99): Evaluation {
  const inputs = uniformRows(n, seed);
  const labels = labelsOf(linearVictim(), inputs);
  return { inputs, victimLabels: labels, trueLabels: labels };
}
