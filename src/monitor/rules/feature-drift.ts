/**
 * Feature drift: each feature column of the window against the reference with Evidently's
 * default test for its type and sizes (KS / chi-square / z up to 1,000 reference values,
 * normed Wasserstein / Jensen-Shannon above) and that test's default threshold.
 */
import { z } from 'zod';
import { isAisecError } from '../../core/errors.js';
import { columnDrift, driftMethodNames } from '../../stats/index.js';
import { defineRule, ruleOptions, type RuleFinding } from './rule.js';

export const featureDriftRule = defineRule({
  id: 'feature-drift',
  summary: "a feature column's distribution differs from the reference (Evidently's default test and threshold per column)",
  playbook: 'data-poisoning',
  options: ruleOptions(
    { minEvents: 100 },
    {
      /** A test for every column instead of the default choice. */
      method: z.enum(driftMethodNames).optional(),
      /** A threshold instead of the test's default. */
      threshold: z.number().min(0).optional(),
    },
  ),
  evaluate(window, reference, options) {
    if (reference === null) return [];
    const found: RuleFinding[] = [];
    for (const [name, ref] of Object.entries(reference.columns)) {
      const cur = window.columns[name];
      if (cur === undefined || cur.sample.length < options.minEvents || ref.sample.length === 0) continue;
      try {
        const result = columnDrift(ref.sample, cur.sample, { columnType: ref.type, ...(options.method ? { method: options.method } : {}), ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
        if (!result.drifted) continue;
        const comparison = result.scoreKind === 'p-value' ? `p = ${result.score.toPrecision(3)} < ${result.threshold}` : `${result.score.toPrecision(3)} ≥ ${result.threshold}`;
        found.push({
          column: name,
          value: result.score,
          threshold: result.threshold,
          severity: 'medium',
          message: `Feature "${name}" of ${window.model} drifted from the reference: ${result.method} ${comparison} (${result.currentCount} values in the window, ${result.referenceCount} in the reference).`,
          detail: { method: result.method, scoreKind: result.scoreKind, columnType: result.columnType, referenceCount: result.referenceCount, currentCount: result.currentCount },
        });
      } catch (error) {
        if (!isAisecError(error, 'ERR_STATS_INPUT')) throw error;
      }
    }
    return found;
  },
});
