/** Guard-hit rate: the share of the window's events that are guard hits (blocked prompts or answers). */
import { z } from 'zod';
import { defineRule, percent, ruleOptions } from './rule.js';

export const guardHitRateRule = defineRule({
  id: 'guard-hit-rate',
  summary: 'the share of events that are guard hits reaches the threshold',
  playbook: 'prompt-injection',
  options: ruleOptions({ minEvents: 100 }, { threshold: z.number().min(0).max(1).default(0.05) }),
  evaluate(window, _reference, options) {
    const { events, guardHits } = window.counts;
    if (events < options.minEvents) return [];
    const rate = guardHits / events;
    if (rate < options.threshold) return [];
    return [{ column: '', value: rate, threshold: options.threshold, severity: 'high', message: `${percent(rate)} of ${window.model}'s events were guard hits (${guardHits} of ${events}; alert at ${percent(options.threshold)}).`, detail: { guardHits, events } }];
  },
});
