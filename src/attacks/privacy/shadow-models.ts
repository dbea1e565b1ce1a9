/**
 * Shadow models for LiRA: copies of the training recipe, each trained on a random half of a
 * data pool, and the logit-scaled confidence φ each gives every pool row. Every row is in the
 * training half of exactly half of the shadows (one more or less when the count is odd), as in
 * the LiRA reference code, so each row has models that saw it and models that did not.
 */
import { AisecError, isAisecError } from '../../core/errors.js';
import type { Classifier, FitOptions, Learner } from '../../ml/models/classifier.js';
import { selectRows, selectValues } from '../../ml/models/matrix.js';
import { createRng, randomInt, shuffle } from '../../stats/index.js';
import { trueClassLogit } from './confidence-scores.js';
import { attackInput, throwIfCancelled, type LabelledRows } from './membership-data.js';

/** A training recipe: the learner and the options the model under test was trained with. */
export interface TrainingRecipe<O extends FitOptions = FitOptions> {
  readonly learner: Learner<O>;
  /** Options for every fit; `numClasses`, `seed` and `signal` are set per shadow. */
  readonly fitOptions?: O;
}

/** Options of {@link trainShadowModels}. */
export interface ShadowOptions<O extends FitOptions = FitOptions> extends TrainingRecipe<O> {
  /** Number of models (≥ 2). */
  readonly shadows: number;
  readonly numClasses: number;
  /** Seed of the splits and of each fit (default 0). */
  readonly seed?: number;
  readonly signal?: AbortSignal;
  /** Called after each model: models trained so far, and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Given each trained model (e.g. to attack it in turn); they are not kept otherwise. */
  readonly onModel?: (shadow: number, model: Classifier) => void;
  /** Names the test in error messages. */
  readonly where?: string;
}

/** What the shadow models say about each pool row. */
export interface ShadowSet {
  readonly shadows: number;
  readonly rows: number;
  /** `inTraining[s * rows + r]` is 1 when shadow s was trained on row r. */
  readonly inTraining: Uint8Array;
  /** `phi[s * rows + r]`: φ of row r's true class under shadow s. */
  readonly phi: Float64Array;
}

/** Shadows at most: 1,024 models is far beyond the 256 of the LiRA paper. */
export const MAX_SHADOWS = 1024;

/**
 * Decide which rows each of `shadows` models trains on: each row is put in a random
 * ⌊S/2⌋ or ⌈S/2⌉ of them (seeded). Returns `inTraining` as in {@link ShadowSet}.
 */
export function assignHalves(rows: number, shadows: number, seed: number): Uint8Array {
  const rng = createRng(seed);
  const inTraining = new Uint8Array(shadows * rows);
  const order = Array.from({ length: shadows }, (_, s) => s);
  for (let r = 0; r < rows; r++) {
    const take = shadows % 2 === 0 ? shadows / 2 : (shadows - 1) / 2 + randomInt(rng, 2);
    shuffle(order, rng);
    for (let k = 0; k < take; k++) inTraining[order[k]! * rows + r] = 1;
  }
  return inTraining;
}

/**
 * Train `shadows` models with the recipe on random halves of `pool` and record φ of every pool
 * row under each. Gives the event loop a turn between models, so it can be cancelled
 * (ERR_ABORTED) and report progress; a recipe that fails is an ERR_ATTACK_INPUT naming it.
 */
export async function trainShadowModels<O extends FitOptions>(pool: LabelledRows, options: ShadowOptions<O>): Promise<ShadowSet> {
  const where = options.where ?? 'LiRA shadow training';
  const S = options.shadows;
  if (!Number.isInteger(S) || S < 2 || S > MAX_SHADOWS) throw attackInput(where, `shadows must be a whole number from 2 to ${MAX_SHADOWS}, not ${String(S)}.`);
  const learner = options.learner;
  if (!learner || typeof learner.fit !== 'function') throw attackInput(where, 'the training recipe needs a learner ({ name, fit(X, y, options) }).');
  const n = pool.X.rows;
  if (n < 2) throw attackInput(where, `the data pool has ${n} rows; shadow models need at least 2.`);
  const seed = options.seed ?? 0;
  const inTraining = assignHalves(n, S, seed);
  const phi = new Float64Array(S * n);
  const C = options.numClasses;
  for (let s = 0; s < S; s++) {
    await new Promise((resolve) => setImmediate(resolve));
    throwIfCancelled(options.signal, where);
    const train: number[] = [];
    for (let r = 0; r < n; r++) if (inTraining[s * n + r]) train.push(r);
    const { model, scores } = fitAndScore(learner, options.fitOptions, pool, train, { numClasses: C, seed: seed * 7919 + s + 1, signal: options.signal }, where, s);
    phi.set(scores, s * n);
    options.onModel?.(s, model);
    options.onProgress?.(s + 1, S);
  }
  return { shadows: S, rows: n, inTraining, phi };
}

function fitAndScore<O extends FitOptions>(
  learner: Learner<O>,
  fitOptions: O | undefined,
  pool: LabelledRows,
  train: number[],
  perShadow: { numClasses: number; seed: number; signal: AbortSignal | undefined },
  where: string,
  s: number,
): { model: Classifier; scores: Float64Array } {
  try {
    const model = learner.fit(selectRows(pool.X, train), selectValues(pool.y, train), { ...fitOptions, ...perShadow } as O);
    const P = model.predictProba(pool.X);
    if (P.rows !== pool.X.rows || P.cols !== perShadow.numClasses) {
      throw attackInput(where, `the ${learner.name} recipe gave ${P.rows} × ${P.cols} probabilities for ${pool.X.rows} rows of ${perShadow.numClasses} classes.`);
    }
    for (const v of P.data) if (!Number.isFinite(v)) throw attackInput(where, `the ${learner.name} recipe gave a probability that is not a finite number (shadow ${s + 1}).`);
    return { model, scores: trueClassLogit(P, pool.y) };
  } catch (error) {
    throwIfCancelled(perShadow.signal, where);
    if (isAisecError(error)) throw error;
    throw new AisecError('ERR_ATTACK_INPUT', `${where}: the ${learner.name} recipe failed on shadow ${s + 1}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
