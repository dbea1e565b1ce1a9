import { describe, expect, it } from 'vitest';
import { columnExtremes } from './column-extremes.js';
import { matrixFromRows } from './matrix.js';

describe('columnExtremes', () => {
  it('finds the lowest and highest value of each column', () => {
    const X = matrixFromRows([
      [3, -1, 5],
      [-2, 4, 5],
      [0, 7, 5],
    ]);
    const { lo, hi } = columnExtremes(X);
    expect(Array.from(lo)).toEqual([-2, -1, 5]);
    expect(Array.from(hi)).toEqual([3, 7, 5]);
  });

  it('gives empty bounds for a matrix without rows', () => {
    const { lo, hi } = columnExtremes({ rows: 0, cols: 2, data: new Float64Array(0) });
    expect(Array.from(lo)).toEqual([Infinity, Infinity]);
    expect(Array.from(hi)).toEqual([-Infinity, -Infinity]);
  });

  it('passes over NaN values', () => {
    const { lo, hi } = columnExtremes(matrixFromRows([[NaN], [2], [1]]));
    expect([lo[0], hi[0]]).toEqual([1, 2]);
  });
});
