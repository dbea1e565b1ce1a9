/**
 * The options every evasion attack takes, and their checks: hostile settings (ε ≤ 0, NaN, a
 * budget of zero, rows of the wrong width) fail with ERR_ATTACK_INPUT naming the attack and the
 * option, before any query is sent.
 */
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { resolveBox, type Box, type BoxOption } from './box.js';
import type { EvasionNorm } from './norms.js';

/** Options shared by the evasion attacks. */
export interface EvasionOptions {
  /** Perturbation sizes to try, each > 0. One call gives the outcome at every ε (Foolbox style). */
  readonly epsilons: readonly number[];
  /** How perturbations are measured (default `linf`). */
  readonly norm?: EvasionNorm;
  /** Queries one example may spend (per ε, for attacks run once per ε); a whole number ≥ 1 (default 1,000). */
  readonly budget?: number;
  /** Seed of every random choice (default 0): the same seed, model and data give the same result. */
  readonly seed?: number;
  /** Cancels the attack; it then rejects with ERR_ABORTED. */
  readonly signal?: AbortSignal;
  /**
   * Bounds every input must stay in (default: each feature's range over the rows attacked; with
   * few rows that box is narrow, so pass the features' valid range, e.g. `{ lo: 0, hi: 1 }` for pixels).
   */
  readonly box?: BoxOption;
  /** Query counts at which the success curve is read (default 10, 20, 50, …, up to the budget). */
  readonly checkpoints?: readonly number[];
  /** Rows sent in one call to the model at most (default 10,000). */
  readonly maxBatchRows?: number;
  /** Keep each adversarial input in the result (default false, which keeps results small). */
  readonly keepAdversarials?: boolean;
}

/** {@link EvasionOptions} after checking, with the rows and labels attacked. */
export interface EvasionSettings {
  readonly where: string;
  readonly X: Matrix;
  readonly y: Int32Array;
  readonly epsilons: readonly number[];
  readonly norm: EvasionNorm;
  readonly budget: number;
  readonly seed: number;
  readonly signal: AbortSignal | undefined;
  readonly box: Box;
  readonly checkpoints: readonly number[];
  readonly maxBatchRows: number;
  readonly keepAdversarials: boolean;
}

/** The model facts the checks need. */
export interface ModelShape {
  readonly numFeatures: number;
  readonly numClasses: number;
}

/** Default read-out points of the success-vs-queries curve. */
export const defaultCheckpoints: readonly number[] = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

/** Largest per-example budget accepted: enough for any published setting, small enough to end. */
const MAX_BUDGET = 10_000_000;

/** Check the rows, labels and options of an attack called `where` against a model. */
export function checkEvasionInputs(where: string, model: ModelShape, X: Matrix, y: ArrayLike<number>, options: EvasionOptions): EvasionSettings {
  if (options === null || typeof options !== 'object') throw new AisecError('ERR_ATTACK_INPUT', `${where}: options must be an object`);
  const matrix = checkRows(where, model, X);
  const labels = checkLabels(where, model, y, matrix.rows);
  const epsilons = checkEpsilons(where, options.epsilons);
  const norm = options.norm ?? 'linf';
  if (norm !== 'linf' && norm !== 'l2') throw new AisecError('ERR_ATTACK_INPUT', `${where}: norm must be "linf" or "l2", not ${JSON.stringify(norm)}`);
  const budget = wholeNumber(options.budget ?? 1000, `${where}: budget`, 1, MAX_BUDGET);
  const seed = options.seed ?? 0;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new AisecError('ERR_ATTACK_INPUT', `${where}: seed must be a finite number, not ${String(seed)}`);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new AisecError('ERR_ATTACK_INPUT', `${where}: signal must be an AbortSignal`);
  return {
    where,
    X: matrix,
    y: labels,
    epsilons,
    norm,
    budget,
    seed,
    signal,
    box: resolveBox(options.box, matrix, where),
    checkpoints: checkCheckpoints(where, options.checkpoints, budget),
    maxBatchRows: wholeNumber(options.maxBatchRows ?? 10_000, `${where}: maxBatchRows`, 1, 100_000_000),
    keepAdversarials: options.keepAdversarials === true,
  };
}

