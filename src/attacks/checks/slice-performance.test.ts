import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import type { Classifier } from '../../ml/models/classifier.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal } from '../../stats/index.js';
import { testAdapter } from '../tabular/test-support/classifier-adapter.js';
import { slicePerformanceCheck } from './slice-performance.js';

// region 0–3, income ~ N(0, 1), noise ~ N(0, 1), housing one-hot (own, rent); label = income > 0.
const names = ['region', 'income', 'noise', 'own', 'rent'];

function dataset(n: number, seed: number): { X: Matrix; y: Int32Array } {
  const rng = createRng(seed);
  const X = createMatrix(n, 5);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const own = rng() < 0.5 ? 1 : 0;
    X.data.set([Math.floor(4 * rng()), normal(rng), normal(rng), own, 1 - own], i * 5);
    y[i] = X.data[i * 5 + 1]! > 0 ? 1 : 0;
  }
  return { X, y };
}

/** A classifier from a rule giving class 1 or 0 per row. */
function ruleModel(rule: (x: Float64Array, i: number) => boolean): Classifier {
  return {
    numClasses: 2,
    numFeatures: 5,
    predictProba(X: Matrix): Matrix {
      const out = createMatrix(X.rows, 2);
      for (let i = 0; i < X.rows; i++) out.data.set(rule(X.data.subarray(i * 5, i * 5 + 5), i) ? [0.1, 0.9] : [0.9, 0.1], i * 2);
      return out;
    },
  };
}

describe('slicePerformanceCheck', () => {
  it('finds the region where the model guesses, and nothing else', async () => {
    const { X, y } = dataset(2000, 1);
    // Right everywhere but in region 3, where it looks at the wrong feature.
    const model = ruleModel((x) => (x[0] === 3 ? x[2]! > 0 : x[1]! > 0));
    const result = await slicePerformanceCheck(testAdapter(model), X, y, { featureNames: names, constraints: { oneHotGroups: [{ name: 'housing', features: ['own', 'rent'] }] } });
    expect(result.issue).toBe(true);
    const issues = result.evidence.slices.filter((s) => s.issue);
    expect(issues.map((s) => s.slice)).toEqual(['region = 3']);
    expect(issues[0]!.accuracy).toBeGreaterThan(0.4);
    expect(issues[0]!.accuracy).toBeLessThan(0.6);
    expect(issues[0]!.relativeDeviation).toBeLessThan(-0.3);
    expect(issues[0]!.qValue).toBeLessThan(1e-6);
    expect(result.evidence.accuracy).toBeCloseTo(1 - (0.25 * 0.5), 1);
    const rules = result.evidence.slices.map((s) => s.slice);
    expect(rules).toEqual(expect.arrayContaining(['region = 0', 'region = 1', 'region = 2', 'housing = own', 'housing = rent']));
    // Quartile bins of the numeric features: open below, closed-open inside, open above.
    expect(rules.filter((r) => r.includes('income'))).toEqual(expect.arrayContaining([expect.stringMatching(/^income < -0\.\d+$/), expect.stringMatching(/^-?0\.\d+ ≤ income < -?0\.\d+$/), expect.stringMatching(/^income ≥ 0\.\d+$/)]));
    expect(rules.filter((r) => r.includes('income'))).toHaveLength(4);
    expect(result.metric).toBe(issues[0]!.relativeDeviation);
    expect(result.threshold).toEqual({ relativeDeviation: -0.05, alpha: 0.05, fdr: true, minSliceSize: 20 });
    expect(result.summary).toMatch(/worst: region = 3/);
    expect(result.queries).toBe(2000);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('raises nothing when errors are spread evenly over the data', async () => {
    for (const seed of [2, 3, 4]) {
      const { X, y } = dataset(3000, seed);
      const flip = createRng(seed + 100);
      const wrong = Array.from({ length: X.rows }, () => flip() < 0.15);
      const model = ruleModel((x, i) => (x[1]! > 0) !== wrong[i]);
      const result = await slicePerformanceCheck(testAdapter(model), X, y, { featureNames: names, seed });
      expect(result.issue).toBe(false);
      expect(result.evidence.slicesTested).toBeGreaterThan(10);
    }
  });

  it('does not test slices below the minimum size', async () => {
    const { X, y } = dataset(1000, 5);
    for (let i = 0; i < 10; i++) X.data[i * 5] = 9; // a tiny region 9, where the model is always wrong
    const model = ruleModel((x) => (x[0] === 9 ? x[1]! <= 0 : x[1]! > 0));
    const result = await slicePerformanceCheck(testAdapter(model), X, y, { featureNames: names });
    expect(result.evidence.slices.map((s) => s.slice)).not.toContain('region = 9');
    expect(result.evidence.slicesTooSmall).toBe(1);
    expect(result.issue).toBe(false);
    const looser = await slicePerformanceCheck(testAdapter(model), X, y, { featureNames: names, minSliceSize: 5 });
    expect(looser.evidence.slices.find((s) => s.slice === 'region = 9')).toMatchObject({ rows: 10, accuracy: 0, issue: true });
  });

  it('refuses hostile input, and checks the budget before sending', async () => {
    const { X, y } = dataset(100, 6);
    const adapter = testAdapter(ruleModel((x) => x[1]! > 0), { budget: 50 });
    const fail = async (run: Promise<unknown>) => {
      try {
        await run;
      } catch (error) {
        if (isAisecError(error)) return `${error.code}: ${error.message}`;
        throw error;
      }
      return 'no error';
    };
    expect(await fail(slicePerformanceCheck(adapter, X, y))).toMatch(/^ERR_MODEL_QUERY_BUDGET: .*needs 100 queries, 50 may be sent/);
    expect(await fail(slicePerformanceCheck(adapter, X, new Int32Array(3)))).toMatch(/^ERR_ATTACK_INPUT: .*one label per row/);
    expect(await fail(slicePerformanceCheck(adapter, X, Int32Array.from({ length: 100 }, () => 2)))).toMatch(/^ERR_ATTACK_INPUT: .*label 2 of row 0/);
    expect(await fail(slicePerformanceCheck(adapter, X, undefined as never))).toMatch(/^ERR_ATTACK_INPUT: .*labels are required/);
    expect(await fail(slicePerformanceCheck(adapter, X, y, { bins: 1 }))).toMatch(/^ERR_ATTACK_INPUT: .*bins/);
    expect(await fail(slicePerformanceCheck(adapter, X, y, { featureNames: names, features: ['zip'] }))).toMatch(/^ERR_ATTACK_INPUT: .*"zip"/);
    expect(adapter.queriesUsed).toBe(0);
  });
});
