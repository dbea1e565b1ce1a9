/**
 * A small multilayer perceptron that learns from soft targets (a probability row per training
 * row) as well as from labels: the surrogate of the extraction tests. A thief that sees the
 * victim's probabilities copies far more per query by matching them than by matching the argmax
 * (Hinton et al.'s distillation), so the tests need a learner that takes them.
 *
 * ReLU hidden layers, softmax output, cross-entropy against the targets, minibatch Adam from a
 * He initialisation; the seed fixes the weights bit for bit. `hiddenSizes: []` is a softmax
 * regression.
 */
import { AisecError } from '../../core/errors.js';
import { checkLabels, type DifferentiableClassifier, type FitOptions, type Learner } from '../../ml/models/classifier.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal, type Rng } from '../../stats/index.js';

/** A learner that also trains on soft targets. */
export interface SoftLearner<O extends FitOptions = FitOptions> extends Learner<O> {
  /** Train on one probability row per training row (rows of `targets` sum to 1). */
  fitSoft(X: Matrix, targets: Matrix, options?: O): DifferentiableClassifier;
}

/** Whether a learner can train on soft targets. */
export function isSoftLearner(learner: Learner): learner is SoftLearner {
  return typeof (learner as Partial<SoftLearner>).fitSoft === 'function';
}

/** Options of {@link softTargetMlp}. */
export interface SoftMlpOptions extends FitOptions {
  /** Units of each hidden layer, input side first (default `[64]`). */
  readonly hiddenSizes?: readonly number[];
  /** Passes over the training rows (default 30). */
  readonly epochs?: number;
  /** Adam steps at least: small training sets get more passes (default 0). */
  readonly minSteps?: number;
  /** Rows per Adam step (default 32). */
  readonly batchSize?: number;
  /** Adam step size (default 3e-3). */
  readonly learningRate?: number;
  /** L2 penalty on the weights, on the mean loss (default 1e-4). */
  readonly l2?: number;
}

interface Layer {
  readonly inputs: number;
  readonly outputs: number;
  /** `outputs × inputs`, row-major. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/** Parameters allowed in one network (as many as 64 hidden layers of 1,000 units). */
const MAX_PARAMETERS = 1 << 26;

/**
 * A soft-target MLP learner whose `fit` (labels) and `fitSoft` (probabilities) use `defaults`,
 * overridden by the options of each call.
 *
 * @example
 * const learner = softTargetMlp({ hiddenSizes: [64], epochs: 30 });
 * const model = learner.fitSoft(X, victimProbabilities, { seed: 1 });
 */
export function softTargetMlp(defaults: SoftMlpOptions = {}): SoftLearner<SoftMlpOptions> {
  const name = `soft-mlp(${(defaults.hiddenSizes ?? [64]).join('-') || 'linear'})`;
  const fitSoft = (X: Matrix, targets: Matrix, options: SoftMlpOptions = {}): DifferentiableClassifier => trainSoft(X, targets, { ...defaults, ...options });
  return {
    name,
    fitSoft,
    fit(X: Matrix, y: Int32Array, options: SoftMlpOptions = {}): DifferentiableClassifier {
      const C = checkLabels(X, y, options.numClasses ?? defaults.numClasses);
      return fitSoft(X, oneHot(y, C), options);
    },
  };
}

/** One row per label, 1 at the label and 0 elsewhere. */
export function oneHot(y: Int32Array, numClasses: number): Matrix {
  const out = createMatrix(y.length, numClasses);
  for (let i = 0; i < y.length; i++) out.data[i * numClasses + y[i]!] = 1;
  return out;
}

interface Settings {
  readonly hiddenSizes: readonly number[];
  readonly epochs: number;
  readonly minSteps: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly l2: number;
}

function trainSoft(X: Matrix, T: Matrix, options: SoftMlpOptions): DifferentiableClassifier {
  const s = checkSettings(options);
  if (T.rows !== X.rows) throw new AisecError('ERR_ATTACK_INPUT', `soft-target MLP: ${T.rows} target rows for ${X.rows} training rows`);
  if (T.cols < 1) throw new AisecError('ERR_ATTACK_INPUT', 'soft-target MLP: targets need at least one class');
  if (options.numClasses !== undefined && options.numClasses !== T.cols) {
    throw new AisecError('ERR_ATTACK_INPUT', `soft-target MLP: targets have ${T.cols} classes, numClasses is ${options.numClasses}`);
  }
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i]!)) throw new AisecError('ERR_ATTACK_INPUT', `soft-target MLP: feature ${i % X.cols} of row ${Math.floor(i / X.cols)} is not a finite number`);
  }
  for (let i = 0; i < T.data.length; i++) {
    const t = T.data[i]!;
    if (!(t >= 0 && t <= 1)) throw new AisecError('ERR_ATTACK_INPUT', `soft-target MLP: target ${i % T.cols} of row ${Math.floor(i / T.cols)} is ${t}, not a probability`);
  }
  const sizes = [X.cols, ...s.hiddenSizes, T.cols];
  let parameters = 0;
  for (let l = 1; l < sizes.length; l++) parameters += sizes[l]! * (sizes[l - 1]! + 1);
  if (parameters > MAX_PARAMETERS) throw new AisecError('ERR_ATTACK_INPUT', `soft-target MLP: layer sizes ${sizes.join(' → ')} make ${parameters} parameters, more than ${MAX_PARAMETERS}`);
  const rng = createRng(options.seed ?? 0);
  const layers = sizes.slice(1).map((outputs, l) => heLayer(sizes[l]!, outputs, rng));
  if (X.rows > 0) adam(layers, X, T, s, rng, options.signal);
  return modelOf(layers);
}