/** A whole number in `[min, max]`, or ERR_ATTACK_INPUT naming `name`. */
export function wholeNumber(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new AisecError('ERR_ATTACK_INPUT', `${name} must be a whole number from ${min} to ${max}, not ${String(value)}`);
  }
  return value;
}

/** A finite number in `(min, max]` (or `[min, max]` when `inclusive`), or ERR_ATTACK_INPUT naming `name`. */
export function boundedNumber(value: unknown, name: string, min: number, max: number, inclusive = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > max || value < min || (!inclusive && value === min)) {
    throw new AisecError('ERR_ATTACK_INPUT', `${name} must be a number ${inclusive ? '≥' : '>'} ${min} and ≤ ${max}, not ${String(value)}`);
  }
  return value;
}

function checkRows(where: string, model: ModelShape, X: Matrix): Matrix {
  if (X === null || typeof X !== 'object' || !(X.data instanceof Float64Array) || !Number.isInteger(X.rows) || !Number.isInteger(X.cols) || X.data.length !== X.rows * X.cols) {
    throw new AisecError('ERR_ATTACK_INPUT', `${where}: the rows to attack must be a Matrix (rows, cols, data of rows × cols doubles)`);
  }
  if (X.rows < 1) throw new AisecError('ERR_ATTACK_INPUT', `${where}: there are no rows to attack`);
  if (X.cols !== model.numFeatures) throw new AisecError('ERR_ATTACK_INPUT', `${where}: the rows have ${X.cols} features, the model takes ${model.numFeatures}`);
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i]!)) {
      throw new AisecError('ERR_ATTACK_INPUT', `${where}: row ${Math.floor(i / X.cols)}, feature ${i % X.cols} is ${X.data[i]}, not a finite number`);
    }
  }
  return X;
}

function checkLabels(where: string, model: ModelShape, y: ArrayLike<number>, rows: number): Int32Array {
  if (y === null || typeof y !== 'object' || typeof y.length !== 'number') throw new AisecError('ERR_ATTACK_INPUT', `${where}: labels must be an array of class numbers`);
  if (y.length !== rows) throw new AisecError('ERR_ATTACK_INPUT', `${where}: ${y.length} labels for ${rows} rows`);
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const label = y[i];
    if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label >= model.numClasses) {
      throw new AisecError('ERR_ATTACK_INPUT', `${where}: label ${String(label)} of row ${i} is not one of the model's ${model.numClasses} classes (0 to ${model.numClasses - 1})`);
    }
    out[i] = label;
  }
  return out;
}

function checkEpsilons(where: string, epsilons: unknown): number[] {
  if (!Array.isArray(epsilons) || epsilons.length === 0) throw new AisecError('ERR_ATTACK_INPUT', `${where}: epsilons must be a non-empty list of perturbation sizes`);
  if (epsilons.length > 1000) throw new AisecError('ERR_ATTACK_INPUT', `${where}: at most 1,000 epsilons, not ${epsilons.length}`);
  return epsilons.map((e: unknown, i) => {
    if (typeof e !== 'number' || !Number.isFinite(e) || e <= 0) {
      throw new AisecError('ERR_ATTACK_INPUT', `${where}: epsilons[${i}] must be a finite number > 0, not ${String(e)}`);
    }
    return e;
  });
}

function checkCheckpoints(where: string, checkpoints: readonly number[] | undefined, budget: number): number[] {
  if (checkpoints === undefined) {
    const list = defaultCheckpoints.filter((q) => q < budget);
    return [...list, budget];
  }
  if (!Array.isArray(checkpoints) || checkpoints.length === 0 || checkpoints.length > 1000) {
    throw new AisecError('ERR_ATTACK_INPUT', `${where}: checkpoints must be a list of 1 to 1,000 query counts`);
  }
  const list = checkpoints.map((q: unknown, i) => wholeNumber(q, `${where}: checkpoints[${i}]`, 1, Number.MAX_SAFE_INTEGER));
  return [...new Set(list)].sort((a, b) => a - b);
}
