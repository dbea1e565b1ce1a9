/**
 * A model that is a plain function (or a trained {@link Classifier}) as a {@link ModelAdapter}:
 * what the attacks are tested against, and the way a library user plugs in a model of their
 * own. Inputs are checked, the budget is spent before the function sees a row, and every
 * answer is checked against the declared output kind and class count.
 */
import { AisecError } from '../../core/errors.js';
import type { Classifier } from '../models/classifier.js';
import type { Matrix } from '../models/matrix.js';
import { answerInRuns } from './answer-in-runs.js';
import { within } from './deadline.js';
import type { ModelAdapter, OutputKind, Prediction } from './model-adapter.js';
import { argmaxRows, copyLabels, resolveBudget, scoresToProbabilities } from './prediction-checks.js';
import type { QueryBudget } from './query-budget.js';

/** What a model function may answer: probabilities (`rows × numClasses`) or one label per row. */
export type FunctionAnswer = Matrix | Int32Array;

/** Options of {@link functionAdapter}. */
export interface FunctionAdapterOptions {
  /** Shown in reports and messages. */
  readonly name: string;
  readonly numFeatures: number;
  readonly numClasses: number;
  /**
   * `probabilities`: `predict` returns a `rows × numClasses` matrix whose rows sum to 1.
   * `labels`: it returns an Int32Array of class indices (or a score matrix, of which only the
   * argmax is passed on).
   */
  readonly output: OutputKind;
  /** Answers a batch; it gets a copy of the rows, never the caller's matrix. */
  readonly predict: (X: Matrix) => FunctionAnswer | Promise<FunctionAnswer>;
  /** Rows that may be sent in all (a number or a shared budget); no limit by default. */
  readonly budget?: number | QueryBudget;
  /** Rows per call of `predict` (default: the whole batch in one call). */
  readonly maxBatchSize?: number;
  /** Longest wait for an asynchronous answer, in ms (default 60,000). A synchronous function cannot be interrupted. */
  readonly timeoutMs?: number;
}

/** Options of {@link classifierAdapter}. */
export interface ClassifierAdapterOptions {
  /** Shown in reports (default `classifier`). */
  readonly name?: string;
  /** `probabilities` (default) or `labels` to test what an attacker sees of a label-only API. */
  readonly output?: OutputKind;
  readonly budget?: number | QueryBudget;
  readonly maxBatchSize?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Wrap a function as a model under test.
 *
 * @example
 * const model = functionAdapter({
 *   name: 'scorer', numFeatures: 4, numClasses: 2, output: 'labels',
 *   predict: (X) => Int32Array.from({ length: X.rows }, (_, i) => (X.data[i * 4]! > 0 ? 1 : 0)),
 *   budget: 1000,
 * });
 * const { labels } = await model.predict(rows);
 */
export function functionAdapter(options: FunctionAdapterOptions): ModelAdapter {
  return new FunctionAdapter(options);
}

/**
 * Wrap a trained classifier (logistic regression, MLP, …) as a model under test, answering
 * probabilities or, with `output: 'labels'`, only the predicted classes.
 */
export function classifierAdapter(classifier: Classifier, options: ClassifierAdapterOptions = {}): ModelAdapter {
  const output = options.output ?? 'probabilities';
  return new FunctionAdapter({
    name: options.name ?? 'classifier',
    numFeatures: classifier.numFeatures,
    numClasses: classifier.numClasses,
    output,
    predict: (X) => {
      const P = classifier.predictProba(X);
      return output === 'labels' ? argmaxRows(P.data, P.rows, P.cols) : P;
    },
    ...(options.budget === undefined ? {} : { budget: options.budget }),
    ...(options.maxBatchSize === undefined ? {} : { maxBatchSize: options.maxBatchSize }),
  });
}

class FunctionAdapter implements ModelAdapter {
  readonly name: string;
  readonly numFeatures: number;
  readonly numClasses: number;
  readonly output: OutputKind;
  readonly #predict: FunctionAdapterOptions['predict'];
  readonly #budget: QueryBudget;
  readonly #maxBatch: number;
  readonly #timeoutMs: number;
  #closed = false;

