import { describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../core/errors.js';
import { rowOf } from '../../ml/models/matrix.js';
import { squareAttack } from './square.js';
import { boundaryDistance, classifierTestAdapter, linearProblem } from './test-support/classifier-adapter.js';
import { brokenClaims } from './test-support/verify.js';

const box = { lo: -50, hi: 50 };
const problem = linearProblem(10, 60, 1);

function withoutTime<T extends { seconds: number }>(result: T): Omit<T, 'seconds'> {
  const { seconds: _seconds, ...rest } = result;
  return rest;
}

describe('squareAttack on a linear model with a known distance to the boundary', () => {
  for (const norm of ['linf', 'l2'] as const) {
    it(`${norm}: finds an adversarial whenever ε clearly exceeds the distance, and never claims one beyond it`, async () => {
      const { model, X, y } = problem;
      const epsilon = norm === 'linf' ? 0.5 : 1.5;
      const result = await squareAttack(classifierTestAdapter(model), X, y, { epsilons: [epsilon], norm, budget: 1000, seed: 3, box, keepAdversarials: true });
      const outcome = result.byEpsilon[0]!;
      let reachable = 0;
      let unreachable = 0;
      for (const e of outcome.examples) {
        if (!e.cleanCorrect) continue;
        const distance = boundaryDistance(model, rowOf(X, e.row), e.label, norm);
        if (distance > epsilon) {
          unreachable++;
          expect(e.success, `row ${e.row} at distance ${distance}`).toBe(false);
        }
        // Square's L2 proposals move a window's direction by large angles, so on a 10-feature row it
        // gets within 1/1.5 of the optimum, not closer; L∞ reaches the vertex much sooner.
        if (distance < epsilon / (norm === 'linf' ? 1.25 : 1.5)) {
          reachable++;
          expect(e.success, `row ${e.row} at distance ${distance}`).toBe(true);
        }
      }
      expect(reachable).toBeGreaterThan(5);
      expect(unreachable).toBeGreaterThan(5);
      const { broken, checked } = brokenClaims(result, model, X);
      expect(broken).toEqual([]);
      expect(checked).toBe(outcome.successes);
    });
  }

  it('claims nothing when every ε is below every row’s distance', async () => {
    const { model, X, y } = problem;
    const nearest = Math.min(...Array.from(y, (label, i) => boundaryDistance(model, rowOf(X, i), label, 'linf')).filter((d) => d > 0));
    const result = await squareAttack(classifierTestAdapter(model), X, y, { epsilons: [nearest * 0.5, nearest * 0.99], budget: 300, seed: 1, box });
    expect(result.byEpsilon.map((e) => e.successes)).toEqual([0, 0]);
    expect(result.byEpsilon[0]!.robustAccuracy).toBeCloseTo(result.cleanAccuracy, 12);
  });

  it('gives robust accuracy per ε in one call, falling as ε grows', async () => {
    const { model, X, y } = problem;
    const result = await squareAttack(classifierTestAdapter(model), X, y, { epsilons: [0.1, 0.4, 1.5], budget: 300, seed: 2, box });
    const robust = result.robustAccuracy.map((r) => r.robustAccuracy);
    expect(result.robustAccuracy.map((r) => r.epsilon)).toEqual([0.1, 0.4, 1.5]);
    expect(robust[0]!).toBeGreaterThan(robust[1]!);
    expect(robust[1]!).toBeGreaterThan(robust[2]!);
    expect(robust[2]).toBe(0);
  });

  it('uses real squares on image-shaped rows and keeps every value in the box', async () => {
    const { model, X, y } = linearProblem(18, 30, 4); // 3 × 3 × 2
    const imageBox = { lo: -3, hi: 3 };
    const clipped = { ...X, data: X.data.map((v) => Math.max(-3, Math.min(3, v))) };
    for (const norm of ['linf', 'l2'] as const) {
      const result = await squareAttack(classifierTestAdapter(model), clipped, y, { epsilons: [1], norm, budget: 200, seed: 5, shape: [3, 3, 2], box: imageBox, keepAdversarials: true });
      expect(result.settings.shape).toBe('3x3x2');
      expect(result.byEpsilon[0]!.successes).toBeGreaterThan(0);
      const lo = new Float64Array(18).fill(-3);
      const hi = new Float64Array(18).fill(3);
      expect(brokenClaims(result, model, clipped, { lo, hi }).broken).toEqual([]);
    }
  });
});

describe('squareAttack budgets, seeds and batching', () => {
  it('spends at most the budget per example, exactly the budget when it fails, and counts every query', async () => {
    const { model, X, y } = problem;
    const adapter = classifierTestAdapter(model);
    const result = await squareAttack(adapter, X, y, { epsilons: [0.2, 0.5], budget: 37, seed: 1, box });
    let spent = 0;
    for (const eps of result.byEpsilon) {
      for (const e of eps.examples) {
        expect(e.queries).toBeLessThanOrEqual(37);
        if (e.cleanCorrect && !e.success) expect(e.queries).toBe(37);
        if (e.success) expect(e.queries).toBe(e.queriesToSuccess);
        if (!e.cleanCorrect) expect(e.queries).toBe(0);
        spent += e.queries;
      }
    }
    expect(result.queriesUsed).toBe(X.rows + spent);
    expect(adapter.queriesUsed).toBe(result.queriesUsed);
    expect(result.byEpsilon[0]!.curve.at(-1)).toEqual({ queries: 37, successRate: result.byEpsilon[0]!.successRate });
  });

  it('stops at the model’s own budget without ever asking past it', async () => {
    const { model, X, y } = problem;
    const adapter = classifierTestAdapter(model, { budget: X.rows + 500 });
    const result = await squareAttack(adapter, X, y, { epsilons: [0.3], budget: 100, seed: 1, box });
    expect(result.modelBudgetReached).toBe(true);
    expect(adapter.queriesUsed).toBeLessThanOrEqual(X.rows + 500);
    expect(result.queriesUsed).toBe(adapter.queriesUsed);
  });

  it('sends the examples’ queries together, in batches of at most maxBatchRows', async () => {
    const { model, X, y } = problem;
    const adapter = classifierTestAdapter(model);
    const result = await squareAttack(adapter, X, y, { epsilons: [0.2], budget: 50, seed: 1, box, maxBatchRows: 16 });
    expect(Math.max(...adapter.batches)).toBe(16);
    // 60 clean rows in 4 calls, then at most 50 steps of up to 4 calls each.
    expect(adapter.batches.length).toBeLessThanOrEqual(4 + 50 * 4);
    expect(adapter.batches.reduce((a, b) => a + b, 0)).toBe(result.queriesUsed);
  });

  it('gives the same result for the same seed, and a different one for another seed', async () => {
    const { model, X, y } = problem;
    const run = (seed: number, maxBatchRows?: number) => squareAttack(classifierTestAdapter(model), X, y, { epsilons: [0.3], budget: 200, seed, box, keepAdversarials: true, ...(maxBatchRows ? { maxBatchRows } : {}) });
    const a = await run(7);
    expect(withoutTime(await run(7))).toEqual(withoutTime(a));
    // Batching changes nothing: each example has its own random stream.
    expect(withoutTime(await run(7, 3))).toEqual(withoutTime(a));
    expect(withoutTime(await run(8)).byEpsilon).not.toEqual(withoutTime(a).byEpsilon);
  });

  it('returns plain JSON', async () => {
    const { model, X, y } = problem;
    const result = await squareAttack(classifierTestAdapter(model), X, y, { epsilons: [0.05, 0.3], budget: 20, seed: 1, box, keepAdversarials: true });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('squareAttack refuses what it cannot do', () => {
  it('asks for HopSkipJump when the model answers with labels only, sending nothing', async () => {
    const { model, X, y } = problem;
    const adapter = classifierTestAdapter(model, { output: 'labels' });
    const error = await squareAttack(adapter, X, y, { epsilons: [0.3] }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
    expect((error as Error).message).toMatch(/labels only.*HopSkipJump/);
    expect(adapter.queriesUsed).toBe(0);
  });

  it('fails with ERR_MODEL_RUNTIME when a model that promised probabilities sends none', async () => {
    const { model, X, y } = problem;
    const inner = classifierTestAdapter(model, { output: 'labels' });
    const liar = Object.assign(Object.create(inner) as typeof inner, { output: 'probabilities' as const });
    const error = await squareAttack(liar, X, y, { epsilons: [0.3] }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_MODEL_RUNTIME')).toBe(true);
  });

  it('passes on a model failure mid-run instead of hanging', async () => {
    const { model, X, y } = problem;
    const inner = classifierTestAdapter(model);
    let calls = 0;
    const flaky = Object.assign(Object.create(inner) as typeof inner, {
      predict: (inputs: Parameters<typeof inner.predict>[0]) => {
        if (++calls === 5) return Promise.reject(new AisecError('ERR_MODEL_RUNTIME', 'boom'));
        return inner.predict(inputs);
      },
    });
    const error = await squareAttack(flaky, X, y, { epsilons: [0.3], budget: 100, box }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_MODEL_RUNTIME')).toBe(true);
  });

  it('stops with ERR_ABORTED when cancelled, before or during the run', async () => {
    const { model, X, y } = problem;
    const before = classifierTestAdapter(model);
    const error = await squareAttack(before, X, y, { epsilons: [0.3], signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
    expect(before.queriesUsed).toBe(0);

    const during = classifierTestAdapter(model);
    const controller = new AbortController();
    const pending = squareAttack(during, X, y, { epsilons: [0.001], budget: 1_000_000, signal: controller.signal, box });
    setTimeout(() => controller.abort(), 50);
    const late = await pending.catch((e: unknown) => e);
    expect(isAisecError(late, 'ERR_ABORTED')).toBe(true);
    const used = during.queriesUsed;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(during.queriesUsed).toBe(used);
  });

  it('rejects hostile settings with ERR_ATTACK_INPUT before sending anything', async () => {
    const { model, X, y } = problem;
    const bad: [string, Record<string, unknown>][] = [
      ['epsilons[0]', { epsilons: [0] }],
      ['epsilons[1]', { epsilons: [0.1, -1] }],
      ['epsilons[0]', { epsilons: [NaN] }],
      ['epsilons[0]', { epsilons: [Infinity] }],
      ['epsilons', { epsilons: [] }],
      ['epsilons', { epsilons: 0.1 }],
      ['budget', { epsilons: [0.1], budget: 0 }],
      ['budget', { epsilons: [0.1], budget: 1.5 }],
      ['budget', { epsilons: [0.1], budget: Infinity }],
      ['budget', { epsilons: [0.1], budget: NaN }],
      ['seed', { epsilons: [0.1], seed: NaN }],
      ['norm', { epsilons: [0.1], norm: 'l1' }],
      ['pInit', { epsilons: [0.1], pInit: 0 }],
      ['pInit', { epsilons: [0.1], pInit: 1.5 }],
      ['shape', { epsilons: [0.1], shape: [2, 2, 2] }],
      ['box', { epsilons: [0.1], box: { lo: 0, hi: 1 } }],
      ['box.hi', { epsilons: [0.1], box: { lo: -50, hi: NaN } }],
      ['box.lo[0]', { epsilons: [0.1], box: { lo: [60, ...new Array(9).fill(-50)], hi: 50 } }],
      ['maxBatchRows', { epsilons: [0.1], maxBatchRows: 0 }],
      ['checkpoints[0]', { epsilons: [0.1], checkpoints: [-1] }],
      ['loss', { epsilons: [0.1], loss: 'hinge' }],
    ];
    for (const [place, options] of bad) {
      const adapter = classifierTestAdapter(model);
      const error = await squareAttack(adapter, X, y, options as never).catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_ATTACK_INPUT'), `${place}: ${String(error)}`).toBe(true);
      expect((error as Error).message, place).toContain(place.replace(/\[.*/, ''));
      expect(adapter.queriesUsed).toBe(0);
    }
  });

  it('rejects rows and labels that do not fit the model', async () => {
    const { model, X, y } = problem;
    const adapter = classifierTestAdapter(model);
    const attempts: [string, () => Promise<unknown>][] = [
      ['features', () => squareAttack(adapter, { rows: 1, cols: 3, data: new Float64Array(3) }, [0], { epsilons: [0.1] })],
      ['not a finite number', () => squareAttack(adapter, { ...X, data: X.data.map((v, i) => (i === 7 ? NaN : v)) }, y, { epsilons: [0.1] })],
      ['labels for', () => squareAttack(adapter, X, y.slice(1), { epsilons: [0.1] })],
      ['classes', () => squareAttack(adapter, X, y.map(() => 2), { epsilons: [0.1] })],
      ['no rows', () => squareAttack(adapter, { rows: 0, cols: 10, data: new Float64Array(0) }, [], { epsilons: [0.1] })],
      ['Matrix', () => squareAttack(adapter, null as never, y, { epsilons: [0.1] })],
    ];
    for (const [text, attempt] of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(isAisecError(error, 'ERR_ATTACK_INPUT'), String(error)).toBe(true);
      expect((error as Error).message).toContain(text);
    }
    expect(adapter.queriesUsed).toBe(0);
  });

  it('says so when the model gets no row right', async () => {
    const { model, X } = problem;
    const proba = model.predictProba(X);
    const wrong = Int32Array.from({ length: X.rows }, (_, i) => (rowOf(proba, i)[0]! > rowOf(proba, i)[1]! ? 1 : 0));
    const error = await squareAttack(classifierTestAdapter(model), X, wrong, { epsilons: [0.1], box }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
    expect((error as Error).message).toMatch(/none of the 60 rows/);
  });
});
