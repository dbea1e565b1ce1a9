/**
 * The random-noise baseline: each query is the row plus random noise of size ε, a random corner
 * of the ε-cube (each feature ±ε, L∞) or a random direction of length ε (L2), clipped to the
 * box. An attack worth the name must beat it; an ε at which it already succeeds is too large to
 * tell attacks apart.
 */
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { normal, type Rng } from '../../stats/index.js';
import { clipToBox, type Box } from './box.js';
import type { EvasionResult } from './evasion-result.js';
import { attackEachEpsilon, cleanPass, finishResult, markSuccess } from './evasion-run.js';
import { checkEvasionInputs, type EvasionOptions } from './evasion-settings.js';
import { perturbationNorm, type EvasionNorm } from './norms.js';

const WHERE = 'random noise';

/**
 * Try up to `budget` random perturbations of size ε per correctly classified row, for each ε.
 * Works with label-only models.
 *
 * @example
 * const baseline = await randomNoiseAttack(adapter, X, y, { epsilons: [0.1, 0.2], budget: 1000 });
 */
export async function randomNoiseAttack(adapter: ModelAdapter, X: Matrix, y: ArrayLike<number>, options: EvasionOptions): Promise<EvasionResult> {
  const started = performance.now();
  const settings = checkEvasionInputs(WHERE, adapter, X, y, options);
  const clean = await cleanPass(adapter, settings, false);
  const { byEpsilon, queriesUsed, modelBudgetReached } = await attackEachEpsilon(adapter, settings, clean, false, async ({ x0, label, epsilon, rng, oracle, record }) => {
    while (oracle.left > 0) {
      const x = noisy(x0, epsilon, settings.norm, settings.box, rng);
      const answer = await oracle.ask([x]);
      record.norm = perturbationNorm(x, x0, settings.norm);
      if (answer.labels[0] !== label) return markSuccess(record, x, record.norm, answer.labels[0]!, oracle.used);
    }
  });
  return finishResult('random-noise', adapter, settings, clean, byEpsilon, { queriesUsed, modelBudgetReached, started, settings: {} });
}

/** `x0` plus random noise of size ε in `norm`, clipped to the box. */
export function noisy(x0: Float64Array, epsilon: number, norm: EvasionNorm, box: Box, rng: Rng): Float64Array {
  const x = new Float64Array(x0.length);
  if (norm === 'linf') {
    for (let j = 0; j < x.length; j++) x[j] = x0[j]! + (rng() < 0.5 ? -epsilon : epsilon);
    return clipToBox(x, box);
  }
  let length = 0;
  for (let j = 0; j < x.length; j++) {
    x[j] = normal(rng);
    length += x[j]! * x[j]!;
  }
  length = Math.sqrt(length) || 1;
  for (let j = 0; j < x.length; j++) x[j] = x0[j]! + (x[j]! / length) * epsilon;
  return clipToBox(x, box);
}
