import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../../core/evaluation.js';
import { classifierAdapter, createMatrix, logisticRegression, type LogisticRegressionOptions, type Matrix, type ModelAdapter } from '../../ml/index.js';
import type { SweepResult } from '../extraction/index.js';
import { labelsOf, linearVictim, uniformRows } from '../extraction/test-support/linear-problem.js';
import { ExtractionOptionsSchema, extractionSettings } from './extraction-options.js';
import { extractionSuite } from './extraction-suite.js';
import type { SuiteContext } from './suite.js';

const victim = linearVictim();
// The victim's own inputs live in [0, 1]; give them another scale to check that the thieves work on scaled data.
const raw = uniformRows(900, 3);
const X = { ...raw, data: raw.data.map((v, i) => (i % 5 === 1 ? 1000 * v : v)) };
const unscaled = { predictProba: (Q: typeof X) => victim.predictProba({ ...Q, data: Q.data.map((v, i) => (i % 5 === 1 ? v / 1000 : v)) }), numClasses: 3, numFeatures: 5 };
const evaluation = { X, y: labelsOf(unscaled, X) };
const recipeOptions: LogisticRegressionOptions = { l2: 1e-4 };
const small = { profile: 'quick', budgets: [100, 300], measureRows: 300 } as const;

type Options = ReturnType<typeof ExtractionOptionsSchema.parse>;

function context(adapter: ModelAdapter, overrides: Partial<SuiteContext<Options>> = {}, options: object = small): SuiteContext<Options> {
  return {
    adapter,
    model: { name: 'linear', target: 'https://models.example/v1/score' },
    featureNames: ['a', 'b', 'c', 'd', 'e'],
    evaluation,
    recipe: { learner: logisticRegression, options: recipeOptions },
    options: ExtractionOptionsSchema.parse(options),
    seed: 2,
    signal: new AbortController().signal,
    ...overrides,
  };
}

