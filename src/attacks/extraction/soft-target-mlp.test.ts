import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createMatrix, matrixFromRows, type Matrix } from '../../ml/models/matrix.js';
import { createRng } from '../../stats/index.js';
import { isSoftLearner, oneHot, softTargetMlp } from './soft-target-mlp.js';
import { logisticRegression } from '../../ml/models/logistic-regression.js';

/** Rows uniform in [0, 1]^d and the softmax of a fixed linear map as their soft targets. */
function softProblem(n: number, seed: number): { X: Matrix; T: Matrix } {
  const rng = createRng(seed);
  const W = [
    [3, -2, 1],
    [-1, 2, -2],
    [-2, 0, 1],
  ];
  const X = createMatrix(n, 3);
  const T = createMatrix(n, 3);
  for (let i = 0; i < n; i++) {
    const x = [rng(), rng(), rng()];
    X.data.set(x, i * 3);
    const z = W.map((w) => w.reduce((s, wj, j) => s + wj * x[j]!, 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const total = e.reduce((a, b) => a + b, 0);
    T.data.set(e.map((v) => v / total), i * 3);
  }
  return { X, T };
}

describe('softTargetMlp', () => {
  it('matches soft targets it was trained on, and does so on new rows', () => {
    const train = softProblem(400, 1);
    const test = softProblem(200, 2);
    const model = softTargetMlp({ hiddenSizes: [], epochs: 200, learningRate: 0.05 }).fitSoft(train.X, train.T, { seed: 1 });
    const p = model.predictProba(test.X);
    let worst = 0;
    for (let i = 0; i < p.data.length; i++) worst = Math.max(worst, Math.abs(p.data[i]! - test.T.data[i]!));
    expect(worst).toBeLessThan(0.03);
  });

  it('trains on labels as on their one-hot rows, reproducibly from the seed', () => {
    const { X } = softProblem(60, 3);
    const y = Int32Array.from({ length: 60 }, (_, i) => i % 3);
    const learner = softTargetMlp({ hiddenSizes: [8], epochs: 5 });
    expect(isSoftLearner(learner)).toBe(true);
    expect(isSoftLearner(logisticRegression)).toBe(false);
    const a = learner.fit(X, y, { seed: 4 }).predictProba(X);
    const b = learner.fitSoft(X, oneHot(y, 3), { seed: 4 }).predictProba(X);
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    const c = learner.fit(X, y, { seed: 5 }).predictProba(X);
    expect(Array.from(c.data)).not.toEqual(Array.from(a.data));
  });

  it('gives the input gradient of the cross-entropy (checked by finite differences)', () => {
    const { X, T } = softProblem(100, 5);
    const model = softTargetMlp({ hiddenSizes: [6, 5], epochs: 20 }).fitSoft(X, T, { seed: 2 });
    const x = [0.3, 0.6, 0.2];
    const loss = (v: number[]): number => -Math.log(model.predictProba(matrixFromRows([v])).data[1]!);
    const g = model.inputGradient(x, 1);
    for (let j = 0; j < 3; j++) {
      const up = [...x];
      const down = [...x];
      up[j]! += 1e-6;
      down[j]! -= 1e-6;
      expect(g[j]).toBeCloseTo((loss(up) - loss(down)) / 2e-6, 5);
    }
  });

  it('runs at least minSteps Adam steps on a small set', () => {
    const { X, T } = softProblem(20, 6);
    const few = softTargetMlp({ hiddenSizes: [], epochs: 1, learningRate: 0.05 }).fitSoft(X, T, { seed: 1 });
    const many = softTargetMlp({ hiddenSizes: [], epochs: 1, minSteps: 2000, learningRate: 0.05 }).fitSoft(X, T, { seed: 1 });
    const error = (p: Matrix): number => p.data.reduce((s, v, i) => s + Math.abs(v - T.data[i]!), 0);
    expect(error(many.predictProba(X))).toBeLessThan(error(few.predictProba(X)) / 2);
  });

  it('refuses unusable training data and settings with ERR_ATTACK_INPUT', () => {
    const { X, T } = softProblem(10, 7);
    const learner = softTargetMlp();
    const cases: [() => unknown, RegExp][] = [
      [() => learner.fitSoft(X, createMatrix(9, 3)), /9 target rows for 10/],
      [() => learner.fitSoft(matrixFromRows([[Number.NaN, 0, 0]]), matrixFromRows([[1, 0, 0]])), /not a finite number/],
      [() => learner.fitSoft(matrixFromRows([[0, 0, 0]]), matrixFromRows([[1.5, -0.5, 0]])), /not a probability/],
      [() => learner.fitSoft(X, T, { hiddenSizes: [0] }), /hiddenSizes/],
      [() => learner.fitSoft(X, T, { epochs: -1 }), /epochs/],
      [() => learner.fitSoft(X, T, { learningRate: Number.NaN }), /learningRate/],
      [() => learner.fitSoft(X, T, { hiddenSizes: [1 << 14, 1 << 14] }), /parameters/],
      [() => learner.fitSoft(X, T, { numClasses: 4 }), /numClasses/],
    ];
    for (const [fn, pattern] of cases) {
      let caught: unknown;
      try {
        fn();
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught, 'ERR_ATTACK_INPUT'), String(pattern)).toBe(true);
      expect((caught as Error).message).toMatch(pattern);
    }
  });
});
