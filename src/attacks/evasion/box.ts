/**
 * The box every perturbed input is clipped to: a lowest and highest value per feature (pixel
 * range, valid amounts). Given by the caller, or else the range seen in the rows attacked.
 */
import { AisecError } from '../../core/errors.js';
import { columnExtremes } from '../../ml/models/column-extremes.js';
import type { Matrix } from '../../ml/models/matrix.js';

/** Per-feature bounds: `lo[j] ≤ x[j] ≤ hi[j]`. */
export interface Box {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

/** Bounds as given by a caller: one number for every feature, or one per feature. */
export interface BoxOption {
  readonly lo: number | ArrayLike<number>;
  readonly hi: number | ArrayLike<number>;
}

/**
 * The box of an attack: `option` when given (checked: finite, `lo ≤ hi`, every row inside),
 * else each feature's minimum and maximum over the rows of `X`.
 */
export function resolveBox(option: BoxOption | undefined, X: Matrix, where: string): Box {
  const d = X.cols;
  if (option === undefined) return columnExtremes(X);
  if (typeof option !== 'object' || option === null) throw new AisecError('ERR_ATTACK_INPUT', `${where}: box must be { lo, hi }, not ${String(option)}`);
  const lo = bound(option.lo, d, `${where}: box.lo`);
  const hi = bound(option.hi, d, `${where}: box.hi`);
  for (let j = 0; j < d; j++) {
    if (lo[j]! > hi[j]!) throw new AisecError('ERR_ATTACK_INPUT', `${where}: box.lo[${j}] = ${lo[j]} is above box.hi[${j}] = ${hi[j]}`);
  }
  for (let i = 0; i < X.rows; i++) {
    for (let j = 0; j < d; j++) {
      const v = X.data[i * d + j]!;
      if (v < lo[j]! || v > hi[j]!) {
        throw new AisecError('ERR_ATTACK_INPUT', `${where}: row ${i}, feature ${j} is ${v}, outside the box [${lo[j]}, ${hi[j]}]; widen the box or clip the data`);
      }
    }
  }
  return { lo, hi };
}

function bound(value: number | ArrayLike<number> | undefined, d: number, where: string): Float64Array {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new AisecError('ERR_ATTACK_INPUT', `${where} must be a finite number, not ${value}`);
    return new Float64Array(d).fill(value);
  }
  if (value === null || typeof value !== 'object' || typeof value.length !== 'number') {
    throw new AisecError('ERR_ATTACK_INPUT', `${where} must be a number or one number per feature`);
  }
  if (value.length !== d) throw new AisecError('ERR_ATTACK_INPUT', `${where} has ${value.length} values for ${d} features`);
  const out = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const v = value[j];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new AisecError('ERR_ATTACK_INPUT', `${where}[${j}] must be a finite number, not ${String(v)}`);
    out[j] = v;
  }
  return out;
}

/** Clip `x` into the box, in place, and return it. */
export function clipToBox(x: Float64Array, box: Box): Float64Array {
  const { lo, hi } = box;
  for (let j = 0; j < x.length; j++) {
    const v = x[j]!;
    if (v < lo[j]!) x[j] = lo[j]!;
    else if (v > hi[j]!) x[j] = hi[j]!;
  }
  return x;
}

/** The mean width of the box over its features. */
export function meanWidth(box: Box): number {
  let total = 0;
  for (let j = 0; j < box.lo.length; j++) total += box.hi[j]! - box.lo[j]!;
  return box.lo.length > 0 ? total / box.lo.length : 0;
}
