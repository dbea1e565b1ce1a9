import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../../core/evaluation.js';
import { robustnessSettings, RobustnessOptionsSchema } from './robustness-options.js';
import { robustnessSuite } from './robustness-suite.js';
import type { SuiteContext } from './suite.js';
import { byAffordability, byAge, creditAdapter, creditConstraints, creditFeatures, creditRows, fitCreditModel } from './test-support/credit-data.js';
import { classifierAdapter, functionAdapter, selectRows, selectValues, type ModelAdapter } from '../../ml/index.js';
import { hopSkipJump } from '../evasion/index.js';
import { correctSample } from './correct-sample.js';
import { metricNumber } from './plain-numbers.js';
import { suiteSeed } from './suite-inputs.js';
import { clusterRows, fitClusterModel } from './test-support/two-clusters.js';
import { fitUnitScale, toUnit, unitScaledAdapter } from './unit-scale.js';

const fragileTrain = creditRows(800, 1, byAffordability);
const fragileEval = creditRows(400, 2, byAffordability);
const fragile = fitCreditModel(fragileTrain);
const robustTrain = creditRows(800, 3, byAge);
const robustEval = creditRows(400, 4, byAge);
/** Looks only at age, which the constraints declare immutable. */
const robust = fitCreditModel(robustTrain, [0]);

const small = { profile: 'quick', examples: 30, tabularRows: 30, hsjaQueries: 150, squareQueries: 100, noiseQueries: 30, perturbationRows: 30, determinismRows: 10, sliceRows: 400 } as const;

function context(adapter: ModelAdapter, evaluation = fragileEval, overrides: Partial<SuiteContext<unknown>> = {}, options: object = small): SuiteContext<ReturnType<typeof RobustnessOptionsSchema.parse>> {
  return {
    adapter,
    model: { name: 'credit-model', target: 'models/credit.onnx' },
    featureNames: [...creditFeatures],
    constraints: creditConstraints,
    evaluation,
    options: RobustnessOptionsSchema.parse(options),
    seed: 7,
    signal: new AbortController().signal,
    ...overrides,
  } as SuiteContext<ReturnType<typeof RobustnessOptionsSchema.parse>>;
}

