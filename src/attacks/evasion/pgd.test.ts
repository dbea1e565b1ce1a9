import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { rowOf } from '../../ml/models/matrix.js';
import { pgdAttack } from './pgd.js';
import { squareAttack } from './square.js';
import { boundaryDistance, classifierTestAdapter, linearProblem } from './test-support/classifier-adapter.js';
import { brokenClaims } from './test-support/verify.js';

const box = { lo: -50, hi: 50 };
const problem = linearProblem(10, 60, 1);

describe('pgdAttack', () => {
  for (const norm of ['linf', 'l2'] as const) {
    it(`${norm}: on a linear model, fools exactly the rows closer to the boundary than ε`, async () => {
      const { model, X, y } = problem;
      const epsilon = norm === 'linf' ? 0.5 : 1.5;
      const result = await pgdAttack(model, X, y, { epsilons: [epsilon], norm, seed: 1, box, keepAdversarials: true });
      let checked = 0;
      for (const e of result.byEpsilon[0]!.examples) {
        if (!e.cleanCorrect) continue;
        const distance = boundaryDistance(model, rowOf(X, e.row), e.label, norm);
        if (Math.abs(distance - epsilon) < 0.02 * epsilon) continue;
        expect(e.success, `row ${e.row} at distance ${distance}`).toBe(distance < epsilon);
        checked++;
      }
      expect(checked).toBeGreaterThan(40);
      expect(brokenClaims(result, model, X).broken).toEqual([]);
      expect(result.model).toBe('white-box model');
    });
  }

  it('is a ceiling: Square does not beat it', async () => {
    const { model, X, y } = problem;
    const options = { epsilons: [0.2, 0.4], seed: 1, box };
    const pgd = await pgdAttack(model, X, y, options);
    const square = await squareAttack(classifierTestAdapter(model), X, y, { ...options, budget: 500 });
    for (const [k, outcome] of pgd.byEpsilon.entries()) expect(square.byEpsilon[k]!.successes).toBeLessThanOrEqual(outcome.successes);
  });

  it('keeps iterates in the box, counts gradient evaluations, and is reproducible', async () => {
    const { model, X, y } = problem;
    const tight = { lo: -2.5, hi: 2.5 };
    const clipped = { ...X, data: X.data.map((v) => Math.max(-2.5, Math.min(2.5, v))) };
    const run = () => pgdAttack(model, clipped, y, { epsilons: [0.3, 3], norm: 'l2', steps: 10, restarts: 3, seed: 4, box: tight, keepAdversarials: true });
    const result = await run();
    const lo = new Float64Array(10).fill(-2.5);
    const hi = new Float64Array(10).fill(2.5);
    expect(brokenClaims(result, model, clipped, { lo, hi }).broken).toEqual([]);
    for (const e of result.byEpsilon.flatMap((o) => o.examples)) {
      expect(e.queries).toBeLessThanOrEqual(30);
      if (e.cleanCorrect && !e.success) expect(e.queries).toBe(30);
    }
    expect(result.budget).toBe(30);
    expect((await run()).byEpsilon).toEqual(result.byEpsilon);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('rejects hostile settings and a model without gradients, and stops when cancelled', async () => {
    const { model, X, y } = problem;
    const bad: [string, Record<string, unknown>][] = [
      ['epsilons[0]', { epsilons: [0] }],
      ['epsilons[0]', { epsilons: [NaN] }],
      ['steps', { epsilons: [0.1], steps: 0 }],
      ['restarts', { epsilons: [0.1], restarts: -1 }],
      ['relativeStepSize', { epsilons: [0.1], relativeStepSize: NaN }],
    ];
    for (const [place, options] of bad) {
      const error = await pgdAttack(model, X, y, options as never).catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_ATTACK_INPUT'), place).toBe(true);
      expect((error as Error).message).toContain(place.replace(/\[.*/, ''));
    }
    const { inputGradient: _gradient, ...blackBox } = model;
    const error = await pgdAttack(blackBox as never, X, y, { epsilons: [0.1] }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
    const aborted = await pgdAttack(model, X, y, { epsilons: [0.1], signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(isAisecError(aborted, 'ERR_ABORTED')).toBe(true);
  });
});
