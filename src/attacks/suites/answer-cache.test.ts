import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { classifierAdapter, matrixFromRows, type Matrix, type ModelAdapter } from '../../ml/index.js';
import { answerCache } from './answer-cache.js';

describe('answerCache', () => {
  it('asks the model once per distinct row and answers repeats from memory', async () => {
    const asked: number[] = [];
    const inner = classifierAdapter({ numClasses: 2, numFeatures: 2, predictProba: (Q: Matrix) => {
      asked.push(Q.rows);
      return { rows: Q.rows, cols: 2, data: Float64Array.from({ length: Q.rows * 2 }, (_, i) => (i % 2 === 0 ? Q.data[(i / 2) * 2]! : 1 - Q.data[((i - 1) / 2) * 2]!)) };
    } });
    const cached = answerCache(inner);
    const first = await cached.predict(matrixFromRows([[0.2, 1], [0.9, 1], [0.2, 1]]));
    expect(asked).toEqual([2]);
    expect(Array.from(first.labels)).toEqual([1, 0, 1]);
    const again = await cached.predict(matrixFromRows([[0.9, 1], [0.2, 1], [0.7, 0]]));
    expect(asked).toEqual([2, 1]);
    expect(Array.from(again.probabilities!.data.slice(0, 4))).toEqual(Array.from(first.probabilities!.data.slice(2, 4)).concat(Array.from(first.probabilities!.data.slice(0, 2))));
    expect(cached.queriesUsed).toBe(3);
  });

  it('refuses an answer without the scores the model declares', async () => {
    const liar: ModelAdapter = { name: 'liar', numFeatures: 1, numClasses: 2, output: 'probabilities', queriesUsed: 0, queriesLeft: Infinity, predict: async (X) => ({ labels: new Int32Array(X.rows) }), close: async () => {} };
    const view = answerCache(liar);
    const error = await view.predict(matrixFromRows([[1]])).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_MODEL_RUNTIME')).toBe(true);
  });
});
