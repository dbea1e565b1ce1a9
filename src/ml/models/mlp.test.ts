import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng, normal } from '../../stats/index.js';
import { createMatrix, matrixFromRows, rowOf, type Matrix } from './matrix.js';
import { fitMlp, mlp, mlpFromLayers, type MlpModel } from './mlp.js';

/** n points in d dims with 3 classes split by a nonlinear rule (a ring and two half-planes). */
function ringData(n: number, seed: number, d = 5): { X: Matrix; y: Int32Array } {
  const rng = createRng(seed);
  const X = createMatrix(n, d);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rowOf(X, i);
    for (let j = 0; j < d; j++) x[j] = normal(rng);
    const r = Math.hypot(x[0]!, x[1]!);
    y[i] = r < 1 ? 0 : x[2]! > 0 ? 1 : 2;
  }
  return { X, y };
}

function argmaxRows(P: Matrix): Int32Array {
  const out = new Int32Array(P.rows);
  for (let i = 0; i < P.rows; i++) {
    const row = rowOf(P, i);
    let best = 0;
    for (let c = 1; c < P.cols; c++) if (row[c]! > row[best]!) best = c;
    out[i] = best;
  }
  return out;
}

function accuracy(model: MlpModel, X: Matrix, y: Int32Array): number {
  const labels = argmaxRows(model.predictProba(X));
  return labels.filter((l, i) => l === y[i]).length / y.length;
}

/** Central finite differences of `f` at `x`. */
function numericGradient(f: (x: Float64Array) => number, x: Float64Array, h = 1e-6): Float64Array {
  const g = new Float64Array(x.length);
  for (let j = 0; j < x.length; j++) {
    const plus = Float64Array.from(x);
    const minus = Float64Array.from(x);
    plus[j]! += h;
    minus[j]! -= h;
    g[j] = (f(plus) - f(minus)) / (2 * h);
  }
  return g;
}

function expectClose(actual: Float64Array, expected: Float64Array, tolerance: number): void {
  const scale = Math.max(1e-3, ...Array.from(expected, Math.abs));
  for (let j = 0; j < expected.length; j++) expect(Math.abs(actual[j]! - expected[j]!) / scale).toBeLessThan(tolerance);
}

