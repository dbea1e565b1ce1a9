import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../../core/evaluation.js';
import { classifierAdapter, fitLogisticRegression, fitMlp, logisticRegression, mlp, type Classifier, type MlpOptions, type ModelAdapter } from '../../ml/index.js';
import { gaussianRows } from '../privacy/test-support/synthetic.js';
import { constantClassifier, untrainedClassifier, untrainedLearner } from '../privacy/test-support/test-models.js';
import { PrivacyOptionsSchema, privacySettings } from './privacy-options.js';
import { privacySuite } from './privacy-suite.js';
import type { SuiteContext } from './suite.js';

// Noisy labels: a model that fits all 150 training rows has to memorise them.
const training = gaussianRows(150, 8, 1);
const evaluation = gaussianRows(300, 8, 2);
const overfitOptions: MlpOptions = { hiddenSizes: [64], epochs: 120, learningRate: 0.01, l2: 0 };
const overfit = fitMlp(training.X, training.y, { ...overfitOptions, seed: 3 });
const recipe = { learner: mlp, options: overfitOptions };

type Options = ReturnType<typeof PrivacyOptionsSchema.parse>;

function context(model: Classifier | ModelAdapter, overrides: Partial<SuiteContext<Options>> = {}, options: object = { profile: 'quick' }): SuiteContext<Options> {
  const adapter = 'predict' in model ? model : classifierAdapter(model, { name: 'scorer' });
  return {
    adapter,
    model: { name: 'scorer', target: 'models/scorer.onnx' },
    featureNames: Array.from({ length: 8 }, (_, j) => `f${j}`),
    evaluation,
    training,
    recipe,
    options: PrivacyOptionsSchema.parse(options),
    seed: 5,
    signal: new AbortController().signal,
    ...overrides,
  };
}

