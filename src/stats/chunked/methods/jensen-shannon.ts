/** NannyML's `jensen_shannon`: base-2 Jensen–Shannon distance over Doane bins or categories, in [0, 1]. */
import { jensenShannonDistance } from '../../divergence.js';
import type { NannymlMethod } from './method.js';
import { fitCategoricalShares, fitNumericalShares } from './shares.js';

export const jensenShannonMethod: NannymlMethod = Object.freeze<NannymlMethod>({
  key: 'jensen_shannon',
  summary: 'Jensen–Shannon distance (base 2) over the reference bins plus a leftover bin.',
  limits: { lower: 0 },
  fitNumerical: (reference: Float64Array) => {
    const shares = fitNumericalShares(reference);
    return (current: Float64Array) => {
      const s = shares(current);
      return { value: jensenShannonDistance(s.reference, s.current, 2) };
    };
  },
  fitCategorical: (reference) => {
    const shares = fitCategoricalShares(reference);
    return (current) => {
      const s = shares(current);
      return { value: jensenShannonDistance(s.reference, s.current, 2) };
    };
  },
});
