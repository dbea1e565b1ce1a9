import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createMatrix, rowOf, selectRows, selectValues } from '../../ml/models/matrix.js';
import { hopSkipJump } from './hopskipjump.js';
import { boundaryDistance, classifierTestAdapter, linearProblem } from './test-support/classifier-adapter.js';
import { brokenClaims } from './test-support/verify.js';

const box = { lo: -50, hi: 50 };
const problem = linearProblem(10, 60, 1);

function withoutTime<T extends { seconds: number }>(result: T): Omit<T, 'seconds'> {
  const { seconds: _seconds, ...rest } = result;
  return rest;
}

describe('hopSkipJump on a linear model with a known distance to the boundary', () => {
  for (const norm of ['linf', 'l2'] as const) {
    it(`${norm}, labels only: finds an adversarial whenever ε exceeds the distance, and never claims one beyond it`, async () => {
      const { model, X, y } = problem;
      const epsilon = norm === 'linf' ? 0.5 : 1.5;
      const adapter = classifierTestAdapter(model, { output: 'labels' });
      const result = await hopSkipJump(adapter, X, y, { epsilons: [epsilon], norm, budget: 1000, seed: 3, box, keepAdversarials: true });
      const outcome = result.byEpsilon[0]!;
      let reachable = 0;
      let unreachable = 0;
      for (const e of outcome.examples) {
        if (!e.cleanCorrect) continue;
        const distance = boundaryDistance(model, rowOf(X, e.row), e.label, norm);
        // No input closer than the boundary can be adversarial, so no size below it may be reported.
        if (e.norm !== null) expect(e.norm).toBeGreaterThanOrEqual(distance * (1 - 1e-9));
        if (distance > epsilon) {
          unreachable++;
          expect(e.success, `row ${e.row} at distance ${distance}`).toBe(false);
        }
        if (distance < epsilon / 1.1) {
          reachable++;
          expect(e.success, `row ${e.row} at distance ${distance}`).toBe(true);
        }
      }
      expect(reachable).toBeGreaterThan(10);
      expect(unreachable).toBeGreaterThan(10);
      const { broken, checked } = brokenClaims(result, model, X);
      expect(broken).toEqual([]);
      expect(checked).toBe(outcome.successes);
    });
  }

  it('reports the smallest perturbation found, close to the exact distance, and whether it is within each ε', async () => {
    const { model, X, y } = problem;
    const result = await hopSkipJump(classifierTestAdapter(model), X, y, { epsilons: [0.2, 0.5], budget: 1000, seed: 4, box, stopAtEpsilon: false });
    const [small, large] = result.byEpsilon;
    let close = 0;
    for (const [k, e] of large!.examples.entries()) {
      if (!e.cleanCorrect) continue;
      const distance = boundaryDistance(model, rowOf(X, e.row), e.label, 'linf');
      expect(e.norm).not.toBeNull();
      if (e.norm! <= distance * 1.02) close++;
      // One run serves every ε: the same smallest size, judged against each.
      expect(small!.examples[k]!.norm).toBe(e.norm);
      expect(small!.examples[k]!.success).toBe(e.norm! <= 0.2 * (1 + 1e-9));
      expect(e.success).toBe(e.norm! <= 0.5 * (1 + 1e-9));
      expect(e.queries).toBe(1000);
    }
    expect(close / large!.attacked).toBeGreaterThan(0.9);
  });

  it('stops an example once it is fooled at the smallest ε, by default', async () => {
    const { model, X, y } = problem;
    const result = await hopSkipJump(classifierTestAdapter(model), X, y, { epsilons: [2, 3], budget: 1000, seed: 4, box });
    const fooled = result.byEpsilon[0]!.examples.filter((e) => e.success);
    expect(fooled.length).toBeGreaterThan(10);
    // Stopped within a step (at most one gradient estimate) of the success.
    for (const e of fooled) expect(e.queries - e.queriesToSuccess!).toBeLessThanOrEqual(150);
    expect(fooled.some((e) => e.queries < 1000)).toBe(true);
  });

  it('spends at most the budget per example and never asks past the model’s own budget', async () => {
    const { model, X, y } = problem;
    for (const budget of [1, 7, 130]) {
      const adapter = classifierTestAdapter(model, { output: 'labels' });
      const result = await hopSkipJump(adapter, X, y, { epsilons: [0.01], budget, seed: 1, box });
      const spent = result.byEpsilon[0]!.examples.map((e) => e.queries);
      expect(Math.max(...spent)).toBeLessThanOrEqual(budget);
      expect(result.queriesUsed).toBe(X.rows + spent.reduce((a, b) => a + b, 0));
      expect(adapter.queriesUsed).toBe(result.queriesUsed);
    }
    const tight = classifierTestAdapter(model, { budget: X.rows + 333 });
    const result = await hopSkipJump(tight, X, y, { epsilons: [0.01], budget: 1000, seed: 1, box });
    expect(result.modelBudgetReached).toBe(true);
    expect(tight.queriesUsed).toBeLessThanOrEqual(X.rows + 333);
  });

  it('gives the same result for the same seed, whatever the batch size', async () => {
    const { model, X, y } = problem;
    const run = (seed: number, maxBatchRows = 10_000) => hopSkipJump(classifierTestAdapter(model), X, y, { epsilons: [0.3, 0.6], budget: 300, seed, box, maxBatchRows, keepAdversarials: true });
    const a = await run(5);
    expect(withoutTime(await run(5))).toEqual(withoutTime(a));
    expect(withoutTime(await run(5, 7))).toEqual(withoutTime(a));
    expect(withoutTime(await run(6)).byEpsilon).not.toEqual(withoutTime(a).byEpsilon);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('starts from natural inputs of another class when given: more fooled on a small budget, every claim re-verified, the budget kept exactly', async () => {
    const { model, X, y } = problem;
    const pool = linearProblem(10, 200, 2);
    const options = { epsilons: [0.5], budget: 30, seed: 3, box, keepAdversarials: true };
    const noise = await hopSkipJump(classifierTestAdapter(model, { output: 'labels' }), X, y, options);
    const adapter = classifierTestAdapter(model, { output: 'labels' });
    const natural = await hopSkipJump(adapter, X, y, { ...options, startingPoints: pool.X, startingLabels: pool.y });
    expect(natural.byEpsilon[0]!.successes).toBeGreaterThan(2 * noise.byEpsilon[0]!.successes);
    expect(natural.settings.start).toBe('natural inputs (200 rows, labelled; 30 nearest tried)');
    expect(noise.settings.start).toBe('uniform noise');
    const { broken, checked } = brokenClaims(natural, model, X);
    expect(broken).toEqual([]);
    expect(checked).toBe(natural.byEpsilon[0]!.successes);
    for (const e of natural.byEpsilon[0]!.examples) {
      if (e.norm !== null) expect(e.norm).toBeGreaterThanOrEqual(boundaryDistance(model, rowOf(X, e.row), e.label, 'linf') * (1 - 1e-9));
    }
    const spent = natural.byEpsilon[0]!.examples.map((e) => e.queries);
    expect(Math.max(...spent)).toBeLessThanOrEqual(30);
    expect(natural.queriesUsed).toBe(X.rows + spent.reduce((a, b) => a + b, 0));
    expect(adapter.queriesUsed).toBe(natural.queriesUsed);
    for (const budget of [1, 7]) {
      const tight = await hopSkipJump(classifierTestAdapter(model), X, y, { ...options, budget, startingPoints: pool.X });
      expect(Math.max(...tight.byEpsilon[0]!.examples.map((e) => e.queries))).toBeLessThanOrEqual(budget);
    }
  });

  it('with starting points: the same result for the same seed, whatever the batch size; the noise start for a row none of them is of another class', async () => {
    const { model, X, y } = problem;
    const pool = linearProblem(10, 200, 2);
    const run = (options: Record<string, unknown>, maxBatchRows = 10_000) =>
      hopSkipJump(classifierTestAdapter(model), X, y, { epsilons: [0.3, 0.6], budget: 200, seed: 5, box, maxBatchRows, keepAdversarials: true, ...options });
    const a = await run({ startingPoints: pool.X, startingLabels: pool.y, startingCandidates: 5 });
    expect(withoutTime(await run({ startingPoints: pool.X, startingLabels: pool.y, startingCandidates: 5 }, 7))).toEqual(withoutTime(a));
    // Starting points of class 0 only: rows of class 0 skip them all (no query) and start from noise as without any.
    const zeros = Array.from(pool.y.keys()).filter((i) => pool.y[i] === 0);
    const onlyZeros = await run({ startingPoints: selectRows(pool.X, zeros), startingLabels: selectValues(pool.y, zeros) });
    const noise = await run({});
    const classZero = (r: typeof noise) => r.byEpsilon.map((e) => e.examples.filter((o) => o.label === 0));
    expect(classZero(onlyZeros)).toEqual(classZero(noise));
    expect(onlyZeros.byEpsilon[0]!.examples.filter((o) => o.label === 1)).not.toEqual(noise.byEpsilon[0]!.examples.filter((o) => o.label === 1));
  });

  it('stops with ERR_ABORTED when cancelled during the run', async () => {
    const { model, X, y } = problem;
    const adapter = classifierTestAdapter(model);
    const controller = new AbortController();
    const pending = hopSkipJump(adapter, X, y, { epsilons: [1e-6], budget: 10_000_000, iterations: 100_000, signal: controller.signal, box });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
  });

  it('rejects hostile settings with ERR_ATTACK_INPUT before sending anything', async () => {
    const { model, X, y } = problem;
    const bad: [string, Record<string, unknown>][] = [
      ['epsilons[0]', { epsilons: [-0.1] }],
      ['epsilons[0]', { epsilons: [NaN] }],
      ['budget', { epsilons: [0.1], budget: 0 }],
      ['iterations', { epsilons: [0.1], iterations: 0 }],
      ['initialEvals', { epsilons: [0.1], initialEvals: NaN }],
      ['maxEvals', { epsilons: [0.1], maxEvals: -5 }],
      ['gamma', { epsilons: [0.1], gamma: 0 }],
      ['initTries', { epsilons: [0.1], initTries: 0.5 }],
      ['stopAtEpsilon', { epsilons: [0.1], stopAtEpsilon: 'yes' }],
      ['startingPoints', { epsilons: [0.1], startingPoints: createMatrix(3, 9) }],
      ['startingPoints', { epsilons: [0.1], startingPoints: [[1, 2]] }],
      ['startingLabels', { epsilons: [0.1], startingPoints: createMatrix(3, 10), startingLabels: [0, 1] }],
      ['startingLabels', { epsilons: [0.1], startingLabels: [0, 1] }],
      ['startingCandidates', { epsilons: [0.1], startingPoints: createMatrix(3, 10), startingCandidates: 0 }],
    ];
    for (const [place, options] of bad) {
      const adapter = classifierTestAdapter(model);
      const error = await hopSkipJump(adapter, X, y, { box, ...options } as never).catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_ATTACK_INPUT'), `${place}: ${String(error)}`).toBe(true);
      expect((error as Error).message, place).toContain(place.replace(/\[.*/, ''));
      expect(adapter.queriesUsed).toBe(0);
    }
  });
});