describe('privacy suite', () => {
  it('finds membership leakage in a model that memorised its training rows', async () => {
    const progress: string[] = [];
    const result = await privacySuite.run(context(overfit, { onProgress: (_d, _t, label) => progress.push(label) }));
    const e = result.evaluation;
    expect(e.status).toBe('complete');
    for (const attack of ['correctness', 'loss', 'calibrated-threshold', 'lira-online', 'lira-offline']) {
      expect(e.metrics![`${attack}.auc`]).toBeGreaterThan(0.5);
      expect(e.metrics![`${attack}.tprAt1PctFpr`]).toBeGreaterThanOrEqual(0);
      expect(e.metrics![`${attack}.tprAt0_1PctFpr`]).toBeGreaterThanOrEqual(0);
    }
    expect(e.metrics!['loss.auc']).toBeGreaterThan(0.6);
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0]!;
    expect(finding.rule).toBe('membership-leakage');
    expect(['medium', 'high']).toContain(finding.severity);
    expect(finding.taxonomy).toEqual({ atlas: ['AML.T0024.000', 'AML.T0024'], owasp: ['ML04'] });
    expect(finding.fix).toMatch(/differential privacy/);
    // The headline is the plain sentence of the strongest attack.
    expect(e.headline).toMatch(/^An attacker who has a person's record/);
    expect(e.headline).toMatch(/Strongest of 5 attacks: .*AUC 0\.\d\d\.$/);
    // The attacks share one query per row.
    expect(e.queries).toBe(150 + 300);
    expect(progress).toContain('LiRA shadow model 4 of 4');
    const chart = e.charts![0]!;
    expect(chart).toMatchObject({ id: 'membership-log-roc', xScale: 'log', yScale: 'log' });
    expect(chart.series.map((s) => s.name)).toContain('chance (guessing)');
    for (const s of chart.series) for (const [x, y] of s.points) expect(x > 0 && y > 0).toBe(true);
    expect((e.details!['lira-online'] as { notes: string[] }).notes[0]).toMatch(/^4 shadow models/);
    const parsed = EvaluationSchema.parse({ ...e, findings: [] });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  it('raises nothing for a model whose answers do not depend on its training rows', async () => {
    const result = await privacySuite.run(context(untrainedClassifier(8), { recipe: { learner: untrainedLearner, options: {} } }));
    expect(result.evaluation.status).toBe('complete');
    expect(result.findings).toEqual([]);
    expect(result.evaluation.metrics!['lira-online.auc']).toBeLessThan(0.6);
    expect(result.evaluation.headline).toMatch(/did no better than guessing|not clearly better than guessing/);
    const constant = await privacySuite.run(context(constantClassifier(8, [0.55, 0.45]), { recipe: undefined }));
    expect(constant.evaluation.status).toBe('complete');
    expect(constant.findings).toEqual([]);
    expect(constant.evaluation.metrics!['loss.auc']).toBeLessThan(0.6);
  });

  it('runs only the rule-based baseline against a labels-only model, saying why', async () => {
    const result = await privacySuite.run(context(classifierAdapter(overfit, { output: 'labels' })));
    const e = result.evaluation;
    expect(Object.keys(e.metrics!).filter((k) => k.endsWith('.auc'))).toEqual(['correctness.auc']);
    expect((e.details!.notes as string[]).join(' ')).toMatch(/labels only/);
    // Memorisation shows even in the labels: far more training rows are right than others.
    expect(result.findings.map((f) => f.rule)).toEqual(['membership-leakage']);
  });

  it('tests a stand-in trained with the recipe when the training rows are not given', async () => {
    const adapter = classifierAdapter(overfit);
    const result = await privacySuite.run(context(adapter, { training: undefined }));
    expect(result.evaluation.status).toBe('complete');
    expect(adapter.queriesUsed).toBe(0);
    expect(result.evaluation.details!.subject).toBe('stand-in');
    expect(result.evaluation.headline).toMatch(/^On a stand-in trained with the same recipe/);
    expect(result.findings[0]).toMatchObject({ rule: 'membership-leakage', key: 'stand-in', confidence: 'medium' });
  });

  it('is incomplete, and says why, with neither training rows nor recipe', async () => {
    const result = await privacySuite.run(context(overfit, { training: undefined, recipe: undefined }));
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/no member is known/);
    expect(result.evaluation.headline).toMatch(/^Membership leakage was not measured/);
    expect(result.findings).toEqual([]);
  });

  it('returns incomplete with what ran when cancelled during the shadow models', async () => {
    const controller = new AbortController();
    const result = await privacySuite.run(
      context(overfit, {
        signal: controller.signal,
        onProgress: (_d, _t, label) => {
          if (label.startsWith('LiRA shadow model 1')) controller.abort();
        },
      }),
    );
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/cancelled during LiRA/);
    expect(result.evaluation.metrics!['loss.auc']).toBeGreaterThan(0.5);
    expect(result.evaluation.metrics!['lira-online.auc']).toBeUndefined();
  });

  it('returns incomplete before any query when the budget cannot cover the rows', async () => {
    const adapter = classifierAdapter(overfit, { budget: 100 });
    const result = await privacySuite.run(context(adapter));
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/query budget \(100 left\) is below the 450 queries/);
    expect(adapter.queriesUsed).toBe(0);
  });

  it('trains 4 shadow models in the quick profile and 16 in the full one', async () => {
    const linear = { learner: logisticRegression, options: {} };
    const model = fitLogisticRegression(training.X, training.y, { seed: 1 });
    for (const [profile, shadows] of [['quick', 4], ['full', 16]] as const) {
      const result = await privacySuite.run(context(model, { recipe: linear }, { profile }));
      expect(result.evaluation.status).toBe('complete');
      expect((result.evaluation.details!['lira-online'] as { notes: string[] }).notes[0]).toMatch(new RegExp(`^${shadows} shadow models \\(logistic-regression\\)`));
    }
  });

  it('reports training rows that do not fit the model as an error result', async () => {
    const narrow = gaussianRows(20, 3, 4);
    const result = await privacySuite.run(context(overfit, { training: narrow }));
    expect(result.evaluation.status).toBe('error');
    expect(result.evaluation.message).toMatch(/training rows: the rows have 3 features, scorer takes 8/);
  });

  it('fills settings from the profile, and explicit settings win', () => {
    expect(privacySettings(PrivacyOptionsSchema.parse({ profile: 'quick' }))).toMatchObject({ shadows: 4, members: 500, nonMembers: 500 });
    expect(privacySettings(PrivacyOptionsSchema.parse({}))).toMatchObject({ shadows: 16, members: 2000, nonMembers: 2000, tprThreshold: 0.01, aucThreshold: 0.6 });
    expect(privacySettings(PrivacyOptionsSchema.parse({ profile: 'quick', shadows: 8 })).shadows).toBe(8);
  });
});
