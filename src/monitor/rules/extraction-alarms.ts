/** Extraction alarms: the gateway's extraction monitor raised alarms on the model in the window. */
import { z } from 'zod';
import { defineRule, ruleOptions } from './rule.js';

export const extractionAlarmsRule = defineRule({
  id: 'extraction-alarms',
  summary: 'the extraction monitor raised at least `threshold` alarms in the window; opens a model-extraction incident by default',
  playbook: 'model-extraction',
  options: ruleOptions({ minEvents: 1, openIncident: true }, { threshold: z.number().int().min(1).default(1) }),
  evaluate(window, _reference, options) {
    const { events, alarms } = window.counts;
    if (events < options.minEvents || alarms < options.threshold) return [];
    return [{ column: '', value: alarms, threshold: options.threshold, severity: 'high', message: `The extraction monitor raised ${alarms} alarm${alarms === 1 ? '' : 's'} on ${window.model} in the window: someone may be copying the model through its answers.`, detail: { alarms, events } }];
  },
});
