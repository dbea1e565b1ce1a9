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
import { trainMlp } from '../../ml/models/mlp.js';

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
  // Small training sets get more passes, so that there are at least `minSteps` Adam steps.
  const perEpoch = Math.ceil(X.rows / Math.min(s.batchSize, X.rows));
  const epochs = X.rows > 0 ? Math.max(s.epochs, Math.ceil(s.minSteps / perEpoch)) : 0;
  return trainMlp(X, T, T.cols, { ...s, epochs }, options.seed ?? 0, options.signal);
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
