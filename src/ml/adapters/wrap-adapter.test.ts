import { describe, expect, it } from 'vitest';
import { createMatrix } from '../models/matrix.js';
import { functionAdapter } from './function-adapter.js';
import { wrapAdapter } from './wrap-adapter.js';

function model(budget = 10) {
  return functionAdapter({
    name: 'sign',
    numFeatures: 2,
    numClasses: 2,
    output: 'labels',
    predict: (X) => Int32Array.from({ length: X.rows }, (_, i) => (X.data[i * X.cols]! > 0 ? 1 : 0)),
    budget,
  });
}

describe('wrapAdapter', () => {
  it('delegates name, shape, output and live query counts to the wrapped model', async () => {
    const inner = model(10);
    const wrapped = wrapAdapter(inner, { predict: (X, signal) => inner.predict(X, signal) });
    expect([wrapped.name, wrapped.numFeatures, wrapped.numClasses, wrapped.output]).toEqual([inner.name, 2, 2, inner.output]);
    const answer = await wrapped.predict(createMatrix(3, 2));
    expect(Array.from(answer.labels)).toEqual([0, 0, 0]);
    expect([wrapped.queriesUsed, wrapped.queriesLeft]).toEqual([3, 7]);
  });

  it('uses the replacements it is given', async () => {
    const inner = model();
    const wrapped = wrapAdapter(inner, {
      name: 'view',
      output: 'labels',
      queriesUsed: () => 42,
      queriesLeft: () => 1,
      predict: () => Promise.resolve({ labels: Int32Array.of(7) }),
    });
    expect([wrapped.name, wrapped.output, wrapped.queriesUsed, wrapped.queriesLeft]).toEqual(['view', 'labels', 42, 1]);
    expect(Array.from((await wrapped.predict(createMatrix(1, 2))).labels)).toEqual([7]);
    expect(inner.queriesUsed).toBe(0);
  });

  it('closes the wrapped model by default and leaves it open for a view', async () => {
    let closed = 0;
    const sign = model();
    const inner = wrapAdapter(sign, { predict: (X) => sign.predict(X) });
    inner.close = () => ((closed += 1), Promise.resolve());
    await wrapAdapter(inner, { predict: (X) => inner.predict(X), close: 'view' }).close();
    expect(closed).toBe(0);
    await wrapAdapter(inner, { predict: (X) => inner.predict(X) }).close();
    expect(closed).toBe(1);
  });
});
