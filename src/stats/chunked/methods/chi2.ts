/**
 * NannyML's `chi2`: the chi-square statistic of the categories × {reference, current}
 * contingency table (scipy `chi2_contingency`, Yates' correction when dof = 1). Its alert is
 * p < 0.05; thresholds from reference chunks are not used.
 */
import { chiSquareHomogeneity } from '../../chi-square.js';
import type { Category } from '../../histogram.js';
import type { NannymlMethod } from './method.js';

function counts(values: readonly Category[]): Map<Category, number> {
  const m = new Map<Category, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

export const chi2Method: NannymlMethod = Object.freeze<NannymlMethod>({
  key: 'chi2',
  summary: 'Chi-square contingency statistic; alerts on p < 0.05.',
  limits: { lower: 0, upper: 1 },
  pValueAlert: 0.05,
  fitCategorical: (reference) => {
    const ref = counts(reference);
    return (current) => {
      const cur = counts(current);
      const keys = [...new Set([...ref.keys(), ...cur.keys()])];
      const r = chiSquareHomogeneity(keys.map((k) => [ref.get(k) ?? 0, cur.get(k) ?? 0]), { yates: true });
      return { value: r.statistic, pValue: r.pValue };
    };
  },
});
