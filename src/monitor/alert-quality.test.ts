import { describe, expect, it } from 'vitest';
import { flagged, syntheticReference, syntheticWindow } from './test-support/streams.js';

// Alert quality of the feature-drift rule at default settings on seeded streams (no timing).
const shape = { numerical: 8, categorical: 2 };
const reference = syntheticReference(shape, 20_000, 7);

describe('feature drift alert quality', () => {
  it('raises at most 5% false alarms per column per window on 100 windows × 10 columns without drift; a plain KS test at p < 0.05 raises about 5%', () => {
    let ruleAlarms = 0;
    let ksAlarms = 0;
    for (let w = 0; w < 100; w++) {
      const { rule, ks } = flagged(reference, syntheticWindow(shape, 2000, 1000 + w));
      ruleAlarms += rule.size;
      ksAlarms += ks.size;
    }
    expect(ruleAlarms / (100 * 10)).toBeLessThanOrEqual(0.05);
    // The naive baseline alarms at about its significance level (8 numerical columns tested).
    expect(ksAlarms / (100 * 8)).toBeGreaterThan(0.02);
  }, 120_000);

  it('detects a 0.25 standard-deviation mean shift with 2,000 rows in the first window, on every numerical column', () => {
    for (let w = 0; w < 5; w++) {
      const { rule } = flagged(reference, syntheticWindow(shape, 2000, 5000 + w, 0.25));
      expect([...rule].sort()).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']);
    }
  });
});
