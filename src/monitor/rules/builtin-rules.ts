/** Every alert rule of the monitor, listed once, in the order they run. */
import { classBalanceRule } from './class-balance.js';
import { confidenceCollapseRule } from './confidence-collapse.js';
import { errorRateRule } from './error-rate.js';
import { extractionAlarmsRule } from './extraction-alarms.js';
import { featureDriftRule } from './feature-drift.js';
import { guardHitRateRule } from './guard-hit-rate.js';
import { latencyRule } from './latency.js';
import type { MonitorRule } from './rule.js';

export const builtinRules: readonly MonitorRule[] = Object.freeze([
  featureDriftRule,
  confidenceCollapseRule,
  classBalanceRule,
  guardHitRateRule,
  extractionAlarmsRule,
  errorRateRule,
  latencyRule,
] as unknown as MonitorRule[]);
