import { describe, expect, it } from 'vitest';
import { functionAdapter, matrixFromRows } from '../../ml/index.js';
import { meteredAdapter } from './metered-adapter.js';
import { recipeLearner } from './recipe-learner.js';

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
