/**
 * What every model check starts with: a data matrix that fits the model (finite values, the
 * model's number of features), optional labels in range, a seeded sample of rows, and a query
 * plan that fits the budget before anything is sent.
 */
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { selectRows, type Matrix } from '../../ml/models/matrix.js';
import { sample, type Rng } from '../../stats/index.js';
import { attackInputError } from '../tabular/attack-guards.js';

/** Check `data` (and `labels`) against the model; ERR_ATTACK_INPUT naming the first problem. */
export function checkData(where: string, adapter: ModelAdapter, data: Matrix, labels?: Int32Array): void {
  if (!data || !Number.isInteger(data.rows) || !Number.isInteger(data.cols) || !(data.data instanceof Float64Array) || data.data.length !== data.rows * data.cols) {
    throw attackInputError(where, 'the data is not a matrix (rows, cols and a Float64Array of rows × cols values)');
  }
  if (data.rows === 0) throw attackInputError(where, 'there are no rows to check');
  if (data.cols !== adapter.numFeatures) throw attackInputError(where, `the data has ${data.cols} features, ${adapter.name} takes ${adapter.numFeatures}`);
  for (let i = 0; i < data.data.length; i++) {
    if (!Number.isFinite(data.data[i])) {
      throw attackInputError(where, `row ${Math.floor(i / data.cols)}, feature ${i % data.cols} is ${data.data[i]}; fill or drop missing values first`);
    }
  }
  if (labels === undefined) return;
  if (!(labels instanceof Int32Array) || labels.length !== data.rows) throw attackInputError(where, `labels must be an Int32Array with one label per row (${data.rows})`);
  labels.forEach((label, i) => {
    if (label < 0 || label >= adapter.numClasses) throw attackInputError(where, `label ${label} of row ${i} is outside the model's ${adapter.numClasses} classes`);
  });
}

/** Indices of up to `k` rows drawn without replacement, in ascending order (all rows when k ≥ rows). */
export function sampleRowIndices(rows: number, k: number, rng: Rng): number[] {
  if (k >= rows) return Array.from({ length: rows }, (_, i) => i);
  return sample(
    Array.from({ length: rows }, (_, i) => i),
    k,
    rng,
  ).sort((a, b) => a - b);
}

/** The rows at `indices` as a new matrix. */
export function rowsAt(data: Matrix, indices: readonly number[]): Matrix {
  return selectRows(data, indices);
}

/**
 * Refuse, before sending anything, a check that needs more queries than may be sent:
 * ERR_MODEL_QUERY_BUDGET naming the check, what it needs and what is left.
 */
export function requireQueries(where: string, adapter: ModelAdapter, needed: number, limit: number): void {
  const left = Math.min(adapter.queriesLeft, limit);
  if (needed > left) {
    throw new AisecError('ERR_MODEL_QUERY_BUDGET', `${where}: needs ${needed} queries, ${left} may be sent; raise the budget or check fewer rows`, {
      details: { needed, left },
    });
  }
}
