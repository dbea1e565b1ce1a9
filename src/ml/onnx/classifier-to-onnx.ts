/**
 * Export the small classifiers of `ml/models` as ONNX files any runtime can load: a chain of
 * Gemm layers with ReLU between them and Softmax at the end, optionally preceded by the
 * standardisation the model was trained behind, so the file takes raw features.
 *
 *   features [N, d] → (Sub mean → Div std) → Gemm → Relu → … → Gemm → Softmax → probabilities [N, C]
 */
import { toolVersion } from '../../core/version.js';
import type { LogisticRegressionModel } from '../models/logistic-regression.js';
import type { MlpLayer, MlpModel } from '../models/mlp.js';
import { encodeOnnxModel, OnnxDataType, type OnnxNode, type OnnxTensor } from './onnx-proto.js';

/** Options of the ONNX exports. */
export interface OnnxExportOptions {
  /**
   * Per-feature mean and standard deviation the model's training features were standardised
   * with; the file then computes `(x − mean) / std` itself and takes raw features.
   */
  readonly standardize?: { readonly mean: ArrayLike<number>; readonly std: ArrayLike<number> };
  /** One name per input feature, stored in the metadata (`feature_names`, a JSON array). */
  readonly featureNames?: readonly string[];
  /** One name per class, stored in the metadata (`class_names`, a JSON array). */
  readonly classNames?: readonly string[];
  /** The model's doc_string; a description of the network by default. */
  readonly docString?: string;
  /** The graph's name (default: the model kind). */
  readonly graphName?: string;
  readonly modelVersion?: number;
  /** More metadata_props entries (they cannot replace the ones written by the export). */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** The file's input name: float32 [N, numFeatures]. */
export const ONNX_INPUT_NAME = 'features';
/** The file's output name: float32 [N, numClasses], rows summing to 1. */
export const ONNX_OUTPUT_NAME = 'probabilities';
/** ONNX IR version and default-domain opset the exports are written for. */
export const ONNX_IR_VERSION = 8;
export const ONNX_OPSET = 13;

/** Largest magnitude a float32 holds. */
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * A multinomial logistic regression as ONNX (Gemm → Softmax).
 *
 * @example
 * const bytes = logisticRegressionToOnnx(model, { featureNames: encoder.featureNames });
 * await writeFile('model.onnx', bytes);
 */
export function logisticRegressionToOnnx(model: LogisticRegressionModel, options: OnnxExportOptions = {}): Uint8Array {
  const layer = { inputs: model.numFeatures, outputs: model.numClasses, weights: model.weights, bias: model.bias };
  return denseClassifierToOnnx([layer], 'logistic-regression', options);
}

/** A multilayer perceptron as ONNX (Gemm → Relu … → Gemm → Softmax). */
export function mlpToOnnx(model: MlpModel, options: OnnxExportOptions = {}): Uint8Array {
  return denseClassifierToOnnx(model.layers, 'mlp', options);
}

/**
 * Dense layers (`outputs × inputs` weights, row-major) with ReLU between them and softmax at
 * the end, as ONNX. `kind` is recorded in the metadata (`model_kind`).
 */
export function denseClassifierToOnnx(layers: readonly MlpLayer[], kind: string, options: OnnxExportOptions = {}): Uint8Array {
  checkLayers(layers);
  const d = layers[0]!.inputs;
  const C = layers[layers.length - 1]!.outputs;
  checkNames('featureNames', options.featureNames, d);
  checkNames('classNames', options.classNames, C);
  const nodes: OnnxNode[] = [];
  const initializers: OnnxTensor[] = [];
  let current = ONNX_INPUT_NAME;
  if (options.standardize) {
    const { mean, std } = checkStandardize(options.standardize, d);
    initializers.push({ name: 'feature_mean', dims: [d], float32: mean }, { name: 'feature_std', dims: [d], float32: std });
    nodes.push({ opType: 'Sub', inputs: [current, 'feature_mean'], outputs: ['centered'], name: 'center' });
    nodes.push({ opType: 'Div', inputs: ['centered', 'feature_std'], outputs: ['standardized'], name: 'scale' });
    current = 'standardized';
  }
  layers.forEach((layer, l) => {
    const last = l === layers.length - 1;
    initializers.push({ name: `dense_${l}.weight`, dims: [layer.outputs, layer.inputs], float32: layer.weights });
    initializers.push({ name: `dense_${l}.bias`, dims: [layer.outputs], float32: layer.bias });
    const out = last ? 'logits' : `dense_${l}`;
    nodes.push({ opType: 'Gemm', inputs: [current, `dense_${l}.weight`, `dense_${l}.bias`], outputs: [out], name: `dense_${l}`, attributes: [{ name: 'transB', int: 1 }] });
    current = out;
    if (!last) {
      nodes.push({ opType: 'Relu', inputs: [current], outputs: [`relu_${l}`], name: `relu_${l}` });
      current = `relu_${l}`;
    }
  });
  nodes.push({ opType: 'Softmax', inputs: [current], outputs: [ONNX_OUTPUT_NAME], name: 'softmax', attributes: [{ name: 'axis', int: 1 }] });

  const sizes = [d, ...layers.map((layer) => layer.outputs)].join(' → ');
  const description =
    options.docString ??
    `${kind === 'mlp' ? 'Multilayer perceptron' : kind === 'logistic-regression' ? 'Multinomial logistic regression' : kind} (${sizes}${layers.length > 1 ? ', ReLU' : ''}, softmax) exported by aisec. ` +
      `Input ${ONNX_INPUT_NAME}: float32 [N, ${d}]${options.standardize ? ', raw features (standardised inside the graph)' : ''}; output ${ONNX_OUTPUT_NAME}: float32 [N, ${C}].`;
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(options.metadata ?? {})) metadata[key] = value;
  metadata.model_kind = kind;
  metadata.standardized = options.standardize ? 'true' : 'false';
  if (options.featureNames) metadata.feature_names = JSON.stringify(options.featureNames);
  if (options.classNames) metadata.class_names = JSON.stringify(options.classNames);

