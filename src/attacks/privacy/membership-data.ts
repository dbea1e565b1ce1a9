/**
 * The data a membership-inference test is given, and the checks that turn bad data into a
 * clear ERR_ATTACK_INPUT before any query is sent.
 */
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../../ml/models/matrix.js';

/** Rows of features in the model's own order, each with its true class. */
export interface LabelledRows {
  readonly X: Matrix;
  readonly y: Int32Array;
}

/**
 * Who the test asks about: rows known to be in the model's training data (members) and rows
 * known not to be (non-members, e.g. a held-out split), with their true labels.
 */
export interface MembershipData {
  readonly members: LabelledRows;
  readonly nonMembers: LabelledRows;
}

/** What the checks need to know about the model. */
export interface ModelShape {
  readonly name: string;
  readonly numFeatures: number;
  readonly numClasses: number;
}

/** An ERR_ATTACK_INPUT naming the attack. */
export function attackInput(where: string, message: string, details?: Record<string, unknown>): AisecError {
  return new AisecError('ERR_ATTACK_INPUT', `${where}: ${message}`, details ? { details } : {});
}

/** Throw ERR_ABORTED when `signal` has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined, where: string): void {
  if (signal?.aborted) throw new AisecError('ERR_ABORTED', `${where} was cancelled.`, { cause: signal.reason });
}

/**
 * Check one set of labelled rows against the model: a matrix of finite numbers with the
 * model's feature count, as many labels as rows, each a class of the model. `what` names the
 * set in the message (e.g. "members"). `minRows` defaults to 1.
 */
export function checkLabelledRows(rows: LabelledRows | undefined, model: ModelShape, what: string, where: string, minRows = 1): void {
  if (!rows || typeof rows !== 'object') throw attackInput(where, `${what} are missing: give { X, y } with at least ${minRows} row${minRows === 1 ? '' : 's'}.`);
  const { X, y } = rows;
  if (!X || typeof X !== 'object' || !Number.isInteger(X.rows) || !Number.isInteger(X.cols) || !(X.data instanceof Float64Array) || X.rows < 0 || X.data.length !== X.rows * X.cols) {
    throw attackInput(where, `${what}: X is not a matrix (rows, cols and a Float64Array of rows × cols values).`);
  }
  if (X.rows < minRows) throw attackInput(where, `${what}: ${X.rows} rows given, at least ${minRows} needed.`);
  if (X.cols !== model.numFeatures) throw attackInput(where, `${what} have ${X.cols} features; ${model.name} takes ${model.numFeatures}.`);
  if (!y || typeof y.length !== 'number' || y.length !== X.rows) {
    throw attackInput(where, `${what}: ${y?.length ?? 'no'} labels for ${X.rows} rows; give one label per row.`);
  }
  for (let i = 0; i < y.length; i++) {
    const label = y[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= model.numClasses) {
      throw attackInput(where, `${what}: the label of row ${i} is ${String(label)}, not a class of ${model.name} (0 to ${model.numClasses - 1}).`);
    }
  }
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i]!)) {
      throw attackInput(where, `${what}: feature ${i % X.cols} of row ${Math.floor(i / X.cols)} is ${String(X.data[i])}, not a finite number; impute or drop it first.`);
    }
  }
}

/** Check members and non-members (each at least one row) against the model. */
export function checkMembershipData(data: MembershipData | undefined, model: ModelShape, where: string): void {
  checkModelShape(model, where);
  if (!data || typeof data !== 'object') throw attackInput(where, 'no data given: pass { members, nonMembers }, each { X, y }.');
  checkLabelledRows(data.members, model, 'members', where);
  checkLabelledRows(data.nonMembers, model, 'non-members', where);
}

/** Throw ERR_ATTACK_INPUT unless the model declares a feature count ≥ 1 and a class count ≥ 2. */
export function checkModelShape(model: ModelShape | undefined, where: string): void {
  if (!model || typeof model !== 'object') throw attackInput(where, 'no model given.');
  if (!Number.isInteger(model.numFeatures) || model.numFeatures < 1 || !Number.isInteger(model.numClasses) || model.numClasses < 2) {
    throw attackInput(where, `${model.name} declares ${String(model.numFeatures)} features and ${String(model.numClasses)} classes; a membership test needs at least 1 and 2.`);
  }
}

/** Members then non-members in one set of rows (the order every attack scores them in). */
export function stackRows(a: LabelledRows, b: LabelledRows): LabelledRows {
  const cols = a.X.cols;
  const data = new Float64Array((a.X.rows + b.X.rows) * cols);
  data.set(a.X.data);
  data.set(b.X.data, a.X.data.length);
  const y = new Int32Array(a.y.length + b.y.length);
  y.set(a.y);
  y.set(b.y, a.y.length);
  return { X: { rows: a.X.rows + b.X.rows, cols, data }, y };
}
