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
