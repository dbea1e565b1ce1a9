/** Latency: a high quantile (p95 by default) of the window's latencies reaches the limit. */
import { z } from 'zod';
import { quantile } from '../../stats/index.js';
import { defineRule, ruleOptions } from './rule.js';

export const latencyRule = defineRule({
  id: 'latency',
  summary: 'the p95 latency of the window reaches the limit',
  playbook: 'evasion',
  options: ruleOptions({ minEvents: 100 }, { quantile: z.number().gt(0).lt(1).default(0.95), maxMs: z.number().positive().default(2000) }),
  evaluate(window, _reference, options) {
    const sample = window.latency.sample as number[];
    if (sample.length < options.minEvents) return [];
    const value = quantile(sample, options.quantile);
    if (value < options.maxMs) return [];
    const q = `p${Math.round(options.quantile * 100)}`;
    return [{ column: q, value, threshold: options.maxMs, severity: 'low', message: `${q} latency of ${window.model} is ${Math.round(value)} ms (limit ${options.maxMs} ms, ${window.latency.count} answers).`, detail: { count: window.latency.count } }];
  },
});
