import { createRng, normal, type Rng } from '../../stats/index.js';
import { checkLabels, type DifferentiableClassifier, type FitOptions, type Learner } from './classifier.js';
import { createMatrix, type Matrix } from './matrix.js';

/** Options of {@link fitMlp}. */
export interface MlpOptions extends FitOptions {
  /** Units of each hidden layer, input side first (default `[64]`; `[]` is a softmax regression). */
  readonly hiddenSizes?: readonly number[];
  /** Passes over the training rows (default 30). */
  readonly epochs?: number;
  /** Rows per Adam step (default 32). */
  readonly batchSize?: number;
  /** Adam step size (default 1e-3). */
  readonly learningRate?: number;
  /** L2 penalty on the weights (not the biases), on the mean loss (default 1e-4). */
  readonly l2?: number;
}

/** One dense layer: `out = weights · in + bias`. */
export interface MlpLayer {
  readonly inputs: number;
  readonly outputs: number;
  /** `outputs × inputs`, row-major (the `B` of an ONNX Gemm with `transB = 1`). */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/** A fitted multilayer perceptron: dense layers with ReLU between them and softmax at the end. */
export interface MlpModel extends DifferentiableClassifier {
  /** The dense layers, input side first; every one but the last is followed by ReLU. */
  readonly layers: readonly MlpLayer[];
  /** Mean training loss (cross-entropy plus penalty) of each epoch, over its minibatches. */
  readonly epochLosses: Float64Array;
  /** The class scores before softmax, one row per input row. */
  logits(X: Matrix): Matrix;
  /** Gradient of `Σ_c coefficients[c] · logit_c(x)` with respect to `x` (C&W-style margins). */
  logitGradient(x: ArrayLike<number>, coefficients: ArrayLike<number>): Float64Array;
}

/** Parameters allowed in one network: 64 M doubles is 512 MiB of weights, twice that for Adam. */
const MAX_PARAMETERS = 1 << 26;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/**
 * Train a multilayer perceptron (ReLU hidden layers, softmax output, cross-entropy) by
 * minibatch Adam from a He initialisation. Initialisation and the order of the minibatches come
 * from `seed`, and the arithmetic is sequential, so a seed gives the same weights bit for bit.
 *
 * @example
 * const model = fitMlp(X, y, { hiddenSizes: [64], epochs: 30, seed: 1 });
 * const p = model.predictProba(X); // n × numClasses
 */
export function fitMlp(X: Matrix, y: Int32Array, options: MlpOptions = {}): MlpModel {
  const C = checkLabels(X, y, options.numClasses);
  const settings = checkOptions(options);
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i]!)) throw new RangeError(`feature ${i % X.cols} of row ${Math.floor(i / X.cols)} is ${X.data[i]}, not a finite number`);
  }
  countParameters([X.cols, ...settings.hiddenSizes, C]);
  return trainMlp(X, y, C, settings, options.seed ?? 0, options.signal);
}

/**
 * The training core of {@link fitMlp}, without its checks of the options and data: a He
 * initialisation from `seed`, then minibatch Adam on the mean cross-entropy against `targets`,
 * either a label per row or a probability row per row (soft targets, `X.rows × numClasses`).
 * Callers check their own inputs first.
 */
export function trainMlp(X: Matrix, targets: Int32Array | Matrix, numClasses: number, settings: MlpTrainSettings, seed: number, signal?: AbortSignal): MlpModel {
  const sizes = [X.cols, ...settings.hiddenSizes, numClasses];
  const rng = createRng(seed);
  const layers = sizes.slice(1).map((outputs, l) => heLayer(sizes[l]!, outputs, rng));
  const epochLosses = train(layers, X, targets, settings, rng, signal);
  return mlpFromLayers(layers, epochLosses);
}

/** {@link fitMlp} as a {@link Learner}, for cross-validation. */
export const mlp: Learner<MlpOptions> = { name: 'mlp', fit: fitMlp };

/** Checked settings of {@link trainMlp}. */
export interface MlpTrainSettings {
  readonly hiddenSizes: readonly number[];
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly l2: number;
}

