import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { rowOf } from '../../ml/models/matrix.js';
import { randomNoiseAttack } from './random-noise.js';
import { boundaryDistance, classifierTestAdapter, linearProblem } from './test-support/classifier-adapter.js';
import { brokenClaims } from './test-support/verify.js';

const box = { lo: -50, hi: 50 };
const problem = linearProblem(10, 60, 1);

describe('randomNoiseAttack', () => {
  for (const norm of ['linf', 'l2'] as const) {
    it(`${norm}, labels only: fools only rows within ε, verifiably, and spends the whole budget on the rest`, async () => {
      const { model, X, y } = problem;
      const epsilon = norm === 'linf' ? 0.5 : 1.5;
      const adapter = classifierTestAdapter(model, { output: 'labels' });
      const result = await randomNoiseAttack(adapter, X, y, { epsilons: [epsilon], norm, budget: 200, seed: 2, box, keepAdversarials: true });
      const outcome = result.byEpsilon[0]!;
      for (const e of outcome.examples) {
        if (!e.cleanCorrect) continue;
        const distance = boundaryDistance(model, rowOf(X, e.row), e.label, norm);
        if (distance > epsilon) expect(e.success).toBe(false);
        // Noise of size ε moves the margin by ε·‖w‖ at most, so rows very near the boundary fall.
        if (distance < epsilon / 20) expect(e.success).toBe(true);
        expect(e.queries).toBe(e.success ? e.queriesToSuccess : 200);
      }
      expect(outcome.successes).toBeGreaterThan(0);
      expect(brokenClaims(result, model, X).broken).toEqual([]);
      expect(adapter.queriesUsed).toBe(result.queriesUsed);
    });
  }

  it('is reproducible from its seed and returns plain JSON', async () => {
    const { model, X, y } = problem;
    const run = () => randomNoiseAttack(classifierTestAdapter(model), X, y, { epsilons: [0.3, 0.6], budget: 50, seed: 9, box });
    const a = await run();
    const b = await run();
    expect(b.byEpsilon).toEqual(a.byEpsilon);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('rejects hostile settings and stops when cancelled', async () => {
    const { model, X, y } = problem;
    for (const options of [{ epsilons: [0] }, { epsilons: [0.1], budget: 0 }, { epsilons: [NaN] }]) {
      const error = await randomNoiseAttack(classifierTestAdapter(model), X, y, options).catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
    }
    const error = await randomNoiseAttack(classifierTestAdapter(model), X, y, { epsilons: [0.1], signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
  });
});
