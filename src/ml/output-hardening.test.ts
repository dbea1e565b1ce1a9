import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { createRng } from '../stats/index.js';
import { classifierAdapter as realClassifierAdapter } from './adapters/function-adapter.js';
import type { ModelAdapter, Prediction } from './adapters/model-adapter.js';
import type { Classifier } from './models/classifier.js';
import { createMatrix, matrixFromRows, type Matrix } from './models/matrix.js';
import {
  argmax,
  describeHardening,
  gaussianNoise,
  hardenAdapter,
  HardeningSettingSchema,
  labelOnly,
  parseHardeningSetting,
  reverseSigmoid,
  round,
  top1,
} from './output-hardening.js';

/** A classifier that answers `rows[i % rows.length]` for input row i. */
function fixedClassifier(rows: number[][], numFeatures = 2): Classifier {
  const C = rows[0]!.length;
  return {
    numClasses: C,
    numFeatures,
    predictProba(X: Matrix): Matrix {
      const out = createMatrix(X.rows, C);
      for (let i = 0; i < X.rows; i++) out.data.set(rows[i % rows.length]!, i * C);
      return out;
    },
  };
}

/** The project's classifier adapter, named as the tests expect. */
function classifierAdapter(model: Classifier, options: { budget?: number; output?: 'probabilities' | 'labels' } = {}): ModelAdapter {
  return realClassifierAdapter(model, { name: 'test-model', ...options });
}

/** A bare adapter answering whatever `answer` gives, unchecked (a model breaking the contract). */
function rawAdapter(answer: (rows: number) => Prediction): ModelAdapter {
  return {
    name: 'raw',
    numFeatures: 2,
    numClasses: 2,
    output: 'probabilities',
    queriesUsed: 0,
    queriesLeft: Number.POSITIVE_INFINITY,
    close: async () => {},
    predict: async (inputs) => answer(inputs.rows),
  };
}

function expectAttackInput(fn: () => unknown, pattern: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
    expect((error as Error).message).toMatch(pattern);
    return;
  }
  throw new Error('expected ERR_ATTACK_INPUT');
}

const sum = (row: ArrayLike<number>): number => Array.from(row).reduce((a, b) => a + b, 0);

/** A probability row of 2–12 classes: positive weights normalised, with exact zeros allowed. */
const distribution = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 1, noNaN: true })), { minLength: 2, maxLength: 12 })
  .filter((w) => sum(w) > 0)
  .map((w) => {
    const total = sum(w);
    return w.map((x) => x / total);
  });

function isDistribution(row: Float64Array, tolerance = 1e-9): boolean {
  return Array.from(row).every((p) => Number.isFinite(p) && p >= 0 && p <= 1) && Math.abs(sum(row) - 1) <= tolerance;
}

