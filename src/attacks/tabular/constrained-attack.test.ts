import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { fitLogisticRegression } from '../../ml/models/logistic-regression.js';
import { createMatrix, matrixFromRows, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal, randomInt } from '../../stats/index.js';
import { constrainedTabularAttack, type TabularAttackOptions } from './constrained-attack.js';
import { resolveConstraints, type FeatureConstraints } from './feature-constraints.js';
import { constraintViolations } from './project-constraints.js';
import { scoreClassifier, testAdapter } from './test-support/classifier-adapter.js';

// age (immutable), sex (immutable, categorical), debt (integer 0..10), grade (categorical),
// income (only increases), housing one-hot (own, rent, free).
const names = ['age', 'sex', 'debt', 'grade', 'income', 'own', 'rent', 'free'];
const constraints: FeatureConstraints = {
  features: [
    { name: 'age', immutable: true },
    { name: 'sex', type: 'categorical', values: [0, 1], immutable: true },
    { name: 'debt', type: 'integer', min: 0, max: 10 },
    { name: 'grade', type: 'categorical', values: [1, 2, 3, 4] },
    { name: 'income', min: 0, direction: 'increase' },
  ],
  oneHotGroups: [{ name: 'housing', features: ['own', 'rent', 'free'] }],
};
const resolved = resolveConstraints(constraints, names);

/** Rows that satisfy the constraints, with a spread of every feature. */
function applicants(n: number, seed: number): Matrix {
  const rng = createRng(seed);
  const X = createMatrix(n, names.length);
  for (let i = 0; i < n; i++) {
    const h = randomInt(rng, 3);
    X.data.set([20 + 50 * rng(), randomInt(rng, 2), randomInt(rng, 11), 1 + randomInt(rng, 4), Math.abs(normal(rng, 3, 1)), h === 0 ? 1 : 0, h === 1 ? 1 : 0, h === 2 ? 1 : 0], i * names.length);
  }
  return X;
}

const relative = { norm: 'relative', maxRelativeChange: 2 } as const;
const base: TabularAttackOptions = { featureNames: names, budget: relative, seed: 7 };

async function inputError(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (isAisecError(error, 'ERR_ATTACK_INPUT')) return error.message;
    throw error;
  }
  throw new Error('expected ERR_ATTACK_INPUT');
}