describe('fitMlp', () => {
  it('has an input gradient that matches finite differences of the loss', () => {
    const { X, y } = ringData(300, 1);
    const model = fitMlp(X, y, { hiddenSizes: [7, 6], epochs: 20, seed: 2 });
    const rng = createRng(3);
    for (let t = 0; t < 10; t++) {
      const x = Float64Array.from({ length: 5 }, () => normal(rng));
      const label = t % 3;
      const loss = (v: Float64Array) => -Math.log(model.predictProba(matrixFromRows([Array.from(v)])).data[label]!);
      expectClose(model.inputGradient(x, label), numericGradient(loss, x), 1e-5);
    }
  });

  it('has a logit gradient that matches finite differences of the weighted logits', () => {
    const { X, y } = ringData(300, 4);
    const model = fitMlp(X, y, { hiddenSizes: [9], epochs: 10, seed: 5 });
    const coefficients = [1, -2, 0.5];
    const x = Float64Array.from([0.3, -0.7, 1.1, 0.2, -0.4]);
    const weighted = (v: Float64Array) => {
      const z = model.logits(matrixFromRows([Array.from(v)])).data;
      return coefficients.reduce((s, c, k) => s + c * z[k]!, 0);
    };
    expectClose(model.logitGradient(x, coefficients), numericGradient(weighted, x), 1e-5);
  });

  it('learns XOR, which no linear model can', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let r = 0; r < 25; r++) {
      for (const [a, b] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
        rows.push([a, b]);
        labels.push(a ^ b);
      }
    }
    const X = matrixFromRows(rows);
    const y = Int32Array.from(labels);
    const model = fitMlp(X, y, { hiddenSizes: [8], epochs: 300, batchSize: 8, learningRate: 0.01, seed: 1 });
    expect(accuracy(model, X, y)).toBe(1);
    const linear = fitMlp(X, y, { hiddenSizes: [], epochs: 300, batchSize: 8, learningRate: 0.01, seed: 1 });
    expect(accuracy(linear, X, y)).toBeLessThanOrEqual(0.75);
  });

  it('generalises on a nonlinear problem and lowers its loss while training', () => {
    const train = ringData(1500, 6);
    const test = ringData(1000, 7);
    const model = fitMlp(train.X, train.y, { hiddenSizes: [32], epochs: 40, seed: 8 });
    const linear = fitMlp(train.X, train.y, { hiddenSizes: [], epochs: 40, seed: 8 });
    expect(accuracy(model, test.X, test.y)).toBeGreaterThan(0.9);
    expect(accuracy(linear, test.X, test.y)).toBeLessThan(accuracy(model, test.X, test.y) - 0.1);
    expect(model.epochLosses.length).toBe(40);
    expect(model.epochLosses[39]!).toBeLessThan(model.epochLosses[0]! / 3);
  });

  it('is reproducible bit for bit from its seed, and the seed matters', () => {
    const { X, y } = ringData(200, 9);
    const options = { hiddenSizes: [6, 5], epochs: 5, batchSize: 16, seed: 11 };
    const a = fitMlp(X, y, options);
    const b = fitMlp(X, y, options);
    const c = fitMlp(X, y, { ...options, seed: 12 });
    a.layers.forEach((layer, l) => {
      expect(Buffer.from(layer.weights.buffer).equals(Buffer.from(b.layers[l]!.weights.buffer))).toBe(true);
      expect(Buffer.from(layer.bias.buffer).equals(Buffer.from(b.layers[l]!.bias.buffer))).toBe(true);
    });
    expect(Array.from(a.layers[0]!.weights)).not.toEqual(Array.from(c.layers[0]!.weights));
  });

  it('gives probabilities that sum to one and are the softmax of its logits', () => {
    const { X, y } = ringData(100, 13);
    const model = fitMlp(X, y, { hiddenSizes: [4], epochs: 3, seed: 1 });
    const P = model.predictProba(X);
    const Z = model.logits(X);
    expect([P.rows, P.cols, Z.rows, Z.cols]).toEqual([100, 3, 100, 3]);
    for (let i = 0; i < P.rows; i++) {
      const p = rowOf(P, i);
      const z = rowOf(Z, i);
      expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(Math.log(p[0]! / p[1]!)).toBeCloseTo(z[0]! - z[1]!, 9);
    }
  });

  it('answers more rows than one internal chunk the same as row by row', () => {
    const { X, y } = ringData(600, 14);
    const model = fitMlp(X, y, { hiddenSizes: [5], epochs: 2, seed: 1 });
    const all = model.predictProba(X);
    for (const i of [0, 255, 256, 599]) {
      expect(Array.from(model.predictProba(matrixFromRows([Array.from(rowOf(X, i))])).data)).toEqual(Array.from(rowOf(all, i)));
    }
  });

  it('stops when its signal is aborted', () => {
    const { X, y } = ringData(100, 15);
    const controller = new AbortController();
    controller.abort();
    expect(() => fitMlp(X, y, { signal: controller.signal })).toThrow();
  });

  it('is a Learner named mlp', () => {
    const { X, y } = ringData(60, 16);
    expect(mlp.name).toBe('mlp');
    expect(mlp.fit(X, y, { epochs: 1, numClasses: 4 }).numClasses).toBe(4);
  });

  it.each([
    ['a zero-sized layer', { hiddenSizes: [0] }, /hidden layer sizes/],
    ['a fractional layer', { hiddenSizes: [2.5] }, /hidden layer sizes/],
    ['layers not in an array', { hiddenSizes: 8 as unknown as number[] }, /hiddenSizes/],
    ['negative epochs', { epochs: -1 }, /epochs/],
    ['fractional epochs', { epochs: 1.5 }, /epochs/],
    ['a zero batch', { batchSize: 0 }, /batchSize/],
    ['a zero learning rate', { learningRate: 0 }, /learningRate/],
    ['a NaN learning rate', { learningRate: Number.NaN }, /learningRate/],
    ['an infinite learning rate', { learningRate: Number.POSITIVE_INFINITY }, /learningRate/],
    ['a negative l2', { l2: -1 }, /l2/],
    ['too many parameters', { hiddenSizes: [100_000, 100_000] }, /parameters/],
  ])('rejects %s', (_what, options, message) => {
    const { X, y } = ringData(20, 17);
    expect(() => fitMlp(X, y, options)).toThrow(message);
  });

  it('rejects non-finite features and labels outside the classes', () => {
    const X = matrixFromRows([[0, 1], [Number.NaN, 2]]);
    expect(() => fitMlp(X, Int32Array.from([0, 1]))).toThrow(/row 1 is NaN/);
    const ok = matrixFromRows([[0, 1], [1, 2]]);
    expect(() => fitMlp(ok, Int32Array.from([0, 5]), { numClasses: 2 })).toThrow(/outside/);
    expect(() => fitMlp(ok, Int32Array.from([0]))).toThrow(/labels for 2 rows/);
  });

  it('rejects wrong-sized inputs and labels at prediction time', () => {
    const { X, y } = ringData(30, 18);
    const model = fitMlp(X, y, { epochs: 1 });
    expect(() => model.predictProba(createMatrix(1, 4))).toThrow(/5 features/);
    expect(() => model.inputGradient([1, 2], 0)).toThrow(/5 features/);
    expect(() => model.inputGradient([1, 2, 3, 4, 5], 3)).toThrow(/outside the 3 classes/);
    expect(() => model.logitGradient([1, 2, 3, 4, 5], [1])).toThrow(/coefficients/);
  });
});

