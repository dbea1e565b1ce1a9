import { describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { ModelAdapter, Prediction } from '../../ml/adapters/model-adapter.js';
import { QueryBudget } from '../../ml/adapters/query-budget.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { OutOfBudget, runBatched, type QueryOptions } from './batched-queries.js';

/** A one-feature, two-class model: label 1 when the feature is positive. Records each call's rows. */
function signModel(options: { budget?: number; answer?: (inputs: Matrix) => Prediction } = {}): ModelAdapter & { calls: number[] } {
  const budget = new QueryBudget(options.budget);
  const calls: number[] = [];
  return {
    name: 'sign',
    numFeatures: 1,
    numClasses: 2,
    output: 'probabilities',
    calls,
    get queriesUsed() {
      return budget.used;
    },
    get queriesLeft() {
      return budget.left;
    },
    async predict(inputs) {
      budget.spend(inputs.rows, 'sign');
      calls.push(inputs.rows);
      if (options.answer) return options.answer(inputs);
      const labels = Int32Array.from(inputs.data, (v) => (v > 0 ? 1 : 0));
      const probabilities = { rows: inputs.rows, cols: 2, data: Float64Array.from({ length: inputs.rows * 2 }, (_, i) => (i % 2 === labels[i >> 1] ? 1 : 0)) };
      return { labels, probabilities };
    },
    async close() {},
  };
}

const options: QueryOptions = { where: 'test', budget: 100, maxBatchRows: 1000, needProbabilities: true, signal: undefined };
const row = (v: number) => Float64Array.of(v);

describe('runBatched', () => {
  it('sends the queries of every waiting worker in one call, and fewer as workers finish', async () => {
    const adapter = signModel();
    const steps = [1, 3, 2];
    const seen: number[][] = [[], [], []];
    const run = await runBatched(adapter, 3, options, async (w, oracle) => {
      for (let s = 0; s < steps[w]!; s++) {
        const answer = await oracle.ask([row(w - 1), row(s)]);
        seen[w]!.push(...answer.labels);
        expect(answer.probabilities!.rows).toBe(2);
      }
    });
    expect(adapter.calls).toEqual([6, 4, 2]);
    expect(Array.from(run.used)).toEqual([2, 6, 4]);
    // Each worker got the answers to its own rows.
    expect(seen).toEqual([[0, 0], [0, 0, 0, 1, 0, 1], [1, 0, 1, 1]]);
  });

  it('splits a large step into calls of at most maxBatchRows', async () => {
    const adapter = signModel();
    await runBatched(adapter, 2, { ...options, maxBatchRows: 3 }, async (_w, oracle) => {
      const answer = await oracle.ask([row(1), row(-1), row(2), row(-2)]);
      expect(Array.from(answer.labels)).toEqual([1, 0, 1, 0]);
    });
    expect(adapter.calls).toEqual([3, 3, 2]);
  });

  it('ends a worker that would pass its own budget, sending nothing for it', async () => {
    const adapter = signModel();
    let caught: unknown;
    const run = await runBatched(adapter, 1, { ...options, budget: 5 }, async (_w, oracle) => {
      await oracle.ask([row(1), row(1), row(1)]);
      expect(oracle.left).toBe(2);
      try {
        await oracle.ask([row(1), row(1), row(1)]);
      } catch (error) {
        caught = error;
        throw error;
      }
    });
    expect(caught).toBeInstanceOf(OutOfBudget);
    expect(Array.from(run.used)).toEqual([3]);
    expect(adapter.queriesUsed).toBe(3);
    expect(run.modelBudgetReached).toBe(false);
  });

  it('serves workers in order while the model’s budget lasts, then ends the rest without asking past it', async () => {
    const adapter = signModel({ budget: 10 });
    const run = await runBatched(adapter, 4, options, async (_w, oracle) => {
      for (;;) await oracle.ask([row(1), row(1), row(1)]);
    });
    expect(run.modelBudgetReached).toBe(true);
    expect(adapter.queriesUsed).toBe(9);
    expect(Array.from(run.used)).toEqual([3, 3, 3, 0]);
  });

  it('ends the workers, not the run, when a model that reported room refuses a batch for its budget', async () => {
    const shared = signModel({ budget: 4 });
    const optimistic = Object.create(shared, { queriesLeft: { value: Infinity } }) as typeof shared;
    const run = await runBatched(optimistic, 2, options, async (_w, oracle) => {
      for (;;) await oracle.ask([row(1), row(1)]);
    });
    expect(run.modelBudgetReached).toBe(true);
    expect(Array.from(run.used)).toEqual([2, 2]);
  });

  it('stops every worker on a model failure and passes the error on', async () => {
    const plain = signModel({ answer: () => { throw new Error('socket closed'); } });
    const error = await runBatched(plain, 3, options, async (_w, oracle) => void (await oracle.ask([row(1)]))).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_MODEL_RUNTIME')).toBe(true);
    expect((error as Error).message).toMatch(/sign failed while answering test: socket closed/);

    const coded = signModel({ answer: () => { throw new AisecError('ERR_ENDPOINT_TIMEOUT', 'slow'); } });
    const timeout = await runBatched(coded, 3, options, async (_w, oracle) => void (await oracle.ask([row(1)]))).catch((e: unknown) => e);
    expect(isAisecError(timeout, 'ERR_ENDPOINT_TIMEOUT')).toBe(true);
  });

  it('passes on a worker’s own error without leaving the others waiting', async () => {
    const adapter = signModel();
    const error = await runBatched(adapter, 3, options, async (w, oracle) => {
      if (w === 1) throw new RangeError('bug');
      for (let s = 0; s < 5; s++) await oracle.ask([row(1)]);
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect(adapter.calls).toEqual([2, 2, 2, 2, 2]);
  });

  it('refuses answers of the wrong shape with ERR_MODEL_RUNTIME', async () => {
    const answers: [string, (inputs: Matrix) => Prediction][] = [
      ['2 labels for 1 rows', () => ({ labels: Int32Array.of(0, 1), probabilities: { rows: 1, cols: 2, data: Float64Array.of(1, 0) } })],
      ['label 7', () => ({ labels: Int32Array.of(7), probabilities: { rows: 1, cols: 2, data: Float64Array.of(1, 0) } })],
      ['labels only', () => ({ labels: Int32Array.of(0) })],
      ['shape 1 × 3', () => ({ labels: Int32Array.of(0), probabilities: { rows: 1, cols: 3, data: Float64Array.of(1, 0, 0) } })],
      ['a probability of NaN', () => ({ labels: Int32Array.of(0), probabilities: { rows: 1, cols: 2, data: Float64Array.of(NaN, 0) } })],
      ['no labels', () => ({}) as Prediction],
    ];
    for (const [text, answer] of answers) {
      const error = await runBatched(signModel({ answer }), 1, options, async (_w, oracle) => void (await oracle.ask([row(1)]))).catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_MODEL_RUNTIME'), text).toBe(true);
      expect((error as Error).message).toContain(text);
    }
  });

  it('stops with ERR_ABORTED between steps once the signal fires, even with a model that answers at once', async () => {
    const adapter = signModel();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await runBatched(adapter, 2, { ...options, budget: 1e9, signal: controller.signal }, async (_w, oracle) => {
      for (;;) await oracle.ask([row(1)]);
    }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
    expect((error as Error).message).toBe('test was cancelled.');
  });
});
