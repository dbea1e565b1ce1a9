/** Error rate: the share of the window's events that failed (kind `error`, a 5xx status, an error text). */
import { z } from 'zod';
import { defineRule, percent, ruleOptions } from './rule.js';

export const errorRateRule = defineRule({
  id: 'error-rate',
  summary: 'the share of failed events reaches the threshold',
  playbook: 'evasion',
  options: ruleOptions({ minEvents: 100 }, { threshold: z.number().min(0).max(1).default(0.05) }),
  evaluate(window, _reference, options) {
    const { events, errors } = window.counts;
    if (events < options.minEvents) return [];
    const rate = errors / events;
    if (rate < options.threshold) return [];
    return [{ column: '', value: rate, threshold: options.threshold, severity: 'medium', message: `${percent(rate)} of ${window.model}'s events failed (${errors} of ${events}; alert at ${percent(options.threshold)}).`, detail: { errors, events } }];
  },
});
