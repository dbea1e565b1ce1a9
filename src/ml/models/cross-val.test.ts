import { describe, expect, it } from 'vitest';
import { createRng, normal } from '../../stats/index.js';
import type { Classifier, Learner } from './classifier.js';
import { crossValProba, crossValProbaAsync, stratifiedFolds } from './cross-val.js';
import { createMatrix, rowOf, type Matrix } from './matrix.js';

function blobs(n: number, seed: number): { X: Matrix; y: Int32Array } {
  const rng = createRng(seed);
  const X = createMatrix(n, 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 3;
    X.data[i * 2] = normal(rng, y[i]! * 4);
    X.data[i * 2 + 1] = normal(rng, -y[i]! * 4);
  }
  return { X, y };
}

describe('stratifiedFolds', () => {
  it('keeps class shares and balances fold sizes', () => {
    const y = Int32Array.from({ length: 103 }, (_, i) => (i < 80 ? 0 : 1));
    const fold = stratifiedFolds(y, 2, 5, 1);
    for (let f = 0; f < 5; f++) {
      const rows = [...fold.keys()].filter((i) => fold[i] === f);
      expect(rows.length).toBeGreaterThanOrEqual(20);
      expect(rows.length).toBeLessThanOrEqual(21);
      expect(rows.filter((i) => y[i] === 1).length).toBeGreaterThanOrEqual(4);
      expect(rows.filter((i) => y[i] === 1).length).toBeLessThanOrEqual(5);
    }
    expect(Array.from(stratifiedFolds(y, 2, 5, 1))).toEqual(Array.from(fold));
    expect(Array.from(stratifiedFolds(y, 2, 5, 2))).not.toEqual(Array.from(fold));
  });
});

describe('crossValProba', () => {
  it('scores every row with a model that never saw it', () => {
    const { X, y } = blobs(60, 1);
    const seen: Set<number>[] = [];
    // A learner that remembers the first feature of its training rows and reports, as the
    // probability of class 0, whether the row predicted was among them.
    const spy: Learner = {
      name: 'spy',
      fit(Xt): Classifier {
        const mine = new Set(Array.from({ length: Xt.rows }, (_, i) => Xt.data[i * Xt.cols]!));
        seen.push(new Set(mine));
        return {
          numClasses: 3,
          numFeatures: 2,
          predictProba(Xq) {
            const out = createMatrix(Xq.rows, 3);
            for (let i = 0; i < Xq.rows; i++) out.data[i * 3] = mine.has(Xq.data[i * Xq.cols]!) ? 1 : 0;
            return out;
          },
        };
      },
    };
    const proba = crossValProba(X, y, 4, 7, { learner: spy });
    expect(seen).toHaveLength(4);
    for (let i = 0; i < 60; i++) expect(proba.data[i * 3]).toBe(0);
  });

  it('predicts well-separated classes out of fold', () => {
    const { X, y } = blobs(300, 2);
    const proba = crossValProba(X, y, 5, 3);
    let right = 0;
    for (let i = 0; i < 300; i++) {
      const p = Array.from(rowOf(proba, i));
      if (p.indexOf(Math.max(...p)) === y[i]) right++;
    }
    expect(right / 300).toBeGreaterThan(0.97);
    expect(Array.from(crossValProba(X, y, 5, 3).data)).toEqual(Array.from(proba.data));
  });

  it('gives the same answer asynchronously', async () => {
    const { X, y } = blobs(100, 4);
    expect(Array.from((await crossValProbaAsync(X, y, 3, 1)).data)).toEqual(Array.from(crossValProba(X, y, 3, 1).data));
  });

  it('refuses too few rows or folds', () => {
    const { X, y } = blobs(3, 1);
    expect(() => crossValProba(X, y, 1, 0)).toThrow(/k must be/);
    expect(() => crossValProba(X, y, 5, 0)).toThrow(/at least 5 rows/);
  });
});
