/** Input checks and sorting shared by the tests that work on sorted samples. */
import { AisecError } from '../core/errors.js';

/** A sorted copy of a sample; throws when a value is NaN or infinite (drop those first). */
export function sortedFinite(values: ArrayLike<number>, who: string): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new AisecError('ERR_STATS_INPUT', `${who} got a value that is not a finite number (${String(v)} at index ${i}): drop missing and infinite values first.`);
    }
    out[i] = v;
  }
  return out.sort();
}

/** Whether every value is a finite number. */
export function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/**
 * Walk the distinct values of two sorted samples in increasing order, with how many times each
 * occurs in `x` and in `y`: the pooled ranks and tie groups of both samples without sorting
 * them together.
 */
export function forEachTieGroup(x: Float64Array, y: Float64Array, visit: (value: number, inX: number, inY: number) => void): void {
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    const i0 = i;
    const j0 = j;
    while (i < n1 && x[i] === v) i++;
    while (j < n2 && y[j] === v) j++;
    visit(v, i - i0, j - j0);
  }
}
