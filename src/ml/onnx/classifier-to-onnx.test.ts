import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng, normal } from '../../stats/index.js';
import { fitLogisticRegression } from '../models/logistic-regression.js';
import { createMatrix, rowOf, type Matrix } from '../models/matrix.js';
import { fitMlp } from '../models/mlp.js';
import type { Classifier } from '../models/classifier.js';
import { denseClassifierToOnnx, logisticRegressionToOnnx, mlpToOnnx, ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from './classifier-to-onnx.js';
import { decodeFields, messagesOf, stringsOf } from './test-support/proto-decode.js';

/** Rows with features on very different scales (what standardisation is for), labels from a nonlinear rule. */
function rawData(n: number, seed: number): { X: Matrix; y: Int32Array } {
  const rng = createRng(seed);
  const X = createMatrix(n, 4);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rowOf(X, i);
    x[0] = normal(rng, 50, 10);
    x[1] = normal(rng, -3, 0.1);
    x[2] = normal(rng);
    x[3] = normal(rng, 1000, 200);
    const a = (x[0]! - 50) / 10;
    const b = (x[3]! - 1000) / 200;
    y[i] = a * b > 0.3 ? 0 : a + x[2]! > 0 ? 1 : 2;
  }
  return { X, y };
}

function standardizer(X: Matrix): { mean: Float64Array; std: Float64Array; apply: (M: Matrix) => Matrix } {
  const mean = new Float64Array(X.cols);
  const std = new Float64Array(X.cols);
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < X.cols; j++) mean[j]! += X.data[i * X.cols + j]! / X.rows;
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < X.cols; j++) std[j]! += (X.data[i * X.cols + j]! - mean[j]!) ** 2 / X.rows;
  for (let j = 0; j < X.cols; j++) std[j] = Math.sqrt(std[j]!);
  const apply = (M: Matrix): Matrix => {
    const out = createMatrix(M.rows, M.cols);
    for (let k = 0; k < M.data.length; k++) out.data[k] = (M.data[k]! - mean[k % M.cols]!) / std[k % M.cols]!;
    return out;
  };
  return { mean, std, apply };
}

const sessions: ort.InferenceSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.release();
});

async function runOnnx(bytes: Uint8Array, X: Matrix): Promise<{ data: Float32Array; dims: readonly number[]; session: ort.InferenceSession }> {
  const session = await ort.InferenceSession.create(bytes);
  sessions.push(session);
  const result = await session.run({ [ONNX_INPUT_NAME]: new ort.Tensor('float32', Float32Array.from(X.data), [X.rows, X.cols]) });
  const out = result[ONNX_OUTPUT_NAME]!;
  return { data: out.data as Float32Array, dims: out.dims, session };
}

async function expectSameAnswers(bytes: Uint8Array, model: Classifier, rawInputs: Matrix, modelInputs: Matrix): Promise<void> {
  const { data, dims } = await runOnnx(bytes, rawInputs);
  expect(dims).toEqual([rawInputs.rows, model.numClasses]);
  const expected = model.predictProba(modelInputs).data;
  let worst = 0;
  for (let k = 0; k < expected.length; k++) worst = Math.max(worst, Math.abs(data[k]! - expected[k]!));
  expect(worst).toBeLessThan(1e-5);
}

