import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createMatrix, matrixFromRows } from '../../ml/models/matrix.js';
import { checkStartingPool, MAX_STARTING_ROWS, nearestOthers } from './starting-points.js';

const box = { lo: new Float64Array(2), hi: new Float64Array(2).fill(1) };
const rows = matrixFromRows([
  [0.9, 0.9],
  [0.5, 0.5],
  [0.1, 0.2],
  [0.45, 0.5],
  [0.5, 0.6],
]);

describe('checkStartingPool', () => {
  it('accepts rows inside the box, with or without labels', () => {
    const unlabelled = checkStartingPool('HSJA', rows, undefined, 3, box);
    expect(unlabelled).toMatchObject({ rows: 5, cols: 2, labels: null });
    expect(Array.from(checkStartingPool('HSJA', rows, [0, 1, 2, 1, 0], 3, box).labels!)).toEqual([0, 1, 2, 1, 0]);
  });

  it('rejects hostile points and labels with ERR_ATTACK_INPUT naming the option and the place', () => {
    const outside = matrixFromRows([
      [0.5, 0.5],
      [0.5, 1.5],
    ]);
    const nan = matrixFromRows([[0.5, NaN]]);
    const huge = { rows: MAX_STARTING_ROWS + 1, cols: 2, data: new Float64Array(2 * (MAX_STARTING_ROWS + 1)) };
    const cases: [string, unknown, unknown?][] = [
      ['startingPoints must be a Matrix', [[0.5, 0.5]], undefined],
      ['startingPoints must be a Matrix', { rows: 2, cols: 2, data: new Float64Array(3) }, undefined],
      ['startingPoints must be a Matrix', null, undefined],
      ['has 3 features, the model takes 2', createMatrix(1, 3), undefined],
      ['must have 1 to', createMatrix(0, 2), undefined],
      ['must have 1 to', huge, undefined],
      ['row 1, feature 1 is 1.5', outside, undefined],
      ['row 0, feature 1 is NaN', nan, undefined],
      ['startingLabels has 2 labels for 5 starting points', rows, [0, 1]],
      ['startingLabels[2] is 3', rows, [0, 1, 3, 0, 0]],
      ['startingLabels[1] is 0.5', rows, [0, 0.5, 1, 0, 0]],
      ['startingLabels must be an array', rows, 'abc'],
    ];
    for (const [text, points, labels] of cases) {
      let error: unknown;
      try {
        checkStartingPool('HSJA', points, labels, 3, box);
      } catch (e) {
        error = e;
      }
      expect(isAisecError(error, 'ERR_ATTACK_INPUT'), text).toBe(true);
      expect((error as Error).message).toContain('HSJA: ');
      expect((error as Error).message).toContain(text);
    }
  });
});

describe('nearestOthers', () => {
  const x0 = Float64Array.from([0.5, 0.5]);

  it('gives the nearest rows in L2, nearest first, leaving out rows equal to x0', () => {
    const pool = checkStartingPool('HSJA', rows, undefined, 3, box);
    expect(nearestOthers(pool, x0, 0, 10)).toEqual([3, 4, 2, 0]);
    expect(nearestOthers(pool, x0, 0, 2)).toEqual([3, 4]);
  });

  it('skips rows of the attacked label when the pool has labels', () => {
    const pool = checkStartingPool('HSJA', rows, [0, 1, 2, 1, 0], 3, box);
    expect(nearestOthers(pool, x0, 1, 10)).toEqual([4, 2, 0]);
    expect(nearestOthers(pool, x0, 0, 1)).toEqual([3]);
  });

  it('breaks ties by row order', () => {
    const pool = checkStartingPool('HSJA', matrixFromRows([[0.6, 0.5], [0.4, 0.5], [0.5, 0.6]]), undefined, 3, box);
    expect(nearestOthers(pool, x0, 0, 2)).toEqual([0, 1]);
  });
});