function checkSettings(o: SoftMlpOptions): Settings {
  const hiddenSizes = o.hiddenSizes ?? [64];
  const bad = (what: string): never => {
    throw new AisecError('ERR_ATTACK_INPUT', `soft-target MLP: ${what}`);
  };
  if (!Array.isArray(hiddenSizes) || hiddenSizes.length > 64 || hiddenSizes.some((h) => !Number.isInteger(h) || h < 1)) bad('hiddenSizes must be up to 64 whole numbers ≥ 1');
  const int = (value: number | undefined, fallback: number, name: string, min: number, max: number): number => {
    const v = value ?? fallback;
    if (!Number.isInteger(v) || v < min || v > max) bad(`${name} must be a whole number from ${min} to ${max}, not ${String(v)}`);
    return v;
  };
  const learningRate = o.learningRate ?? 3e-3;
  if (!(learningRate > 0 && learningRate <= 10)) bad(`learningRate must be above 0 and at most 10, not ${learningRate}`);
  const l2 = o.l2 ?? 1e-4;
  if (!(l2 >= 0 && l2 <= 100)) bad(`l2 must be from 0 to 100, not ${l2}`);
  return {
    hiddenSizes,
    epochs: int(o.epochs, 30, 'epochs', 0, 100_000),
    minSteps: int(o.minSteps, 0, 'minSteps', 0, 10_000_000),
    batchSize: int(o.batchSize, 32, 'batchSize', 1, 1_000_000),
    learningRate,
    l2,
  };
}

/** Weights from N(0, 2 / inputs) (He et al. 2015), biases zero. */
function heLayer(inputs: number, outputs: number, rng: Rng): Layer {
  const weights = new Float64Array(outputs * inputs);
  const sd = Math.sqrt(2 / Math.max(1, inputs));
  for (let i = 0; i < weights.length; i++) weights[i] = normal(rng, 0, sd);
  return { inputs, outputs, weights, bias: new Float64Array(outputs) };
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/** Minibatch Adam on the mean cross-entropy against `T`; updates `layers` in place. */
function adam(layers: readonly Layer[], X: Matrix, T: Matrix, s: Settings, rng: Rng, signal?: AbortSignal): void {
  const n = X.rows;
  const d = X.cols;
  const L = layers.length;
  const C = T.cols;
  const B = Math.min(s.batchSize, n);
  const perEpoch = Math.ceil(n / B);
  const epochs = Math.max(s.epochs, Math.ceil(s.minSteps / perEpoch));
  const acts = [new Float64Array(B * d), ...layers.map((l) => new Float64Array(B * l.outputs))];
  const deltas = layers.map((l) => new Float64Array(B * l.outputs));
  const grads = layers.map((l) => ({ w: new Float64Array(l.weights.length), b: new Float64Array(l.bias.length) }));
  const moments = layers.map((l) => ({
    w1: new Float64Array(l.weights.length),
    w2: new Float64Array(l.weights.length),
    b1: new Float64Array(l.bias.length),
    b2: new Float64Array(l.bias.length),
  }));
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let start = 0; start < n; start += B) {
      signal?.throwIfAborted();
      const rows = Math.min(B, n - start);
      for (let b = 0; b < rows; b++) {
        const r = order[start + b]!;
        acts[0]!.set(X.data.subarray(r * d, (r + 1) * d), b * d);
      }
      for (let l = 0; l < L; l++) forward(layers[l]!, acts[l]!, acts[l + 1]!, rows, l < L - 1);
      const probs = acts[L]!;
      softmaxRows(probs, rows, C);
      const top = deltas[L - 1]!;
      for (let b = 0; b < rows; b++) {
        const to = order[start + b]! * C;
        for (let c = 0; c < C; c++) top[b * C + c] = (probs[b * C + c]! - T.data[to + c]!) / rows;
      }
      for (let l = L - 1; l >= 0; l--) backward(layers[l]!, acts[l]!, deltas[l]!, grads[l]!, rows, l > 0 ? deltas[l - 1]! : undefined);
      step++;
      const c1 = 1 - BETA1 ** step;
      const c2 = 1 - BETA2 ** step;
      for (let l = 0; l < L; l++) {
        const m = moments[l]!;
        adamStep(layers[l]!.weights, grads[l]!.w, m.w1, m.w2, s.learningRate, c1, c2, s.l2);
        adamStep(layers[l]!.bias, grads[l]!.b, m.b1, m.b2, s.learningRate, c1, c2, 0);
      }
    }
  }
}

