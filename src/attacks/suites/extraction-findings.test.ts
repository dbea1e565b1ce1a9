import { describe, expect, it } from 'vitest';
import type { ExtractionResult, SweepResult } from '../extraction/index.js';
import { ExtractionOptionsSchema, extractionSettings } from './extraction-options.js';
import { extractionFindings } from './extraction-findings.js';
import type { ExtractionOutcome } from './extraction-report.js';

/** A thief's run that ends at `agreement` after 1,000 queries. */
function thiefRun(agreement: number): ExtractionResult {
  const final = { queries: 1000, agreement, accuracy: null };
  return { attack: 'copycat', victim: 'v', surrogate: 's', use: 'labels', learnedFrom: 'labels', budget: 1000, queriesUsed: 1000, curve: [final], final, notes: [] };
}

/** The outcome of a sweep against the unprotected model only, with one thief per agreement, judged against a constant copy at `base`. */
function outcome(agreements: readonly number[], base: number, options: object = {}): ExtractionOutcome {
  const thieves = agreements.map(thiefRun);
  const sweep: SweepResult = {
    victim: 'v',
    budget: 1000,
    checkpoints: [1000],
    thieves: agreements.map((_, i) => `thief ${i}`),
    baseline: { accuracy: 0.8, logLoss: null },
    settings: [
      {
        setting: { kind: 'none' },
        name: 'none',
        utility: { accuracy: 0.8, accuracyChange: 0, labelChangeRate: 0, topProbabilityChange: 0, logLoss: null, logLossChange: null },
        thieves,
        strongestAgreement: Math.max(...agreements),
        protection: 0,
      },
    ],
    recommendation: { setting: 'none', reason: 'nothing took enough' },
    labelOnlyTheft: { statement: 'Output perturbation does not stop label-only theft.', lowestAgreement: null, unprotectedAgreement: null },
    notes: [],
  };
  return {
    settings: extractionSettings(ExtractionOptionsSchema.parse(options)),
    thieves: agreements.map((_, i) => ['copycat-probabilities', 'copycat-labels', 'jbda-labels'][i]!),
    sweep,
    constantCopy: { label: 0, agreement: base, from: 'model answers' },
    lines: [],
  };
}

describe('extractionFindings', () => {
  it('raises nothing for a thief that only learned the most common answer of an imbalanced model', () => {
    // The model answers class 0 to 88% of inputs: a constant copy agrees on 0.88, above the old absolute 0.8.
    expect(extractionFindings(outcome([0.88, 0.87], 0.88))).toEqual([]);
    // A little beyond the constant is still not a copy worth reporting.
    expect(extractionFindings(outcome([0.9], 0.88))).toEqual([]);
  });

  it('raises a finding for a real copy of the same model, with the base and the share of the gap closed', () => {
    const [medium] = extractionFindings(outcome([0.88, 0.96], 0.88));
    expect(medium).toMatchObject({ rule: 'model-can-be-copied', severity: 'medium' });
    expect(medium!.evidence).toMatchObject({ agreement: 0.96, constantCopyAgreement: 0.88, thief: 'copycat-labels', thresholds: { medium: 0.6, high: 0.8 } });
    expect(medium!.evidence!.agreementBeyondConstant).toBeCloseTo(2 / 3, 12);
    expect(medium!.message).toMatch(/on 96% of held-out inputs .* a constant copy that always gives the model's most common answer gets 88%: the copy closes 66\.7% of the gap/);
    const [high] = extractionFindings(outcome([0.98], 0.88));
    expect(high!.severity).toBe('high');
  });

  it('judges a balanced model as before: 0.8 and 0.9 agreement are 0.6 and 0.8 beyond a constant at 0.5', () => {
    expect(extractionFindings(outcome([0.79], 0.5))).toEqual([]);
    expect(extractionFindings(outcome([0.8], 0.5))[0]!.severity).toBe('medium');
    expect(extractionFindings(outcome([0.9], 0.5))[0]!.severity).toBe('high');
  });

  it('takes its thresholds from the settings, the medium one capped at the high one', () => {
    // 0.94 against 0.88 is exactly half the gap (0.4999… in floating point).
    expect(extractionFindings(outcome([0.94], 0.88))).toEqual([]);
    expect(extractionFindings(outcome([0.94], 0.88, { mediumBeyondConstant: 0.5 }))[0]!.severity).toBe('medium');
    expect(extractionFindings(outcome([0.94], 0.88, { highBeyondConstant: 0.5 }))[0]!.severity).toBe('high');
    expect(extractionFindings(outcome([0.94], 0.88, { mediumBeyondConstant: 0.9, highBeyondConstant: 0.4 }))[0]!.severity).toBe('high');
  });

  it('raises nothing when a model gives one answer to everything', () => {
    expect(extractionFindings(outcome([1, 1], 1))).toEqual([]);
  });
});
