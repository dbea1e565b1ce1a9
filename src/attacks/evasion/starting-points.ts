/**
 * Starting points of a decision-based attack: natural inputs of the attacker's own (other
 * people's applications, other photos), optionally with their true labels. An attack starts
 * from the rows nearest to the input attacked that are of another class, instead of from random
 * noise: a natural input of another class is already misclassified (as that class) and usually
 * much closer than noise, so fewer queries are spent getting near the boundary.
 *
 * The rows are checked like the rows attacked (a Matrix of the model's width, finite, inside the
 * box) before any query is sent, and ERR_ATTACK_INPUT names the option and the place.
 */
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../../ml/models/matrix.js';
import type { Box } from './box.js';

/** Checked starting points. */
export interface StartingPool {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  /** Their true labels, when given (rows of the attacked input's own label are then skipped without a query). */
  readonly labels: Int32Array | null;
}

/** Rows a pool may have at most (its distances are computed once per example attacked). */
export const MAX_STARTING_ROWS = 1_000_000;

/** Check `points` (and `labels`, when given) against the model's width and classes and the box. */
export function checkStartingPool(where: string, points: unknown, labels: unknown, numClasses: number, box: Box): StartingPool {
  const name = `${where}: startingPoints`;
  const m = points as Matrix;
  if (m === null || typeof m !== 'object' || !(m.data instanceof Float64Array) || !Number.isInteger(m.rows) || !Number.isInteger(m.cols) || m.data.length !== m.rows * m.cols) {
    throw new AisecError('ERR_ATTACK_INPUT', `${name} must be a Matrix (rows, cols, data of rows × cols doubles)`);
  }
  const d = box.lo.length;
  if (m.cols !== d) throw new AisecError('ERR_ATTACK_INPUT', `${name} has ${m.cols} features, the model takes ${d}`);
  if (m.rows < 1 || m.rows > MAX_STARTING_ROWS) throw new AisecError('ERR_ATTACK_INPUT', `${name} must have 1 to ${MAX_STARTING_ROWS.toLocaleString('en')} rows, not ${m.rows}`);
  for (let i = 0; i < m.data.length; i++) {
    const v = m.data[i]!;
    const j = i % d;
    if (!Number.isFinite(v) || v < box.lo[j]! || v > box.hi[j]!) {
      throw new AisecError('ERR_ATTACK_INPUT', `${name}: row ${Math.floor(i / d)}, feature ${j} is ${v}, not a number inside the box [${box.lo[j]}, ${box.hi[j]}]`);
    }
  }
  return { rows: m.rows, cols: d, data: m.data, labels: labels === undefined ? null : checkLabels(`${where}: startingLabels`, labels, m.rows, numClasses) };
}

function checkLabels(name: string, labels: unknown, rows: number, numClasses: number): Int32Array {
  const y = labels as ArrayLike<unknown>;
  if (y === null || typeof y !== 'object' || typeof y.length !== 'number') throw new AisecError('ERR_ATTACK_INPUT', `${name} must be an array of class numbers`);
  if (y.length !== rows) throw new AisecError('ERR_ATTACK_INPUT', `${name} has ${y.length} labels for ${rows} starting points`);
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const label = y[i];
    if (typeof label !== 'number' || !Number.isInteger(label) || label < 0 || label >= numClasses) {
      throw new AisecError('ERR_ATTACK_INPUT', `${name}[${i}] is ${String(label)}, not one of the model's ${numClasses} classes (0 to ${numClasses - 1})`);
    }
    out[i] = label;
  }
  return out;
}

/**
 * The `count` rows of the pool nearest to `x0` in L2 (nearest first), skipping rows labelled
 * `label` when the pool has labels and rows equal to `x0`. L2 ranks for either attack norm: the
 * L∞ distance between natural inputs is nearly always the full range of some feature, so it
 * does not tell them apart.
 */
export function nearestOthers(pool: StartingPool, x0: Float64Array, label: number, count: number): number[] {
  const d = pool.cols;
  const rows: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < pool.rows; i++) {
    if (pool.labels !== null && pool.labels[i] === label) continue;
    let size = 0;
    for (let j = 0; j < d; j++) {
      const a = pool.data[i * d + j]! - x0[j]!;
      size += a * a;
    }
    if (size === 0 || (rows.length === count && size >= sizes[count - 1]!)) continue;
    // Insert in order; ties keep the earlier row first, so the choice does not depend on anything but the data.
    let at = rows.length;
    while (at > 0 && sizes[at - 1]! > size) at--;
    rows.splice(at, 0, i);
    sizes.splice(at, 0, size);
    if (rows.length > count) {
      rows.pop();
      sizes.pop();
    }
  }
  return rows;
}
