/**
 * Asking the model under test about rows: in batches, within its query budget, cancellable,
 * with the answer's shape checked.
 */
import { AisecError, isAisecError } from '../../core/errors.js';
import type { ModelAdapter, Prediction } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { attackInput, throwIfCancelled } from './membership-data.js';

/** Rows sent per call (an HTTP endpoint sees batches of this size). */
export const DEFAULT_BATCH_ROWS = 1024;

/** What {@link askModel} returns: the labels, and the scores when the model gives them. */
export interface ModelAnswers {
  readonly labels: Int32Array;
  readonly probabilities?: Matrix;
}

/**
 * Throw ERR_ATTACK_INPUT, before anything is sent, when the model's query budget is smaller
 * than the `rows` the test needs.
 */
export function checkBudget(model: ModelAdapter, rows: number, where: string): void {
  const left = model.queriesLeft;
  if (!(left >= rows)) {
    throw attackInput(where, `needs ${rows} queries of ${model.name} but its budget allows ${String(left)}; raise the budget or test fewer rows.`, { needed: rows, left });
  }
}

/**
 * Send every row of `X` to the model, `batchRows` at a time, and return its answers in order.
 * With `needScores`, a model whose answer has no probabilities is an ERR_MODEL_RUNTIME.
 */
export async function askModel(
  model: ModelAdapter,
  X: Matrix,
  options: { readonly signal?: AbortSignal; readonly where: string; readonly needScores: boolean; readonly batchRows?: number },
): Promise<ModelAnswers> {
  const { where, signal } = options;
  const batch = options.batchRows ?? DEFAULT_BATCH_ROWS;
  if (!Number.isInteger(batch) || batch < 1) throw attackInput(where, `batchRows must be a whole number ≥ 1, not ${String(batch)}.`);
  const C = model.numClasses;
  const labels = new Int32Array(X.rows);
  const scores = options.needScores ? new Float64Array(X.rows * C) : undefined;
  for (let start = 0; start < X.rows; start += batch) {
    throwIfCancelled(signal, where);
    const rows = Math.min(batch, X.rows - start);
    const input: Matrix = { rows, cols: X.cols, data: X.data.slice(start * X.cols, (start + rows) * X.cols) };
    let answer: Prediction;
    try {
      answer = await model.predict(input, signal);
    } catch (error) {
      throwIfCancelled(signal, where);
      if (isAisecError(error)) throw error;
      throw new AisecError('ERR_MODEL_RUNTIME', `${model.name} failed while answering ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    checkAnswer(answer, rows, C, model.name, options.needScores);
    labels.set(answer.labels, start);
    if (scores) scores.set(answer.probabilities!.data, start * C);
  }
  return scores ? { labels, probabilities: { rows: X.rows, cols: C, data: scores } } : { labels };
}

/** ERR_MODEL_RUNTIME unless the answer has `rows` labels in range and, if needed, finite scores. */
function checkAnswer(answer: Prediction, rows: number, C: number, name: string, needScores: boolean): void {
  const bad = (what: string) => new AisecError('ERR_MODEL_RUNTIME', `${name} answered ${what}`, { details: { model: name, rows } });
  if (!(answer?.labels instanceof Int32Array) || answer.labels.length !== rows) throw bad(`${answer?.labels?.length ?? 'no'} labels for ${rows} rows`);
  for (const label of answer.labels) if (label < 0 || label >= C) throw bad(`label ${label}, outside its ${C} classes`);
  if (!needScores) return;
  const p = answer.probabilities;
  if (!p) throw bad('labels without the class scores its adapter declares');
  if (p.rows !== rows || p.cols !== C || p.data?.length !== rows * C) throw bad(`a ${p.rows} × ${p.cols} score matrix for ${rows} rows of ${C} classes`);
  for (const v of p.data) if (!Number.isFinite(v) || v < 0) throw bad(`a class score of ${v}, not a probability`);
}
