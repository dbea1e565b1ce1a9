/**
 * Test models for the membership tests: trained classifiers as model adapters, and small
 * classifiers that memorise their training rows or ignore them.
 */
import { classifierAdapter, type ClassifierAdapterOptions, type ModelAdapter } from '../../../ml/index.js';
import type { Classifier, Learner } from '../../../ml/models/classifier.js';
import { createMatrix, type Matrix } from '../../../ml/models/matrix.js';

/** A trained classifier as the model under test (the library's classifierAdapter, named `test-model`). */
export function testModel(classifier: Classifier, options: ClassifierAdapterOptions = {}): ModelAdapter {
  return classifierAdapter(classifier, { name: 'test-model', ...options });
}

/** `model` seen through another answering function (a plain object, so getters are read once). */
export function withPredict(model: ModelAdapter, name: string, predict: ModelAdapter['predict']): ModelAdapter {
  return { name, numFeatures: model.numFeatures, numClasses: model.numClasses, output: model.output, queriesUsed: 0, queriesLeft: Number.POSITIVE_INFINITY, predict, close: async () => {} };
}

/**
 * One nearest neighbour with a soft vote: the neighbour's label gets weight exp(−distance),
 * the rest is spread evenly. A training row is its own neighbour at distance 0, so the model
 * is certain on exactly the rows it was trained on: perfect memorisation.
 */
export function fitNearestNeighbour(X: Matrix, y: Int32Array, numClasses: number): Classifier {
  const d = X.cols;
  return {
    numClasses,
    numFeatures: d,
    predictProba(Q: Matrix): Matrix {
      const out = createMatrix(Q.rows, numClasses);
      for (let q = 0; q < Q.rows; q++) {
        let best = -1;
        let bestDistance = Infinity;
        for (let r = 0; r < X.rows; r++) {
          let s = 0;
          for (let j = 0; j < d; j++) s += (Q.data[q * d + j]! - X.data[r * d + j]!) ** 2;
          if (s < bestDistance) {
            bestDistance = s;
            best = r;
          }
        }
        const w = best < 0 ? 0 : Math.exp(-Math.sqrt(bestDistance));
        for (let c = 0; c < numClasses; c++) out.data[q * numClasses + c] = (1 - w) / numClasses + (best >= 0 && y[best] === c ? w : 0);
      }
      return out;
    },
  };
}

/** {@link fitNearestNeighbour} as a learner (the recipe of a memorising model). */
export const nearestNeighbourLearner: Learner = {
  name: 'nearest-neighbour',
  fit: (X, y, options) => fitNearestNeighbour(X, y, options?.numClasses ?? 2),
};

/** A model that gives every input the same probabilities. */
export function constantClassifier(numFeatures: number, probabilities: readonly number[]): Classifier {
  return {
    numClasses: probabilities.length,
    numFeatures,
    predictProba(Q: Matrix): Matrix {
      const out = createMatrix(Q.rows, probabilities.length);
      for (let q = 0; q < Q.rows; q++) out.data.set(probabilities, q * probabilities.length);
      return out;
    },
  };
}

/**
 * A model whose answers depend on the input but not on any training: the first feature, put
 * through a sigmoid, is the probability of class 1. What it says about a row is the same
 * whether or not the row was in "training", so no attack should find members.
 */
export function untrainedClassifier(numFeatures: number): Classifier {
  return {
    numClasses: 2,
    numFeatures,
    predictProba(Q: Matrix): Matrix {
      const out = createMatrix(Q.rows, 2);
      for (let q = 0; q < Q.rows; q++) {
        const p = 1 / (1 + Math.exp(-Q.data[q * numFeatures]!));
        out.data[q * 2] = 1 - p;
        out.data[q * 2 + 1] = p;
      }
      return out;
    },
  };
}

/** {@link untrainedClassifier} as a learner: fitting ignores the data. */
export const untrainedLearner: Learner = { name: 'untrained', fit: (X) => untrainedClassifier(X.cols) };