describe('extraction suite', () => {
  it('copies a linear model with high agreement and recommends hardening that keeps the scores', async () => {
    const adapter = classifierAdapter(unscaled, { name: 'linear' });
    const progress: string[] = [];
    const result = await extractionSuite.run(context(adapter, { onProgress: (_d, _t, label) => progress.push(label) }));
    const e = result.evaluation;
    expect(e.status).toBe('complete');
    expect(e.metrics!.bestAgreement).toBeGreaterThanOrEqual(0.9);
    for (const thief of ['copycat-probabilities', 'copycat-labels', 'jbda-labels']) {
      expect(e.metrics![`none.${thief}.100.agreement`]).toBeGreaterThan(0.5);
      expect(e.metrics![`none.${thief}.300.agreement`]).toBeGreaterThan(0.8);
    }
    for (const key of ['none', 'round-2', 'top1', 'label-only', 'gaussian-noise-0.2', 'reverse-sigmoid-1-0.2']) expect(e.metrics![`${key}.accuracy`]).toBeGreaterThan(0.5);
    expect(result.findings).toHaveLength(1);
    const finding = result.findings[0]!;
    expect(finding).toMatchObject({ rule: 'model-can-be-copied', severity: 'high', taxonomy: { atlas: ['AML.T0024.002'], owasp: ['ML05'] } });
    expect(finding.fix).toMatch(/Output perturbation does not stop label-only theft/);
    expect(finding.fix).toMatch(/rate limits/);
    const sweep = e.details!.sweep as SweepResult;
    // Callers read the scores by default, so label-only (no scores at all) is never the advice.
    expect(sweep.recommendation.setting).not.toBe('label-only');
    const chosen = sweep.settings.find((s) => s.name === sweep.recommendation.setting)!;
    expect(Math.abs(chosen.utility.topProbabilityChange ?? 0)).toBeLessThanOrEqual(0.1);
    expect(finding.evidence!.recommendedHardening).toBe(sweep.recommendation.setting);
    expect(e.charts!.map((c) => c.id)).toEqual(['agreement-vs-queries-probabilities', 'agreement-vs-queries-labels']);
    expect(e.charts![0]!.series).toHaveLength(6);
    expect(e.charts![1]!.series).toHaveLength(12);
    expect(e.headline).toMatch(/^With 300 ordinary-looking queries, a thief built a copy that agrees with the model on (all|\d+ of every 100|more than 99 of every 100) held-out inputs/);
    expect(e.metrics!.constantCopyAgreement).toBeGreaterThan(0.2);
    expect(e.metrics!.bestAgreementBeyondConstant).toBeGreaterThanOrEqual(0.8);
    expect(e.headline).toMatch(/rate limits and extraction detection at the gateway/);
    expect(progress.filter((l) => l.includes('agreement'))).toHaveLength(18);
    // Reference and utility answers plus every thief's queries, and nothing more.
    expect(e.queries).toBe(adapter.queriesUsed);
    expect(e.queries).toBe(300 + 6 * (300 + 3 * 300));
    const parsed = EvaluationSchema.parse({ ...e, findings: [] });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  describe('judged against a constant copy on a model that gives one answer to most inputs', () => {
    const rows = uniformRows(900, 5);
    const d = rows.cols;
    const weights = [6, -4, 2, 0, -3];
    const scores = Array.from({ length: rows.rows }, (_, i) => weights.reduce((s, w, j) => s + w * rows.data[i * d + j]!, 0));
    /** Class 1 for the top 12% of scores: the model answers 0 to 88% of these rows. */
    const cut = [...scores].sort((a, b) => a - b)[Math.floor(0.88 * rows.rows)]!;
    const twoClass = (p1: (x: Float64Array) => number) => ({
      numClasses: 2,
      numFeatures: d,
      predictProba: (Q: Matrix) => {
        const out = createMatrix(Q.rows, 2);
        for (let i = 0; i < Q.rows; i++) {
          const p = p1(Q.data.subarray(i * d, (i + 1) * d));
          out.data[2 * i] = 1 - p;
          out.data[2 * i + 1] = p;
        }
        return out;
      },
    });
    const learnable = twoClass((x) => 1 / (1 + Math.exp(-20 * (weights.reduce((s, w, j) => s + w * x[j]!, 0) - cut))));
    /** Class 1 for about 10% of inputs, by a hash of the row: nothing a thief can learn but the most common answer. */
    const arbitrary = twoClass((x) => {
      const h = Math.abs(Math.sin(x.reduce((s, v, j) => s + v * (12.9898 + 78.233 * j), 0)) * 43758.5453) % 1;
      return h < 0.1 ? 0.95 : 0.05;
    });
    const imbalanced = (model: ReturnType<typeof twoClass>) => context(classifierAdapter(model, { name: 'imbalanced' }), { evaluation: { X: rows, y: labelsOf(model, rows) } });

    it('raises nothing when the thieves learn only the most common answer, though their raw agreement passes the old 0.8', async () => {
      const result = await extractionSuite.run(imbalanced(arbitrary));
      const e = result.evaluation;
      expect(e.status).toBe('complete');
      expect(e.metrics!.constantCopyAgreement).toBeGreaterThan(0.85);
      expect(e.metrics!.bestAgreement).toBeGreaterThanOrEqual(0.8);
      expect(e.metrics!.bestAgreementBeyondConstant).toBeLessThan(0.6);
      expect(result.findings).toEqual([]);
      expect(e.details!.constantCopy).toMatchObject({ label: 0, from: 'model answers' });
    });

    it('raises the finding for a real copy, with the constant copy in the metrics, the charts and the headline', async () => {
      const result = await extractionSuite.run(imbalanced(learnable));
      const e = result.evaluation;
      const base = e.metrics!.constantCopyAgreement!;
      expect(base).toBeGreaterThan(0.8);
      expect(base).toBeLessThan(0.95);
      expect(e.metrics!.bestAgreementBeyondConstant).toBeCloseTo((e.metrics!.bestAgreement! - base) / (1 - base), 12);
      // Summaries show the first figures: the best copy and the constant copy it must beat.
      expect(Object.keys(e.metrics!).slice(0, 4)).toEqual(['bestAgreement', 'constantCopyAgreement', 'bestAgreementBeyondConstant', 'bestAgreement.queries']);
      expect(e.metrics!.bestAgreementBeyondConstant).toBeGreaterThanOrEqual(0.6);
      const finding = result.findings.find((f) => f.rule === 'model-can-be-copied');
      expect(finding).toBeDefined();
      expect(finding!.evidence).toMatchObject({ agreement: e.metrics!.bestAgreement, constantCopyAgreement: base });
      for (const chart of e.charts!) expect(chart.references).toEqual([{ y: base, label: "a constant copy (always the model's most common answer)" }]);
      expect(e.headline).toMatch(/held-out inputs \(.*\), where a copy that always gives the model's most common answer agrees on \d+ of every 100; /);
      // The base came from the answers the sweep asked for anyway: no query was added.
      expect(e.queries).toBe(300 + 6 * (300 + 3 * 300));
    });
  });

  it('refuses the old absolute thresholds, naming what replaced them', async () => {
    const parsed = ExtractionOptionsSchema.safeParse({ mediumAgreement: 0.92 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(/replaced by mediumBeyondConstant: .*constant copy/);
    const result = await extractionSuite.run({ ...context(classifierAdapter(unscaled)), options: { highAgreement: 0.96 } as never });
    expect(result.evaluation.status).toBe('error');
    expect(result.evaluation.message).toMatch(/highAgreement: replaced by highBeyondConstant/);
  });

  it('runs without a recipe (no JbDA) and on a labels-only model compares only the settings that need no scores', async () => {
    const result = await extractionSuite.run(context(classifierAdapter(unscaled, { output: 'labels' }), { recipe: undefined }, { ...small, budgets: [100] }));
    const e = result.evaluation;
    expect(e.status).toBe('complete');
    const sweep = e.details!.sweep as SweepResult;
    expect(sweep.settings.map((s) => s.name)).toEqual(['none', 'label-only']);
    expect(sweep.thieves).toEqual(['copycat (probabilities)', 'copycat (labels)']);
    const notes = (e.details!.notes as string[]).join(' ');
    expect(notes).toMatch(/Jacobian-based augmentation: skipped: no training recipe/);
    expect(notes).toMatch(/answers labels only/);
  });

  it('is incomplete before any query when the budget cannot cover even the smallest budget', async () => {
    const adapter = classifierAdapter(unscaled, { budget: 500 });
    const result = await extractionSuite.run(context(adapter));
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/too small for the extraction test/);
    expect(adapter.queriesUsed).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('drops the budgets the model cannot afford and says so', async () => {
    const adapter = classifierAdapter(unscaled, { budget: 7000 });
    const result = await extractionSuite.run(context(adapter));
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/only up to 100 queries per thief; the budgets 300 were not tested/);
    expect(adapter.queriesUsed).toBeLessThanOrEqual(7000);
    expect(result.evaluation.metrics!['none.copycat-labels.100.agreement']).toBeGreaterThan(0);
  });

  it('returns incomplete with what ran when cancelled mid-sweep', async () => {
    const controller = new AbortController();
    const result = await extractionSuite.run(
      context(classifierAdapter(unscaled), {
        signal: controller.signal,
        onProgress: (_d, _t, label) => {
          if (label.startsWith('top1')) controller.abort();
        },
      }),
    );
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/cancelled during hardening sweep/);
    expect((result.evaluation.details!.partial as string[]).length).toBeGreaterThanOrEqual(7);
  });

  it('needs at least 20 evaluation rows, and says so', async () => {
    const few = { X: { rows: 10, cols: 5, data: X.data.slice(0, 50) }, y: evaluation.y.slice(0, 10) };
    const result = await extractionSuite.run(context(classifierAdapter(unscaled), { evaluation: few }));
    expect(result.evaluation.status).toBe('error');
    expect(result.evaluation.message).toMatch(/at least 20 evaluation rows, not 10/);
  });

  it('fills settings from the profile, and explicit settings win', () => {
    expect(extractionSettings(ExtractionOptionsSchema.parse({ profile: 'quick' })).budgets).toEqual([250, 1000]);
    expect(extractionSettings(ExtractionOptionsSchema.parse({})).budgets).toEqual([1000, 5000]);
    expect(extractionSettings(ExtractionOptionsSchema.parse({ budgets: [50, 10, 50] })).budgets).toEqual([10, 50]);
    expect(extractionSettings(ExtractionOptionsSchema.parse({})).hardening.map((h) => h.kind)).toEqual(['none', 'round', 'top1', 'label-only', 'gaussian-noise', 'reverse-sigmoid']);
  });
});
