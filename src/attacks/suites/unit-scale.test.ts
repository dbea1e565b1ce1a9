import { describe, expect, it } from 'vitest';
import { classifierAdapter, fitLogisticRegression, matrixFromRows, type Matrix } from '../../ml/index.js';
import { fitUnitScale, fromUnit, toUnit, unitScaledAdapter, unitScaledClassifier } from './unit-scale.js';

const X = matrixFromRows([
  [18, 10_000, 5],
  [90, 200_000, 5],
  [54, 105_000, 5],
]);

describe('unit scale', () => {
  it('maps each feature\'s range over the rows to [0, 1] and back; a constant feature stays put', () => {
    const scale = fitUnitScale(X);
    const U = toUnit(scale, X);
    expect(Array.from(U.data)).toEqual([0, 0, 0, 1, 1, 0, 0.5, 0.5, 0]);
    expect(Array.from(fromUnit(scale, U).data)).toEqual(Array.from(X.data));
    // 5% of the range: 3.6 years, 9,500 of income.
    const moved = fromUnit(scale, matrixFromRows([[0.05, 0.05, 0.7]]));
    expect(moved.data[0]).toBeCloseTo(21.6, 10);
    expect(moved.data[1]).toBeCloseTo(19_500, 6);
    expect(moved.data[2]).toBe(5);
  });

  it('sends the model rows in its own units and passes its budget through', async () => {
    const seen: Matrix[] = [];
    const inner = classifierAdapter({ numClasses: 2, numFeatures: 3, predictProba: (Q) => (seen.push(Q), { rows: Q.rows, cols: 2, data: new Float64Array(Q.rows * 2).fill(0.5) }) }, { budget: 5 });
    const view = unitScaledAdapter(inner, fitUnitScale(X));
    await view.predict(matrixFromRows([[1, 0, 0.3]]));
    expect(Array.from(seen[0]!.data)).toEqual([90, 10_000, 5]);
    expect(view.queriesUsed).toBe(1);
    expect(view.queriesLeft).toBe(4);
    await view.close();
    await expect(inner.predict(X)).resolves.toBeDefined();
  });

  it('gives the scaled white-box model the gradient of the chain rule', () => {
    const model = fitLogisticRegression(toUnit(fitUnitScale(X), X), Int32Array.of(0, 1, 1), { seed: 1 });
    const scale = fitUnitScale(X);
    // A model on the raw units whose scaled view is `model`.
    const raw = { numClasses: 2, numFeatures: 3, predictProba: (Q: Matrix) => model.predictProba(toUnit(scale, Q)), inputGradient: (x: ArrayLike<number>, label: number) => {
      const u = toUnit(scale, { rows: 1, cols: 3, data: Float64Array.from(x) }).data;
      const g = model.inputGradient(u, label);
      return Float64Array.from(g, (v, j) => (scale.range[j]! > 0 ? v / scale.range[j]! : 0));
    } };
    const view = unitScaledClassifier(raw, scale);
    const u = [0.3, 0.6, 0];
    const g = view.inputGradient(u, 1);
    const direct = model.inputGradient(u, 1);
    expect(g[0]).toBeCloseTo(direct[0]!, 10);
    expect(g[1]).toBeCloseTo(direct[1]!, 10);
    expect(g[2]).toBe(0);
  });
});
