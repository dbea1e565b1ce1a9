/**
 * Projected gradient descent (Madry et al. 2018) with random restarts: the white-box ceiling
 * the black-box attacks are measured against. It reads the model's input gradient
 * ({@link DifferentiableClassifier.inputGradient}) instead of querying an adapter, ascends the
 * cross-entropy of the true label by signed (L∞) or normalised (L2) steps, and projects back
 * onto the ε-ball and the box after each step. The first restart starts at the row itself, the
 * others at a uniform random point of the ball.
 *
 * "Queries" here are gradient evaluations, and the result's `budget` is steps × restarts; an
 * example stops at its first misclassified iterate.
 */
import { AisecError } from '../../core/errors.js';
import type { DifferentiableClassifier } from '../../ml/models/classifier.js';
import { createMatrix, rowOf, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal, type Rng } from '../../stats/index.js';
import type { Answer } from './batched-queries.js';
import { throwIfAborted } from './batched-queries.js';
import type { EpsilonOutcome, EvasionResult } from './evasion-result.js';
import { exampleSeeds, finishResult, markSuccess, newRecord, outcomesOf, summariseEpsilon, type CleanPass, type ExampleRecord } from './evasion-run.js';
import { boundedNumber, checkEvasionInputs, wholeNumber, type EvasionOptions, type EvasionSettings } from './evasion-settings.js';
import { perturbationNorm, projectInto } from './norms.js';

/** Options of {@link pgdAttack}. */
export interface PgdOptions extends Omit<EvasionOptions, 'budget' | 'maxBatchRows'> {
  /** Gradient steps per restart (default 50). */
  readonly steps?: number;
  /** Starts per example: the row, then random points of the ε-ball (default 5). */
  readonly restarts?: number;
  /** Step size as a multiple of ε (default 2.5 / steps, as in Madry et al.). */
  readonly relativeStepSize?: number;
  /** Shown as the model's name in the result (default `white-box model`). */
  readonly name?: string;
}

const WHERE = 'PGD';

/**
 * Run PGD on every correctly classified row, once per ε.
 *
 * @example
 * const ceiling = await pgdAttack(model, X, y, { epsilons: [0.1, 0.2], steps: 50, restarts: 5 });
 */
export async function pgdAttack(model: DifferentiableClassifier, X: Matrix, y: ArrayLike<number>, options: PgdOptions): Promise<EvasionResult> {
  const started = performance.now();
  if (model === null || typeof model !== 'object' || typeof model.inputGradient !== 'function' || typeof model.predictProba !== 'function') {
    throw new AisecError('ERR_ATTACK_INPUT', `${WHERE} needs a model with predictProba and inputGradient (a white-box model)`);
  }
  const steps = wholeNumber(options.steps ?? 50, `${WHERE}: steps`, 1, 1_000_000);
  const restarts = wholeNumber(options.restarts ?? 5, `${WHERE}: restarts`, 1, 10_000);
  const settings = checkEvasionInputs(WHERE, model, X, y, { ...options, budget: steps * restarts });
  const relativeStep = boundedNumber(options.relativeStepSize ?? 2.5 / steps, `${WHERE}: relativeStepSize`, 0, 1000);
  const name = options.name ?? 'white-box model';
  const clean = cleanPredictions(model, settings);
  const byEpsilon: EpsilonOutcome[] = [];
  let queriesUsed = 0;
  for (const [e, epsilon] of settings.epsilons.entries()) {
    const seeds = exampleSeeds(settings.seed, e, clean.attacked.length);
    const records: ExampleRecord[] = [];
    const used = new Int32Array(clean.attacked.length);
    for (const [k, row] of clean.attacked.entries()) {
      // Let timers run between examples, so a cancellation is seen.
      await new Promise<void>((resolve) => setImmediate(resolve));
      throwIfAborted(settings.signal, WHERE);
      const record = newRecord();
      used[k] = attackExample(model, settings, rowOf(X, row), settings.y[row]!, epsilon, { steps, restarts, step: relativeStep * epsilon }, createRng(seeds[k]!), record);
      records.push(record);
    }
    queriesUsed += used.reduce((a, b) => a + b, 0);
    byEpsilon.push(summariseEpsilon(epsilon, outcomesOf(settings, clean, records, used), settings.checkpoints));
  }
  return finishResult('pgd', { name }, settings, clean, byEpsilon, { queriesUsed, modelBudgetReached: false, started, settings: { steps, restarts, relativeStepSize: relativeStep } });
}