function checkOptions(options: MlpOptions): MlpTrainSettings {
  const hiddenSizes = options.hiddenSizes ?? [64];
  if (!Array.isArray(hiddenSizes)) throw new RangeError('hiddenSizes must be an array of whole numbers ≥ 1');
  for (const h of hiddenSizes) {
    if (!Number.isInteger(h) || h < 1) throw new RangeError(`hidden layer sizes must be whole numbers ≥ 1, not ${String(h)}`);
  }
  const epochs = options.epochs ?? 30;
  if (!Number.isInteger(epochs) || epochs < 0) throw new RangeError(`epochs must be a whole number ≥ 0, not ${epochs}`);
  const batchSize = options.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number ≥ 1, not ${batchSize}`);
  const learningRate = options.learningRate ?? 1e-3;
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learningRate must be a finite number > 0, not ${learningRate}`);
  const l2 = options.l2 ?? 1e-4;
  if (!(l2 >= 0) || !Number.isFinite(l2)) throw new RangeError(`l2 must be a finite number ≥ 0, not ${l2}`);
  return { hiddenSizes, epochs, batchSize, learningRate, l2 };
}

function countParameters(sizes: readonly number[]): void {
  let total = 0;
  for (let l = 1; l < sizes.length; l++) total += sizes[l]! * (sizes[l - 1]! + 1);
  if (total > MAX_PARAMETERS) throw new RangeError(`a network of layer sizes ${sizes.join(' → ')} has ${total} parameters, more than the ${MAX_PARAMETERS} allowed`);
}

/** Weights drawn from N(0, 2 / inputs) (He et al. 2015), biases zero. */
function heLayer(inputs: number, outputs: number, rng: Rng): MlpLayer {
  const weights = new Float64Array(outputs * inputs);
  const sd = Math.sqrt(2 / Math.max(1, inputs));
  for (let i = 0; i < weights.length; i++) weights[i] = normal(rng, 0, sd);
  return { inputs, outputs, weights, bias: new Float64Array(outputs) };
}

/** Adam over all layers; returns the mean loss of each epoch. Updates `layers` in place. */
function train(layers: readonly MlpLayer[], X: Matrix, targets: Int32Array | Matrix, s: MlpTrainSettings, rng: Rng, signal?: AbortSignal): Float64Array {
  const n = X.rows;
  const d = X.cols;
  const L = layers.length;
  const C = layers[L - 1]!.outputs;
  const B = Math.max(1, Math.min(s.batchSize, n));
  // acts[0] is the gathered batch; acts[l] the output of layer l (after ReLU, or softmax at the end).
  const acts = [new Float64Array(B * d), ...layers.map((layer) => new Float64Array(B * layer.outputs))];
  const deltas = layers.map((layer) => new Float64Array(B * layer.outputs));
  const gradW = layers.map((layer) => new Float64Array(layer.weights.length));
  const gradB = layers.map((layer) => new Float64Array(layer.bias.length));
  const m1W = layers.map((layer) => new Float64Array(layer.weights.length));
  const m2W = layers.map((layer) => new Float64Array(layer.weights.length));
  const m1B = layers.map((layer) => new Float64Array(layer.bias.length));
  const m2B = layers.map((layer) => new Float64Array(layer.bias.length));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const epochLosses = new Float64Array(s.epochs);
  let step = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    shuffleInPlace(order, rng);
    let epochLoss = 0;
    let batches = 0;
    for (let start = 0; start < n; start += B) {
      signal?.throwIfAborted();
      const rows = Math.min(B, n - start);
      const input = acts[0]!;
      for (let b = 0; b < rows; b++) {
        const r = order[start + b]!;
        input.set(X.data.subarray(r * d, (r + 1) * d), b * d);
      }
      for (let l = 0; l < L; l++) denseForward(layers[l]!, acts[l]!, acts[l + 1]!, rows, l < L - 1);
      const probs = acts[L]!;
      softmaxRowsInPlace(probs, rows, C);
      // Output delta of the mean cross-entropy: (p − target) / rows, the target one-hot for a label.
      const top = deltas[L - 1]!;
      let loss = 0;
      const inv = 1 / rows;
      for (let b = 0; b < rows; b++) {
        const r = order[start + b]!;
        if (targets instanceof Int32Array) {
          const label = targets[r]!;
          loss -= Math.log(Math.max(probs[b * C + label]!, 1e-300));
          for (let c = 0; c < C; c++) top[b * C + c] = (probs[b * C + c]! - (c === label ? 1 : 0)) * inv;
        } else {
          const to = r * C;
          for (let c = 0; c < C; c++) {
            const t = targets.data[to + c]!;
            if (t > 0) loss -= t * Math.log(Math.max(probs[b * C + c]!, 1e-300));
            top[b * C + c] = (probs[b * C + c]! - t) * inv;
          }
        }
      }
      loss *= inv;
      for (let l = L - 1; l >= 0; l--) {
        denseBackward(layers[l]!, acts[l]!, deltas[l]!, gradW[l]!, gradB[l]!, rows, l > 0 ? deltas[l - 1]! : undefined);
      }
      step++;
      const c1 = 1 - Math.pow(BETA1, step);
      const c2 = 1 - Math.pow(BETA2, step);
      let penalty = 0;
      for (let l = 0; l < L; l++) {
        const layer = layers[l]!;
        penalty += adamStep(layer.weights, gradW[l]!, m1W[l]!, m2W[l]!, s.learningRate, c1, c2, s.l2);
        adamStep(layer.bias, gradB[l]!, m1B[l]!, m2B[l]!, s.learningRate, c1, c2, 0);
      }
      epochLoss += loss + 0.5 * s.l2 * penalty;
      batches++;
    }
    epochLosses[epoch] = batches > 0 ? epochLoss / batches : 0;
  }
  return epochLosses;
}

