import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { createMatrix, matrixFromRows, type Matrix } from '../models/matrix.js';
import { mlpFromLayers } from '../models/mlp.js';
import { classifierAdapter, functionAdapter, type FunctionAdapterOptions } from './function-adapter.js';
import { QueryBudget } from './query-budget.js';

/** Class 1 when the first feature is positive: probabilities 0.9/0.1. */
const threshold = (X: Matrix): Matrix => {
  const P = createMatrix(X.rows, 2);
  for (let i = 0; i < X.rows; i++) {
    const positive = X.data[i * X.cols]! > 0;
    P.data[i * 2] = positive ? 0.1 : 0.9;
    P.data[i * 2 + 1] = positive ? 0.9 : 0.1;
  }
  return P;
};

function adapter(overrides: Partial<FunctionAdapterOptions> = {}) {
  return functionAdapter({ name: 'threshold', numFeatures: 2, numClasses: 2, output: 'probabilities', predict: threshold, ...overrides });
}

async function rejection(promise: Promise<unknown>): Promise<AisecError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AisecError);
  return error as AisecError;
}

describe('functionAdapter', () => {
  it('answers probabilities and their argmax labels', async () => {
    const model = adapter();
    const { labels, probabilities } = await model.predict(matrixFromRows([[1, 0], [-1, 5]]));
    expect(Array.from(labels)).toEqual([1, 0]);
    expect(Array.from(probabilities!.data)).toEqual([0.1, 0.9, 0.9, 0.1]);
    expect([model.name, model.numFeatures, model.numClasses, model.output]).toEqual(['threshold', 2, 2, 'probabilities']);
  });

  it('answers labels only, from labels or from scores', async () => {
    const fromLabels = adapter({ output: 'labels', predict: (X) => Int32Array.from({ length: X.rows }, (_, i) => (X.data[i * 2]! > 0 ? 1 : 0)) });
    const a = await fromLabels.predict(matrixFromRows([[1, 0], [-1, 0]]));
    expect(Array.from(a.labels)).toEqual([1, 0]);
    expect(a.probabilities).toBeUndefined();
    const fromScores = adapter({ output: 'labels' });
    const b = await fromScores.predict(matrixFromRows([[1, 0]]));
    expect(Array.from(b.labels)).toEqual([1]);
    expect(b.probabilities).toBeUndefined();
  });

  it('accepts asynchronous functions and splits batches larger than maxBatchSize', async () => {
    const seen: number[] = [];
    const model = adapter({
      maxBatchSize: 3,
      predict: async (X) => {
        seen.push(X.rows);
        await new Promise((r) => setTimeout(r, 1));
        return threshold(X);
      },
    });
    const X = matrixFromRows([[1, 0], [-1, 0], [1, 0], [-1, 0], [1, 0], [-1, 0], [1, 0]]);
    const { labels } = await model.predict(X);
    expect(seen).toEqual([3, 3, 1]);
    expect(Array.from(labels)).toEqual([1, 0, 1, 0, 1, 0, 1]);
  });

  it('gives the function a copy of the rows', async () => {
    const model = adapter({
      predict: (X) => {
        X.data.fill(42);
        return threshold(X);
      },
    });
    const X = matrixFromRows([[1, 2]]);
    await model.predict(X);
    expect(Array.from(X.data)).toEqual([1, 2]);
  });

  it('spends the budget before calling the function and refuses a batch that would pass it', async () => {
    let calls = 0;
    const model = adapter({
      budget: 3,
      predict: (X) => {
        calls++;
        return threshold(X);
      },
    });
    await model.predict(matrixFromRows([[1, 0], [1, 0]]));
    expect([model.queriesUsed, model.queriesLeft]).toEqual([2, 1]);
    const error = await rejection(model.predict(matrixFromRows([[1, 0], [1, 0]])));
    expect(error.code).toBe('ERR_MODEL_QUERY_BUDGET');
    expect(error.message).toMatch(/threshold: a batch of 2 rows would pass the query budget \(2 of 3 used\)/);
    expect(calls).toBe(1);
    await model.predict(matrixFromRows([[1, 0]]));
    expect(model.queriesLeft).toBe(0);
  });

  it('shares a budget given as a QueryBudget between adapters', async () => {
    const budget = new QueryBudget(3);
    const a = adapter({ budget });
    const b = adapter({ budget });
    await a.predict(matrixFromRows([[1, 0], [1, 0]]));
    expect(b.queriesLeft).toBe(1);
    expect((await rejection(b.predict(matrixFromRows([[1, 0], [1, 0]])))).code).toBe('ERR_MODEL_QUERY_BUDGET');
  });

  it('rejects rows that do not fit the model without spending the budget', async () => {
    const model = adapter({ budget: 10 });
    const wrong = await rejection(model.predict(matrixFromRows([[1, 2, 3]])));
    expect(wrong.code).toBe('ERR_MODEL_INPUT');
    expect(wrong.message).toMatch(/3 features, but the model takes 2/);
    const nan = await rejection(model.predict(matrixFromRows([[1, 2], [3, Number.NaN]])));
    expect(nan.code).toBe('ERR_MODEL_INPUT');
    expect(nan.message).toMatch(/row 1, feature 1 is NaN/);
    expect((await rejection(model.predict(matrixFromRows([[Number.POSITIVE_INFINITY, 0]])))).code).toBe('ERR_MODEL_INPUT');
    expect(model.queriesUsed).toBe(0);
  });

  it.each([
    ['labels when probabilities were declared', () => new Int32Array(1), /returned labels, but the model was declared to give probabilities/],
    ['too few rows', () => createMatrix(0, 2), /0 × 2 matrix for 1 rows/],
    ['the wrong number of classes', () => matrixFromRows([[0.2, 0.3, 0.5]]), /1 × 3 matrix for 1 rows of 2 classes/],
    ['rows that do not sum to 1', () => matrixFromRows([[0.2, 0.3]]), /row 0 is not valid: probabilities sum to 0.5/],
    ['NaN', () => matrixFromRows([[Number.NaN, 1]]), /probability 0 is NaN/],
    ['negative probabilities', () => matrixFromRows([[-0.5, 1.5]]), /probability 0 is -0.5/],
    ['something else', () => [0.5, 0.5] as unknown as Matrix, /returned an array, not a Matrix/],
    ['nothing', () => undefined as unknown as Matrix, /returned nothing, not a Matrix/],
  ])('rejects an answer of %s as ERR_MODEL_RUNTIME and gives the rows back', async (_what, answer, message) => {
    const model = adapter({ predict: answer, budget: 5 });
    const error = await rejection(model.predict(matrixFromRows([[1, 0]])));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toMatch(message);
    expect(model.queriesUsed).toBe(0);
  });

  it('rejects labels outside the classes', async () => {
    const model = adapter({ output: 'labels', predict: () => Int32Array.from([2]) });
    expect((await rejection(model.predict(matrixFromRows([[1, 0]])))).message).toMatch(/label 2 is not one of the 2 classes/);
  });

  it('turns a throwing function into ERR_MODEL_RUNTIME with the cause', async () => {
    const model = adapter({
      predict: () => {
        throw new Error('out of memory');
      },
    });
    const error = await rejection(model.predict(matrixFromRows([[1, 0]])));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toBe('threshold: the model function failed: out of memory');
    expect((error.cause as Error).message).toBe('out of memory');
  });

  it('does not wait longer than its timeout for a function that never answers', async () => {
    const model = adapter({ predict: () => new Promise<Matrix>(() => undefined), timeoutMs: 50, budget: 4 });
    const started = Date.now();
    const error = await rejection(model.predict(matrixFromRows([[1, 0]])));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toMatch(/did not answer within 50 ms/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(model.queriesUsed).toBe(0);
  });

  it('stops waiting when the signal aborts, and refuses calls after close', async () => {
    const model = adapter({ predict: () => new Promise<Matrix>(() => undefined) });
    const controller = new AbortController();
    const pending = model.predict(matrixFromRows([[1, 0]]), controller.signal);
    controller.abort();
    expect((await rejection(pending)).code).toBe('ERR_ABORTED');
    expect((await rejection(model.predict(matrixFromRows([[1, 0]]), controller.signal))).code).toBe('ERR_ABORTED');
    await model.close();
    await model.close();
    const closed = await rejection(adapter().close().then(() => model.predict(matrixFromRows([[1, 0]]))));
    expect(closed.message).toMatch(/closed/);
  });

  it('answers an empty batch without calling the function', async () => {
    const model = adapter({
      predict: () => {
        throw new Error('called');
      },
    });
    const { labels, probabilities } = await model.predict(createMatrix(0, 2));
    expect(labels.length).toBe(0);
    expect(probabilities!.rows).toBe(0);
  });

  it.each([
    ['an empty name', { name: ' ' }, /non-empty name/],
    ['zero features', { numFeatures: 0 }, /numFeatures must be a whole number ≥ 1/],
    ['fractional classes', { numClasses: 2.5 }, /numClasses/],
    ['an unknown output', { output: 'scores' as 'labels' }, /output must be/],
    ['no function', { predict: 3 as unknown as FunctionAdapterOptions['predict'] }, /predict must be a function/],
    ['a zero batch', { maxBatchSize: 0 }, /maxBatchSize/],
    ['a negative timeout', { timeoutMs: -1 }, /timeoutMs/],
  ])('rejects %s', (_what, options, message) => {
    expect(() => adapter(options)).toThrow(message);
  });

  it('rejects a budget that is not a whole number', () => {
    expect(() => adapter({ budget: 1.5 })).toThrow(/query budget/);
  });
});

describe('classifierAdapter', () => {
  const model = mlpFromLayers([{ inputs: 2, outputs: 3, weights: Float64Array.from([1, 0, 0, 1, -1, -1]), bias: new Float64Array(3) }]);
  const X = matrixFromRows([[2, 0], [0, 2], [-2, -2]]);

  it('answers the classifier’s probabilities', async () => {
    const adapted = classifierAdapter(model, { budget: 10 });
    const { labels, probabilities } = await adapted.predict(X);
    expect(Array.from(labels)).toEqual([0, 1, 2]);
    const expected = model.predictProba(X).data;
    probabilities!.data.forEach((p, k) => expect(p).toBeCloseTo(expected[k]!, 12));
    expect([adapted.name, adapted.numFeatures, adapted.numClasses, adapted.queriesUsed]).toEqual(['classifier', 2, 3, 3]);
  });

  it('answers labels only when asked to', async () => {
    const adapted = classifierAdapter(model, { name: 'mlp', output: 'labels', maxBatchSize: 2 });
    const { labels, probabilities } = await adapted.predict(X);
    expect(Array.from(labels)).toEqual([0, 1, 2]);
    expect(probabilities).toBeUndefined();
    expect(adapted.output).toBe('labels');
  });

  it('checks rows against the classifier’s features', async () => {
    expect((await rejection(classifierAdapter(model).predict(createMatrix(1, 3)))).code).toBe('ERR_MODEL_INPUT');
  });
});
