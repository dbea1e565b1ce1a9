import { describe, expect, it } from 'vitest';
import { createRng } from '../../stats/index.js';
import { fitSparseLogistic, selectSparseRows, sigmoid, sparseLogits, stackRows, type SparseRows } from './linear-model.js';

/** Rows over 50 columns: positives use columns 0–9 more, negatives 10–19; every row has noise columns. */
function toySet(n: number, seed: number): { rows: SparseRows; y: Uint8Array } {
  const rng = createRng(seed);
  const vectors: { indices: Int32Array; values: Float32Array }[] = [];
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 2;
    const cols = new Set<number>();
    for (let k = 0; k < 3; k++) cols.add((y[i] === 1 ? 0 : 10) + Math.floor(rng() * 10));
    for (let k = 0; k < 4; k++) cols.add(20 + Math.floor(rng() * 30));
    const indices = Int32Array.from(cols);
    vectors.push({ indices, values: Float32Array.from(indices, () => 0.5) });
  }
  return { rows: stackRows(vectors, 50), y };
}

describe('fitSparseLogistic', () => {
  it('learns a separable toy set', () => {
    const { rows, y } = toySet(200, 1);
    const m = fitSparseLogistic(rows, y, { l2: 1e-4 });
    expect(m.converged).toBe(true);
    const z = sparseLogits(rows, m.weights, m.bias);
    z.forEach((v, i) => expect(v > 0).toBe(y[i] === 1));
    // The signal columns carry the weight; the noise columns stay small.
    expect(Math.min(...Array.from(m.weights.subarray(0, 10)))).toBeGreaterThan(0);
    expect(Math.max(...Array.from(m.weights.subarray(10, 20)))).toBeLessThan(0);
    const test = toySet(100, 2);
    const zt = sparseLogits(test.rows, m.weights, m.bias);
    expect(Array.from(zt).filter((v, i) => v > 0 === (test.y[i] === 1)).length).toBeGreaterThanOrEqual(98);
  });

  it('gives the same weights bit for bit on the same rows', () => {
    const { rows, y } = toySet(150, 3);
    const a = fitSparseLogistic(rows, y, { l2: 1e-3 });
    const b = fitSparseLogistic(rows, y, { l2: 1e-3 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toBe(b.bias);
  });

  it('leaves columns no row uses at zero, and weighs rows by their sample weights', () => {
    const { rows, y } = toySet(100, 4);
    const wide = { ...rows, cols: 80 };
    const m = fitSparseLogistic(wide, y, { l2: 1e-3 });
    expect(Array.from(m.weights.subarray(50))).toEqual(new Array(30).fill(0));
    // Ignoring every positive row (weight 0) drives all predictions to the negative class.
    const weights = Float64Array.from(y, (v) => (v === 1 ? 0 : 1));
    const neg = fitSparseLogistic(rows, y, { l2: 1e-3, sampleWeights: weights });
    expect(Math.max(...Array.from(sparseLogits(rows, neg.weights, neg.bias)))).toBeLessThan(0);
  });

  it('rejects mismatched labels, bad labels and bad weights', () => {
    const { rows, y } = toySet(10, 5);
    expect(() => fitSparseLogistic(rows, y.subarray(1))).toThrow(/labels/);
    expect(() => fitSparseLogistic(rows, Uint8Array.from(y, () => 2))).toThrow(/not 0 or 1/);
    expect(() => fitSparseLogistic(rows, y, { sampleWeights: new Float64Array(10) })).toThrow(/sum to 0/);
    expect(() => fitSparseLogistic(rows, y, { l2: -1 })).toThrow(/l2/);
  });

  it('selects rows and computes logits consistently', () => {
    const { rows, y } = toySet(20, 6);
    const m = fitSparseLogistic(rows, y);
    const picked = selectSparseRows(rows, [3, 7, 3]);
    const all = sparseLogits(rows, m.weights, m.bias);
    expect(Array.from(sparseLogits(picked, m.weights, m.bias))).toEqual([all[3], all[7], all[3]]);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBeGreaterThanOrEqual(0);
    expect(sigmoid(800)).toBe(1);
  });
});