describe('mlpFromLayers', () => {
  it('computes ReLU between given layers', () => {
    const model = mlpFromLayers([
      { inputs: 2, outputs: 2, weights: Float64Array.from([1, 0, 0, -1]), bias: Float64Array.from([0, 0]) },
      { inputs: 2, outputs: 2, weights: Float64Array.from([1, 0, 0, 1]), bias: Float64Array.from([0, 0]) },
    ]);
    expect(Array.from(model.logits(matrixFromRows([[-3, -4], [3, 4]])).data)).toEqual([0, 4, 3, 0]);
  });

  it('rejects layers that do not fit together', () => {
    const layer = (inputs: number, outputs: number) => ({ inputs, outputs, weights: new Float64Array(inputs * outputs), bias: new Float64Array(outputs) });
    expect(() => mlpFromLayers([])).toThrow(/at least one layer/);
    expect(() => mlpFromLayers([layer(2, 3), layer(4, 2)])).toThrow(/layer 1 takes 4 inputs/);
    expect(() => mlpFromLayers([{ ...layer(2, 3), bias: new Float64Array(2) }])).toThrow(/layer 0 holds/);
  });
});

// optdigits (UCI, CC BY 4.0) from the shared datasets folder, when it is there.
const OPTDIGITS = process.env.AISEC_DATASETS
  ? path.join(process.env.AISEC_DATASETS, 'optdigits')
  : path.resolve(import.meta.dirname, '../../../../shared/data/datasets/optdigits');

function readOptdigits(file: string): { X: Matrix; y: Int32Array } {
  const lines = readFileSync(path.join(OPTDIGITS, file), 'utf8').trim().split('\n');
  const X = createMatrix(lines.length, 64);
  const y = new Int32Array(lines.length);
  lines.forEach((line, i) => {
    const values = line.split(',').map(Number);
    X.data.set(values.slice(0, 64), i * 64);
    y[i] = values[64]!;
  });
  return { X, y };
}

describe.skipIf(!existsSync(path.join(OPTDIGITS, 'optdigits.tra')))('fitMlp on optdigits', () => {
  it('reaches about 96% test accuracy with one hidden layer of 64 in 30 epochs', () => {
    const train = readOptdigits('optdigits.tra');
    const test = readOptdigits('optdigits.tes');
    // Standardise with the training split's per-pixel mean and deviation (1 for constant pixels).
    const mean = new Float64Array(64);
    const sd = new Float64Array(64);
    for (let i = 0; i < train.X.rows; i++) for (let j = 0; j < 64; j++) mean[j]! += train.X.data[i * 64 + j]! / train.X.rows;
    for (let i = 0; i < train.X.rows; i++) for (let j = 0; j < 64; j++) sd[j]! += (train.X.data[i * 64 + j]! - mean[j]!) ** 2 / train.X.rows;
    for (let j = 0; j < 64; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
    for (const { X } of [train, test]) for (let k = 0; k < X.data.length; k++) X.data[k] = (X.data[k]! - mean[k % 64]!) / sd[k % 64]!;
    const started = performance.now();
    const model = fitMlp(train.X, train.y, { hiddenSizes: [64], epochs: 30, seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    expect(accuracy(model, test.X, test.y)).toBeGreaterThan(0.955);
    // About 1.5 s on an idle core; the bound leaves room for a loaded CI machine.
    expect(seconds).toBeLessThan(30);
  });
});
