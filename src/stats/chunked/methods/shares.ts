/**
 * Reference and current shares over the reference's bins with NannyML's "leftover" bin:
 * current values outside the reference bins (outside its range, or unseen categories) form an
 * extra bin whose reference share is 0. Shared by Jensen–Shannon and Hellinger.
 */
import { categoryCounts, histogram, type Category } from '../../histogram.js';
import { doaneEdges } from '../doane-edges.js';

/** Shares of the reference and current sample over the same bins. */
export interface SharePair {
  readonly reference: Float64Array;
  readonly current: Float64Array;
}

/** Append the leftover bin when the current shares sum to less than 1 (NannyML: `1 - sum > 0`). */
function withLeftover(reference: Float64Array, current: Float64Array): SharePair {
  let sum = 0;
  for (const v of current) sum += v;
  const leftover = 1 - sum;
  if (!(leftover > 0)) return { reference, current };
  const r = new Float64Array(reference.length + 1);
  r.set(reference);
  const c = new Float64Array(current.length + 1);
  c.set(current);
  c[current.length] = leftover;
  return { reference: r, current: c };
}

/** Fit Doane bins on a numerical reference; returns the share pair for any current sample. */
export function fitNumericalShares(reference: Float64Array): (current: Float64Array) => SharePair {
  const edges = doaneEdges(reference);
  const ref = histogram(reference, edges).map((v) => v / reference.length);
  return (current) => withLeftover(ref, histogram(current, edges).map((v) => v / current.length));
}

/** Fit the reference categories; returns the share pair for any current sample. */
export function fitCategoricalShares(reference: readonly Category[]): (current: readonly Category[]) => SharePair {
  const keys = [...new Set(reference)];
  const ref = categoryCounts(reference, keys).map((v) => v / reference.length);
  return (current) => withLeftover(ref, categoryCounts(current, keys).map((v) => v / current.length));
}
