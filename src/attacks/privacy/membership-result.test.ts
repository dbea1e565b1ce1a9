import { describe, expect, it } from 'vitest';
import { membershipResult } from './membership-result.js';

describe('membershipResult', () => {
  const context = { attack: 'loss', model: 'm', knowledge: 'scores', queries: 7 } as const;

  it('gathers the figures of the scores: counts, AUC, low-FPR rates, balanced accuracy, ROC sample', () => {
    const result = membershipResult(Float64Array.from([0.9, 0.8]), Float64Array.from([0.1, 0.85]), context);
    expect(result).toMatchObject({ attack: 'loss', model: 'm', members: 2, nonMembers: 2, auc: 0.75, queries: 7 });
    // With 2 non-members both rates are read with no false positive: one member above both.
    expect(result.tprAt1PctFpr).toBe(0.5);
    expect(result.tprAt0_1PctFpr).toBe(0.5);
    // Best threshold 0.8: TPR 1, FPR 0.5 → 0.75; threshold 0.9: TPR 0.5, FPR 0 → 0.75.
    expect(result.balancedAccuracy).toBe(0.75);
    expect(result.roc.fpr[0]).toBe(0.5);
    expect(result.roc.fpr.at(-1)).toBe(1);
    expect(result.notes.join(' ')).toContain('With 2 non-members neither 1% nor 0.1% false positives can be measured');
    expect(result.notes.at(-1)).toMatch(/chosen knowing who was a member/);
  });

  it('keeps the caller’s notes first and the scores as given', () => {
    const members = Float64Array.from({ length: 50 }, (_, i) => i);
    const nonMembers = Float64Array.from({ length: 1000 }, (_, i) => i / 100);
    const result = membershipResult(members, nonMembers, { ...context, notes: ['first'] });
    expect(result.notes[0]).toBe('first');
    expect(result.notes.join(' ')).not.toContain('cannot be measured');
    expect(result.scores.members).toBe(members);
  });
});
