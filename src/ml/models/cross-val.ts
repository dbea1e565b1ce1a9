import { createRng, shuffle } from '../../stats/index.js';
import { checkLabels, type FitOptions, type Learner } from './classifier.js';
import { logisticRegression } from './logistic-regression.js';
import { createMatrix, selectRows, selectValues, type Matrix } from './matrix.js';

/** Options of {@link crossValProba}. */
export interface CrossValOptions<O extends FitOptions = FitOptions> {
  /** The model trained on each fold (default logistic regression). */
  readonly learner?: Learner<O>;
  /** Options for the learner; `numClasses`, `seed` and `signal` are set per fold. */
  readonly fitOptions?: O;
  readonly numClasses?: number;
  readonly signal?: AbortSignal;
}

/**
 * Out-of-fold class probabilities: split the rows into `k` stratified folds (seeded), train on
 * k − 1 of them and predict the one held out, so every row is scored by a model that never saw
 * it. This is what confident learning needs: in-sample probabilities would simply repeat the
 * (possibly wrong) labels back.
 *
 * @example
 * const oof = crossValProba(X, y, 5, 42); // n × numClasses
 */
export function crossValProba<O extends FitOptions>(X: Matrix, y: Int32Array, k: number, seed: number, options: CrossValOptions<O> = {}): Matrix {
  const run = prepare(X, y, k, seed, options);
  for (let f = 0; f < k; f++) run.fold(f);
  return run.out;
}

/** {@link crossValProba} that gives the event loop a turn between folds, so a time budget can stop it. */
export async function crossValProbaAsync<O extends FitOptions>(X: Matrix, y: Int32Array, k: number, seed: number, options: CrossValOptions<O> = {}): Promise<Matrix> {
  const run = prepare(X, y, k, seed, options);
  for (let f = 0; f < k; f++) {
    await new Promise((resolve) => setImmediate(resolve));
    run.fold(f);
  }
  return run.out;
}

function prepare<O extends FitOptions>(X: Matrix, y: Int32Array, k: number, seed: number, options: CrossValOptions<O>): { out: Matrix; fold(f: number): void } {
  const C = checkLabels(X, y, options.numClasses);
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be a whole number ≥ 2, not ${k}`);
  if (X.rows < k) throw new RangeError(`${k}-fold cross-validation needs at least ${k} rows, not ${X.rows}`);
  const learner = (options.learner ?? logisticRegression) as Learner<FitOptions>;
  const folds = stratifiedFolds(y, C, k, seed);
  const out = createMatrix(X.rows, C);
  const fold = (f: number): void => {
    options.signal?.throwIfAborted();
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < X.rows; i++) (folds[i] === f ? test : train).push(i);
    const model = learner.fit(selectRows(X, train), selectValues(y, train), {
      ...options.fitOptions,
      numClasses: C,
      seed: seed + f,
      signal: options.signal,
    });
    const proba = model.predictProba(selectRows(X, test));
    test.forEach((row, i) => out.data.set(proba.data.subarray(i * C, (i + 1) * C), row * C));
  };
  return { out, fold };
}

/**
 * Assign each row a fold in [0, k): each class's rows are shuffled and dealt round-robin,
 * continuing where the previous class stopped, so folds differ in size by at most one and
 * keep the class shares.
 */
export function stratifiedFolds(y: Int32Array, numClasses: number, k: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const byClass: number[][] = Array.from({ length: numClasses }, () => []);
  for (let i = 0; i < y.length; i++) byClass[y[i]!]!.push(i);
  const fold = new Int32Array(y.length);
  let next = 0;
  for (const rows of byClass) {
    for (const row of shuffle(rows, rng)) {
      fold[row] = next;
      next = (next + 1) % k;
    }
  }
  return fold;
}