describe('post-processors, hand-computed values', () => {
  it('round keeps the given decimals of each probability', () => {
    expect(Array.from(round(2)([0.12345, 0.5, 0.37655]))).toEqual([0.12, 0.5, 0.38]);
    expect(Array.from(round(0)([0.3, 0.7]))).toEqual([0, 1]);
    expect(Array.from(round(1)([0.04, 0.04, 0.92]))).toEqual([0, 0, 0.9]);
  });

  it('top1 answers the top probability at its position and 0 elsewhere (the row sums to that probability)', () => {
    expect(Array.from(top1()([0.2, 0.7, 0.1]))).toEqual([0, 0.7, 0]);
    // A tie goes to the first class.
    expect(Array.from(top1()([0.4, 0.4, 0.2]))).toEqual([0.4, 0, 0]);
  });

  it('labelOnly answers the one-hot row of the top class', () => {
    expect(Array.from(labelOnly()([0.2, 0.7, 0.1]))).toEqual([0, 1, 0]);
  });

  it('reverseSigmoid matches ART ReverseSigmoid on a worked example', () => {
    // r = β(σ(γ·logit p) − 0.5): 0.7 → r = 0.042263, 0.2 → −0.068873, 0.1 → −0.108129;
    // p − r = 0.657737, 0.268873, 0.208129, sum 1.134739.
    const out = reverseSigmoid(1, 0.2)([0.7, 0.2, 0.1]);
    expect(out[0]).toBeCloseTo(0.5796375565, 9);
    expect(out[1]).toBeCloseTo(0.2369483552, 9);
    expect(out[2]).toBeCloseTo(0.1834140883, 9);
  });

  it('reverseSigmoid clips 0 and 1 before the logit and pushes zeros up', () => {
    const out = reverseSigmoid(1, 0.2)([1, 0, 0]);
    expect(out[0]).toBeCloseTo(0.3473472376, 9);
    expect(out[1]).toBeCloseTo(0.3263263812, 9);
    expect(Array.from(reverseSigmoid(1, 0.2)([0.5, 0.5]))).toEqual([0.5, 0.5]);
  });

  it('reverseSigmoid can change the label of an unconfident answer (top class below 0.5, zeros elsewhere)', () => {
    const p = [0.4, 0.35, 0, 0, 0, 0, 0, 0, 0, 0.25];
    const out = reverseSigmoid(1, 0.2)(p);
    expect(argmax(p)).toBe(0);
    expect(argmax(out)).toBe(2);
    expect(out[2]).toBeCloseTo(0.1077237024, 9);
  });

  it('gaussianNoise is reproducible from its seed and renormalised', () => {
    const a = gaussianNoise(0.2, createRng(7))([0.7, 0.2, 0.1]);
    const b = gaussianNoise(0.2, createRng(7))([0.7, 0.2, 0.1]);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(isDistribution(a)).toBe(true);
    expect(Array.from(a)).not.toEqual([0.7, 0.2, 0.1]);
  });

  it('gaussianNoise answers a uniform row when every entry falls below 0', () => {
    // normal() uses u = 1 − rng(), v = rng(): u ≈ 1e-12 and v = 0.5 give about −7.4 σ every draw.
    const values = [1 - 1e-12, 0.5];
    let i = 0;
    const out = gaussianNoise(1, () => values[i++ % 2]!)([0.6, 0.3, 0.1]);
    expect(Array.from(out)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});

describe('post-processors, properties', () => {
  it('reverseSigmoid and gaussianNoise answer valid distributions for any valid input', () => {
    const beta = fc.double({ min: 0.01, max: 100, noNaN: true });
    const gamma = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(fc.property(distribution, beta, gamma, (p, b, g) => isDistribution(reverseSigmoid(b, g)(p))));
    fc.assert(fc.property(distribution, fc.double({ min: 0.001, max: 10, noNaN: true }), fc.integer(), (p, scale, seed) => isDistribution(gaussianNoise(scale, createRng(seed))(p))));
  });

  it('reverseSigmoid keeps the label when the top class is above 0.5, β ≤ 1 and γ < 1', () => {
    const confident = distribution.filter((p) => Math.max(...p) > 0.5 + 1e-9);
    const beta = fc.double({ min: 0.01, max: 1, noNaN: true });
    const gamma = fc.double({ min: 0.01, max: 0.99, noNaN: true });
    fc.assert(fc.property(confident, beta, gamma, (p, b, g) => argmax(reverseSigmoid(b, g)(p)) === argmax(p)));
  });

  it('round moves each entry by at most half a unit of the last decimal, and the top class stays among the largest', () => {
    fc.assert(
      fc.property(distribution, fc.integer({ min: 0, max: 6 }), (p, d) => {
        const out = round(d)(p);
        const half = 0.5 * 10 ** -d + 1e-12;
        const top = out[argmax(p)]!;
        return out.every((x, c) => Math.abs(x - p[c]!) <= half && x <= top) && Math.abs(sum(out) - 1) <= p.length * half;
      }),
    );
  });

  it('top1 and labelOnly keep the label; top1 sums to the top probability, labelOnly to 1', () => {
    fc.assert(
      fc.property(distribution, (p) => {
        const k = argmax(p);
        const t = top1()(p);
        const l = labelOnly()(p);
        return argmax(t) === k && t[k] === p[k] && sum(t) === p[k] && argmax(l) === k && l[k] === 1 && sum(l) === 1;
      }),
    );
  });
});

describe('settings', () => {
  it('fills in the defaults (ART defaults) and describes each setting', () => {
    expect(parseHardeningSetting({ kind: 'round' })).toEqual({ kind: 'round', decimals: 3 });
    expect(parseHardeningSetting({ kind: 'reverse-sigmoid' })).toEqual({ kind: 'reverse-sigmoid', beta: 1, gamma: 0.1 });
    expect(parseHardeningSetting({ kind: 'gaussian-noise' })).toEqual({ kind: 'gaussian-noise', scale: 0.2 });
    expect(describeHardening(parseHardeningSetting({ kind: 'reverse-sigmoid', beta: 1, gamma: 0.2 }))).toBe('reverse-sigmoid(β=1, γ=0.2)');
    expect(describeHardening(parseHardeningSetting({ kind: 'round', decimals: 2 }))).toBe('round(2)');
    expect(HardeningSettingSchema.description).toMatch(/extraction/);
  });

  it('refuses hostile settings with ERR_ATTACK_INPUT naming the field', () => {
    expectAttackInput(() => parseHardeningSetting({ kind: 'blur' }), /kind.*kinds: none, round/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'round', decimals: 1.5 }), /decimals/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'round', decimals: 1e9 }), /decimals/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'gaussian-noise', scale: -1 }), /scale/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'gaussian-noise', scale: Number.NaN }), /scale/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'reverse-sigmoid', beta: '1' }), /beta/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'reverse-sigmoid', gamma: Number.POSITIVE_INFINITY }), /gamma/);
    expectAttackInput(() => parseHardeningSetting({ kind: 'top1', cutoff: 0.2 }), /cutoff|Unrecognized/i);
    expectAttackInput(() => parseHardeningSetting(null, 'gateway.hardening'), /^gateway\.hardening/);
    expectAttackInput(() => parseHardeningSetting([{ kind: 'none' }]), /kinds/);
    let nested: unknown = { kind: 'none' };
    for (let i = 0; i < 10_000; i++) nested = { kind: nested };
    expectAttackInput(() => parseHardeningSetting(nested), /kind/);
  });

  it('refuses hostile post-processor parameters', () => {
    expectAttackInput(() => round(-1), /decimals/);
    expectAttackInput(() => round(Number.NaN), /decimals/);
    expectAttackInput(() => gaussianNoise(0, createRng(1)), /scale/);
    expectAttackInput(() => reverseSigmoid(0, 0.2), /beta/);
    expectAttackInput(() => reverseSigmoid(1, -0.2), /gamma/);
    expectAttackInput(() => reverseSigmoid(1, 1e300), /gamma/);
  });
});

