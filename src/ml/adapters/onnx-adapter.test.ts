import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { createMatrix, matrixFromRows, type Matrix } from '../models/matrix.js';
import { createRng, normal } from '../../stats/index.js';
import { openOnnxModel, type OnnxModelAdapter, type OnnxModelOptions } from './onnx-adapter.js';
import { QueryBudget } from './query-budget.js';
import * as fixtures from './test-support/onnx-fixtures.js';

const files = fixtures.fixtureDir();
afterAll(() => files.cleanup());

const opened: OnnxModelAdapter[] = [];
afterAll(async () => {
  for (const model of opened) await model.close();
});

async function openFixture(name: string, bytes: Uint8Array, options: OnnxModelOptions = {}): Promise<OnnxModelAdapter> {
  const model = await openOnnxModel(files.write(`${name}.onnx`, bytes), options);
  opened.push(model);
  return model;
}

async function rejection(promise: Promise<unknown>): Promise<AisecError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AisecError);
  return error as AisecError;
}

function randomRows(n: number, d: number, seed: number): Matrix {
  const rng = createRng(seed);
  const X = createMatrix(n, d);
  for (let i = 0; i < X.data.length; i++) X.data[i] = normal(rng, 0, 2);
  return X;
}

describe('openOnnxModel on a model written by the exporter', () => {
  let model: OnnxModelAdapter;
  const reference = fixtures.fixtureMlp();
  beforeAll(async () => {
    model = await openFixture('mlp', fixtures.probabilitiesModel(), { budget: 1000, maxBatchSize: 16, name: 'credit-mlp' });
  });

  it('describes what it found', () => {
    expect({
      name: model.name,
      numFeatures: model.numFeatures,
      numClasses: model.numClasses,
      output: model.output,
      inputName: model.inputName,
      outputName: model.outputName,
      scores: model.scores,
      singleColumn: model.singleColumn,
      maxBatchSize: model.maxBatchSize,
      notes: model.notes,
    }).toEqual({
      name: 'credit-mlp',
      numFeatures: 3,
      numClasses: 3,
      output: 'probabilities',
      inputName: 'features',
      outputName: 'probabilities',
      scores: 'probabilities',
      singleColumn: false,
      maxBatchSize: 16,
      notes: [],
    });
    expect(path.isAbsolute(model.path)).toBe(true);
  });

  it('answers like the model it was written from, across split batches', async () => {
    const X = randomRows(50, 3, 1);
    const { labels, probabilities } = await model.predict(X);
    const expected = reference.predictProba(X);
    expect(probabilities!.rows).toBe(50);
    let worst = 0;
    for (let k = 0; k < expected.data.length; k++) worst = Math.max(worst, Math.abs(probabilities!.data[k]! - expected.data[k]!));
    expect(worst).toBeLessThan(1e-5);
    for (let i = 0; i < 50; i++) {
      const row = Array.from(probabilities!.data.subarray(i * 3, i * 3 + 3));
      expect(labels[i]).toBe(row.indexOf(Math.max(...row)));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('spends its budget by rows and refuses a batch that would pass it, before sending', async () => {
    const before = model.queriesUsed;
    await model.predict(randomRows(10, 3, 2));
    expect(model.queriesUsed).toBe(before + 10);
    expect(model.queriesLeft).toBe(1000 - before - 10);
    const error = await rejection(model.predict(randomRows(model.queriesLeft + 1, 3, 3)));
    expect(error.code).toBe('ERR_MODEL_QUERY_BUDGET');
    expect(model.queriesUsed).toBe(before + 10);
  });

  it('refuses rows of the wrong width, NaN and values beyond float32, without spending', async () => {
    const before = model.queriesUsed;
    const wide = await rejection(model.predict(createMatrix(2, 4)));
    expect([wide.code, wide.message]).toEqual(['ERR_MODEL_INPUT', 'credit-mlp: the rows have 4 features, but the model takes 3']);
    const nan = await rejection(model.predict(matrixFromRows([[0, 0, 0], [0, Number.NaN, 0]])));
    expect(nan.code).toBe('ERR_MODEL_INPUT');
    expect(nan.message).toMatch(/row 1, feature 1 is NaN/);
    const big = await rejection(model.predict(matrixFromRows([[1e39, 0, 0]])));
    expect(big.message).toMatch(/row 0, feature 0 is 1e\+39, beyond the float32 range/);
    expect(model.queriesUsed).toBe(before);
  });

  it('answers an empty batch', async () => {
    const { labels, probabilities } = await model.predict(createMatrix(0, 3));
    expect([labels.length, probabilities!.rows]).toEqual([0, 0]);
  });

  it('turns NaN probabilities into ERR_MODEL_RUNTIME and gives the rows back', async () => {
    const before = model.queriesUsed;
    // The hidden layer overflows float32 to infinity, and the softmax of [∞, −∞, ∞] is NaN.
    const error = await rejection(model.predict(matrixFromRows([[0, 0, 0], [3e38, 3e38, 3e38]])));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toMatch(/credit-mlp: the answer for row 1 is not valid: probability 0 is NaN/);
    expect(model.queriesUsed).toBe(before);
  });

  it('shares a QueryBudget with another adapter', async () => {
    const budget = new QueryBudget(5);
    const a = await openFixture('shared-a', fixtures.probabilitiesModel(), { budget });
    const b = await openFixture('shared-b', fixtures.logitsModel(), { budget });
    await a.predict(randomRows(4, 3, 4));
    expect(b.queriesLeft).toBe(1);
    expect((await rejection(b.predict(randomRows(2, 3, 5)))).code).toBe('ERR_MODEL_QUERY_BUDGET');
  });
});

describe('openOnnxModel on the shapes real exporters write', () => {
  it('turns logits into probabilities with a softmax, and says so', async () => {
    const model = await openFixture('logits', fixtures.logitsModel());
    expect([model.scores, model.outputName, model.output]).toEqual(['logits', 'logits', 'probabilities']);
    const { probabilities } = await model.predict(matrixFromRows([[1, 0, 0]]));
    // W rows for classes 0..2 are [-2, 0, 2], [-1, 1, -2], [0, 2, -1]; the biases 0, 0.1, 0.2.
    const z = [-2, -0.9, 0.2];
    const e = z.map((v) => Math.exp(v));
    const total = e.reduce((a, b) => a + b, 0);
    e.forEach((v, c) => expect(probabilities!.data[c]).toBeCloseTo(v / total, 6));
  });

  it('prefers the probabilities tensor of an sklearn-onnx model over its labels and ZipMap', async () => {
    const model = await openFixture('sklearn', fixtures.sklearnStyleModel({ probabilities: true, zipmap: true }));
    expect([model.outputName, model.scores, model.output]).toEqual(['probabilities', 'probabilities', 'probabilities']);
    expect(model.notes.join('\n')).toMatch(/output_probability was not used: .*ZipMap/);
  });

  it('reads only labels next to a ZipMap when given the number of classes', async () => {
    const file = files.write('zipmap-labels.onnx', fixtures.sklearnStyleModel({ probabilities: false, zipmap: true }));
    const missing = await rejection(openOnnxModel(file));
    expect(missing.code).toBe('ERR_MODEL_LOAD');
    expect(missing.message).toMatch(/answers only labels \(output label\); give numClasses/);
    const model = await openOnnxModel(file, { numClasses: 3 });
    opened.push(model);
    expect([model.output, model.scores, model.outputName]).toEqual(['labels', 'labels', 'label']);
    expect(model.notes[0]).toMatch(/ZipMap/);
    const { labels, probabilities } = await model.predict(matrixFromRows([[1, 0, 0], [0, 0, 1]]));
    expect(probabilities).toBeUndefined();
    // Logits [-2, -0.9, 0.2] and [2, -1.9, -0.8].
    expect(Array.from(labels)).toEqual([2, 0]);
  });

  it('turns infinite logits into ERR_MODEL_RUNTIME', async () => {
    const model = await openFixture('logits-overflow', fixtures.logitsModel());
    const error = await rejection(model.predict(matrixFromRows([[3e38, 0, 3e38]])));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toMatch(/row 0 is not valid: logit 0 is -Infinity/);
  });

  it('refuses a model whose only answer is a ZipMap', async () => {
    const error = await rejection(openOnnxModel(files.write('zipmap-only.onnx', fixtures.zipmapOnlyModel())));
    expect(error.code).toBe('ERR_MODEL_LOAD');
    expect(error.message).toMatch(/zipmap-only\.onnx has no tensor output the adapter can read: output_probability is a sequence of maps/);
  });

  it('reads one sigmoid column as the probability of class 1 of two', async () => {
    const model = await openFixture('sigmoid', fixtures.singleColumnModel(true));
    expect([model.numClasses, model.singleColumn, model.scores]).toEqual([2, true, 'probabilities']);
    const logit = await openFixture('logit', fixtures.singleColumnModel(false));
    expect([logit.numClasses, logit.singleColumn, logit.scores]).toEqual([2, true, 'logits']);
    const X = randomRows(5, 3, 6);
    const a = await model.predict(X);
    const b = await logit.predict(X);
    for (let k = 0; k < 10; k++) expect(a.probabilities!.data[k]).toBeCloseTo(b.probabilities!.data[k]!, 6);
    // W1 = [-2, 0, 2], b1 = 0: a row of [-1, 0, 0] has logit 2.
    const { probabilities } = await model.predict(matrixFromRows([[-1, 0, 0]]));
    expect(probabilities!.data[1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
  });

  it('feeds a model with a fixed batch in padded runs, and one without a batch axis row by row', async () => {
    const reference = await openFixture('dynamic', fixtures.logitsModel());
    const fixed = await openFixture('fixed', fixtures.fixedBatchModel(4));
    const single = await openFixture('single', fixtures.singleRowModel());
    expect([fixed.maxBatchSize, single.maxBatchSize]).toEqual([4, 1]);
    const X = randomRows(7, 3, 7);
    const expected = (await reference.predict(X)).probabilities!.data;
    for (const model of [fixed, single]) {
      const got = (await model.predict(X)).probabilities!.data;
      expected.forEach((p, k) => expect(got[k]).toBeCloseTo(p, 6));
      expect(model.queriesUsed).toBe(7);
    }
  });

  it('feeds an image-shaped input [N, 2, 3] as rows of 6 features', async () => {
    const model = await openFixture('image', fixtures.imageInputModel());
    expect([model.numFeatures, model.numClasses]).toEqual([6, 6]);
    const { labels } = await model.predict(matrixFromRows([[0, 0, 0, 0, 5, 0]]));
    expect(Array.from(labels)).toEqual([4]);
  });

  it('passes on only labels when asked to, even from a model with scores', async () => {
    const model = await openFixture('labels-only', fixtures.probabilitiesModel(), { output: 'labels' });
    expect(model.output).toBe('labels');
    const { labels, probabilities } = await model.predict(randomRows(3, 3, 8));
    expect(probabilities).toBeUndefined();
    expect(labels.length).toBe(3);
  });

  it('reads logits as logits when told to, and refuses a class count that contradicts the model', async () => {
    const model = await openFixture('forced', fixtures.probabilitiesModel(), { scores: 'logits' });
    expect(model.scores).toBe('logits');
    const error = await rejection(openOnnxModel(files.write('contradiction.onnx', fixtures.probabilitiesModel()), { numClasses: 4 }));
    expect(error.message).toMatch(/gives 3 classes, but numClasses is 4/);
  });
});

describe('openOnnxModel on hostile and broken files', () => {
  it.each([
    ['a missing file', () => path.join(files.dir, 'nope.onnx'), /nope\.onnx does not exist; expected an ONNX model file/],
    ['a directory', () => (mkdirSync(path.join(files.dir, 'folder.onnx'), { recursive: true }), path.join(files.dir, 'folder.onnx')), /folder\.onnx is not a file/],
    ['an empty file', () => files.write('empty.onnx', new Uint8Array(0)), /empty\.onnx is empty/],
    ['a text file', () => files.write('text.onnx', new TextEncoder().encode('hello, this is not a model')), /text\.onnx is not an ONNX model: its first byte 0x68 cannot start a ModelProto/],
    ['a zip archive', () => files.write('model.onnx.zip', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0])), /is not an ONNX model: it is a zip archive/],
    ['a pickle', () => files.write('pickle.onnx', Uint8Array.from([0x80, 4, 0x95, 0, 0])), /it looks like a Python pickle/],
    ['JSON', () => files.write('json.onnx', new TextEncoder().encode('{"model": 1}')), /it looks like JSON/],
    ['random bytes that start like protobuf', () => files.write('random.onnx', Uint8Array.from({ length: 4096 }, (_, i) => (i === 0 ? 0x08 : (i * 2654435761) >>> 24))), /random\.onnx: onnxruntime could not load it as an ONNX model: .*protobuf parsing failed/i],
    ['a truncated model', () => files.write('truncated.onnx', fixtures.probabilitiesModel().slice(0, 60)), /truncated\.onnx: onnxruntime could not load it as an ONNX model/],
    ['a model with two inputs', () => files.write('two-inputs.onnx', fixtures.twoInputModel()), /two-inputs\.onnx has 2 inputs \(age: float32 \[N, 1\]; income: float32 \[N, 1\]\)/],
    ['a huge declared dimension', () => files.write('huge.onnx', fixtures.hugeDimensionModel()), /huge\.onnx input X declares 1000000000000 features per row/],
    ['an integer input', () => files.write('ids.onnx', fixtures.integerInputModel()), /input X is int64/],
    ['two unnamed score outputs', () => files.write('two-scores.onnx', fixtures.twoScoreOutputsModel()), /2 class-score outputs .* choose one with outputName/],
  ])('refuses %s with ERR_MODEL_LOAD naming the file', async (_what, make, message) => {
    const error = await rejection(openOnnxModel(make()));
    expect(error.code).toBe('ERR_MODEL_LOAD');
    expect(error.message).toMatch(message);
  });

  it('refuses a file larger than maxFileBytes before loading it', async () => {
    const error = await rejection(openOnnxModel(files.write('big.onnx', fixtures.probabilitiesModel()), { maxFileBytes: 100 }));
    expect(error.message).toMatch(/big\.onnx is \d+ bytes, more than the 100 allowed \(maxFileBytes\)/);
  });

  it('refuses options it cannot use', async () => {
    const file = files.write('ok.onnx', fixtures.probabilitiesModel());
    for (const options of [{ maxBatchSize: 0 }, { timeoutMs: 1.5 }, { numClasses: -1 }, { output: 'scores' }, { scores: 'raw' }, { budget: -1 }] as OnnxModelOptions[]) {
      await expect(openOnnxModel(file, options)).rejects.toThrow(AisecError);
    }
  });

  it('reports an output of the wrong shape as ERR_MODEL_RUNTIME', async () => {
    const model = await openFixture('four-rows', fixtures.fourRowsModel());
    const error = await rejection(model.predict(randomRows(3, 3, 9)));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toMatch(/output p has shape \[4, 3\] for 3 rows; expected \[3, 3\]/);
  });

  it('stops a model that does not answer within the timeout, and says it must be opened again', async () => {
    const model = await openFixture('slow', fixtures.slowOnLargeInputModel(), { timeoutMs: 1500, budget: 10 });
    expect((await model.predict(matrixFromRows([[1, 2, 0]]))).labels.length).toBe(1);
    const started = Date.now();
    const error = await rejection(model.predict(matrixFromRows([[1e12, 0, 0]])));
    expect(error.code).toBe('ERR_MODEL_RUNTIME');
    expect(error.message).toMatch(/did not answer within 1500 ms; its process was stopped/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(model.queriesUsed).toBe(1);
    const after = await rejection(model.predict(matrixFromRows([[1, 2, 0]])));
    expect(after.code).toBe('ERR_MODEL_RUNTIME');
    expect(after.message).toMatch(/not running \(stopped after it did not answer within 1500 ms\); open the model again/);
  });

  it('stops waiting as soon as the signal aborts', async () => {
    const model = await openFixture('slow-abort', fixtures.slowOnLargeInputModel(), { timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = model.predict(matrixFromRows([[1e12, 0, 0]]), controller.signal);
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    expect((await rejection(pending)).code).toBe('ERR_ABORTED');
    expect(Date.now() - started).toBeLessThan(10_000);
    await model.close();
  });

  it('refuses calls after close, and closes twice without harm', async () => {
    const model = await openFixture('closing', fixtures.probabilitiesModel());
    await model.close();
    await model.close();
    const error = await rejection(model.predict(randomRows(1, 3, 10)));
    expect(error.code).toBe('ERR_ABORTED');
    expect(error.message).toMatch(/closed/);
  });
});
