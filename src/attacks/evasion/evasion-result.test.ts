import { describe, expect, it } from 'vitest';
import { successAt, summariseEpsilon, type ExampleOutcome } from './evasion-result.js';

function outcome(row: number, cleanCorrect: boolean, queriesToSuccess: number | null, queries = 100): ExampleOutcome {
  return { row, label: 0, cleanCorrect, success: queriesToSuccess !== null, queries: cleanCorrect ? queries : 0, queriesToSuccess, norm: null, adversarialLabel: queriesToSuccess === null ? null : 1 };
}

describe('summariseEpsilon', () => {
  it('counts success among attacked rows and robust accuracy among all rows', () => {
    const examples = [outcome(0, true, 5, 5), outcome(1, true, 40, 40), outcome(2, true, null), outcome(3, false, null), outcome(4, true, 12, 12)];
    const s = summariseEpsilon(0.1, examples, [10, 20, 50, 100]);
    expect(s.attacked).toBe(4);
    expect(s.successes).toBe(3);
    expect(s.successRate).toBe(0.75);
    expect(s.robustAccuracy).toBe(1 / 5);
    expect(s.medianQueries).toBe(12);
    expect(s.meanQueries).toBe(19);
    expect(s.queries).toBe(5 + 40 + 100 + 12);
    expect(s.curve).toEqual([
      { queries: 10, successRate: 0.25 },
      { queries: 20, successRate: 0.5 },
      { queries: 50, successRate: 0.75 },
      { queries: 100, successRate: 0.75 },
    ]);
    expect(successAt(s, 12)).toBe(0.5);
    expect(successAt(s, 4)).toBe(0);
  });

  it('gives null, not NaN, where there is nothing to summarise', () => {
    const s = summariseEpsilon(0.1, [outcome(0, true, null), outcome(1, true, null)], [10]);
    expect(s.medianQueries).toBeNull();
    expect(s.meanQueries).toBeNull();
    expect(s.robustAccuracy).toBe(1);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(summariseEpsilon(0.1, [outcome(0, true, 4), outcome(1, true, 9)], [10]).medianQueries).toBe(6.5);
  });
});
