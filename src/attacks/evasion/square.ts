/**
 * Square Attack (Andriushchenko, Croce, Flammarion & Hein, ECCV 2020): a score-based black-box
 * evasion attack by random search. Untargeted, L∞ or L2, minimising the margin between the true
 * class and the best other class of the model's probabilities. It needs class probabilities:
 * for a model that answers with labels only, use HopSkipJump.
 *
 * Query counting follows the paper: the first query of an example is its initial perturbation,
 * and it counts as one. The clean predictions (one query per row, which decide which rows are
 * attacked) are counted by the model's budget and in `queriesUsed`, not in the examples'.
 */
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';
import type { EvasionResult } from './evasion-result.js';
import { attackEachEpsilon, cleanPass, finishResult } from './evasion-run.js';
import { boundedNumber, checkEvasionInputs, type EvasionOptions } from './evasion-settings.js';
import type { SquareContext, SquareLoss } from './square-context.js';
import { squareL2 } from './square-l2.js';
import { squareLinf } from './square-linf.js';
import { geometryOf } from './square-windows.js';

/** Options of {@link squareAttack}. */
export interface SquareOptions extends EvasionOptions {
  /**
   * Share of the positions the first squares cover, in (0, 1], halved on the paper's schedule
   * (default 0.8, as in ART and the reference code's MNIST setting; on optdigits 0.3 and 0.8
   * fooled as many digits within 1,000 queries, and 0.05, the ImageNet setting, needed more
   * queries).
   */
  readonly pInit?: number;
  /** `[height, width, channels]` of image-shaped inputs (row-major, channels last); default flat. */
  readonly shape?: readonly [number, number, number];
  /** The margin minimised (default `log-margin`: on log-probabilities, i.e. the logit margin of a softmax). */
  readonly loss?: SquareLoss;
}

const WHERE = 'Square Attack';

/**
 * Run Square Attack on every correctly classified row, once per ε.
 *
 * @example
 * const result = await squareAttack(adapter, X, y, { epsilons: [0.1, 0.2], budget: 1000, seed: 1 });
 * result.byEpsilon[0].successRate; // share of correctly classified rows fooled at ε = 0.1
 */
export async function squareAttack(adapter: ModelAdapter, X: Matrix, y: ArrayLike<number>, options: SquareOptions): Promise<EvasionResult> {
  const started = performance.now();
  const settings = checkEvasionInputs(WHERE, adapter, X, y, options);
  if (adapter.output !== 'probabilities') {
    throw new AisecError('ERR_ATTACK_INPUT', `${WHERE} needs class probabilities, but ${adapter.name} answers with labels only; use HopSkipJump (a decision-based attack) instead`);
  }
  const loss = options.loss ?? 'log-margin';
  if (loss !== 'log-margin' && loss !== 'margin') throw new AisecError('ERR_ATTACK_INPUT', `${WHERE}: loss must be "log-margin" or "margin", not ${JSON.stringify(loss)}`);
  const ctx: SquareContext = {
    geometry: geometryOf(X.cols, options.shape, WHERE),
    box: settings.box,
    iterations: settings.budget,
    pInit: boundedNumber(options.pInit ?? 0.8, `${WHERE}: pInit`, 0, 1),
    loss,
  };
  const clean = await cleanPass(adapter, settings, true);
  const attack = settings.norm === 'linf' ? squareLinf : squareL2;
  const { byEpsilon, queriesUsed, modelBudgetReached } = await attackEachEpsilon(adapter, settings, clean, true, (row) => attack(ctx, row));
  return finishResult('square', adapter, settings, clean, byEpsilon, {
    queriesUsed,
    modelBudgetReached,
    started,
    settings: { pInit: ctx.pInit, loss, shape: `${ctx.geometry.h}x${ctx.geometry.w}x${ctx.geometry.c}` },
  });
}
