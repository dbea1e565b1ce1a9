import { describe, expect, it } from 'vitest';
import { functionAdapter } from '../../ml/adapters/index.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal } from '../../stats/index.js';
import { scoreClassifier, testAdapter } from '../tabular/test-support/classifier-adapter.js';
import { batchDeterminismCheck, repeatDeterminismCheck } from './determinism.js';

function rows(n: number, seed: number): Matrix {
  const rng = createRng(seed);
  const X = createMatrix(n, 2);
  for (let i = 0; i < X.data.length; i++) X.data[i] = normal(rng, 3, 1);
  return X;
}

function probabilities(p1: number[]): Matrix {
  const out = createMatrix(p1.length, 2);
  p1.forEach((p, i) => out.data.set([1 - p, p], 2 * i));
  return out;
}

/** Centres each batch on its own mean before scoring: the answer for a row depends on the others. */
const batchNorm = functionAdapter({
  name: 'batch-norm-in-train-mode',
  numFeatures: 2,
  numClasses: 2,
  output: 'probabilities',
  predict: (X) => {
    let mean = 0;
    for (let i = 0; i < X.rows; i++) mean += X.data[2 * i]! / X.rows;
    return probabilities(Array.from({ length: X.rows }, (_, i) => 1 / (1 + Math.exp(-(X.data[2 * i]! - mean)))));
  },
});

describe('batchDeterminismCheck', () => {
  it('lets a model that scores each row on its own pass, with 2 × 100 queries', async () => {
    const adapter = testAdapter(scoreClassifier(2, (x) => x[0]! - 3));
    const result = await batchDeterminismCheck(adapter, rows(500, 1));
    expect(result.issue).toBe(false);
    expect(result.metric).toBe(0);
    expect(result.queries).toBe(200);
    expect(adapter.batches.filter((b) => b === 1)).toHaveLength(100);
    expect(result.evidence).toMatchObject({ rowsCompared: 100, labelMismatches: 0, scoreMismatches: 0, maxScoreDifference: 0, examples: [] });
    expect(result.summary).toBe('All 100 rows got the same answer scored alone as in a batch.');
  });

  it('flags a model whose answer depends on the rest of the batch', async () => {
    const result = await batchDeterminismCheck(batchNorm, rows(500, 2), { seed: 4 });
    expect(result.issue).toBe(true);
    expect(result.evidence.labelMismatches).toBeGreaterThan(20);
    expect(result.evidence.scoreMismatches).toBeGreaterThan(90);
    expect(result.evidence.examples).toHaveLength(5);
    expect(result.summary).toMatch(/rows got a different answer scored alone than in a batch/);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('checks the budget before sending anything', async () => {
    const adapter = testAdapter(scoreClassifier(2, (x) => x[0]!), { budget: 150 });
    await expect(batchDeterminismCheck(adapter, rows(500, 3))).rejects.toMatchObject({ code: 'ERR_MODEL_QUERY_BUDGET' });
    expect(adapter.queriesUsed).toBe(0);
    await expect(batchDeterminismCheck(adapter, rows(500, 3), { sampleSize: 0 })).rejects.toMatchObject({ code: 'ERR_ATTACK_INPUT' });
    await expect(batchDeterminismCheck(adapter, rows(500, 3), { tolerance: -1 })).rejects.toMatchObject({ code: 'ERR_ATTACK_INPUT' });
    const small = await batchDeterminismCheck(adapter, rows(30, 3));
    expect(small.evidence.rowsCompared).toBe(30);
  });
});

describe('repeatDeterminismCheck', () => {
  it('lets a deterministic model pass', async () => {
    const result = await repeatDeterminismCheck(testAdapter(scoreClassifier(2, (x) => x[0]! - 3)), rows(200, 5));
    expect(result.issue).toBe(false);
    expect(result.queries).toBe(200);
  });

  it('flags a model that answers the same rows differently, even when only its scores move', async () => {
    const rng = createRng(7);
    const noisy = functionAdapter({
      name: 'dropout-at-inference',
      numFeatures: 2,
      numClasses: 2,
      output: 'probabilities',
      predict: (X) => probabilities(Array.from({ length: X.rows }, (_, i) => 1 / (1 + Math.exp(-(X.data[2 * i]! - 3 + normal(rng, 0, 0.3)))))),
    });
    const result = await repeatDeterminismCheck(noisy, rows(300, 6));
    expect(result.issue).toBe(true);
    expect(result.evidence.scoreMismatches).toBe(100);
    expect(result.evidence.labelMismatches).toBeGreaterThan(0);
    expect(result.metric).toBe(1);
  });

  it('stops with ERR_ABORTED when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(repeatDeterminismCheck(testAdapter(scoreClassifier(2, (x) => x[0]!)), rows(10, 1), { signal: controller.signal })).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });
});
