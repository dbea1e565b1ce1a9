/**
 * What the per-row searches share: the goal (leave the original class, or reach a target
 * class), the margin that measures progress, and a query function that respects both the
 * run's and the row's query allowance.
 */
import type { Prediction } from '../../ml/adapters/model-adapter.js';
import type { Rng } from '../../stats/index.js';
import type { MoveContext } from './candidate-moves.js';

/** What counts as success for one row. */
export interface SearchGoal {
  /** The class the model gives the unchanged input. */
  readonly original: number;
  /** The class to reach, or undefined for any class but the original. */
  readonly target: number | undefined;
}

/** Whether the model's label meets the goal. */
export function meetsGoal(label: number, goal: SearchGoal): boolean {
  return goal.target === undefined ? label !== goal.original : label === goal.target;
}

/** Scores below this count as this (a model may round a probability to 0). */
const FLOOR = 1e-300;

/**
 * How far a row of class scores is from the goal, in log-probabilities so that a saturated
 * model (p = 1 − 1e-10) still shows progress: log p(original) − log max p(other) untargeted,
 * log max p(other) − log p(target) targeted. Below 0 the goal is met.
 */
export function goalMargin(scores: ArrayLike<number>, goal: SearchGoal): number {
  const keep = goal.target ?? goal.original;
  let other = 0;
  for (let c = 0; c < scores.length; c++) if (c !== keep) other = Math.max(other, scores[c]!);
  const margin = Math.log(Math.max(scores[keep]!, FLOOR)) - Math.log(Math.max(other, FLOOR));
  return goal.target === undefined ? margin : -margin;
}

/** Settings of the per-row searches. */
export interface SearchSettings {
  readonly maxSteps: number;
  readonly stepSize: number;
  readonly candidatesPerStep: number;
  readonly lambda: number;
  readonly maxFeaturesChanged: number;
  readonly decisionBatch: number;
  readonly simplify: boolean;
}

/** One row's search state and tools. */
export interface RowSearch extends MoveContext {
  readonly settings: SearchSettings;
  readonly rng: Rng;
  /** Units that may change. */
  readonly mutableUnits: readonly number[];
  /** Weight of each unit when sampling which to try (its estimated importance). */
  readonly sampling: Float64Array;
  /**
   * Ask the model about candidate rows; at most `allowance()` rows are sent, undefined when
   * nothing may be sent.
   */
  ask(rows: readonly Float64Array[]): Promise<Prediction | undefined>;
  /** Rows this row's search may still send. */
  allowance(): number;
}

/** Number of units that differ between `x` and `original`. */
export function unitsChanged(x: ArrayLike<number>, original: ArrayLike<number>, search: Pick<RowSearch, 'constraints'>): number[] {
  const out: number[] = [];
  search.constraints.units.forEach((unit, u) => {
    if (unit.columns.some((j) => x[j] !== original[j])) out.push(u);
  });
  return out;
}
