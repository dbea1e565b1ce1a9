/**
 * Two Gaussian clusters in many dimensions (40 by default), apart along the first half of the
 * features, and a logistic regression trained on them: a problem where a labels-only attacker
 * starting from random noise lands far from the row it attacks, and one starting from a nearby
 * real row of the other class does not.
 */
import { createMatrix, fitLogisticRegression, type LogisticRegressionModel } from '../../../ml/index.js';
import { createRng, normal } from '../../../stats/index.js';
import type { SuiteData } from '../suite.js';

/** `n` rows alternating between the classes, with features of unit spread around their class centre. */
export function clusterRows(n: number, seed: number, d = 40): SuiteData {
  const rng = createRng(seed);
  const X = createMatrix(n, d);
  const y = new Int32Array(n);
  const shift = 2.4 / Math.sqrt(d / 2);
  for (let i = 0; i < n; i++) {
    const c = i % 2;
    y[i] = c;
    for (let j = 0; j < d; j++) X.data[i * d + j] = (j < d / 2 ? (c === 1 ? shift : -shift) : 0) + normal(rng);
  }
  return { X, y };
}

/** A logistic regression fitted on `data`. */
export function fitClusterModel(data: SuiteData): LogisticRegressionModel {
  return fitLogisticRegression(data.X, data.y, { l2: 1e-3, numClasses: 2 });
}