describe('hardenAdapter', () => {
  const X = matrixFromRows([
    [0, 0],
    [1, 1],
  ]);

  it('hardens every answer and leaves queries and the budget to the wrapped model', async () => {
    const inner = classifierAdapter(fixedClassifier([[0.7, 0.2, 0.1]]), { budget: 3 });
    const hard = hardenAdapter(inner, { kind: 'reverse-sigmoid', beta: 1, gamma: 0.2 });
    expect(hard.name).toBe('test-model [reverse-sigmoid(β=1, γ=0.2)]');
    const answer = await hard.predict(X);
    expect(answer.probabilities!.data[0]).toBeCloseTo(0.5796375565, 9);
    expect(Array.from(answer.labels)).toEqual([0, 0]);
    expect(hard.queriesUsed).toBe(2);
    expect(hard.queriesLeft).toBe(1);
    await expect(hard.predict(X)).rejects.toMatchObject({ code: 'ERR_MODEL_QUERY_BUDGET' });
  });

  it('answers labels only for label-only, and the model itself for none', async () => {
    const inner = classifierAdapter(fixedClassifier([[0.2, 0.8]]));
    const hard = hardenAdapter(inner, { kind: 'label-only' });
    expect(hard.output).toBe('labels');
    const answer = await hard.predict(X);
    expect(answer.probabilities).toBeUndefined();
    expect(Array.from(answer.labels)).toEqual([1, 1]);
    expect(hardenAdapter(inner, { kind: 'none' })).toBe(inner);
  });

  it('keeps the model\'s own label when hardening makes scores tie', async () => {
    const inner = classifierAdapter(fixedClassifier([[0.3, 0.3, 0.4]]));
    const answer = await hardenAdapter(inner, { kind: 'round', decimals: 0 }).predict(X);
    expect(Array.from(answer.probabilities!.data.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(Array.from(answer.labels)).toEqual([2, 2]);
  });

  it('refuses to harden the scores of a label-only model, and a model answering NaN', async () => {
    const labelsOnly = classifierAdapter(fixedClassifier([[0.2, 0.8]]), { output: 'labels' });
    expectAttackInput(() => hardenAdapter(labelsOnly, { kind: 'top1' }), /needs class scores/);
    expect(hardenAdapter(labelsOnly, { kind: 'label-only' }).output).toBe('labels');
    const broken = rawAdapter((rows) => ({ labels: new Int32Array(rows), probabilities: { rows, cols: 2, data: new Float64Array(2 * rows).fill(Number.NaN) } }));
    await expect(hardenAdapter(broken, { kind: 'top1' }).predict(X)).rejects.toMatchObject({ code: 'ERR_MODEL_RUNTIME', message: expect.stringMatching(/score 0 of row 0 is NaN/) });
    const missing = rawAdapter((rows) => ({ labels: new Int32Array(rows) }));
    await expect(hardenAdapter(missing, { kind: 'top1' }).predict(X)).rejects.toMatchObject({ code: 'ERR_MODEL_RUNTIME', message: expect.stringMatching(/does not hold 2 × 2 class scores/) });
  });

  it('draws reproducible noise from the setting\'s seed', async () => {
    const answer = async (): Promise<number[]> => Array.from((await hardenAdapter(classifierAdapter(fixedClassifier([[0.6, 0.4]])), { kind: 'gaussian-noise', scale: 0.2, seed: 5 }).predict(X)).probabilities!.data);
    const a = await answer();
    expect(a).toEqual(await answer());
    expect(a.slice(0, 2)).not.toEqual(a.slice(2, 4));
  });
});
