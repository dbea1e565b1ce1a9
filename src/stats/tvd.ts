/**
 * Total variation distance between two categorical samples and Evidently's permutation test on
 * it (`TVD`): the share of random re-splits of the pooled values whose distance is at least the
 * observed one. Evidently draws with numpy's global generator seeded 0; this uses the project's
 * seeded generator, so p-values agree with Evidently's within the test's sampling error, not
 * digit for digit.
 */
import { AisecError } from '../core/errors.js';
import { categoriesOf, type Category } from './histogram.js';
import { createRng, randomInt } from './random.js';

/** Result of {@link tvdPermutationTest}. */
export interface TvdTestResult {
  /** The observed total variation distance ½ Σ |rᵢ − cᵢ| of the shares. */
  readonly statistic: number;
  /** Share of permutations with a distance ≥ the observed one (resolution 1 / permutations). */
  readonly pValue: number;
}

function tvdOfCounts(ref: Float64Array, cur: Float64Array, nRef: number, nCur: number): number {
  let sum = 0;
  for (let i = 0; i < ref.length; i++) sum += Math.abs(ref[i]! / nRef - cur[i]! / nCur);
  return 0.5 * sum;
}

/** Total variation distance between the category shares of two samples. */
export function totalVariationDistance(reference: readonly Category[], current: readonly Category[]): number {
  return tvdPermutationTest(reference, current, { permutations: 0 }).statistic;
}

/** Permutation test of the total variation distance (Evidently: 1,000 permutations). */
export function tvdPermutationTest(reference: readonly Category[], current: readonly Category[], options: { permutations?: number; seed?: number } = {}): TvdTestResult {
  const nRef = reference.length;
  const nCur = current.length;
  if (nRef === 0 || nCur === 0) throw new AisecError('ERR_STATS_INPUT', `The total variation distance needs values in both samples (got ${nRef} and ${nCur}).`);
  const keys = categoriesOf(reference, current);
  const index = new Map<Category, number>(keys.map((k, i) => [k, i]));
  const pooled = new Int32Array(nRef + nCur);
  reference.forEach((v, i) => (pooled[i] = index.get(v)!));
  current.forEach((v, i) => (pooled[nRef + i] = index.get(v)!));
  const totals = new Float64Array(keys.length);
  const ref = new Float64Array(keys.length);
  const cur = new Float64Array(keys.length);
  for (let i = 0; i < pooled.length; i++) {
    totals[pooled[i]!]!++;
    if (i < nRef) ref[pooled[i]!]!++;
  }
  for (let k = 0; k < keys.length; k++) cur[k] = totals[k]! - ref[k]!;
  const statistic = tvdOfCounts(ref, cur, nRef, nCur);
  const permutations = options.permutations ?? 1000;
  if (permutations === 0) return { statistic, pValue: Number.NaN };
  const rng = createRng(options.seed ?? 0);
  // A partial Fisher–Yates shuffle draws the smaller side; the rest of the pool is the other side.
  const drawn = Math.min(nRef, nCur);
  let atLeast = 0;
  for (let p = 0; p < permutations; p++) {
    const counts = new Float64Array(keys.length);
    for (let i = 0; i < drawn; i++) {
      const j = i + randomInt(rng, pooled.length - i);
      const t = pooled[i]!;
      pooled[i] = pooled[j]!;
      pooled[j] = t;
      counts[pooled[i]!]!++;
    }
    for (let k = 0; k < keys.length; k++) {
      const other = totals[k]! - counts[k]!;
      if (drawn === nRef) {
        ref[k] = counts[k]!;
        cur[k] = other;
      } else {
        cur[k] = counts[k]!;
        ref[k] = other;
      }
    }
    if (tvdOfCounts(ref, cur, nRef, nCur) >= statistic) atLeast++;
  }
  return { statistic, pValue: atLeast / permutations };
}
