import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../ml/index.js';
import { hsjaStarts } from './hsja-starts.js';
import { fitUnitScale, toUnit } from './unit-scale.js';

describe('hsjaStarts', () => {
  const X = matrixFromRows([
    [0, 100],
    [10, 300],
    [5, 200],
    [2, 150],
    [8, 250],
  ]);
  const evaluation = { X, y: Int32Array.of(0, 1, 1, 0, 1) };
  const scale = fitUnitScale(X);

  it('gives the rows not attacked, scaled like the attacked rows, with their own labels', () => {
    const starts = hsjaStarts(evaluation, [2, 0], scale, 1)!;
    expect(starts.available).toBe(3);
    expect(Array.from(starts.startingLabels)).toEqual([1, 0, 1]);
    const unit = toUnit(scale, X);
    expect(Array.from(starts.startingPoints.data)).toEqual([...unit.data.subarray(2, 4), ...unit.data.subarray(6, 8), ...unit.data.subarray(8, 10)]);
    expect(Array.from(starts.startingPoints.data.subarray(0, 2))).toEqual([1, 1]);
  });

  it('keeps a seeded sample when there are more rows than the cap, the same for the same seed', () => {
    const a = hsjaStarts(evaluation, [0], scale, 5, 2)!;
    expect(a.available).toBe(4);
    expect(a.startingPoints.rows).toBe(2);
    expect(hsjaStarts(evaluation, [0], scale, 5, 2)).toEqual(a);
    // Every kept row is one of the rows not attacked, with its label.
    const unit = toUnit(scale, X);
    for (let k = 0; k < 2; k++) {
      const row = [1, 2, 3, 4].find((r) => unit.data[r * 2] === a.startingPoints.data[k * 2] && unit.data[r * 2 + 1] === a.startingPoints.data[k * 2 + 1]);
      expect(row).toBeDefined();
      expect(a.startingLabels[k]).toBe(evaluation.y[row!]);
    }
  });

  it('gives nothing when every row is attacked', () => {
    expect(hsjaStarts(evaluation, [0, 1, 2, 3, 4], scale, 1)).toBeUndefined();
  });
});