describe('robustness suite', () => {
  it('finds no constrained flip on a model that only looks at an immutable feature', async () => {
    const result = await robustnessSuite.run(context(creditAdapter(robust), robustEval));
    expect(result.evaluation.status).toBe('complete');
    expect(result.evaluation.metrics!['tabular.successRate']).toBe(0);
    expect(result.evaluation.metrics!['tabular.attacked']).toBe(30);
    expect(result.findings.map((f) => f.rule)).not.toContain('constrained-decision-flips');
    expect(result.evaluation.headline).toContain('within the declared constraints flip none of the 30 tested');
  });

  it('flags a model whose decision turns on what an applicant can change, with figures, charts and a plain headline', async () => {
    const progress: string[] = [];
    const result = await robustnessSuite.run(context(creditAdapter(fragile), fragileEval, { whiteBox: fragile, onProgress: (_d, _t, label) => progress.push(label) }));
    const e = result.evaluation;
    expect(e.status).toBe('complete');
    const flips = result.findings.find((f) => f.rule === 'constrained-decision-flips');
    expect(flips).toBeDefined();
    expect(e.metrics!['tabular.successRate']).toBeGreaterThan(0.05);
    expect(flips!.severity).toBe(e.metrics!['tabular.successRate']! >= 0.2 ? 'high' : 'medium');
    expect(flips!.taxonomy).toEqual({ atlas: ['AML.T0015', 'AML.T0043'], owasp: ['ML01'] });
    expect(flips!.why.length).toBeGreaterThan(50);
    expect(flips!.fix).toMatch(/income|debt/);
    for (const key of ['square', 'hsja', 'noise', 'pgd']) {
      for (const eps of ['0.02', '0.05', '0.1']) expect(e.metrics![`${key}.linf.${eps}.successRate`]).toBeGreaterThanOrEqual(0);
    }
    // Larger changes never flip fewer decisions.
    expect(e.metrics!['hsja.linf.0.1.successRate']).toBeGreaterThanOrEqual(e.metrics!['hsja.linf.0.02.successRate']!);
    // The ε finding follows the strongest black-box rate at the smallest ε.
    const atSmallest = Math.max(...['square', 'hsja', 'noise'].map((k) => e.metrics![`${k}.linf.0.02.successRate`]!));
    const epsilonFinding = result.findings.find((f) => f.rule === 'decision-flips');
    expect(epsilonFinding !== undefined).toBe(atSmallest > 0.05);
    if (epsilonFinding) expect(epsilonFinding.message).toMatch(/at most 2% of its range/);
    expect(e.charts!.map((c) => c.id)).toEqual(['success-vs-queries', 'robust-accuracy-vs-epsilon']);
    const chart = e.charts![0]!;
    expect(chart.series.map((s) => s.name)).toEqual(['Square Attack (scores)', 'HopSkipJump (labels only)']);
    expect(chart.references!.map((r) => r.label)).toEqual(['white-box ceiling (PGD)', 'random noise (30 tries)']);
    expect(e.headline).toMatch(/^Changes of at most 2% of a feature's range flip/);
    expect(e.headline).toContain('within the declared constraints flip');
    expect(e.queries).toBeGreaterThan(1000);
    expect(e.details!.scaling).toMatch(/min–max scaled/);
    expect(progress).toContain('HopSkipJump');
    expect(progress.at(-1)).toBe('done');
    const parsed = EvaluationSchema.parse({ ...e, findings: [] });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
  });

  it('raises the severity one level for a credit model', async () => {
    const plain = await robustnessSuite.run(context(creditAdapter(fragile)));
    const credit = await robustnessSuite.run(context(creditAdapter(fragile), fragileEval, {}, { ...small, criticality: 'credit' }));
    const a = plain.findings.find((f) => f.rule === 'constrained-decision-flips')!;
    const b = credit.findings.find((f) => f.rule === 'constrained-decision-flips')!;
    expect({ medium: 'high', high: 'critical' }[a.severity as 'medium' | 'high']).toBe(b.severity);
  });

  it('lets every flip rate through when the allowed rate is 1', async () => {
    const result = await robustnessSuite.run(context(creditAdapter(fragile), fragileEval, {}, { ...small, maxFlipRate: 1 }));
    expect(result.findings.filter((f) => f.rule.endsWith('decision-flips'))).toEqual([]);
  });

  it('skips Square Attack with a note on a labels-only model and still runs HopSkipJump', async () => {
    const ticks: [number, number][] = [];
    const result = await robustnessSuite.run(context(creditAdapter(fragile, { output: 'labels' }), fragileEval, { constraints: undefined, onProgress: (done, total) => ticks.push([done, total]) }));
    const e = result.evaluation;
    // Progress only goes forward, skipped steps included, and ends at the total.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]![0]).toBeGreaterThanOrEqual(ticks[i - 1]![0]);
    expect(ticks.every(([done, total]) => done <= total && total === 10)).toBe(true);
    expect(ticks.at(-2)).toEqual([10, 10]);
    expect(e.status).toBe('complete');
    expect(Object.keys(e.metrics!).some((k) => k.startsWith('square.'))).toBe(false);
    expect(e.metrics!['hsja.linf.0.02.successRate']).toBeGreaterThanOrEqual(0);
    expect((e.details!.notes as string[]).join(' ')).toMatch(/Square Attack: skipped: .*labels only/);
    expect((e.details!.notes as string[]).join(' ')).toMatch(/constrained tabular attack: skipped: no feature constraints/);
  });

  describe('HopSkipJump starts from the evaluation rows not attacked', () => {
    const clusterTrain = clusterRows(1000, 1);
    const clusterEval = clusterRows(400, 2);
    const clusters = fitClusterModel(clusterTrain);
    const d = clusterEval.X.cols;
    const names = Array.from({ length: d }, (_, j) => `f${j}`);
    const epsilons = [0.02, 0.05, 0.1];
    const hsjaOnly = { profile: 'quick', epsilons, examples: 40, hsjaQueries: 50, noiseQueries: 10, checks: false } as const;

    /** A labels-only view of `answer` that keeps, while `recording.on`, every input it was asked about with its answer. */
    function recorded(answer: (x: Float64Array) => number, recording: { on: boolean; inputs: Float64Array[]; labels: number[] }): ModelAdapter {
      return functionAdapter({
        name: 'recorded',
        numFeatures: d,
        numClasses: 2,
        output: 'labels',
        predict: (X) =>
          Int32Array.from({ length: X.rows }, (_, i) => {
            const x = X.data.slice(i * d, (i + 1) * d);
            const label = answer(x);
            if (recording.on) {
              recording.inputs.push(x);
              recording.labels.push(label);
            }
            return label;
          }),
      });
    }
    const modelLabel = (x: Float64Array) => (clusters.predictProba({ rows: 1, cols: d, data: x }).data[1]! > 0.5 ? 1 : 0);

    it('flips more decisions on a small budget than the start from noise on the same rows, and says so', async () => {
      const recording = { on: false, inputs: [] as Float64Array[], labels: [] as number[] };
      const adapter = recorded(modelLabel, recording);
      const ctx = context(adapter, clusterEval, { featureNames: names, constraints: undefined, onProgress: (_d, _t, label) => (recording.on = label === 'HopSkipJump') }, hsjaOnly);
      const result = await robustnessSuite.run(ctx);
      const e = result.evaluation;
      expect(e.status).toBe('complete');
      expect(e.details!.hsjaStart).toMatchObject({ from: 'other evaluation rows', rows: 360, available: 360, labelled: true });
      expect((e.details!.hsja as { settings: { start: string } }).settings.start).toBe('natural inputs (360 rows, labelled; 30 nearest tried)');
      expect((e.details!.notes as string[]).join(' ')).toMatch(/labels-only attacker \(HopSkipJump\) starts from other real inputs.*evaluation rows not attacked, with their labels/);

      // The same rows, scaling, seed and budget, started from noise.
      const signal = new AbortController().signal;
      const sample = await correctSample(classifierAdapter(clusters, { output: 'labels' }), clusterEval, 40, suiteSeed(7), signal);
      expect(sample.rows.length).toBe(40);
      const scale = fitUnitScale(clusterEval.X);
      const noise = await hopSkipJump(unitScaledAdapter(classifierAdapter(clusters, { output: 'labels' }), scale), toUnit(scale, sample.X), sample.y, { epsilons, norm: 'linf', box: { lo: 0, hi: 1 }, seed: suiteSeed(7), budget: 50 });
      const natural = e.metrics!['hsja.linf.0.1.successRate']!;
      expect(natural).toBeGreaterThanOrEqual(0.3);
      expect(natural).toBeGreaterThanOrEqual(2 * noise.byEpsilon[2]!.successRate);

      // Every decision counted as flipped at ε was seen flipped: the model answered another
      // class for an input HopSkipJump sent within ε of that row (in the model's own units).
      for (const [k, epsilon] of epsilons.entries()) {
        const shown = sample.rows.filter((row, i) => {
          const x0 = clusterEval.X.data.subarray(row * d, (row + 1) * d);
          return recording.inputs.some((x, q) => recording.labels[q] !== sample.y[i] && x.every((v, j) => Math.abs(v - x0[j]!) <= epsilon * scale.range[j]! * (1 + 1e-9) + 1e-9));
        }).length;
        expect(e.metrics![`hsja.linf.${metricNumber(epsilon)}.successRate`]! * 40).toBeLessThanOrEqual(shown + 1e-9);
        if (k === 2) expect(shown).toBeGreaterThan(0);
      }
    });

    it('claims no flip when the labels of the other rows name a class the model never answers', async () => {
      // The model answers 0 for everything; half the rows are labelled 1, so they look like
      // rows of another class but the model never confirms one.
      const result = await robustnessSuite.run(context(recorded(() => 0, { on: false, inputs: [], labels: [] }), clusterEval, { featureNames: names, constraints: undefined }, hsjaOnly));
      const e = result.evaluation;
      expect(e.status).toBe('complete');
      expect(e.details!.hsjaStart).toMatchObject({ from: 'other evaluation rows', available: 360 });
      for (const epsilon of epsilons) expect(e.metrics![`hsja.linf.${metricNumber(epsilon)}.successRate`]).toBe(0);
      expect(result.findings.filter((f) => f.rule === 'decision-flips')).toEqual([]);
    });

    it('starts from noise, and says so, when every evaluation row is attacked', async () => {
      const few = { X: selectRows(clusterEval.X, [0, 1, 2, 3, 4, 5]), y: selectValues(clusterEval.y, [0, 1, 2, 3, 4, 5]) };
      const model = fitClusterModel(clusterTrain);
      const right = Array.from({ length: 6 }, (_, i) => i).filter((i) => (model.predictProba(selectRows(few.X, [i])).data[1]! > 0.5 ? 1 : 0) === few.y[i]);
      const allRight = { X: selectRows(few.X, right), y: selectValues(few.y, right) };
      const result = await robustnessSuite.run(context(classifierAdapter(model, { output: 'labels' }), allRight, { featureNames: names, constraints: undefined }, { ...hsjaOnly, examples: 10 }));
      expect(result.evaluation.details!.hsjaStart).toMatchObject({ from: 'uniform noise' });
      expect((result.evaluation.details!.notes as string[]).join(' ')).toMatch(/HopSkipJump started from random noise: every evaluation row was attacked/);
    });
  });

  it('returns incomplete promptly when cancelled mid-run', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const result = await robustnessSuite.run(
      context(creditAdapter(fragile), fragileEval, {
        signal: controller.signal,
        onProgress: (_d, _t, label) => {
          if (label === 'HopSkipJump') controller.abort();
        },
      }),
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.evaluation.status).toBe('incomplete');
    expect(result.evaluation.message).toMatch(/cancelled during HopSkipJump/);
    // What ran before the cancellation is kept.
    expect(result.evaluation.metrics!['tabular.successRate']).toBeGreaterThan(0);
    const steps = result.evaluation.details!.steps as { step: string; outcome: string }[];
    expect(steps.find((s) => s.step === 'Square Attack')!.outcome).toBe('not-run');
  });

  it('returns incomplete, not a rejection, when the model\'s query budget is too small', async () => {
    const tiny = await robustnessSuite.run(context(creditAdapter(fragile, { budget: 20 })));
    expect(tiny.evaluation.status).toBe('incomplete');
    expect(tiny.evaluation.message).toMatch(/query budget ran out/);
    expect(tiny.evaluation.queries).toBeLessThanOrEqual(20);
    const partial = await robustnessSuite.run(context(creditAdapter(fragile, { budget: 3000 })));
    expect(partial.evaluation.status).toBe('incomplete');
    expect(partial.evaluation.queries).toBeLessThanOrEqual(3000);
    expect(partial.evaluation.metrics!['tabular.attacked']).toBeGreaterThan(0);
  });

  it('reports unusable input as an error result', async () => {
    const result = await robustnessSuite.run(context(creditAdapter(fragile), fragileEval, { featureNames: ['age'] }));
    expect(result.evaluation.status).toBe('error');
    expect(result.evaluation.message).toMatch(/1 feature names for the 5 inputs/);
    expect(result.evaluation.queries).toBe(0);
  });

  it('reports hostile settings and data as an error result naming the problem, never a rejection', async () => {
    const bad = await robustnessSuite.run({ ...context(creditAdapter(fragile)), options: { epsilons: 'big' } as never });
    expect(bad.evaluation).toMatchObject({ status: 'error', kind: 'robustness' });
    expect(bad.evaluation.message).toMatch(/settings are not valid: epsilons/);
    const nan = creditRows(50, 9, byAffordability);
    nan.X.data[7] = Number.NaN;
    const withNaN = await robustnessSuite.run(context(creditAdapter(fragile), nan));
    expect(withNaN.evaluation.message).toMatch(/evaluation rows: feature 2 of row 1 is NaN/);
    const labels = creditRows(50, 9, byAffordability);
    labels.y[3] = 7;
    expect((await robustnessSuite.run(context(creditAdapter(fragile), labels))).evaluation.message).toMatch(/label of row 3 is 7/);
  });

  it('ends with status error, keeping what ran, when the model starts failing', async () => {
    let calls = 0;
    const failing = functionAdapter({
      name: 'flaky',
      numFeatures: 5,
      numClasses: 2,
      output: 'probabilities',
      predict: (X) => {
        if (++calls > 40) throw new Error('connection reset');
        return fragile.predictProba(X);
      },
    });
    const result = await robustnessSuite.run(context(failing));
    expect(result.evaluation.status).toBe('error');
    expect(result.evaluation.message).toMatch(/failed: .*connection reset/);
    expect(result.evaluation.metrics!.examples).toBe(30);
  });

  it('fills settings from the profile, and explicit settings win', () => {
    const quick = robustnessSettings(RobustnessOptionsSchema.parse({ profile: 'quick' }));
    const full = robustnessSettings(RobustnessOptionsSchema.parse({}));
    expect(quick.examples).toBeLessThan(full.examples);
    expect(quick.hsjaQueries).toBeLessThan(full.hsjaQueries);
    expect(full).toMatchObject({ examples: 200, squareQueries: 1000, hsjaQueries: 1000, epsilons: [0.02, 0.05, 0.1], maxFlipRate: 0.05 });
    expect(robustnessSettings(RobustnessOptionsSchema.parse({ profile: 'quick', examples: 7 })).examples).toBe(7);
    expect(RobustnessOptionsSchema.safeParse({ epsilons: [0] }).success).toBe(false);
    expect(RobustnessOptionsSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });
});
