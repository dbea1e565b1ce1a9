/**
 * ONNX models for the adapter tests, written at test time with the project's own encoder:
 * the shapes real exporters produce (sklearn-onnx labels + probabilities, a ZipMap, logits,
 * one sigmoid column, a fixed batch, one row without a batch axis) and hostile ones (two
 * inputs, a huge declared dimension, a loop that never ends, an output of the wrong shape).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mlpFromLayers, type MlpModel } from '../../models/mlp.js';
import { encodeOnnxModel, mlpToOnnx, OnnxDataType, type OnnxGraph, type OnnxNode, type OnnxTensor, type OnnxValueInfo } from '../../onnx/index.js';

const F = OnnxDataType.FLOAT;
const I64 = OnnxDataType.INT64;

/** A fixed 3-feature, 3-class MLP with one hidden layer of 4. */
export function fixtureMlp(): MlpModel {
  return mlpFromLayers([
    { inputs: 3, outputs: 4, weights: Float64Array.from([0.5, -0.2, 0.1, -0.3, 0.8, 0.2, 0.4, 0.1, -0.6, 0.2, 0.3, 0.7]), bias: Float64Array.from([0.1, 0, -0.1, 0.05]) },
    { inputs: 4, outputs: 3, weights: Float64Array.from([1, -1, 0.5, 0.2, -0.5, 1.2, 0.3, -0.4, 0.1, 0.2, -1, 0.9]), bias: Float64Array.from([0, 0.1, -0.1]) },
  ]);
}

/** The fixture MLP as written by the exporter: features [N, 3] → probabilities [N, 3]. */
export function probabilitiesModel(): Uint8Array {
  return mlpToOnnx(fixtureMlp());
}

const W = (name = 'W', outputs = 3): OnnxTensor => ({ name, dims: [outputs, 3], float32: Array.from({ length: outputs * 3 }, (_, i) => ((i * 7) % 5) - 2) });
const B = (name = 'b', outputs = 3): OnnxTensor => ({ name, dims: [outputs], float32: Array.from({ length: outputs }, (_, i) => i * 0.1) });
const gemm = (out = 'z', w = 'W', b = 'b'): OnnxNode => ({ opType: 'Gemm', inputs: ['X', w, b], outputs: [out], attributes: [{ name: 'transB', int: 1 }] });
const tensor = (name: string, elemType: number, shape?: (number | string)[]): OnnxValueInfo => ({ name, type: { tensor: { elemType, ...(shape ? { shape } : {}) } } });
const X = (shape: (number | string)[] = ['N', 3]): OnnxValueInfo => tensor('X', F, shape);

function model(graph: Omit<OnnxGraph, 'name'>, ml = false): Uint8Array {
  return encodeOnnxModel({
    irVersion: 8,
    opsetImports: ml ? [{ domain: '', version: 13 }, { domain: 'ai.onnx.ml', version: 1 }] : [{ domain: '', version: 13 }],
    producerName: 'aisec-tests',
    graph: { name: 'fixture', ...graph },
  });
}

/** Gemm only: logits [N, 3] (rows do not sum to 1). */
export function logitsModel(): Uint8Array {
  return model({ nodes: [gemm('logits')], initializers: [W(), B()], inputs: [X()], outputs: [tensor('logits', F, ['N', 3])] });
}

/**
 * sklearn-onnx style: `label` int64 [N] and, depending on `zipmap`, `probabilities` float [N, 3]
 * or `output_probability`, a sequence of maps — or both.
 */
export function sklearnStyleModel(options: { probabilities: boolean; zipmap: boolean }): Uint8Array {
  const nodes: OnnxNode[] = [
    gemm(),
    { opType: 'Softmax', inputs: ['z'], outputs: ['probabilities'], attributes: [{ name: 'axis', int: 1 }] },
    { opType: 'ArgMax', inputs: ['probabilities'], outputs: ['label'], attributes: [{ name: 'axis', int: 1 }, { name: 'keepdims', int: 0 }] },
  ];
  const outputs: OnnxValueInfo[] = [tensor('label', I64, ['N'])];
  if (options.probabilities) outputs.push(tensor('probabilities', F, ['N', 3]));
  if (options.zipmap) {
    nodes.push({ opType: 'ZipMap', domain: 'ai.onnx.ml', inputs: ['probabilities'], outputs: ['output_probability'], attributes: [{ name: 'classlabels_int64s', ints: [0, 1, 2] }] });
    outputs.push({ name: 'output_probability', type: { sequence: { map: { keyType: I64, valueType: tensor('v', F).type } } } });
  }
  return model({ nodes, initializers: [W(), B()], inputs: [X()], outputs }, true);
}

/** Only a ZipMap output, no tensor at all. */
export function zipmapOnlyModel(): Uint8Array {
  return model(
    {
      nodes: [
        gemm(),
        { opType: 'Softmax', inputs: ['z'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] },
        { opType: 'ZipMap', domain: 'ai.onnx.ml', inputs: ['p'], outputs: ['output_probability'], attributes: [{ name: 'classlabels_int64s', ints: [0, 1, 2] }] },
      ],
      initializers: [W(), B()],
      inputs: [X()],
      outputs: [{ name: 'output_probability', type: { sequence: { map: { keyType: I64, valueType: tensor('v', F).type } } } }],
    },
    true,
  );
}

/** A binary classifier with one sigmoid column [N, 1] (Keras style), or its logit when `sigmoid` is false. */
export function singleColumnModel(sigmoid: boolean): Uint8Array {
  const nodes: OnnxNode[] = [gemm(sigmoid ? 'z' : 'score', 'W1', 'b1')];
  if (sigmoid) nodes.push({ opType: 'Sigmoid', inputs: ['z'], outputs: ['score'] });
  return model({ nodes, initializers: [W('W1', 1), B('b1', 1)], inputs: [X()], outputs: [tensor('score', F, ['N', 1])] });
}

