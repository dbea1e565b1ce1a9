import { describe, expect, it } from 'vitest';
import type { TrainingRecipe } from '../../config/index.js';
import { functionAdapter, matrixFromRows, type Classifier, type DifferentiableClassifier, type Learner } from '../../ml/index.js';
import { meteredAdapter } from './metered-adapter.js';
import { recipeLearner, standardized } from './recipe-learner.js';

describe('recipeLearner', () => {
  // Amounts in the hundred thousands: a logistic regression on raw values barely moves from its start.
  const rows = Array.from({ length: 200 }, (_, i) => [100_000 + 1_000 * (i % 50), i % 7]);
  const y = Int32Array.from(rows, (r) => (r[0]! > 125_000 ? 1 : 0));

  it('standardises the features of each fit and of every prediction by default', () => {
    const { learner, options } = recipeLearner({ learner: 'logistic-regression', standardize: true, options: { l2: 1e-4 } });
    expect(learner.name).toBe('logistic-regression');
    const model = learner.fit(matrixFromRows(rows), y, { ...options, numClasses: 2, seed: 1 });
    const P = model.predictProba(matrixFromRows([[101_000, 3], [148_000, 3]]));
    expect(P.data[1]).toBeLessThan(0.1);
    expect(P.data[3]).toBeGreaterThan(0.9);
  });

  /** Central finite difference of −log p(label) at `x`, with step `h[j]` on feature j. */
  function numericGradient(model: Classifier, x: number[], label: number, h: number[]): number[] {
    const loss = (v: number[]) => -Math.log(model.predictProba(matrixFromRows([v])).data[label]!);
    return x.map((_, j) => {
      const up = [...x];
      const down = [...x];
      up[j]! += h[j]!;
      down[j]! -= h[j]!;
      return (loss(up) - loss(down)) / (2 * h[j]!);
    });
  }

  const recipes: readonly TrainingRecipe[] = [
    { learner: 'logistic-regression', standardize: true, options: { l2: 1e-2 } },
    { learner: 'mlp', standardize: true, options: { hiddenSizes: [6], epochs: 30 } },
  ];

  it.each(recipes)('gives the $learner input gradient on raw features (finite differences), a constant column included', (recipe) => {
    // Feature 0 in the hundred thousands, feature 1 small, feature 2 constant (std 0).
    const raw = rows.map((r) => [r[0]!, r[1]!, 5]);
    const { learner, options } = recipeLearner(recipe);
    const model = learner.fit(matrixFromRows(raw), y, { ...options, numClasses: 2, seed: 3 }) as Classifier & Partial<DifferentiableClassifier>;
    expect(typeof model.inputGradient).toBe('function');
    for (const x of [[121_000, 2, 5], [131_500, 5, 5], [110_000, 0, 7]]) {
      for (const label of [0, 1]) {
        const analytic = Array.from(model.inputGradient!(x, label));
        // Steps of about 1e-4 standard deviations of each feature.
        const numeric = numericGradient(model, x, label, [1, 1e-4, 1e-4]);
        analytic.forEach((g, j) => expect(Math.abs(g - numeric[j]!)).toBeLessThanOrEqual(1e-4 * Math.abs(numeric[j]!) + 1e-9));
      }
    }
    // The raw-unit gradient is the standardised one divided by the feature's spread: feature 0
    // (std ≈ 14 400) moves the loss per unit far less than feature 1 (std 2).
    const g = model.inputGradient!([126_000, 3, 5], 1);
    expect(Math.abs(g[0]!)).toBeLessThan(1e-3);
    expect(Number.isFinite(g[2]!)).toBe(true);
    expect(() => model.inputGradient!([1, 2], 0)).toThrow(RangeError);
  });

  it('leaves the classifier without a gradient when the learner gives none', () => {
    const plain: Learner = { name: 'constant', fit: () => ({ numClasses: 2, numFeatures: 2, predictProba: (X) => matrixFromRows(Array.from({ length: X.rows }, () => [0.5, 0.5])) }) };
    const model = standardized(plain).fit(matrixFromRows(rows), y) as Partial<DifferentiableClassifier>;
    expect(model.inputGradient).toBeUndefined();
  });

  it('passes the options of an MLP recipe on', () => {
    const { learner, options } = recipeLearner({ learner: 'mlp', standardize: false, options: { hiddenSizes: [4], epochs: 2 } });
    expect(learner.name).toBe('mlp');
    expect(options).toEqual({ hiddenSizes: [4], epochs: 2 });
  });
});

describe('meteredAdapter', () => {
  it('counts its own queries within its budget and refuses a batch that would pass it', async () => {
    const inner = functionAdapter({ name: 'f', numFeatures: 1, numClasses: 2, output: 'labels', predict: (X) => new Int32Array(X.rows) });
    const first = meteredAdapter(inner, 5);
    await first.predict(matrixFromRows([[1], [2], [3]]));
    expect([first.queriesUsed, first.queriesLeft]).toEqual([3, 2]);
    await expect(first.predict(matrixFromRows([[1], [2], [3]]))).rejects.toMatchObject({ code: 'ERR_MODEL_QUERY_BUDGET' });
    const second = meteredAdapter(inner, 5);
    await second.predict(matrixFromRows([[1]]));
    expect([second.queriesUsed, inner.queriesUsed]).toEqual([1, 4]);
  });
});