function forward(layer: Layer, input: Float64Array, out: Float64Array, rows: number, relu: boolean): void {
  const { inputs: k, outputs: m, weights: W, bias } = layer;
  for (let b = 0; b < rows; b++) {
    const xo = b * k;
    for (let o = 0; o < m; o++) {
      const wo = o * k;
      let s = bias[o]!;
      for (let i = 0; i < k; i++) s += W[wo + i]! * input[xo + i]!;
      out[b * m + o] = relu && s < 0 ? 0 : s;
    }
  }
}

function backward(layer: Layer, input: Float64Array, delta: Float64Array, grad: { w: Float64Array; b: Float64Array }, rows: number, below: Float64Array | undefined): void {
  const { inputs: k, outputs: m, weights: W } = layer;
  grad.w.fill(0);
  grad.b.fill(0);
  for (let b = 0; b < rows; b++) {
    const xo = b * k;
    for (let o = 0; o < m; o++) {
      const g = delta[b * m + o]!;
      if (g === 0) continue;
      grad.b[o]! += g;
      const wo = o * k;
      for (let i = 0; i < k; i++) grad.w[wo + i]! += g * input[xo + i]!;
    }
  }
  if (!below) return;
  for (let b = 0; b < rows; b++) {
    const xo = b * k;
    below.fill(0, xo, xo + k);
    for (let o = 0; o < m; o++) {
      const g = delta[b * m + o]!;
      if (g === 0) continue;
      const wo = o * k;
      for (let i = 0; i < k; i++) below[xo + i]! += g * W[wo + i]!;
    }
    // `input` is the ReLU output of the layer below: a zero passes no gradient.
    for (let i = 0; i < k; i++) if (input[xo + i]! <= 0) below[xo + i] = 0;
  }
}

function adamStep(params: Float64Array, grad: Float64Array, m1: Float64Array, m2: Float64Array, lr: number, c1: number, c2: number, l2: number): void {
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    const g = grad[i]! + l2 * p;
    const a = BETA1 * m1[i]! + (1 - BETA1) * g;
    const v = BETA2 * m2[i]! + (1 - BETA2) * g * g;
    m1[i] = a;
    m2[i] = v;
    params[i] = p - (lr * (a / c1)) / (Math.sqrt(v / c2) + EPSILON);
  }
}

function softmaxRows(z: Float64Array, rows: number, C: number): void {
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

/** Rows pushed through the network at once when predicting (bounds the scratch memory). */
const CHUNK = 256;

function modelOf(layers: readonly Layer[]): DifferentiableClassifier {
  const d = layers[0]!.inputs;
  const L = layers.length;
  const C = layers[L - 1]!.outputs;
  return {
    numClasses: C,
    numFeatures: d,
    predictProba(X: Matrix): Matrix {
      if (X.cols !== d) throw new RangeError(`the model takes ${d} features, the input has ${X.cols}`);
      const out = createMatrix(X.rows, C);
      const scratch = layers.map((l) => new Float64Array(Math.min(CHUNK, Math.max(1, X.rows)) * l.outputs));
      for (let start = 0; start < X.rows; start += CHUNK) {
        const rows = Math.min(CHUNK, X.rows - start);
        let input = X.data.subarray(start * d, (start + rows) * d);
        for (let l = 0; l < L; l++) {
          forward(layers[l]!, input, scratch[l]!, rows, l < L - 1);
          input = scratch[l]!;
        }
        softmaxRows(input, rows, C);
        out.data.set(input.subarray(0, rows * C), start * C);
      }
      return out;
    },
    inputGradient(x: ArrayLike<number>, label: number): Float64Array {
      if (x.length !== d) throw new RangeError(`the model takes ${d} features, the input has ${x.length}`);
      if (!Number.isInteger(label) || label < 0 || label >= C) throw new RangeError(`label ${label} is outside the ${C} classes`);
      const acts = [Float64Array.from(x), ...layers.map((l) => new Float64Array(l.outputs))];
      for (let l = 0; l < L; l++) forward(layers[l]!, acts[l]!, acts[l + 1]!, 1, l < L - 1);
      // d(−log p_label)/dz = p − onehot(label)
      let delta = Float64Array.from(acts[L]!);
      softmaxRows(delta, 1, C);
      delta[label]! -= 1;
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
    },
  };
}