/** Fisher–Yates over a typed array with the seeded generator. */
function shuffleInPlace(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/** `out[b] = W · in[b] + bias` for `rows` rows, then ReLU when `relu`. */
function denseForward(layer: MlpLayer, input: Float64Array, out: Float64Array, rows: number, relu: boolean): void {
  const { inputs: k, outputs: m, weights: W, bias } = layer;
  for (let b = 0; b < rows; b++) {
    const xo = b * k;
    const oo = b * m;
    for (let o = 0; o < m; o++) {
      const wo = o * k;
      // Four running sums: independent additions the CPU can overlap.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let i = 0;
      for (; i + 3 < k; i += 4) {
        s0 += W[wo + i]! * input[xo + i]!;
        s1 += W[wo + i + 1]! * input[xo + i + 1]!;
        s2 += W[wo + i + 2]! * input[xo + i + 2]!;
        s3 += W[wo + i + 3]! * input[xo + i + 3]!;
      }
      for (; i < k; i++) s0 += W[wo + i]! * input[xo + i]!;
      const s = bias[o]! + (s0 + s1 + (s2 + s3));
      out[oo + o] = relu && s < 0 ? 0 : s;
    }
  }
}

/**
 * Gradients of one layer from the delta at its output: `gradW = Σ_b delta_b ⊗ in_b`,
 * `gradB = Σ_b delta_b`, and when `below` is given the delta at its input, through the ReLU
 * that produced `input` (a zero activation passes no gradient).
 */
function denseBackward(
  layer: MlpLayer,
  input: Float64Array,
  delta: Float64Array,
  gradW: Float64Array,
  gradB: Float64Array,
  rows: number,
  below: Float64Array | undefined,
): void {
  const { inputs: k, outputs: m, weights: W } = layer;
  gradW.fill(0);
  gradB.fill(0);
  for (let b = 0; b < rows; b++) {
    const xo = b * k;
    const dout = b * m;
    if (below) below.fill(0, xo, xo + k);
    for (let o = 0; o < m; o++) {
      const g = delta[dout + o]!;
      if (g === 0) continue;
      gradB[o]! += g;
      const wo = o * k;
      if (below) {
        for (let i = 0; i < k; i++) {
          gradW[wo + i]! += g * input[xo + i]!;
          below[xo + i]! += g * W[wo + i]!;
        }
      } else {
        for (let i = 0; i < k; i++) gradW[wo + i]! += g * input[xo + i]!;
      }
    }
    if (below) for (let i = 0; i < k; i++) if (input[xo + i]! <= 0) below[xo + i] = 0;
  }
}

/** One Adam update with an L2 term added to the gradient; returns ‖params‖² before the step. */
function adamStep(params: Float64Array, grad: Float64Array, m1: Float64Array, m2: Float64Array, lr: number, c1: number, c2: number, l2: number): number {
  let norm = 0;
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    norm += p * p;
    const g = grad[i]! + l2 * p;
    const a = BETA1 * m1[i]! + (1 - BETA1) * g;
    const v = BETA2 * m2[i]! + (1 - BETA2) * g * g;
    m1[i] = a;
    m2[i] = v;
    params[i] = p - (lr * (a / c1)) / (Math.sqrt(v / c2) + EPSILON);
  }
  return norm;
}

