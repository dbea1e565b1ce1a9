import { describe, expect, it } from 'vitest';
import { functionAdapter, matrixFromRows } from '../../ml/index.js';
import { agreementBeyond, constantCopy, watchedVictim } from './extraction-baseline.js';

describe('constantCopy', () => {
  it('gives the most common answer and its share (the lowest class on a tie)', () => {
    expect(constantCopy(Int32Array.of(0, 0, 1, 0, 2, 0, 0, 0, 0, 1), 'model answers')).toEqual({ label: 0, agreement: 0.7, from: 'model answers' });
    expect(constantCopy([2, 1, 2, 1], 'true labels')).toEqual({ label: 1, agreement: 0.5, from: 'true labels' });
    expect(constantCopy([], 'model answers').agreement).toBe(0);
  });
});

describe('agreementBeyond', () => {
  it('is 0 for a constant copy, 1 for a perfect one, and negative below the constant', () => {
    expect(agreementBeyond(0.88, 0.88)).toBe(0);
    expect(agreementBeyond(1, 0.88)).toBe(1);
    expect(agreementBeyond(0.94, 0.88)).toBeCloseTo(0.5, 12);
    expect(agreementBeyond(0.5, 0.88)).toBeLessThan(0);
    // A model that always gives one answer: nothing beyond the constant can be stolen.
    expect(agreementBeyond(1, 1)).toBe(0);
    // Balanced binary answers: agreement 0.9 closes 80% of the gap.
    expect(agreementBeyond(0.9, 0.5)).toBeCloseTo(0.8, 12);
  });
});

describe('watchedVictim', () => {
  const measuring = matrixFromRows([[1], [2], [3]]);
  const model = () => functionAdapter({ name: 'parity', numFeatures: 1, numClasses: 2, output: 'labels', predict: (X) => Int32Array.from(X.data, (v) => v % 2) });

  it('keeps the first answer for the measuring rows, without a query of its own', async () => {
    const inner = model();
    const watched = watchedVictim(() => inner, measuring);
    const a = watched.victim();
    await a.predict(matrixFromRows([[4], [6]]));
    expect(watched.labels()).toBeUndefined();
    const answer = await a.predict(matrixFromRows([[1], [2], [3]]));
    expect(Array.from(answer.labels)).toEqual([1, 0, 1]);
    expect(Array.from(watched.labels()!)).toEqual([1, 0, 1]);
    expect([a.queriesUsed, inner.queriesUsed]).toEqual([5, 5]);
    // A later answer (from another adapter of the same victim) does not replace the first.
    await watched.victim().predict(matrixFromRows([[2], [2], [2]]));
    await watched.victim().predict(measuring);
    expect(Array.from(watched.labels()!)).toEqual([1, 0, 1]);
    expect(a.name).toBe('parity');
    expect(a.output).toBe('labels');
  });
});
