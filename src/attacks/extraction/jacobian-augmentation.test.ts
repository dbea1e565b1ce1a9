import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { classifierAdapter } from '../../ml/adapters/function-adapter.js';
import type { Learner } from '../../ml/models/classifier.js';
import { logisticRegression } from '../../ml/models/logistic-regression.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { runJacobianAugmentation, type JacobianOptions } from './jacobian-augmentation.js';
import { linearEvaluation, linearVictim, uniformRows } from './test-support/linear-problem.js';
import { recordingAdapter, type RecordingAdapter } from './test-support/recording-adapter.js';

const evaluation = linearEvaluation();

/** A victim adapter that records every batch it is sent. */
function recordingVictim(): { victim: RecordingAdapter; sent: readonly Matrix[] } {
  const victim = recordingAdapter(classifierAdapter(linearVictim()));
  return { victim, sent: victim.sent };
}

function base(overrides: Partial<JacobianOptions> = {}): JacobianOptions {
  return {
    victim: classifierAdapter(linearVictim()),
    seeds: uniformRows(30, 11),
    evaluation,
    learner: logisticRegression,
    settings: { budget: 1000, checkpoints: [] },
    ...overrides,
  };
}

describe('runJacobianAugmentation', () => {
  it('steals a known linear model from 30 seeds and labels alone', async () => {
    const { result } = await runJacobianAugmentation(base({ settings: { budget: 1000, checkpoints: [30, 250] } }));
    expect(result.attack).toBe('jacobian-augmentation');
    expect(result.learnedFrom).toBe('labels');
    expect(result.curve.map((p) => p.queries)).toEqual([30, 250, 1000]);
    expect(result.final.agreement).toBeGreaterThan(0.9);
    expect(result.final.agreement).toBeGreaterThan(result.curve[0]!.agreement);
  });

  it('doubles the set each round, then spends exactly the rest of the budget', async () => {
    const { victim, sent } = recordingVictim();
    await runJacobianAugmentation(base({ victim, settings: { budget: 1000, checkpoints: [], batchSize: 10_000 } }));
    expect(sent.map((m) => m.rows)).toEqual([30, 30, 60, 120, 240, 480, 40]);
    expect(victim.queriesUsed).toBe(1000);
  });

  it('moves each point by λ along the sign of the substitute\'s gradient, inside the feature box', async () => {
    const { victim, sent } = recordingVictim();
    const lambda = 0.1;
    await runJacobianAugmentation(base({ victim, settings: { budget: 120, checkpoints: [], batchSize: 10_000, lambda } }));
    const [seeds, first] = sent;
    for (let i = 0; i < 30 * 5; i++) {
      const moved = first!.data[i]! - seeds!.data[i]!;
      const clipped = first!.data[i] === 0 || first!.data[i] === 1;
      expect(clipped || Math.abs(Math.abs(moved) - lambda) < 1e-12 || moved === 0, `feature ${i}: moved ${moved}`).toBe(true);
    }
    for (const m of sent) for (const v of m.data) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('keeps every query inside a per-feature box', async () => {
    const { victim, sent } = recordingVictim();
    const featureMin = [0.2, 0, 0, 0, 0];
    const featureMax = [0.8, 1, 1, 1, 0.5];
    const seeds = uniformRows(20, 12);
    for (let i = 0; i < 20; i++) {
      seeds.data[i * 5] = 0.2 + 0.6 * seeds.data[i * 5]!;
      seeds.data[i * 5 + 4] = 0.5 * seeds.data[i * 5 + 4]!;
    }
    await runJacobianAugmentation(base({ victim, seeds, settings: { budget: 400, checkpoints: [], lambda: 0.3, featureMin, featureMax } }));
    for (const m of sent) {
      for (let i = 0; i < m.rows; i++) {
        for (let j = 0; j < 5; j++) expect(m.data[i * 5 + j]! >= featureMin[j]! && m.data[i * 5 + j]! <= featureMax[j]!).toBe(true);
      }
    }
  });

  it('sends only the seeds that fit when they are more than the budget', async () => {
    const victim = classifierAdapter(linearVictim());
    const { result } = await runJacobianAugmentation(base({ victim, settings: { budget: 25, checkpoints: [10] } }));
    expect(victim.queriesUsed).toBe(25);
    expect(result.curve.map((p) => p.queries)).toEqual([10, 25]);
    expect(result.notes.join(' ')).toMatch(/Only 25 of the 30 seed rows/);
  });

  it('gives the same result from the same seed; τ changes the path', async () => {
    const run = async (settings: JacobianOptions['settings']): Promise<string> => JSON.stringify((await runJacobianAugmentation(base({ settings }))).result.curve);
    const a = await run({ budget: 500, checkpoints: [100], seed: 2 });
    expect(await run({ budget: 500, checkpoints: [100], seed: 2 })).toBe(a);
    expect(await run({ budget: 500, checkpoints: [100], seed: 2, tau: 1 })).not.toBe(a);
    expect(await run({ budget: 500, checkpoints: [100], seed: 3 })).not.toBe(a);
  });

  it('refuses hostile settings, seeds and learners with ERR_ATTACK_INPUT before sending anything', async () => {
    const noGradients: Learner = { name: 'opaque', fit: (X, y, o) => ({ ...logisticRegression.fit(X, y, o), inputGradient: undefined }) as never };
    const cases: [Partial<JacobianOptions>, RegExp][] = [
      [{ settings: { budget: 100, lambda: 0 } }, /lambda/],
      [{ settings: { budget: 100, lambda: Number.NaN } }, /lambda/],
      [{ settings: { budget: 100, featureMin: 1, featureMax: 0 } }, /feature 0 has the box \[1, 0\]/],
      [{ settings: { budget: 100, featureMin: [0, 0] } }, /featureMin has 2 values/],
      [{ settings: { budget: 100, featureMax: 'one' as never } }, /featureMax/],
      [{ settings: { budget: 100, tau: 0 } }, /tau/],
      [{ settings: { budget: 100, use: 'probabilities' } }, /trains on labels only/],
      [{ seeds: uniformRows(5, 1, 3) }, /seeds: it has 3 features/],
      [{ learner: noGradients }, /opaque gives no input gradients/],
    ];
    for (const [overrides, pattern] of cases) {
      const victim = classifierAdapter(linearVictim());
      let caught: unknown;
      try {
        await runJacobianAugmentation(base({ victim, ...overrides }));
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught, 'ERR_ATTACK_INPUT'), `${String(pattern)}: ${String(caught)}`).toBe(true);
      expect((caught as Error).message).toMatch(pattern);
      expect(victim.queriesUsed).toBe(0);
    }
  });
});
