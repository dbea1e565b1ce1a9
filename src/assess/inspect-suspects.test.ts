import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSuspects } from './inspect-suspects.js';

describe('mergeSuspects', () => {
  it('ranks a row flagged by two signals above a row flagged by one', () => {
    const merged = mergeSuspects([
      [
        { row: 1, score: 0.6, signals: ['label-noise'] },
        { row: 2, score: 0.6, signals: ['label-noise'] },
      ],
      [{ row: 2, score: 0.5, signals: ['outlier'] }],
    ]);
    expect(merged).toEqual([
      { row: 2, score: 0.8, signals: ['label-noise', 'outlier'] },
      { row: 1, score: 0.6, signals: ['label-noise'] },
    ]);
  });

  it('counts a row once per signal, at its highest score', () => {
    const merged = mergeSuspects([
      [
        { row: 4, score: 0.6, signals: ['exact-duplicate'] },
        { row: 4, score: 0.9, signals: ['conflicting-labels'] },
      ],
    ]);
    expect(merged).toEqual([{ row: 4, score: 0.9, signals: ['conflicting-labels', 'exact-duplicate'] }]);
  });

  it('keeps scores in [0, 1], sorted, one entry per row', () => {
    const suspect = fc.record({ row: fc.integer({ min: 0, max: 30 }), score: fc.double({ noNaN: false }), signals: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(fc.array(suspect, { maxLength: 20 }), { maxLength: 4 }), (lists) => {
        const merged = mergeSuspects(lists);
        expect(new Set(merged.map((s) => s.row)).size).toBe(merged.length);
        for (let i = 0; i < merged.length; i++) {
          expect(merged[i]!.score).toBeGreaterThanOrEqual(0);
          expect(merged[i]!.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(merged[i - 1]!.score).toBeGreaterThanOrEqual(merged[i]!.score);
        }
      }),
    );
  });
});
