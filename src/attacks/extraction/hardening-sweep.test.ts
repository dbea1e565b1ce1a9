import { beforeAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { classifierAdapter } from '../../ml/adapters/function-adapter.js';
import { logisticRegression } from '../../ml/models/logistic-regression.js';
import { runHardeningSweep, type SweepOptions, type SweepResult } from './hardening-sweep.js';
import { softTargetMlp } from './soft-target-mlp.js';
import { linearEvaluation, linearVictim, uniformRows } from './test-support/linear-problem.js';

const evaluation = linearEvaluation();
const linearSoft = softTargetMlp({ hiddenSizes: [], epochs: 20, minSteps: 1500, learningRate: 0.05 });

function options(overrides: Partial<SweepOptions> = {}): SweepOptions & { victims: ModelAdapter[] } {
  const victims: ModelAdapter[] = [];
  return {
    victims,
    victim: () => {
      const v = classifierAdapter(linearVictim(), { budget: 1000 });
      victims.push(v);
      return v;
    },
    evaluation: { inputs: evaluation.inputs, trueLabels: evaluation.trueLabels! },
    pool: uniformRows(3000, 1),
    thieves: [
      { kind: 'copycat', use: 'probabilities', learner: linearSoft },
      { kind: 'copycat', use: 'labels', learner: logisticRegression },
      { kind: 'jacobian-augmentation', learner: logisticRegression },
    ],
    settings: { budget: 300, checkpoints: [100] },
    ...overrides,
  };
}

describe('runHardeningSweep', () => {
  let result: SweepResult;
  let victims: ModelAdapter[];
  beforeAll(async () => {
    const o = options();
    result = await runHardeningSweep(o);
    victims = o.victims;
  });

  it('runs every thief under every default setting, each within its budget, with curves for charts', () => {
    expect(result.settings.map((s) => s.name)).toEqual(['none', 'round(2)', 'top1', 'label-only', 'gaussian-noise(σ=0.2)', 'reverse-sigmoid(β=1, γ=0.2)']);
    expect(result.thieves).toEqual(['copycat (probabilities)', 'copycat (labels)', 'jacobian-augmentation (labels)']);
    expect(result.checkpoints).toEqual([100, 300]);
    for (const s of result.settings) {
      expect(s.thieves).toHaveLength(3);
      for (const t of s.thieves) {
        expect(t.queriesUsed).toBe(300);
        expect(t.curve.map((p) => p.queries)).toEqual([100, 300]);
      }
    }
    // One victim for the reference answers, then per setting one for utility and one per thief.
    expect(victims).toHaveLength(1 + 6 * 4);
    expect(victims.every((v) => v.queriesUsed <= 1000)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('measures what each setting costs honest callers', () => {
    const by = Object.fromEntries(result.settings.map((s) => [s.setting.kind, s.utility]));
    expect(result.baseline.accuracy).toBe(1);
    expect(by.none).toMatchObject({ accuracyChange: 0, labelChangeRate: 0, topProbabilityChange: 0, logLossChange: 0 });
    for (const kind of ['round', 'top1', 'label-only', 'reverse-sigmoid']) expect(by[kind]!.labelChangeRate, kind).toBe(0);
    expect(Math.abs(by.round!.topProbabilityChange!)).toBeLessThan(0.005);
    expect(by.top1).toMatchObject({ topProbabilityChange: 0, logLoss: null });
    expect(by['label-only']).toMatchObject({ topProbabilityChange: null, logLoss: null });
    expect(by['reverse-sigmoid']!.topProbabilityChange!).toBeLessThan(-0.1);
    expect(by['reverse-sigmoid']!.logLossChange!).toBeGreaterThan(0.1);
    expect(by['gaussian-noise']!.accuracyChange).toBeLessThan(0);
    expect(by['gaussian-noise']!.labelChangeRate).toBeGreaterThan(0);
  });

  it('recommends an affordable setting that takes agreement from the thieves', () => {
    const chosen = result.settings.find((s) => s.name === result.recommendation.setting)!;
    expect(chosen.setting.kind).not.toBe('none');
    expect(-chosen.utility.accuracyChange).toBeLessThanOrEqual(0.01);
    expect(chosen.protection).toBeGreaterThanOrEqual(0.01);
    for (const s of result.settings) if (-s.utility.accuracyChange <= 0.01) expect(s.protection).toBeLessThanOrEqual(chosen.protection);
    expect(result.recommendation.reason).toContain(chosen.name);
    expect(result.recommendation.reason).toMatch(/top-class probability moves by|no scores/);
  });

  it('keeps to a limit on how far the scores may move when callers rely on them', async () => {
    const r = await runHardeningSweep(options({ thieves: [{ kind: 'copycat', use: 'probabilities', learner: linearSoft }], settings: { budget: 300, checkpoints: [100], maxScoreChange: 0.05 } }));
    const chosen = r.settings.find((s) => s.name === r.recommendation.setting)!;
    expect(['none', 'round', 'top1']).toContain(chosen.setting.kind);
    expect(Math.abs(chosen.utility.topProbabilityChange!)).toBeLessThanOrEqual(0.05);
    expect(r.recommendation.reason).toMatch(/5\.0 points of top-class probability/);
  });

  it('states plainly that output perturbation does not stop label-only theft, with the figures', () => {
    expect(result.labelOnlyTheft.statement).toMatch(/^Output perturbation does not stop label-only theft/);
    expect(result.labelOnlyTheft.statement).toMatch(/rate limits and extraction detection/);
    expect(result.labelOnlyTheft.lowestAgreement!).toBeGreaterThan(0.9);
    for (const s of result.settings) {
      const labels = s.thieves.find((t) => t.attack === 'copycat' && t.use === 'labels')!;
      expect(labels.final.agreement, s.name).toBeGreaterThan(0.9);
    }
  });

  it('still makes the statement when no label-only thief ran, and recommends none when nothing helps', async () => {
    const r = await runHardeningSweep(options({ thieves: [{ kind: 'copycat', use: 'labels', learner: logisticRegression }], settings: { budget: 100, checkpoints: [], hardening: [{ kind: 'round', decimals: 3 }] } }));
    expect(r.settings.map((s) => s.name)).toEqual(['none', 'round(3)']);
    expect(r.recommendation.setting).toBe('none');
    expect(r.recommendation.reason).toMatch(/rate limits and extraction detection/);
    const p = await runHardeningSweep(options({ thieves: [{ kind: 'copycat', learner: linearSoft }], settings: { budget: 100, checkpoints: [], hardening: [{ kind: 'none' }] } }));
    expect(p.labelOnlyTheft.statement).toMatch(/^Output perturbation does not stop label-only theft.*No label-only thief ran/);
  });

  it('gives the same result from the same seed', async () => {
    const run = async (): Promise<string> =>
      JSON.stringify(await runHardeningSweep(options({ thieves: [{ kind: 'copycat', learner: linearSoft }], settings: { budget: 100, checkpoints: [], hardening: [{ kind: 'gaussian-noise', scale: 0.2 }], seed: 4 } })));
    expect(await run()).toBe(await run());
  });

  it('sweeps a label-only victim under label-only hardening, and refuses settings that need its scores', async () => {
    const labelsOnly = (): ModelAdapter => classifierAdapter(linearVictim(), { output: 'labels', budget: 1000 });
    const thieves = [{ kind: 'copycat' as const, use: 'labels' as const, learner: logisticRegression }];
    const r = await runHardeningSweep(options({ victim: labelsOnly, thieves, settings: { budget: 100, checkpoints: [], hardening: [{ kind: 'label-only' }] } }));
    expect(r.settings.map((s) => s.name)).toEqual(['none', 'label-only']);
    expect(r.baseline.logLoss).toBeNull();
    const victims: ModelAdapter[] = [];
    const o = options({ thieves, settings: { budget: 100 } });
    await expect(runHardeningSweep({ ...o, victim: () => (victims.push(labelsOnly()), victims.at(-1)!) })).rejects.toMatchObject({ code: 'ERR_ATTACK_INPUT', message: expect.stringMatching(/answers labels only, so round\(2\), top1/) });
    expect(victims.map((v) => v.queriesUsed)).toEqual([0]);
  });

  it('refuses hostile settings and data with ERR_ATTACK_INPUT before any query', async () => {
    const cases: [Partial<SweepOptions>, RegExp][] = [
      [{ settings: { budget: 0 } }, /budget/],
      [{ settings: { budget: 100, hardening: [{ kind: 'blur' } as never] } }, /hardening\.0/],
      [{ settings: { budget: 100, hardening: [] } }, /hardening/],
      [{ settings: { budget: 100, maxAccuracyLoss: 2 } }, /maxAccuracyLoss/],
      [{ settings: { budget: 100, hardening: [{ kind: 'reverse-sigmoid', beta: -1 }] } }, /beta/],
      [{ pool: undefined }, /copycat thief needs a pool/],
      [{ thieves: [] }, /1 to 20 thieves/],
      [{ thieves: [{ kind: 'shadow' as 'copycat' }] }, /unknown thief/],
      [{ thieves: [{ kind: 'copycat', use: 'labels', learner: logisticRegression, order: 'sorted' as 'given' }] }, /copycat \(labels\): order/],
      [{ evaluation: { inputs: evaluation.inputs, trueLabels: new Int32Array(2) } }, /2 labels/],
      [{ thieves: [{ kind: 'jacobian-augmentation', learner: logisticRegression, featureMin: 2 }], settings: { budget: 100 } }, /box/],
    ];
    for (const [overrides, pattern] of cases) {
      const o = options(overrides);
      let caught: unknown;
      try {
        await runHardeningSweep(o);
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught, 'ERR_ATTACK_INPUT'), `${String(pattern)}: ${String(caught)}`).toBe(true);
      expect((caught as Error).message).toMatch(pattern);
      expect(o.victims.every((v) => v.queriesUsed === 0)).toBe(true);
    }
  });
});
