/**
 * Output class balance shift: the share of each predicted class against the reference's,
 * scored by PSI (zero shares filled as Evidently does); the chi-square goodness-of-fit p-value
 * is given beside it. A numerical output is tested like a feature (Evidently's default test).
 */
import { z } from 'zod';
import { isAisecError } from '../../core/errors.js';
import { chiSquareGoodnessOfFit, columnDrift, fillZeroShares, psiScore } from '../../stats/index.js';
import { defineRule, ruleOptions } from './rule.js';

export const classBalanceRule = defineRule({
  id: 'class-balance',
  summary: 'the balance of predicted classes moved from the reference (PSI, chi-square p beside it)',
  playbook: 'data-poisoning',
  options: ruleOptions({ minEvents: 200 }, { psiThreshold: z.number().min(0).default(0.1) }),
  evaluate(window, reference, options) {
    const ref = reference?.output;
    if (!ref) return [];
    if (ref.type === 'numerical') {
      if (window.output.sample.length < options.minEvents || ref.sample.length === 0) return [];
      try {
        const result = columnDrift(ref.sample, window.output.sample, { columnType: 'numerical' });
        if (!result.drifted) return [];
        return [{ column: 'output', value: result.score, threshold: result.threshold, severity: 'medium', message: `The numerical output of ${window.model} drifted from the reference: ${result.method} ${result.score.toPrecision(3)} (threshold ${result.threshold}).`, detail: { method: result.method, scoreKind: result.scoreKind } }];
      } catch (error) {
        if (isAisecError(error, 'ERR_STATS_INPUT')) return [];
        throw error;
      }
    }
    const refClasses = ref.classes ?? {};
    const curClasses = window.output.classes;
    const curTotal = Object.values(curClasses).reduce((a, b) => a + b, 0);
    const refTotal = Object.values(refClasses).reduce((a, b) => a + b, 0);
    if (curTotal < options.minEvents || refTotal === 0) return [];
    const keys = [...new Set([...Object.keys(refClasses), ...Object.keys(curClasses)])].sort();
    const refShares = fillZeroShares(keys.map((k) => (refClasses[k] ?? 0) / refTotal));
    const curShares = fillZeroShares(keys.map((k) => (curClasses[k] ?? 0) / curTotal));
    const score = psiScore(refShares, curShares);
    if (score < options.psiThreshold) return [];
    let pValue: number | null = null;
    try {
      pValue = chiSquareGoodnessOfFit(keys.map((k) => curClasses[k] ?? 0), keys.map((k) => ((refClasses[k] ?? 0) * curTotal) / refTotal)).pValue;
    } catch (error) {
      if (!isAisecError(error, 'ERR_STATS_INPUT')) throw error;
    }
    const shares = Object.fromEntries(keys.map((k) => [k, { reference: (refClasses[k] ?? 0) / refTotal, window: (curClasses[k] ?? 0) / curTotal }]));
    return [{ column: 'output', value: score, threshold: options.psiThreshold, severity: 'medium', message: `The balance of ${window.model}'s predicted classes moved from the reference: PSI ${score.toFixed(3)} ≥ ${options.psiThreshold} over ${curTotal} predictions.`, detail: { pValue, shares } }];
  },
});
