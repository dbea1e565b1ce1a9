import { describe, expect, it } from 'vitest';
import { createRng, normal } from '../../stats/index.js';
import { fitLogisticRegression, logisticObjective } from './logistic-regression.js';
import { createMatrix, rowOf, type Matrix } from './matrix.js';

/** n points in d dims, labelled by the argmax of a known linear rule. */
function linearData(n: number, seed: number): { X: Matrix; y: Int32Array; rule: number[][] } {
  const rng = createRng(seed);
  const rule = [
    [2, -1, 0.5, 0],
    [-1, 2, 0, 0.5],
    [-1, -1, -0.5, -0.5],
  ];
  const X = createMatrix(n, 4);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rowOf(X, i);
    for (let j = 0; j < 4; j++) x[j] = normal(rng);
    const scores = rule.map((w) => w.reduce((s, wj, j) => s + wj * x[j]!, 0));
    y[i] = scores.indexOf(Math.max(...scores));
  }
  return { X, y, rule };
}

function accuracy(proba: Matrix, y: Int32Array): number {
  let right = 0;
  for (let i = 0; i < proba.rows; i++) {
    const p = Array.from(rowOf(proba, i));
    if (p.indexOf(Math.max(...p)) === y[i]) right++;
  }
  return right / proba.rows;
}

describe('fitLogisticRegression', () => {
  it('recovers a known separating rule', () => {
    const train = linearData(1500, 1);
    const test = linearData(1000, 2);
    const model = fitLogisticRegression(train.X, train.y, { l2: 1e-4, seed: 3 });
    expect(model.converged).toBe(true);
    expect(accuracy(model.predictProba(test.X), test.y)).toBeGreaterThan(0.96);
    // The learnt weight differences point the same way as the rule's.
    const w = (c: number) => Array.from(model.weights.subarray(c * 4, c * 4 + 4));
    const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0) / Math.hypot(...a) / Math.hypot(...b);
    const diff = (a: number[], b: number[]) => a.map((v, i) => v - b[i]!);
    expect(cosine(diff(w(0), w(1)), diff(train.rule[0]!, train.rule[1]!))).toBeGreaterThan(0.98);
  });

  it('returns probabilities that sum to one', () => {
    const { X, y } = linearData(200, 4);
    const proba = fitLogisticRegression(X, y).predictProba(X);
    for (let i = 0; i < proba.rows; i++) expect(rowOf(proba, i).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('is reproducible from its seed', () => {
    const { X, y } = linearData(300, 5);
    const a = fitLogisticRegression(X, y, { seed: 9 });
    const b = fitLogisticRegression(X, y, { seed: 9 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it('has a training gradient that matches finite differences', () => {
    const { X, y } = linearData(50, 8);
    const f = logisticObjective(X, y, 3, 0.1);
    const rng = createRng(10);
    const theta = Float64Array.from({ length: 15 }, () => normal(rng));
    const grad = new Float64Array(15);
    f(theta, grad);
    const scratch = new Float64Array(15);
    for (let i = 0; i < 15; i++) {
      const h = 1e-6;
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i]! += h;
      down[i]! -= h;
      expect(grad[i]).toBeCloseTo((f(up, scratch) - f(down, scratch)) / (2 * h), 6);
    }
  });

  it('has an input gradient that matches finite differences', () => {
    const { X, y } = linearData(300, 6);
    const model = fitLogisticRegression(X, y, { l2: 1e-2 });
    const rng = createRng(7);
    for (let trial = 0; trial < 5; trial++) {
      const x = Array.from({ length: 4 }, () => normal(rng));
      const label = trial % 3;
      const loss = (v: number[]) => {
        const m = createMatrix(1, 4);
        m.data.set(v);
        return -Math.log(model.predictProba(m).data[label]!);
      };
      const grad = model.inputGradient(x, label);
      for (let j = 0; j < 4; j++) {
        const h = 1e-6;
        const up = [...x];
        const down = [...x];
        up[j]! += h;
        down[j]! -= h;
        expect(grad[j]).toBeCloseTo((loss(up) - loss(down)) / (2 * h), 5);
      }
    }
  });

  it('learns an unpenalised bias for a class that is always present', () => {
    const X = createMatrix(10, 1);
    const y = new Int32Array(10).fill(1);
    const model = fitLogisticRegression(X, y, { numClasses: 2 });
    expect(model.predictProba(X).data[1]).toBeGreaterThan(0.99);
  });

  it('refuses labels that do not fit the data', () => {
    const X = createMatrix(3, 2);
    expect(() => fitLogisticRegression(X, Int32Array.of(0, 1))).toThrow(/2 labels for 3 rows/);
    expect(() => fitLogisticRegression(X, Int32Array.of(0, 1, -1))).toThrow(/negative/);
    expect(() => fitLogisticRegression(X, Int32Array.of(0, 1, 2), { numClasses: 2 })).toThrow(/outside/);
    const model = fitLogisticRegression(X, Int32Array.of(0, 1, 1));
    expect(() => model.inputGradient([1], 0)).toThrow(/2 features/);
    expect(() => model.inputGradient([1, 2], 5)).toThrow(/outside/);
  });
});
