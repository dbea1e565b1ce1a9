/** What the two Square Attack variants share: their settings and the margin loss they minimise. */
import type { Rng } from '../../stats/index.js';
import type { Answer, ExampleOracle } from './batched-queries.js';
import type { Box } from './box.js';
import type { ExampleRecord } from './evasion-run.js';
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
export interface SquareTask {
  readonly x0: Float64Array;
  readonly label: number;
  readonly epsilon: number;
  readonly rng: Rng;
  readonly oracle: ExampleOracle;
  readonly record: ExampleRecord;
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
