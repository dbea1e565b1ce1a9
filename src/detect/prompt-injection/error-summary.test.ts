import { describe, expect, it } from 'vitest';
import { formatErrorSummary, summariseErrors, type ScoredRowRecord } from './error-summary.js';

function row(over: Partial<ScoredRowRecord> & Pick<ScoredRowRecord, 'source' | 'label' | 'flagged'>): ScoredRowRecord {
  return { id: 'r', length: 100, score: over.flagged ? 0.9 : 0.1, threshold: 0.5, rules: [], model: { score: over.flagged ? 0.9 : 0.1, topFeatures: [] }, ...over };
}

const feats = (...names: string[]) => names.map((feature) => ({ feature, weight: 0.5 }));

describe('summariseErrors', () => {
  it('gives the FPR of benign rows and the recall of attacks per source, in source order', () => {
    const s = summariseErrors([
      row({ source: 'b', label: 'injection', flagged: true }),
      row({ source: 'b', label: 'injection', flagged: false }),
      row({ source: 'b', label: 'injection', flagged: false }),
      row({ source: 'a', label: 'benign', flagged: true }),
      row({ source: 'a', label: 'benign', flagged: false }),
      row({ source: 'a', label: 'benign', flagged: false }),
      row({ source: 'a', label: 'benign', flagged: false }),
    ]);
    expect(s.map((x) => [x.source, x.label, x.rows, x.errors, x.rate])).toEqual([
      ['a', 'benign', 4, 1, 0.25],
      ['b', 'injection', 3, 2, 1 / 3],
    ]);
  });

  it('counts the features and rules of the wrong rows only, once per row, most frequent first', () => {
    const s = summariseErrors([
      row({ source: 'a', label: 'benign', flagged: true, model: { score: 0.9, topFeatures: feats('your', 'your', '⟨secret⟩') } }),
      row({ source: 'a', label: 'benign', flagged: true, model: { score: 0.2, topFeatures: feats('your') }, rules: [{ id: 'r1', score: 0.8 }] }),
      row({ source: 'a', label: 'benign', flagged: false, model: { score: 0.1, topFeatures: feats('⟨secret⟩', 'mercury') } }),
    ]);
    expect(s[0]!.topFeatures).toEqual([
      ['your', 2],
      ['⟨secret⟩', 1],
    ]);
    expect(s[0]!.topRules).toEqual([['r1', 1]]);
    expect([s[0]!.byRule, s[0]!.byModel]).toEqual([1, 1]);
  });

  it('gives the median lengths of the wrong rows and of all, and null with no wrong row', () => {
    const s = summariseErrors([
      row({ source: 'a', label: 'injection', flagged: false, length: 10 }),
      row({ source: 'a', label: 'injection', flagged: false, length: 40 }),
      row({ source: 'a', label: 'injection', flagged: true, length: 20 }),
      row({ source: 'c', label: 'benign', flagged: false, length: 7 }),
    ]);
    // The median of an even count is the mean of the middle two (the project's quantile).
    expect([s[0]!.errorLengthMedian, s[0]!.lengthMedian]).toEqual([25, 20]);
    expect([s[1]!.errorLengthMedian, s[1]!.rate]).toEqual([null, 0]);
  });

  it('keeps `top` entries and breaks ties by name', () => {
    const s = summariseErrors([row({ source: 'a', label: 'injection', flagged: false, model: { score: 0.1, topFeatures: feats('c', 'b', 'a') } })], 2);
    expect(s[0]!.topFeatures).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('formatErrorSummary', () => {
  it('writes one block per source and label, the details only when something was wrong', () => {
    const text = formatErrorSummary(
      summariseErrors([
        row({ source: 'a', label: 'benign', flagged: true, model: { score: 0.9, topFeatures: feats('your') } }),
        row({ source: 'b', label: 'injection', flagged: true }),
      ]),
    );
    expect(text).toBe(
      'a benign 1 rows: FPR 1.000 (1 false positives)\n' +
        '  flagged by a rule alone: 0; by the model alone: 1\n' +
        '  features: "your" 1\n' +
        '  length median 100 (all rows: 100)\n' +
        'b injection 1 rows: recall 1.000 (0 missed)\n',
    );
  });
});
