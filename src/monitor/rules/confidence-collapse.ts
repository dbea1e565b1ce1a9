/**
 * Confidence collapse: the model is suddenly less sure. Alerts when the window's mean
 * confidence is lower than the reference's by `maxMeanDrop` or more, or when the share of
 * answers below `floor` rose by `maxLowShareRise` over the reference's share (without a
 * reference confidence: when that share reaches `maxLowShare`).
 */
import { z } from 'zod';
import { mean } from '../../stats/index.js';
import { defineRule, percent, ruleOptions, type RuleFinding } from './rule.js';

const lowShare = (values: readonly number[], floor: number): number => values.filter((v) => v < floor).length / values.length;

export const confidenceCollapseRule = defineRule({
  id: 'confidence-collapse',
  summary: 'mean confidence dropped from the reference, or more answers fall below the confidence floor',
  playbook: 'evasion',
  options: ruleOptions(
    { minEvents: 100 },
    {
      maxMeanDrop: z.number().min(0).max(1).default(0.1),
      floor: z.number().min(0).max(1).default(0.5),
      maxLowShareRise: z.number().min(0).max(1).default(0.1),
      maxLowShare: z.number().min(0).max(1).default(0.5),
    },
  ),
  evaluate(window, reference, options) {
    const cur = window.confidence.sample as number[];
    if (cur.length < options.minEvents) return [];
    const ref = (reference?.confidence?.sample ?? []) as number[];
    const curMean = mean(cur);
    const curLow = lowShare(cur, options.floor);
    const found: RuleFinding[] = [];
    if (ref.length > 0) {
      const refMean = mean(ref);
      const refLow = lowShare(ref, options.floor);
      if (refMean - curMean >= options.maxMeanDrop) {
        found.push({ column: 'mean', value: curMean, threshold: refMean - options.maxMeanDrop, severity: 'medium', message: `Mean confidence of ${window.model} fell to ${curMean.toFixed(3)} from ${refMean.toFixed(3)} in the reference (drop ≥ ${options.maxMeanDrop}).`, detail: { referenceMean: refMean, count: cur.length } });
      }
      if (curLow - refLow >= options.maxLowShareRise) {
        found.push({ column: 'below-floor', value: curLow, threshold: refLow + options.maxLowShareRise, severity: 'medium', message: `${percent(curLow)} of ${window.model}'s answers have confidence below ${options.floor}, against ${percent(refLow)} in the reference.`, detail: { referenceShare: refLow, floor: options.floor, count: cur.length } });
      }
    } else if (curLow >= options.maxLowShare) {
      found.push({ column: 'below-floor', value: curLow, threshold: options.maxLowShare, severity: 'medium', message: `${percent(curLow)} of ${window.model}'s answers have confidence below ${options.floor} (alert at ${percent(options.maxLowShare)}; no reference confidence to compare with).`, detail: { floor: options.floor, count: cur.length } });
    }
    return found;
  },
});
