import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal } from '../../stats/index.js';
import { scoreClassifier, testAdapter } from '../tabular/test-support/classifier-adapter.js';
import { numericPerturbationCheck } from './numeric-perturbation.js';

const names = ['ratio', 'noise', 'flag', 'grade'];

/** ratio near 1 (the brittle model's threshold), noise ~ N(0, 1), a 0/1 flag and a 1–5 grade. */
function rows(n: number, seed: number): Matrix {
  const rng = createRng(seed);
  const X = createMatrix(n, 4);
  for (let i = 0; i < n; i++) X.data.set([0.996 + 0.008 * rng(), normal(rng), rng() < 0.5 ? 1 : 0, 1 + Math.floor(5 * rng())], i * 4);
  return X;
}

async function errorCode(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (isAisecError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected an AisecError');
}

describe('numericPerturbationCheck', () => {
  it('flags a model whose decision flips under a 1 % change of a feature', async () => {
    const brittle = testAdapter(scoreClassifier(4, (x) => 1e4 * (x[0]! - 1)));
    const result = await numericPerturbationCheck(brittle, rows(800, 1), { featureNames: names, seed: 2 });
    expect(result.issue).toBe(true);
    expect(result.evidence.rows).toBe(500);
    const byKey = new Map(result.evidence.features.map((f) => [`${f.feature}/${f.perturbation}`, f]));
    expect([...byKey.keys()].sort()).toEqual(['grade/gaussian-noise', 'grade/scale-down', 'grade/scale-up', 'noise/gaussian-noise', 'noise/scale-down', 'noise/scale-up', 'ratio/gaussian-noise', 'ratio/scale-down', 'ratio/scale-up']);
    expect(byKey.get('ratio/scale-up')!.failRate).toBeGreaterThan(0.3);
    expect(byKey.get('ratio/scale-down')!.failRate).toBeGreaterThan(0.3);
    expect(byKey.get('ratio/scale-up')!.issue).toBe(true);
    expect(byKey.get('ratio/scale-up')!.examples[0]).toMatchObject({ label: 0, perturbedLabel: 1 });
    expect(byKey.get('ratio/gaussian-noise')!.issue).toBe(false);
    expect(byKey.get('noise/scale-up')!.failRate).toBe(0);
    expect(result.evidence.features[0]!.feature).toBe('ratio');
    expect(result.metric).toBe(result.evidence.features[0]!.failRate);
    expect(result.summary).toMatch(/ratio \(scale-(up|down)\)/);
    expect(result.queries).toBe(brittle.queriesUsed);
    // 500 rows, then 500 per feature (ratio, noise, grade: five values) and perturbation.
    expect(result.queries).toBe(500 * (1 + 3 * 3));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('lets a model with a margin pass, and never perturbs binary or declared categorical features', async () => {
    const robust = testAdapter(scoreClassifier(4, (x) => 3 * Math.sign(x[1]!) + x[1]!));
    const result = await numericPerturbationCheck(robust, rows(300, 3), { featureNames: names, constraints: { features: [{ name: 'grade', type: 'categorical', values: [1, 2, 3, 4, 5] }] } });
    expect(result.issue).toBe(false);
    // Only noise can push a value of `noise` within 0.01 of zero across it.
    expect(result.metric).toBeLessThan(0.01);
    expect(new Set(result.evidence.features.map((f) => f.feature))).toEqual(new Set(['ratio', 'noise']));
    expect(result.threshold).toEqual({ failRate: 0.05, relativeStep: 0.01, noiseScale: 0.01 });
    expect(result.summary).toMatch(/^No feature perturbation/);
  });

  it('shrinks its sample to the query budget, and refuses before sending when even 20 rows do not fit', async () => {
    const model = scoreClassifier(4, (x) => x[1]!);
    const small = await numericPerturbationCheck(testAdapter(model), rows(500, 4), { featureNames: names, maxQueries: 700 });
    expect(small.evidence.rows).toBe(Math.floor(700 / 10));
    expect(small.queries).toBeLessThanOrEqual(700);
    const capped = testAdapter(model, { budget: 100 });
    expect(await errorCode(numericPerturbationCheck(capped, rows(500, 4), { featureNames: names }))).toMatch(/^ERR_MODEL_QUERY_BUDGET: numeric perturbation check: needs 200 queries, 100 may be sent/);
    expect(capped.queriesUsed).toBe(0);
  });

  it('refuses hostile settings and data with ERR_ATTACK_INPUT', async () => {
    const adapter = testAdapter(scoreClassifier(4, (x) => x[1]!));
    const X = rows(30, 5);
    const nan = rows(30, 5);
    nan.data[13] = Number.NaN;
    expect(await errorCode(numericPerturbationCheck(adapter, nan))).toMatch(/ERR_ATTACK_INPUT: .*row 3, feature 1 is NaN/);
    expect(await errorCode(numericPerturbationCheck(adapter, createMatrix(3, 2)))).toMatch(/ERR_ATTACK_INPUT: .*2 features/);
    expect(await errorCode(numericPerturbationCheck(adapter, createMatrix(0, 4)))).toMatch(/ERR_ATTACK_INPUT: .*no rows/);
    expect(await errorCode(numericPerturbationCheck(adapter, X, { featureNames: names, features: ['salary'] }))).toMatch(/ERR_ATTACK_INPUT: .*"salary"/);
    expect(await errorCode(numericPerturbationCheck(adapter, X, { threshold: 2 }))).toMatch(/ERR_ATTACK_INPUT: .*threshold/);
    expect(await errorCode(numericPerturbationCheck(adapter, X, { relativeStep: 0 }))).toMatch(/ERR_ATTACK_INPUT: .*relativeStep/);
    expect(await errorCode(numericPerturbationCheck(adapter, X, { featureNames: ['a'] }))).toMatch(/ERR_ATTACK_INPUT: 1 feature names|ERR_ATTACK_INPUT: .*1 feature names/);
    const flags = createMatrix(30, 4);
    expect(await errorCode(numericPerturbationCheck(adapter, flags))).toMatch(/ERR_ATTACK_INPUT: .*no numeric feature/);
    const controller = new AbortController();
    controller.abort();
    expect(await errorCode(numericPerturbationCheck(adapter, X, { signal: controller.signal }))).toMatch(/^ERR_ABORTED/);
    expect(adapter.queriesUsed).toBe(0);
  });
});