/** Softmax over a fixed batch of exactly `rows` rows: X [rows, 3]. */
export function fixedBatchModel(rows: number): Uint8Array {
  return model({
    nodes: [gemm(), { opType: 'Softmax', inputs: ['z'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] }],
    initializers: [W(), B()],
    inputs: [X([rows, 3])],
    outputs: [tensor('p', F, [rows, 3])],
  });
}

/** One row without a batch axis: X [3] → p [3]. */
export function singleRowModel(): Uint8Array {
  return model({
    nodes: [
      { opType: 'Unsqueeze', inputs: ['X', 'axes'], outputs: ['X2'] },
      { opType: 'Gemm', inputs: ['X2', 'W', 'b'], outputs: ['z'], attributes: [{ name: 'transB', int: 1 }] },
      { opType: 'Softmax', inputs: ['z'], outputs: ['p2'], attributes: [{ name: 'axis', int: 1 }] },
      { opType: 'Squeeze', inputs: ['p2', 'axes'], outputs: ['p'] },
    ],
    initializers: [W(), B(), { name: 'axes', dims: [1], int64: [0] }],
    inputs: [X([3])],
    outputs: [tensor('p', F, [3])],
  });
}

/** An image-like input [N, 2, 3] fed as rows of 6 features. */
export function imageInputModel(): Uint8Array {
  return model({
    nodes: [
      { opType: 'Flatten', inputs: ['X'], outputs: ['flat'], attributes: [{ name: 'axis', int: 1 }] },
      { opType: 'Softmax', inputs: ['flat'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] },
    ],
    inputs: [X(['N', 2, 3])],
    outputs: [tensor('p', F, ['N', 6])],
  });
}

/** Two inputs (one per column group, as sklearn-onnx writes a ColumnTransformer). */
export function twoInputModel(): Uint8Array {
  return model({
    nodes: [{ opType: 'Concat', inputs: ['age', 'income'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] }],
    inputs: [tensor('age', F, ['N', 1]), tensor('income', F, ['N', 1])],
    outputs: [tensor('p', F, ['N', 2])],
  });
}

/** An input that declares 10^12 features per row. */
export function hugeDimensionModel(): Uint8Array {
  return model({
    nodes: [{ opType: 'Softmax', inputs: ['X'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] }],
    inputs: [X(['N', 1e12])],
    outputs: [tensor('p', F, ['N', 1e12])],
  });
}

/** An int64 input (token ids), which the adapter cannot feed. */
export function integerInputModel(): Uint8Array {
  return model({
    nodes: [{ opType: 'Cast', inputs: ['X'], outputs: ['p'], attributes: [{ name: 'to', int: F }] }],
    inputs: [tensor('X', I64, ['N', 3])],
    outputs: [tensor('p', F, ['N', 3])],
  });
}

/** Two float outputs of scores, neither named like probabilities. */
export function twoScoreOutputsModel(): Uint8Array {
  return model({
    nodes: [gemm('first'), { opType: 'Relu', inputs: ['first'], outputs: ['second'] }],
    initializers: [W(), B()],
    inputs: [X()],
    outputs: [tensor('first', F, ['N', 3]), tensor('second', F, ['N', 3])],
  });
}

/**
 * Probabilities behind a Loop that runs max(X) times: quick on ordinary rows, and practically
 * forever on a row holding 1e12.
 */
export function slowOnLargeInputModel(): Uint8Array {
  const body: OnnxGraph = {
    name: 'body',
    nodes: [
      { opType: 'Identity', inputs: ['cond_in'], outputs: ['cond_out'] },
      { opType: 'Identity', inputs: ['v_in'], outputs: ['v_out'] },
    ],
    inputs: [tensor('i', I64, []), tensor('cond_in', OnnxDataType.BOOL, []), tensor('v_in', F)],
    outputs: [tensor('cond_out', OnnxDataType.BOOL, []), tensor('v_out', F)],
  };
  return model({
    nodes: [
      { opType: 'ReduceMax', inputs: ['X'], outputs: ['m'], attributes: [{ name: 'keepdims', int: 0 }] },
      { opType: 'Cast', inputs: ['m'], outputs: ['trips'], attributes: [{ name: 'to', int: I64 }] },
      gemm(),
      { opType: 'Loop', inputs: ['trips', 'yes', 'z'], outputs: ['z_out'], attributes: [{ name: 'body', graph: body }] },
      { opType: 'Softmax', inputs: ['z_out'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] },
    ],
    initializers: [W(), B(), { name: 'yes', dims: [], bool: [true] }],
    inputs: [X()],
    outputs: [tensor('p', F, ['N', 3])],
  });
}

/** Always four rows of probabilities, whatever the number of rows in: right for the probe, wrong after. */
export function fourRowsModel(): Uint8Array {
  return model({
    nodes: [
      gemm(),
      { opType: 'ReduceMean', inputs: ['z'], outputs: ['m'], attributes: [{ name: 'axes', ints: [0] }, { name: 'keepdims', int: 1 }] },
      { opType: 'Expand', inputs: ['m', 'shape'], outputs: ['e'] },
      { opType: 'Softmax', inputs: ['e'], outputs: ['p'], attributes: [{ name: 'axis', int: 1 }] },
    ],
    initializers: [W(), B(), { name: 'shape', dims: [2], int64: [4, 3] }],
    inputs: [X()],
    outputs: [tensor('p', F, ['N', 3])],
  });
}

/** A temporary folder for fixture files, removed by the returned cleanup. */
export function fixtureDir(): { dir: string; write(name: string, bytes: Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-onnx-'));
  return {
    dir,
    write(name, bytes) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
