/** NannyML's `l_infinity`: the largest absolute difference between category shares (unseen categories included). */
import type { Category } from '../../histogram.js';
import type { NannymlMethod } from './method.js';

function shares(values: readonly Category[]): Map<Category, number> {
  const m = new Map<Category, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  for (const [k, c] of m) m.set(k, c / values.length);
  return m;
}

export const lInfinityMethod: NannymlMethod = Object.freeze<NannymlMethod>({
  key: 'l_infinity',
  summary: 'L-infinity distance: the largest difference of category shares.',
  limits: { lower: 0 },
  fitCategorical: (reference) => {
    const ref = shares(reference);
    return (current) => {
      const cur = shares(current);
      let d = 0;
      for (const [k, p] of ref) d = Math.max(d, Math.abs(p - (cur.get(k) ?? 0)));
      for (const [k, q] of cur) if (!ref.has(k)) d = Math.max(d, q);
      return { value: d };
    };
  },
});