describe('constrainedTabularAttack', () => {
  // Approved (class 1) only when debt < 5: lowering debt is the one change that flips a refusal.
  const debtModel = scoreClassifier(8, (x) => 4 * (4.5 - x[2]!));

  for (const mode of ['score', 'decision'] as const) {
    it(`finds the known one-feature flip (${mode})`, async () => {
      const X = applicants(40, 1);
      for (let i = 0; i < X.rows; i++) X.data[i * 8 + 2] = 5 + (i % 6); // every row refused
      const adapter = testAdapter(debtModel, { output: mode === 'score' ? 'probabilities' : 'labels' });
      const result = await constrainedTabularAttack(adapter, X, constraints, { ...base, budget: { norm: 'relative', maxRelativeChange: 1 } });
      expect(result.mode).toBe(mode);
      expect(result.attacked).toBe(40);
      expect(result.successRate).toBe(1);
      expect(result.featuresChanged).toEqual({ mean: 1, median: 1, max: 1 });
      expect(result.mostUsedFeatures).toEqual([{ feature: 'debt', rows: 40, share: 1 }]);
      for (const r of result.results) {
        expect(r.adversarialLabel).toBe(1);
        expect(r.changes).toHaveLength(1);
        expect(r.changes[0]!.feature).toBe('debt');
        expect(r.changes[0]!.to).toBeLessThanOrEqual(4);
        expect(Number.isInteger(r.changes[0]!.to)).toBe(true);
      }
      expect(result.queries.total).toBe(adapter.queriesUsed);
      if (mode === 'score') expect(result.importance![0]!.feature).toBe('debt');
      // Six features to try, debt 5–10 must fall to 4: a few dozen queries per row.
      expect(result.queries.perRow!.max).toBeLessThanOrEqual(60);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  }

  for (const mode of ['score', 'decision'] as const) {
    it(`reports 0 % when the decision depends only on immutable features (${mode})`, async () => {
      const ageModel = scoreClassifier(8, (x) => (x[0]! - 45) + 3 * x[1]!);
      const X = applicants(30, 2);
      const adapter = testAdapter(ageModel, { output: mode === 'score' ? 'probabilities' : 'labels' });
      const result = await constrainedTabularAttack(adapter, X, constraints, { ...base, maxQueriesPerRow: 200 });
      expect(result.attacked).toBe(30);
      expect(result.successes).toBe(0);
      expect(result.successRate).toBe(0);
      expect(result.featuresChanged).toBeNull();
      expect(result.mostUsedFeatures).toEqual([]);
      expect(result.queries.total).toBeGreaterThan(30);
      if (mode === 'score') expect(result.importance!.slice(0, 2).every((f) => f.value === 0)).toBe(true);
      // Nothing sent changed an immutable feature or broke a type constraint.
      const originals = new Set(Array.from({ length: X.rows }, (_, i) => `${X.data[i * 8]},${X.data[i * 8 + 1]}`));
      for (const row of adapter.seen) {
        expect(originals.has(`${row[0]},${row[1]}`)).toBe(true);
        expect(constraintViolations(row, row, resolved)).toEqual([]);
      }
    });
  }

  it('only ever sends and reports inputs that satisfy the constraints (trained model, both modes, both budgets)', async () => {
    const train = applicants(600, 3);
    const y = new Int32Array(train.rows);
    for (let i = 0; i < train.rows; i++) {
      const x = train.data.subarray(i * 8, i * 8 + 8);
      y[i] = 0.05 * x[0]! - 0.6 * x[2]! + 0.8 * x[3]! + 1.2 * x[4]! + 2 * x[6]! - 3 > 0 ? 1 : 0;
    }
    const model = fitLogisticRegression(train, y, { seed: 1 });
    const X = applicants(25, 4);
    for (const output of ['probabilities', 'labels'] as const) {
      for (const budget of [{ norm: 'relative', maxRelativeChange: 0.5 }, { norm: 'weighted-l2', epsilon: 1.5 }] as const) {
        const adapter = testAdapter(model, { output });
        const result = await constrainedTabularAttack(adapter, X, constraints, { ...base, budget });
        expect(result.successes).toBeGreaterThan(0);
        expect(result.weights).toBe(budget.norm === 'relative' ? null : output === 'labels' ? 'uniform' : 'importance');
        const originals = new Set(Array.from({ length: X.rows }, (_, i) => `${X.data[i * 8]},${X.data[i * 8 + 1]}`));
        for (const row of adapter.seen) {
          expect(constraintViolations(row, row, resolved)).toEqual([]);
          expect(originals.has(`${row[0]},${row[1]}`)).toBe(true);
        }
        for (const r of result.results.filter((r) => r.success)) {
          const x0 = X.data.subarray(r.row * 8, r.row * 8 + 8);
          expect(constraintViolations(r.adversarial!, x0, resolved)).toEqual([]);
          expect(r.changes.map((c) => c.feature)).not.toContain('age');
          if (budget.norm === 'weighted-l2') expect(r.cost!).toBeLessThanOrEqual(1.5 + 1e-9);
          else for (const j of [2, 4]) expect(Math.abs(r.adversarial![j]! - x0[j]!)).toBeLessThanOrEqual(0.5 * Math.max(Math.abs(x0[j]!), 3.2) + 1e-9);
        }
      }
    }
  });

  it('switches a one-hot group when that is what flips the decision', async () => {
    const rentModel = scoreClassifier(8, (x) => 5 * x[6]! - 2.5);
    const X = applicants(30, 5);
    const adapter = testAdapter(rentModel);
    const result = await constrainedTabularAttack(adapter, X, constraints, { ...base, target: 1 });
    const refused = result.results.length;
    expect(refused).toBeGreaterThan(10);
    expect(result.successRate).toBe(1);
    for (const r of result.results) expect(r.changes).toEqual([{ feature: 'housing', from: expect.stringMatching(/own|free/), to: 'rent' }]);
  });

  it('attacks only rows the model gets right, and reaches a target class', async () => {
    const three = {
      numClasses: 3,
      numFeatures: 8,
      predictProba(X: Matrix): Matrix {
        const out = createMatrix(X.rows, 3);
        for (let i = 0; i < X.rows; i++) {
          const debt = X.data[i * 8 + 2]!;
          const z = [debt - 7, 3 - Math.abs(debt - 5), 3 - debt];
          const m = Math.max(...z);
          const e = z.map((v) => Math.exp(v - m));
          const s = e.reduce((a, b) => a + b, 0);
          out.data.set(e.map((v) => v / s), i * 3);
        }
        return out;
      },
    };
    const X = applicants(40, 6);
    const labels = new Int32Array(40).fill(0);
    const result = await constrainedTabularAttack(testAdapter(three), X, constraints, { ...base, labels, target: 2 });
    expect(result.skipped.misclassified).toBeGreaterThan(0);
    expect(result.attacked + result.skipped.misclassified).toBe(40);
    expect(result.successRate).toBe(1);
    for (const r of result.results) expect(r.adversarialLabel).toBe(2);
  });

  it('is reproducible from its seed', async () => {
    const model = scoreClassifier(8, (x) => x[3]! + 0.5 * x[4]! - 0.3 * x[2]! - 2);
    const X = applicants(20, 8);
    const a = await constrainedTabularAttack(testAdapter(model), X, constraints, base);
    const b = await constrainedTabularAttack(testAdapter(model), X, constraints, base);
    expect(a).toEqual(b);
  });

  it('keeps within its own query limit and the adapter budget, and says it stopped early', async () => {
    const model = scoreClassifier(8, (x) => x[0]! - 45);
    const X = applicants(30, 9);
    const own = await constrainedTabularAttack(testAdapter(model), X, constraints, { ...base, maxQueries: 200 });
    expect(own.queries.total).toBeLessThanOrEqual(200);
    expect(own.complete).toBe(false);
    expect(own.skipped.outOfQueries).toBeGreaterThan(0);
    const limited = testAdapter(model, { budget: 120 });
    const capped = await constrainedTabularAttack(limited, X, constraints, base);
    expect(limited.queriesUsed).toBeLessThanOrEqual(120);
    expect(capped.complete).toBe(false);
    const perRow = await constrainedTabularAttack(testAdapter(model), X, constraints, { ...base, maxQueriesPerRow: 10, importanceRows: 0 });
    expect(perRow.queries.perRow!.max).toBeLessThanOrEqual(10);
  });

  it('refuses when the first look at the rows does not fit the budget', async () => {
    const adapter = testAdapter(debtModel, { budget: 5 });
    expect(await inputError(constrainedTabularAttack(adapter, applicants(10, 1), constraints, base))).toMatch(/query budget does not cover/);
    expect(adapter.queriesUsed).toBe(0);
  });

  it('stops with ERR_ABORTED when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(constrainedTabularAttack(testAdapter(debtModel), applicants(5, 1), constraints, { ...base, signal: controller.signal })).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    const later = new AbortController();
    const adapter = testAdapter(scoreClassifier(8, (x) => x[0]! - 45));
    const slow = { ...adapter, predict: async (X: Matrix, s?: AbortSignal) => { if (adapter.queriesUsed > 100) later.abort(); return adapter.predict(X, s); } };
    await expect(constrainedTabularAttack(slow, applicants(30, 1), constraints, { ...base, signal: later.signal })).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });

  it('refuses hostile settings and inputs with ERR_ATTACK_INPUT', async () => {
    const adapter = testAdapter(debtModel);
    const X = applicants(5, 1);
    const run = (o: Partial<TabularAttackOptions>, x: Matrix = X, c: unknown = constraints) => constrainedTabularAttack(adapter, x, c as FeatureConstraints, { ...base, ...o } as TabularAttackOptions);
    expect(await inputError(run({ budget: { norm: 'weighted-l2', epsilon: 0 } }))).toMatch(/budget\.epsilon/);
    expect(await inputError(run({ budget: { norm: 'weighted-l2', epsilon: Number.NaN } }))).toMatch(/budget\.epsilon/);
    expect(await inputError(run({ budget: { norm: 'l7' } as never }))).toMatch(/budget/);
    expect(await inputError(run({ maxQueries: 0 }))).toMatch(/maxQueries/);
    expect(await inputError(run({ maxSteps: 1e12 }))).toMatch(/maxSteps/);
    expect(await inputError(run({ seed: -1 }))).toMatch(/seed/);
    expect(await inputError(run({ target: 9 }))).toMatch(/target class 9/);
    expect(await inputError(run({ featureNames: ['a'] }))).toMatch(/1 feature names for 8/);
    expect(await inputError(run({ labels: new Int32Array(2) }))).toMatch(/one label per row/);
    expect(await inputError(run({ scales: [1, 2] }))).toMatch(/scales/);
    expect(await inputError(run({ unknown: 1 } as never))).toMatch(/unknown/);
    expect(await inputError(run({}, createMatrix(0, 8)))).toMatch(/no input rows/);
    expect(await inputError(run({}, createMatrix(2, 3)))).toMatch(/3 features/);
    expect(await inputError(run({}, { rows: 2, cols: 8, data: new Float64Array(3) }))).toMatch(/not a matrix/);
    const nan = applicants(3, 1);
    nan.data[9] = Number.NaN;
    expect(await inputError(run({}, nan))).toMatch(/row 1 .*"sex" = NaN \(not-finite\)/);
    const badDebt = applicants(3, 1);
    badDebt.data[2] = 2.5;
    expect(await inputError(run({}, badDebt))).toMatch(/row 0 .*"debt" = 2.5 \(integer\)/);
    const allFixed = { features: names.slice(0, 5).map((name) => ({ name, immutable: true })), oneHotGroups: [{ name: 'housing', features: ['own', 'rent', 'free'], immutable: true }] };
    expect(await inputError(run({}, X, allFixed))).toMatch(/every feature is immutable/);
    expect(await inputError(run({}, matrixFromRows([[1, 2]]), constraints))).toMatch(/2 features/);
    expect(adapter.queriesUsed).toBe(0);
  });
});