/** PGD on one row; returns the gradient evaluations spent. */
function attackExample(
  model: DifferentiableClassifier,
  settings: EvasionSettings,
  x0: Float64Array,
  label: number,
  epsilon: number,
  plan: { steps: number; restarts: number; step: number },
  rng: Rng,
  record: ExampleRecord,
): number {
  const { norm, box } = settings;
  let spent = 0;
  for (let restart = 0; restart < plan.restarts; restart++) {
    const x = restart === 0 ? Float64Array.from(x0) : randomStart(x0, epsilon, settings, rng);
    for (let step = 0; ; step++) {
      const predicted = argmax(model, x);
      record.norm = perturbationNorm(x, x0, norm);
      if (predicted !== label) {
        markSuccess(record, x, record.norm, predicted, spent);
        return spent;
      }
      if (step === plan.steps) break;
      const gradient = model.inputGradient(x, label);
      spent++;
      let length = 0;
      for (let j = 0; j < x.length; j++) length += norm === 'l2' ? gradient[j]! * gradient[j]! : 0;
      length = Math.sqrt(length);
      if (gradient.some((g) => !Number.isFinite(g)) || (norm === 'l2' && length === 0)) {
        spent += plan.steps - step - 1; // the rest of this restart is lost
        break;
      }
      for (let j = 0; j < x.length; j++) x[j]! += norm === 'linf' ? plan.step * Math.sign(gradient[j]!) : (plan.step * gradient[j]!) / length;
      projectInto(x, x0, epsilon, norm, box);
    }
  }
  return spent;
}

/** A uniform random point of the ε-ball around x0, clipped to the box. */
function randomStart(x0: Float64Array, epsilon: number, settings: EvasionSettings, rng: Rng): Float64Array {
  const x = new Float64Array(x0.length);
  if (settings.norm === 'linf') {
    for (let j = 0; j < x.length; j++) x[j] = x0[j]! + epsilon * (2 * rng() - 1);
  } else {
    let length = 0;
    for (let j = 0; j < x.length; j++) {
      x[j] = normal(rng);
      length += x[j]! * x[j]!;
    }
    // Radius ε · u^{1/d} makes the point uniform in the ball.
    const radius = epsilon * Math.pow(rng(), 1 / x.length) / (Math.sqrt(length) || 1);
    for (let j = 0; j < x.length; j++) x[j] = x0[j]! + x[j]! * radius;
  }
  return projectInto(x, x0, epsilon, settings.norm, settings.box);
}

function argmax(model: DifferentiableClassifier, x: Float64Array): number {
  const m = createMatrix(1, x.length);
  m.data.set(x);
  const p = model.predictProba(m).data;
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return best;
}

/** The clean predictions, made locally: only correctly classified rows are attacked. */
function cleanPredictions(model: DifferentiableClassifier, settings: EvasionSettings): CleanPass {
  const p = model.predictProba(settings.X);
  const labels = new Int32Array(settings.X.rows);
  for (let i = 0; i < labels.length; i++) {
    const row = rowOf(p, i);
    let best = 0;
    for (let c = 1; c < row.length; c++) if (row[c]! > row[best]!) best = c;
    labels[i] = best;
  }
  const correct = Array.from(labels, (l, i) => l === settings.y[i]);
  const attacked = correct.flatMap((ok, i) => (ok ? [i] : []));
  if (attacked.length === 0) throw new AisecError('ERR_ATTACK_INPUT', `${WHERE}: the model classifies none of the ${labels.length} rows correctly, so there is nothing to attack`);
  const answer: Answer = { labels, probabilities: p };
  return { answer, correct, attacked };
}
