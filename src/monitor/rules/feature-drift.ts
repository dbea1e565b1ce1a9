/**
 * Feature drift: each feature column of the window against the reference with Evidently's
 * default test for its type and sizes (KS / chi-square / z up to 1,000 reference values,
 * normed Wasserstein / Jensen-Shannon above) and that test's default threshold.
 */
import { z } from 'zod';
import { driftMethodNames } from '../../stats/index.js';
import { columnDriftScores } from '../drift-scores.js';
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
    const found: RuleFinding[] = [];
    for (const [name, result] of columnDriftScores(window, reference, options)) {
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
    }
    return found;
  },
});