  return encodeOnnxModel({
    irVersion: ONNX_IR_VERSION,
    opsetImports: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'aisec',
    producerVersion: toolVersion(),
    ...(options.modelVersion === undefined ? {} : { modelVersion: options.modelVersion }),
    docString: description,
    graph: {
      name: options.graphName ?? kind,
      nodes,
      initializers,
      inputs: [{ name: ONNX_INPUT_NAME, type: { tensor: { elemType: OnnxDataType.FLOAT, shape: ['N', d] } } }],
      outputs: [{ name: ONNX_OUTPUT_NAME, type: { tensor: { elemType: OnnxDataType.FLOAT, shape: ['N', C] } } }],
    },
    metadata,
  });
}

function checkLayers(layers: readonly MlpLayer[]): void {
  if (layers.length === 0) throw new RangeError('an ONNX classifier needs at least one layer');
  layers.forEach((layer, l) => {
    if (layer.weights.length !== layer.inputs * layer.outputs || layer.bias.length !== layer.outputs) {
      throw new RangeError(`layer ${l} holds ${layer.weights.length} weights and ${layer.bias.length} biases, not ${layer.outputs} × ${layer.inputs} and ${layer.outputs}`);
    }
    if (l > 0 && layer.inputs !== layers[l - 1]!.outputs) throw new RangeError(`layer ${l} takes ${layer.inputs} inputs, layer ${l - 1} gives ${layers[l - 1]!.outputs}`);
    checkFloat32(`layer ${l} weights`, layer.weights);
    checkFloat32(`layer ${l} biases`, layer.bias);
  });
}

function checkFloat32(what: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(Math.abs(v) <= FLOAT32_MAX)) throw new RangeError(`${what}: value ${i} is ${v}, which a float32 cannot hold`);
  }
}

function checkNames(what: string, names: readonly string[] | undefined, expected: number): void {
  if (names !== undefined && names.length !== expected) throw new RangeError(`${what} has ${names.length} names for ${expected} ${what === 'featureNames' ? 'features' : 'classes'}`);
}

function checkStandardize(s: { readonly mean: ArrayLike<number>; readonly std: ArrayLike<number> }, d: number): { mean: ArrayLike<number>; std: ArrayLike<number> } {
  if (s.mean.length !== d || s.std.length !== d) throw new RangeError(`standardize needs ${d} means and ${d} standard deviations, not ${s.mean.length} and ${s.std.length}`);
  checkFloat32('standardize mean', s.mean);
  for (let j = 0; j < d; j++) {
    const v = s.std[j]!;
    if (!(Math.fround(v) > 0) || !(v <= FLOAT32_MAX)) throw new RangeError(`standardize std of feature ${j} is ${v}; it must be a finite number > 0 (use 1 for a constant feature)`);
  }
  return s;
}
