import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Cell } from '../../../ml/index.js';
import { createRng, normal } from '../../../stats/index.js';
import { mixedTable, tableOf } from '../_table/test-support/tables.js';
import { findOutliers } from './find-outliers.js';
import { averagePathLength, fitIsolationForest, scoreRowsInBag } from './isolation-forest.js';

function gaussianRows(n: number, dims: number, seed: number): Cell[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Array.from({ length: dims }, () => normal(rng)));
}
const names = (d: number) => Array.from({ length: d }, (_, i) => `x${i}`);

describe('isolation forest', () => {
  it('normalises path lengths with c(n) from the paper', () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    // c(256) = 2 (ln 255 + γ) − 2·255/256
    expect(averagePathLength(256)).toBeCloseTo(2 * (Math.log(255) + 0.5772156649015329) - (2 * 255) / 256, 12);
  });

  it('in-bag scores put every row in the same number of trees and are deterministic', () => {
    const rows = gaussianRows(1000, 3, 9);
    const data = Float64Array.from(rows.flat() as number[]);
    const a = scoreRowsInBag(data, 1000, 3, { seed: 3, sampleSize: 64 });
    expect(a).toEqual(scoreRowsInBag(data, 1000, 3, { seed: 3, sampleSize: 64 }));
    expect(a.every((s) => s > 0 && s <= 1)).toBe(true);
    expect(scoreRowsInBag(data, 2, 3)).toEqual(Float64Array.from([0.5, 0.5]));
  });

  it('is deterministic for a seed and scores in (0, 1]', () => {
    const rows = gaussianRows(300, 3, 1);
    const data = Float64Array.from(rows.flat() as number[]);
    const a = fitIsolationForest(data, 300, 3, { seed: 5 });
    const b = fitIsolationForest(data, 300, 3, { seed: 5 });
    const point = [0.1, 0.2, 0.3];
    expect(a.score(point)).toBe(b.score(point));
    expect(a.score(point)).toBeGreaterThan(0);
    expect(a.score([50, 50, 50])).toBeGreaterThan(a.score(point));
  });
});

describe('findOutliers: must catch', () => {
  it('ranks planted far-away rows first and flags them', () => {
    const rows = gaussianRows(2000, 6, 2);
    for (const r of [17, 400, 1234]) rows[r] = rows[r]!.map(() => 8);
    const report = findOutliers(tableOf(names(6), rows));
    expect(report.suspects.slice(0, 3).map((s) => s.row).sort((a, b) => a - b)).toEqual([17, 400, 1234]);
    expect(report.flagged.slice().sort((a, b) => a - b)).toEqual([17, 400, 1234]);
    expect(report.explanations[0]!.features[0]!.z).toBeGreaterThan(5);
  });

  it('isolates a rare category (frequency encoding) and a value out of range', () => {
    const t = mixedTable(1500, 3, 2);
    const rows = t.rows.map((r) => [...r]);
    rows[99]![2] = 'ultraviolet';
    rows[99]![3] = 'XXL';
    rows[500]![0] = 1e6;
    const report = findOutliers(tableOf(t.columns, rows), { labelColumn: 'label' });
    expect(report.suspects.slice(0, 2).map((s) => s.row).sort((a, b) => a - b)).toEqual([99, 500]);
    expect(report.skipped).toEqual([{ name: 'label', reason: 'excluded' }]);
  });

  it('a single extreme feature among eight still ranks at the top (in-bag scoring)', () => {
    // Scored through trees that never drew it, the row would look like the largest sampled x0.
    const t = mixedTable(1500, 3, 6);
    const rows = t.rows.map((r) => [...r]);
    rows[500]![0] = 1e6;
    const report = findOutliers(tableOf(t.columns, rows), { labelColumn: 'label' });
    expect(report.suspects.findIndex((s) => s.row === 500)).toBeLessThan(3);
  });

  it('infinite values are extreme, not missing', () => {
    const rows = gaussianRows(500, 4, 4);
    rows[42]![0] = 'Infinity';
    rows[43]![1] = -Infinity;
    const report = findOutliers(tableOf(names(4), rows));
    expect(report.suspects.slice(0, 2).map((s) => s.row).sort()).toEqual([42, 43]);
  });
});

describe('findOutliers: must let through', () => {
  it('flags nothing in clean Gaussian or mixed data at the default threshold', () => {
    expect(findOutliers(tableOf(names(6), gaussianRows(3000, 6, 5))).flagged).toEqual([]);
    expect(findOutliers(mixedTable(2000, 6), { labelColumn: 'label', encoding: 'one-hot' }).flagged).toEqual([]);
  });
});

describe('findOutliers: hostile input', () => {
  it('empty table, one row, all-null and constant columns', () => {
    expect(findOutliers(tableOf(['a'], [])).suspects).toEqual([]);
    expect(findOutliers(tableOf(['a', 'b'], [[1, 2]])).flagged).toEqual([]);
    const r = findOutliers(tableOf(['none', 'same', 'x'], Array.from({ length: 50 }, (_, i) => [null, 'k', i % 5])));
    expect(r.skipped).toEqual([
      { name: 'none', reason: 'empty' },
      { name: 'same', reason: 'constant' },
    ]);
    expect(r.features).toEqual(['x']);
    expect(findOutliers(tableOf(['same'], Array.from({ length: 10 }, () => [1]))).scores.every((s) => s === 0.5)).toBe(true);
  });

  it('huge cardinality and NaN cells', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`c${i % 2900}`, i % 7 === 0 ? Number.NaN : i % 13]);
    const r = findOutliers(tableOf(['cat', 'n'], rows), { encoding: 'one-hot' });
    expect(r.features.filter((f) => f.startsWith('cat=')).length).toBe(31);
    expect(r.scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('scores stay in (0, 1] on arbitrary cells', () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), fc.double(), fc.integer(), fc.constantFrom('a', 'b', 'Infinity', '-1e308', ''));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 60 }), (rows) => {
        const r = findOutliers(tableOf(['p', 'q'], rows), { trees: 10 });
        return r.scores.length === rows.length && r.scores.every((s) => s > 0 && s <= 1);
      }),
      { numRuns: 100 },
    );
  });
});
