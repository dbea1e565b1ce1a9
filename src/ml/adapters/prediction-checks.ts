/**
 * Checks shared by the local adapters (ONNX file, function): rows going in must fit the model,
 * answers coming back must be class probabilities or labels of the declared shape. A bad row
 * is the caller's fault (ERR_MODEL_INPUT); a bad answer is the model's (ERR_MODEL_RUNTIME).
 */
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../models/matrix.js';
import { QueryBudget } from './query-budget.js';

/** Largest magnitude a float32 holds. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** How far a row of probabilities may sum from 1 before it is not taken as probabilities. */
export const PROBABILITY_SUM_TOLERANCE = 1e-3;

/** A budget from a number of rows (or Infinity), or the budget itself when one is shared. */
export function resolveBudget(budget: number | QueryBudget | undefined): QueryBudget {
  return budget instanceof QueryBudget ? budget : new QueryBudget(budget ?? Number.POSITIVE_INFINITY);
}

/**
 * Check that `inputs` has the model's number of features and only finite values (within float32
 * range when the model computes in float32). Throws ERR_MODEL_INPUT naming the first bad cell.
 */
export function checkInputRows(name: string, inputs: Matrix, numFeatures: number, float32 = false): void {
  if (inputs.cols !== numFeatures) {
    throw new AisecError('ERR_MODEL_INPUT', `${name}: the rows have ${inputs.cols} features, but the model takes ${numFeatures}`, {
      details: { features: inputs.cols, expected: numFeatures },
    });
  }
  const { data, cols } = inputs;
  if (data.length !== inputs.rows * cols) {
    throw new AisecError('ERR_MODEL_INPUT', `${name}: the input matrix holds ${data.length} values, not ${inputs.rows} × ${cols}`);
  }
  const limit = float32 ? FLOAT32_MAX : Number.MAX_VALUE;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (!(Math.abs(v) <= limit)) {
      const row = Math.floor(i / cols);
      const feature = i % cols;
      const what = Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? `${v}, beyond the float32 range the model computes in` : String(v);
      throw new AisecError('ERR_MODEL_INPUT', `${name}: row ${row}, feature ${feature} is ${what}; fill or drop missing and extreme values first`, {
        details: { row, feature },
      });
    }
  }
}

/**
 * Turn `rows × classes` scores (starting at `offset` in `scores`) into probabilities written at
 * row `firstRow` of `into`: probabilities are checked and renormalised to sum exactly to 1;
 * logits go through a softmax. Throws ERR_MODEL_RUNTIME on NaN, infinite logits, negative
 * probabilities or rows that do not sum to 1.
 */
export function scoresToProbabilities(
  name: string,
  scores: ArrayLike<number>,
  offset: number,
  rows: number,
  classes: number,
  kind: 'probabilities' | 'logits',
  into: Float64Array,
  firstRow: number,
): void {
  for (let r = 0; r < rows; r++) {
    const from = offset + r * classes;
    const to = (firstRow + r) * classes;
    if (kind === 'logits') {
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        const z = Number(scores[from + c]);
        if (!Number.isFinite(z)) throw badAnswer(name, firstRow + r, `logit ${c} is ${z}`);
        if (z > max) max = z;
      }
      let total = 0;
      for (let c = 0; c < classes; c++) {
        const e = Math.exp(Number(scores[from + c]) - max);
        into[to + c] = e;
        total += e;
      }
      for (let c = 0; c < classes; c++) into[to + c] = into[to + c]! / total;
    } else {
      let total = 0;
      for (let c = 0; c < classes; c++) {
        const p = Number(scores[from + c]);
        if (!(p >= -1e-6 && p <= 1 + 1e-6)) throw badAnswer(name, firstRow + r, `probability ${c} is ${p}`);
        total += Math.max(0, p);
      }
      if (!(Math.abs(total - 1) <= PROBABILITY_SUM_TOLERANCE)) throw badAnswer(name, firstRow + r, `probabilities sum to ${total}, not 1`);
      for (let c = 0; c < classes; c++) into[to + c] = Math.max(0, Number(scores[from + c])) / total;
    }
  }
}

/** The class with the highest probability in each row (the lowest index on ties). */
export function argmaxRows(probabilities: Float64Array, rows: number, classes: number): Int32Array {
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const o = r * classes;
    let best = 0;
    for (let c = 1; c < classes; c++) if (probabilities[o + c]! > probabilities[o + best]!) best = c;
    labels[r] = best;
  }
  return labels;
}

/** Copy labels into `into` at `firstRow`, checking each is a class index. Throws ERR_MODEL_RUNTIME. */
export function copyLabels(name: string, labels: ArrayLike<number | bigint>, rows: number, classes: number, into: Int32Array, firstRow: number): void {
  for (let r = 0; r < rows; r++) {
    const raw = labels[r]!;
    const label = typeof raw === 'bigint' ? (raw >= 0n && raw < BigInt(classes) ? Number(raw) : -1) : raw;
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw badAnswer(name, firstRow + r, `label ${String(raw)} is not one of the ${classes} classes 0 to ${classes - 1}`);
    }
    into[firstRow + r] = label;
  }
}

function badAnswer(name: string, row: number, what: string): AisecError {
  return new AisecError('ERR_MODEL_RUNTIME', `${name}: the answer for row ${row} is not valid: ${what}`, { details: { row } });
}