describe('ONNX export', () => {
  const train = rawData(600, 1);
  const probe = rawData(200, 2);
  const s = standardizer(train.X);

  it('writes a logistic regression that onnxruntime answers like predictProba', async () => {
    const scaled = s.apply(train.X);
    const model = fitLogisticRegression(scaled, train.y, { seed: 1 });
    await expectSameAnswers(logisticRegressionToOnnx(model), model, s.apply(probe.X), s.apply(probe.X));
    await expectSameAnswers(logisticRegressionToOnnx(model, { standardize: s }), model, probe.X, s.apply(probe.X));
  });

  it('writes an MLP with two hidden layers and a standardisation prefix that takes raw features', async () => {
    const model = fitMlp(s.apply(train.X), train.y, { hiddenSizes: [16, 8], epochs: 20, seed: 3 });
    await expectSameAnswers(mlpToOnnx(model, { standardize: s }), model, probe.X, s.apply(probe.X));
  });

  it('writes an MLP without hidden layers and one row at a time', async () => {
    const scaled = s.apply(probe.X);
    const model = fitMlp(s.apply(train.X), train.y, { hiddenSizes: [], epochs: 3, seed: 4 });
    const one = createMatrix(1, 4);
    one.data.set(rowOf(scaled, 0));
    await expectSameAnswers(mlpToOnnx(model), model, one, one);
  });

  it('declares features [N, d] and probabilities [N, C] with a dynamic batch', async () => {
    const model = fitMlp(s.apply(train.X), train.y, { hiddenSizes: [5], epochs: 1 });
    const { session } = await runOnnx(mlpToOnnx(model), createMatrix(3, 4));
    expect(session.inputMetadata).toEqual([{ name: 'features', isTensor: true, type: 'float32', shape: ['N', 4] }]);
    expect(session.outputMetadata).toEqual([{ name: 'probabilities', isTensor: true, type: 'float32', shape: ['N', 3] }]);
  });

  it('records the producer, IR version, opset, a doc string and metadata', () => {
    const model = fitMlp(s.apply(train.X), train.y, { hiddenSizes: [5], epochs: 1 });
    const bytes = mlpToOnnx(model, { standardize: s, featureNames: ['age', 'rate', 'z', 'income'], classNames: ['a', 'b', 'c'], metadata: { owner: 'risk team', model_kind: 'ignored' } });
    const fields = decodeFields(bytes);
    expect(fields.find((f) => f.field === 1)!.value).toBe(8n);
    expect(stringsOf(bytes, 2)).toEqual(['aisec']);
    expect(stringsOf(bytes, 6)[0]).toMatch(/^Multilayer perceptron \(4 → 5 → 3, ReLU, softmax\).*standardised inside the graph/);
    const opset = decodeFields(messagesOf(bytes, 8)[0]!);
    expect(opset.find((f) => f.field === 2)!.value).toBe(13n);
    const metadata = Object.fromEntries(messagesOf(bytes, 14).map((m) => [stringsOf(m, 1)[0], stringsOf(m, 2)[0]]));
    expect(metadata).toEqual({ owner: 'risk team', model_kind: 'mlp', standardized: 'true', feature_names: '["age","rate","z","income"]', class_names: '["a","b","c"]' });
  });

  it('rejects what it cannot write faithfully', () => {
    const model = fitLogisticRegression(s.apply(train.X), train.y);
    expect(() => logisticRegressionToOnnx(model, { featureNames: ['a'] })).toThrow(/1 names for 4 features/);
    expect(() => logisticRegressionToOnnx(model, { classNames: ['a', 'b'] })).toThrow(/2 names for 3 classes/);
    expect(() => logisticRegressionToOnnx(model, { standardize: { mean: [0, 0, 0, 0], std: [1, 0, 1, 1] } })).toThrow(/std of feature 1 is 0/);
    expect(() => logisticRegressionToOnnx(model, { standardize: { mean: [0, 0, 0, 0], std: [1, 1e-50, 1, 1] } })).toThrow(/std of feature 1/);
    expect(() => logisticRegressionToOnnx(model, { standardize: { mean: [0, 0], std: [1, 1] } })).toThrow(/needs 4 means/);
    expect(() => logisticRegressionToOnnx(model, { standardize: { mean: [0, Number.NaN, 0, 0], std: [1, 1, 1, 1] } })).toThrow(/mean: value 1 is NaN/);
    const layer = { inputs: 2, outputs: 2, weights: Float64Array.from([1, 2, 3, 1e39]), bias: new Float64Array(2) };
    expect(() => denseClassifierToOnnx([layer], 'test')).toThrow(/layer 0 weights: value 3 is 1e\+39/);
    expect(() => denseClassifierToOnnx([], 'test')).toThrow(/at least one layer/);
    expect(() => denseClassifierToOnnx([{ ...layer, weights: new Float64Array(4) }, { ...layer, inputs: 3, weights: new Float64Array(6) }], 'test')).toThrow(/layer 1 takes 3 inputs/);
  });
});
