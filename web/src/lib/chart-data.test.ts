import { describe, expect, it } from 'vitest';
import { alignSeries, maxPoints } from './chart-data.js';

describe('alignSeries', () => {
  it('aligns series on the union of their times, sorted, with gaps as null', () => {
    const [x, a, b] = alignSeries([
      { points: [[30, 3], [10, 1]] },
      { points: [[20, 2], [30, 4]] },
    ]);
    expect(x).toEqual([10, 20, 30]);
    expect(a).toEqual([1, null, 3]);
    expect(b).toEqual([null, 2, 4]);
  });

  it('turns non-finite values into gaps and drops non-finite times', () => {
    const [x, a] = alignSeries([{ points: [[1, Number.NaN], [2, Number.POSITIVE_INFINITY], [Number.NaN, 5], [3, null], [4, 1]] }]);
    expect(x).toEqual([1, 2, 3, 4]);
    expect(a).toEqual([null, null, null, 1]);
  });

  it('thins a huge series to a bounded number of points, keeping the last', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => [i, i] as const);
    const [x, a] = alignSeries([{ points }]);
    expect(x.length).toBeLessThanOrEqual(maxPoints + 1);
    expect(x.at(-1)).toBe(99_999);
    expect(a!.at(-1)).toBe(99_999);
  });

  it('handles no series and empty series', () => {
    expect(alignSeries([])).toEqual([[]]);
    expect(alignSeries([{ points: [] }])).toEqual([[], []]);
  });
});
