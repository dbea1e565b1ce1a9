/**
 * The common path of an adapter's `predict`: refuse a closed model, a cancelled call and bad
 * rows, spend the budget before any row is sent, answer in runs of a bounded number of rows, and
 * refund the rows not sent when a run fails. The adapter supplies how one run is answered.
 */
import { AisecError, isAisecError } from '../../core/errors.js';
import type { Matrix } from '../models/matrix.js';
import { abortError } from './deadline.js';
import { argmaxRows, checkInputRows } from './prediction-checks.js';
import type { QueryBudget } from './query-budget.js';

/** One adapter's side of {@link answerInRuns}. */
export interface RunPlan {
  /** The model's name, for messages. */
  readonly name: string;
  readonly closed: boolean;
  readonly numFeatures: number;
  readonly numClasses: number;
  /** The model takes float32, so values must fit in it. */
  readonly float32?: boolean;
  readonly budget: QueryBudget;
  /** Most rows per run. */
  readonly rowsPerRun: number;
  /** The answer holds class scores (else labels only). */
  readonly withScores: boolean;
  /** Answers rows `start … start + count − 1`, writing their labels or scores at `start`. */
  readonly run: (start: number, count: number, labels: Int32Array, probabilities: Float64Array | undefined) => Promise<void>;
  /** The message of ERR_MODEL_RUNTIME for a run that failed with something not an AisecError. */
  readonly failure: (error: unknown) => string;
}

/** Labels of every row, and `rows × numClasses` scores when the plan has them (labels are then their argmax). */
export async function answerInRuns(inputs: Matrix, signal: AbortSignal | undefined, plan: RunPlan): Promise<{ labels: Int32Array; probabilities: Float64Array | undefined }> {
  if (plan.closed) throw new AisecError('ERR_ABORTED', `${plan.name}: the model was closed`);
  if (signal?.aborted) throw abortError(signal, `${plan.name}: the call`);
  checkInputRows(plan.name, inputs, plan.numFeatures, plan.float32 ?? false);
  const rows = inputs.rows;
  const C = plan.numClasses;
  const labels = new Int32Array(rows);
  const probabilities = plan.withScores ? new Float64Array(rows * C) : undefined;
  plan.budget.spend(rows, plan.name);
  for (let start = 0; start < rows; start += plan.rowsPerRun) {
    const count = Math.min(plan.rowsPerRun, rows - start);
    try {
      await plan.run(start, count, labels, probabilities);
    } catch (error) {
      plan.budget.refund(rows - start);
      throw isAisecError(error) ? error : new AisecError('ERR_MODEL_RUNTIME', plan.failure(error), { cause: error });
    }
  }
  if (probabilities !== undefined) labels.set(argmaxRows(probabilities, rows, C));
  return { labels, probabilities };
}
