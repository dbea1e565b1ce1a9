import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG } from './features.js';
import { matchInjectionRules } from './rules.js';
import { DEFAULT_WINDOW } from './score-text.js';
import { resolveTrainOptions, type TrainOptions } from './train-options.js';
import { WINDOW_PENALTY_LIMITS } from './weights-file.js';

describe('resolveTrainOptions', () => {
  it('fills in the shipped recipe for {}', () => {
    const r = resolveTrainOptions({});
    expect(r).toMatchObject({ seed: 1, window: DEFAULT_WINDOW, features: DEFAULT_FEATURE_CONFIG, solver: 'adagrad', foldBy: 'twins', windowPenalty: 0.5, windowPenaltyFrom: 8, windowTraining: true, mix: 1, variantWeight: 0, encodedBenign: 0, targetFpr: 0.03, thresholdRows: 'all' });
    expect(r.rules).toBe(matchInjectionRules);
    expect(r.logCountRatio).toBeUndefined();
    expect(resolveTrainOptions({ rules: false, sourceSupport: false })).toMatchObject({ rules: undefined, sourceSupport: undefined });
  });

  it('names the first option out of range, wrong types included', () => {
    const cases: [TrainOptions, RegExp][] = [
      [{ bags: 0 }, /bags must be an integer from 1 to 64, not 0/],
      [{ bags: 1.5 }, /bags must be/],
      [{ windowPenalty: -0.1 }, /windowPenalty must be from 0 to 10, not -0.1/],
      [{ windowPenalty: WINDOW_PENALTY_LIMITS.penalty + 1 }, /windowPenalty must be/],
      [{ windowPenalty: Number.NaN }, /windowPenalty must be/],
      [{ windowPenalty: '1' as unknown as number }, /windowPenalty must be/],
      [{ windowPenaltyFrom: 0 }, /windowPenaltyFrom must be a whole number from 1 to \d+, not 0/],
      [{ windowPenaltyFrom: 2.5 }, /windowPenaltyFrom must be/],
      [{ windowPenaltyFrom: WINDOW_PENALTY_LIMITS.from + 1 }, /windowPenaltyFrom must be/],
      [{ logCountRatio: { mix: 2 } }, /logCountRatio.mix must be from 0 to 1, not 2/],
      [{ variantWeight: 5 }, /variantWeight must be from 0 to 4, not 5/],
      [{ variantWeight: '1' as unknown as number }, /variantWeight must be/],
      [{ encodedBenign: 1.5 }, /encodedBenign must be from 0 to 1, not 1.5/],
      [{ encodedBenign: Number.NaN }, /encodedBenign must be from 0 to 1, not NaN/],
      [{ logCountRatio: { mix: '0.5' as unknown as number } }, /logCountRatio.mix must be/],
      [{ foldBy: 'random' as unknown as 'twins' }, /foldBy must be one of source, stratified, twins, not random/],
      [{ thresholdRows: 'hard' as unknown as 'all' }, /thresholdRows must be one of all, ordinary, not hard/],
    ];
    for (const [options, message] of cases) expect(() => resolveTrainOptions(options), JSON.stringify(options)).toThrow(message);
  });

  it('accepts the edges of each range', () => {
    expect(() => resolveTrainOptions({ bags: 64, windowPenalty: 0, windowPenaltyFrom: 1, variantWeight: 4, logCountRatio: { mix: 0 } })).not.toThrow();
    expect(() => resolveTrainOptions({ windowPenalty: WINDOW_PENALTY_LIMITS.penalty, windowPenaltyFrom: WINDOW_PENALTY_LIMITS.from })).not.toThrow();
  });
});
