/** What the two Square Attack variants share: their settings and the margin loss they minimise. */
import type { Answer } from './batched-queries.js';
import type { Box } from './box.js';
import { markSuccess, type RowAttack } from './evasion-run.js';
import { perturbationNorm, type EvasionNorm } from './norms.js';
import type { Geometry } from './square-windows.js';

/** How the margin between the true class and the best other class is measured. */
export type SquareLoss = 'log-margin' | 'margin';

/** Settings of one Square Attack run. */
export interface SquareContext {
  readonly geometry: Geometry;
  readonly box: Box;
  /** Iterations the schedule of p is spread over: the per-example budget. */
  readonly iterations: number;
  readonly pInit: number;
  readonly loss: SquareLoss;
}

/** One example's attack at one ε. */
export type SquareTask = RowAttack;

/** The state of one example's random search: the best input so far and its margin loss. */
export interface SquareSearch {
  readonly best: Float64Array;
  bestLoss: number;
  /** The norm the perturbation's size is recorded in. */
  readonly norm: EvasionNorm;
}

/**
 * Send the starting point `best` and record its size; the search from it, or `undefined` when it
 * already fools the model (the success is recorded).
 */
export async function startSearch(ctx: SquareContext, task: SquareTask, best: Float64Array, norm: EvasionNorm): Promise<SquareSearch | undefined> {
  const { x0, label, oracle, record } = task;
  const answer = await oracle.ask([best]);
  const search: SquareSearch = { best, bestLoss: marginLoss(answer, 0, label, ctx.loss), norm };
  const size = perturbationNorm(best, x0, norm);
  record.norm = size;
  if (answer.labels[0] === label) return search;
  markSuccess(record, best, size, answer.labels[0]!, oracle.used);
  return undefined;
}

/**
 * Send `candidate`; it becomes the best when its loss is lower or it fools the model. Returns
 * whether it fools the model (the success is recorded).
 */
export async function tryCandidate(ctx: SquareContext, task: SquareTask, search: SquareSearch, candidate: Float64Array): Promise<boolean> {
  const { x0, label, oracle, record } = task;
  const answer = await oracle.ask([candidate]);
  const loss = marginLoss(answer, 0, label, ctx.loss);
  const fooled = answer.labels[0] !== label;
  if (loss < search.bestLoss || fooled) {
    search.best.set(candidate);
    search.bestLoss = loss;
    record.norm = perturbationNorm(search.best, x0, search.norm);
  }
  if (fooled) markSuccess(record, search.best, record.norm!, answer.labels[0]!, oracle.used);
  return fooled;
}

/** Smallest probability taken into a logarithm, so a saturated model gives a finite loss. */
const TINY = 1e-300;

/**
 * The untargeted margin of row `r` of an answer: the true class's probability minus the best
 * other class's (`margin`), or the same on log-probabilities (`log-margin`, the logit margin of a
 * softmax model, which keeps a slope where a confident model's probabilities sit at 0 and 1).
 * Below zero means the model is fooled.
 */
export function marginLoss(answer: Answer, r: number, label: number, loss: SquareLoss): number {
  const p = answer.probabilities!;
  const row = p.data.subarray(r * p.cols, (r + 1) * p.cols);
  let other = -Infinity;
  for (let c = 0; c < row.length; c++) if (c !== label && row[c]! > other) other = row[c]!;
  const own = row[label]!;
  if (loss === 'margin') return own - other;
  return Math.log(Math.max(own, TINY)) - Math.log(Math.max(other, TINY));
}