  constructor(options: FunctionAdapterOptions) {
    const name = options.name;
    if (typeof name !== 'string' || name.trim() === '') throw invalid('a function model needs a non-empty name');
    this.name = name;
    this.numFeatures = wholeAtLeast(name, 'numFeatures', options.numFeatures, 1);
    this.numClasses = wholeAtLeast(name, 'numClasses', options.numClasses, 1);
    if (options.output !== 'probabilities' && options.output !== 'labels') throw invalid(`${name}: output must be 'probabilities' or 'labels', not ${String(options.output)}`);
    this.output = options.output;
    if (typeof options.predict !== 'function') throw invalid(`${name}: predict must be a function`);
    this.#predict = options.predict;
    this.#maxBatch = options.maxBatchSize === undefined ? Number.POSITIVE_INFINITY : wholeAtLeast(name, 'maxBatchSize', options.maxBatchSize, 1);
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(timeout > 0)) throw invalid(`${name}: timeoutMs must be > 0, not ${timeout}`);
    this.#timeoutMs = timeout;
    this.#budget = resolveBudget(options.budget);
  }

  get queriesUsed(): number {
    return this.#budget.used;
  }

  get queriesLeft(): number {
    return this.#budget.left;
  }

  async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
    const d = this.numFeatures;
    const { labels, probabilities } = await answerInRuns(inputs, signal, {
      name: this.name,
      closed: this.#closed,
      numFeatures: d,
      numClasses: this.numClasses,
      budget: this.#budget,
      rowsPerRun: this.#maxBatch,
      withScores: this.output === 'probabilities',
      run: async (start, count, labels, probabilities) => {
        const chunk: Matrix = { rows: count, cols: d, data: inputs.data.slice(start * d, (start + count) * d) };
        const answer = await within(this.#call(chunk), this.#timeoutMs, () => this.#timeout(), signal, `${this.name}: the call`);
        this.#read(answer, count, start, labels, probabilities);
      },
      failure: (error) => `${this.name}: the model function failed: ${(error as Error)?.message ?? String(error)}`,
    });
    if (probabilities === undefined) return { labels };
    return { labels, probabilities: { rows: inputs.rows, cols: this.numClasses, data: probabilities } };
  }

  #call(chunk: Matrix): Promise<FunctionAnswer> {
    try {
      return Promise.resolve(this.#predict(chunk));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #timeout(): AisecError {
    return new AisecError('ERR_MODEL_RUNTIME', `${this.name}: the model function did not answer within ${this.#timeoutMs} ms`);
  }

  #read(answer: FunctionAnswer, count: number, start: number, labels: Int32Array, probabilities: Float64Array | undefined): void {
    const C = this.numClasses;
    if (answer instanceof Int32Array) {
      if (probabilities !== undefined) throw runtime(`${this.name}: the function returned labels, but the model was declared to give probabilities; declare output: 'labels'`);
      if (answer.length !== count) throw runtime(`${this.name}: the function returned ${answer.length} labels for ${count} rows`);
      copyLabels(this.name, answer, count, C, labels, start);
      return;
    }
    if (!isMatrix(answer)) throw runtime(`${this.name}: the function returned ${describe(answer)}, not a Matrix of probabilities or an Int32Array of labels`);
    if (answer.rows !== count || answer.cols !== C || answer.data.length !== count * C) {
      throw runtime(`${this.name}: the function returned a ${answer.rows} × ${answer.cols} matrix for ${count} rows of ${C} classes`);
    }
    if (probabilities !== undefined) {
      scoresToProbabilities(this.name, answer.data, 0, count, C, 'probabilities', probabilities, start);
    } else {
      const scratch = new Float64Array(count * C);
      for (let i = 0; i < scratch.length; i++) {
        const v = answer.data[i]!;
        if (Number.isNaN(v)) throw runtime(`${this.name}: the answer for row ${start + Math.floor(i / C)} is not valid: score ${i % C} is NaN`);
        scratch[i] = v;
      }
      labels.set(argmaxRows(scratch, count, C), start);
    }
  }

  close(): Promise<void> {
    this.#closed = true;
    return Promise.resolve();
  }
}

function isMatrix(value: unknown): value is Matrix {
  const m = value as Matrix | null;
  return typeof m === 'object' && m !== null && typeof m.rows === 'number' && typeof m.cols === 'number' && m.data instanceof Float64Array;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function wholeAtLeast(name: string, what: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw invalid(`${name}: ${what} must be a whole number ≥ ${min}, not ${String(value)}`);
  return value;
}

function invalid(message: string): AisecError {
  return new AisecError('ERR_CONFIG_INVALID', message);
}

function runtime(message: string): AisecError {
  return new AisecError('ERR_MODEL_RUNTIME', message);
}