function softmaxRowsInPlace(z: Float64Array, rows: number, C: number): void {
  for (let b = 0; b < rows; b++) {
    const o = b * C;
    let max = -Infinity;
    for (let c = 0; c < C; c++) if (z[o + c]! > max) max = z[o + c]!;
    let total = 0;
    for (let c = 0; c < C; c++) {
      const e = Math.exp(z[o + c]! - max);
      z[o + c] = e;
      total += e;
    }
    for (let c = 0; c < C; c++) z[o + c] = z[o + c]! / total;
  }
}

/** Rows pushed through the network at once by `logits` (bounds the scratch memory). */
const CHUNK_ROWS = 256;

/**
 * A model from given layers (e.g. weights read back from a file). The layers are used as they
 * are, not copied; each must take the previous one's outputs.
 */
export function mlpFromLayers(layers: readonly MlpLayer[], epochLosses: Float64Array = new Float64Array(0)): MlpModel {
  if (layers.length === 0) throw new RangeError('an MLP needs at least one layer');
  layers.forEach((layer, l) => {
    if (layer.weights.length !== layer.inputs * layer.outputs || layer.bias.length !== layer.outputs) {
      throw new RangeError(`layer ${l} holds ${layer.weights.length} weights and ${layer.bias.length} biases, not ${layer.outputs} × ${layer.inputs} and ${layer.outputs}`);
    }
    if (l > 0 && layer.inputs !== layers[l - 1]!.outputs) throw new RangeError(`layer ${l} takes ${layer.inputs} inputs, layer ${l - 1} gives ${layers[l - 1]!.outputs}`);
  });
  const d = layers[0]!.inputs;
  const L = layers.length;
  const C = layers[L - 1]!.outputs;

  function logits(X: Matrix): Matrix {
    if (X.cols !== d) throw new RangeError(`the model takes ${d} features, the input has ${X.cols}`);
    const out = createMatrix(X.rows, C);
    const scratch = layers.map((layer) => new Float64Array(Math.min(CHUNK_ROWS, Math.max(1, X.rows)) * layer.outputs));
    for (let start = 0; start < X.rows; start += CHUNK_ROWS) {
      const rows = Math.min(CHUNK_ROWS, X.rows - start);
      let input = X.data.subarray(start * d, (start + rows) * d);
      for (let l = 0; l < L; l++) {
        denseForward(layers[l]!, input, scratch[l]!, rows, l < L - 1);
        input = scratch[l]!;
      }
      out.data.set(input.subarray(0, rows * C), start * C);
    }
    return out;
  }

  /** Forward one row, keeping every activation; then back-propagate `top` (∂/∂logits) to the input. */
  function backToInput(x: ArrayLike<number>, top: (logits: Float64Array) => Float64Array): Float64Array {
    if (x.length !== d) throw new RangeError(`the model takes ${d} features, the input has ${x.length}`);
    const acts = [Float64Array.from(x), ...layers.map((layer) => new Float64Array(layer.outputs))];
    for (let l = 0; l < L; l++) denseForward(layers[l]!, acts[l]!, acts[l + 1]!, 1, l < L - 1);
    let delta = top(acts[L]!);
    for (let l = L - 1; l >= 0; l--) {
      const { inputs: k, outputs: m, weights: W } = layers[l]!;
      const below = new Float64Array(k);
      for (let o = 0; o < m; o++) {
        const g = delta[o]!;
        if (g === 0) continue;
        for (let i = 0; i < k; i++) below[i]! += g * W[o * k + i]!;
      }
      if (l > 0) for (let i = 0; i < k; i++) if (acts[l]![i]! <= 0) below[i] = 0;
      delta = below;
    }
    return delta;
  }

  return {
    numClasses: C,
    numFeatures: d,
    layers,
    epochLosses,
    logits,
    predictProba(X: Matrix): Matrix {
      const z = logits(X);
      softmaxRowsInPlace(z.data, z.rows, C);
      return z;
    },
    inputGradient(x: ArrayLike<number>, label: number): Float64Array {
      if (!Number.isInteger(label) || label < 0 || label >= C) throw new RangeError(`label ${label} is outside the ${C} classes`);
      // d(−log p_label)/dz = p − onehot(label)
      return backToInput(x, (z) => {
        const g = Float64Array.from(z);
        softmaxRowsInPlace(g, 1, C);
        g[label]! -= 1;
        return g;
      });
    },
    logitGradient(x: ArrayLike<number>, coefficients: ArrayLike<number>): Float64Array {
      if (coefficients.length !== C) throw new RangeError(`${coefficients.length} coefficients for ${C} classes`);
      return backToInput(x, () => Float64Array.from(coefficients));
    },
  };
}
