/** NannyML's `hellinger`: √(Σ (√p − √q)²) / √2 over the same bins as Jensen–Shannon, in [0, 1]. */
import type { NannymlMethod } from './method.js';
import { fitCategoricalShares, fitNumericalShares, type SharePair } from './shares.js';

/** Hellinger distance of two share vectors over the same bins. */
export function hellingerDistance(s: SharePair): number {
  let sum = 0;
  for (let i = 0; i < s.reference.length; i++) {
    const d = Math.sqrt(s.reference[i]!) - Math.sqrt(s.current[i]!);
    sum += d * d;
  }
  return Math.sqrt(sum) / Math.SQRT2;
}

export const hellingerMethod: NannymlMethod = Object.freeze<NannymlMethod>({
  key: 'hellinger',
  summary: 'Hellinger distance over the reference bins plus a leftover bin.',
  limits: { lower: 0 },
  fitNumerical: (reference: Float64Array) => {
    const shares = fitNumericalShares(reference);
    return (current: Float64Array) => ({ value: hellingerDistance(shares(current)) });
  },
  fitCategorical: (reference) => {
    const shares = fitCategoricalShares(reference);
    return (current) => ({ value: hellingerDistance(shares(current)) });
  },
});
