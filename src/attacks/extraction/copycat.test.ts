import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { classifierAdapter } from '../../ml/adapters/function-adapter.js';
import { logisticRegression } from '../../ml/models/logistic-regression.js';
import { createMatrix } from '../../ml/models/matrix.js';
import { hardenAdapter } from '../../ml/output-hardening.js';
import { runCopycat, type CopycatOptions } from './copycat.js';
import { softTargetMlp } from './soft-target-mlp.js';
import { linearEvaluation, linearVictim, uniformRows } from './test-support/linear-problem.js';
import { recordingAdapter } from './test-support/recording-adapter.js';

const evaluation = linearEvaluation();
const linearSoft = softTargetMlp({ hiddenSizes: [], epochs: 20, minSteps: 1500, learningRate: 0.05 });

function base(overrides: Partial<CopycatOptions> = {}): CopycatOptions {
  return {
    victim: classifierAdapter(linearVictim()),
    pool: uniformRows(3000, 1),
    evaluation,
    learner: logisticRegression,
    settings: { budget: 2000, use: 'labels', checkpoints: [100, 500] },
    ...overrides,
  };
}

describe('runCopycat', () => {
  it('steals a known linear model with high agreement from labels alone, improving with queries', async () => {
    const { result, model } = await runCopycat(base());
    expect(result.curve.map((p) => p.queries)).toEqual([100, 500, 2000]);
    expect(result.final.agreement).toBeGreaterThan(0.97);
    expect(result.final.accuracy).toBe(result.final.agreement);
    expect(result.final.agreement).toBeGreaterThanOrEqual(result.curve[0]!.agreement);
    expect(result.learnedFrom).toBe('labels');
    expect(result.surrogate).toBe('logistic-regression');
    expect(model.numClasses).toBe(3);
  });

  it('learns more per query from probabilities than from labels', async () => {
    const settings = { budget: 100, checkpoints: [] };
    const soft = await runCopycat(base({ learner: linearSoft, settings: { ...settings, use: 'probabilities' } }));
    const hard = await runCopycat(base({ learner: linearSoft, settings: { ...settings, use: 'labels' } }));
    expect(soft.result.learnedFrom).toBe('probabilities');
    expect(soft.result.final.agreement).toBeGreaterThan(0.97);
    expect(soft.result.final.agreement).toBeGreaterThan(hard.result.final.agreement);
  });

  it('sends exactly its budget, in batches that stop at each checkpoint, and never more', async () => {
    const victim = recordingAdapter(classifierAdapter(linearVictim()));
    const { result } = await runCopycat(base({ victim, settings: { budget: 1234, use: 'labels', checkpoints: [5000, 100, 1000, 100], batchSize: 97 } }));
    expect(victim.queriesUsed).toBe(1234);
    expect(result.queriesUsed).toBe(1234);
    expect(result.curve.map((p) => p.queries)).toEqual([100, 1000, 1234]);
    // 100 = 97 + 3, 900 = 9 × 97 + 27, 234 = 2 × 97 + 40.
    expect(victim.sent.map((m) => m.rows)).toEqual([97, 3, ...new Array(9).fill(97), 27, 97, 97, 40]);
  });

  it('refuses a budget larger than the victim allows before sending anything', async () => {
    const victim = classifierAdapter(linearVictim(), { budget: 500 });
    await expect(runCopycat(base({ victim, settings: { budget: 501, use: 'labels' } }))).rejects.toMatchObject({ code: 'ERR_ATTACK_INPUT', message: expect.stringMatching(/allows 500 more queries/) });
    expect(victim.queriesUsed).toBe(0);
  });

  it('may spend the victim\'s whole budget, and stops when cancelled', async () => {
    const victim = classifierAdapter(linearVictim(), { budget: 500 });
    const { result } = await runCopycat(base({ victim, settings: { budget: 500, use: 'labels' } }));
    expect(result.queriesUsed).toBe(500);
    expect(victim.queriesLeft).toBe(0);
    const controller = new AbortController();
    controller.abort();
    await expect(runCopycat(base({ signal: controller.signal, settings: { budget: 100, use: 'labels' } }))).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });

  it('stops when the pool runs out and says so', async () => {
    const victim = classifierAdapter(linearVictim());
    const { result } = await runCopycat(base({ victim, pool: uniformRows(300, 2), settings: { budget: 1000, use: 'labels', checkpoints: [100, 500] } }));
    expect(victim.queriesUsed).toBe(300);
    expect(result.curve.map((p) => p.queries)).toEqual([100, 300]);
    expect(result.notes.join(' ')).toMatch(/pool holds 300 rows/);
  });

  it('falls back to labels when a hardened victim answers labels only, and says so', async () => {
    const victim = hardenAdapter(classifierAdapter(linearVictim()), { kind: 'label-only' });
    const { result } = await runCopycat(base({ victim, learner: linearSoft, settings: { budget: 300, use: 'probabilities' } }));
    expect(result.use).toBe('probabilities');
    expect(result.learnedFrom).toBe('labels');
    expect(result.victim).toBe('classifier [label-only]');
    expect(result.notes.join(' ')).toMatch(/answered labels only/);
  });

  it('gives the same result from the same seed, and a different order from another', async () => {
    const run = async (seed: number): Promise<string> => JSON.stringify((await runCopycat(base({ learner: linearSoft, settings: { budget: 200, use: 'probabilities', seed } }))).result);
    const a = await run(3);
    expect(await run(3)).toBe(a);
    expect(await run(4)).not.toBe(a);
  });

  it('refuses hostile settings and data with ERR_ATTACK_INPUT naming the field', async () => {
    const nan = uniformRows(10, 3);
    nan.data[7] = Number.NaN;
    const cases: [Partial<CopycatOptions>, RegExp][] = [
      [{ settings: { budget: 0 } }, /budget/],
      [{ settings: { budget: 1.5 } }, /budget/],
      [{ settings: { budget: '100' as unknown as number } }, /budget/],
      [{ settings: { budget: 1e12 } }, /budget/],
      [{ settings: { budget: 100, checkpoints: [-5] } }, /checkpoints\.0/],
      [{ settings: { budget: 100, checkpoints: new Array(1000).fill(1) } }, /checkpoints/],
      [{ settings: { budget: 100, use: 'logits' as 'labels' } }, /use/],
      [{ settings: { budget: 100, order: 'sorted' as 'given' } }, /order/],
      [{ settings: { budget: 100, extra: 1 } as never }, /extra|Unrecognized/i],
      [{ settings: null as never }, /copycat settings/],
      [{ pool: nan }, /copycat pool: feature 2 of row 1 is not a finite number/],
      [{ pool: createMatrix(10, 4) }, /4 features, the victim takes 5/],
      [{ pool: createMatrix(0, 5) }, /no rows/],
      [{ pool: { rows: 10, cols: 5, data: [1, 2] } as never }, /not a feature matrix/],
      [{ evaluation: { ...evaluation, victimLabels: new Int32Array(3) } }, /victimLabels holds 3 labels/],
      [{ evaluation: { ...evaluation, trueLabels: new Int32Array(evaluation.inputs.rows).fill(7) } }, /trueLabels\[0\] is 7/],
      [{ settings: { budget: 100, use: 'probabilities' } }, /logistic-regression trains on labels only/],
    ];
    for (const [overrides, pattern] of cases) {
      const victim = classifierAdapter(linearVictim());
      let caught: unknown;
      try {
        await runCopycat(base({ victim, ...overrides }));
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught, 'ERR_ATTACK_INPUT'), `${String(pattern)}: ${String(caught)}`).toBe(true);
      expect((caught as Error).message).toMatch(pattern);
      expect(victim.queriesUsed).toBe(0);
    }
  });

  it('refuses a victim whose answers break the contract with ERR_MODEL_RUNTIME', async () => {
    const liar = recordingAdapter(classifierAdapter(linearVictim()), (answer) => ({ labels: answer.labels.map(() => 9) }));
    await expect(runCopycat(base({ victim: liar, settings: { budget: 100, use: 'labels' } }))).rejects.toMatchObject({ code: 'ERR_MODEL_RUNTIME', message: expect.stringMatching(/label 9/) });
    const short = recordingAdapter(classifierAdapter(linearVictim()), () => ({ labels: new Int32Array(1) }));
    await expect(runCopycat(base({ victim: short, settings: { budget: 100, use: 'labels' } }))).rejects.toMatchObject({ code: 'ERR_MODEL_RUNTIME', message: expect.stringMatching(/holds 1 labels/) });
    const wild = recordingAdapter(classifierAdapter(linearVictim()), (answer) => ({ ...answer, probabilities: { ...answer.probabilities!, data: answer.probabilities!.data.map(() => 7) } }));
    await expect(runCopycat(base({ victim: wild, learner: linearSoft, settings: { budget: 100 } }))).rejects.toMatchObject({ code: 'ERR_MODEL_RUNTIME', message: expect.stringMatching(/score 7 .* not a probability/) });
  });
});
