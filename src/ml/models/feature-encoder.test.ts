import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../table.js';
import { profileColumn } from './column-profile.js';
import { fitFeatureEncoder } from './feature-encoder.js';

function table(columns: string[], rows: Cell[][]): Table {
  return { columns, rows, truncatedRows: 0 };
}

function column(m: { rows: number; cols: number; data: Float64Array }, c: number): number[] {
  return Array.from({ length: m.rows }, (_, r) => m.data[r * m.cols + c]!);
}

describe('fitFeatureEncoder', () => {
  it('standardises numeric columns after median imputation', () => {
    const t = table(['x', 'label'], [['1', 'a'], ['2', 'b'], [null, 'a'], ['10', 'b'], ['3', 'a']]);
    const encoder = fitFeatureEncoder(t, { exclude: ['label'] });
    expect(encoder.featureNames).toEqual(['x']);
    const spec = encoder.columns[0]!;
    expect(spec).toMatchObject({ kind: 'numeric', median: 2.5, missing: 1 });
    const x = column(encoder.transform(t), 0);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length);
    expect(mean).toBeCloseTo(0, 12);
    expect(sd).toBeCloseTo(1, 12);
    // The empty cell got the median: between the 2 and the 3.
    expect(x[2]).toBeGreaterThan(x[1]!);
    expect(x[2]).toBeLessThan(x[4]!);
  });

  it('one-hot encodes categories, most frequent first, with an "other" bucket past the cap', () => {
    const values = ['red', 'red', 'red', 'blue', 'blue', 'green', 'pink', null];
    // Repeated so the column does not look like free text (distinct values > half the rows).
    const t = table(['colour'], [...values, ...values, ...values].map((v) => [v]));
    const encoder = fitFeatureEncoder(t, { maxCategories: 2 });
    expect(encoder.featureNames).toEqual(['colour=red', 'colour=blue', 'colour=(other)']);
    const X = encoder.transform(t);
    expect(Array.from(X.data.subarray(0, 3))).toEqual([1, 0, 0]);
    expect(Array.from(X.data.subarray(9, 12))).toEqual([0, 1, 0]);
    expect(Array.from(X.data.subarray(15, 18))).toEqual([0, 0, 1]); // green
    expect(Array.from(X.data.subarray(21, 24))).toEqual([0, 0, 1]); // empty, beyond the cap
  });

  it('keeps empty cells as a category of their own, and trims text', () => {
    const t = table(['c'], [[' a'], ['a '], [null], ['b'], ['']]);
    const encoder = fitFeatureEncoder(t);
    expect(encoder.featureNames).toEqual(['c=(missing)', 'c=a', 'c=b']);
  });

  it('encodes a new table with the fitted statistics', () => {
    const train = table(['n', 'c'], [['0', 'x'], ['10', 'y'], ['20', 'x']]);
    const encoder = fitFeatureEncoder(train);
    const X = encoder.transform(table(['c', 'n'], [['unseen', '10'], ['y', null]]));
    expect(Array.from(X.data)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('skips empty, constant, identifier and free-text columns', () => {
    const n = 40;
    const rows: Cell[][] = Array.from({ length: n }, (_, i) => [null, 'same', String(1000 + i), `note number ${i % 35}`, `id-${i}`, String(i % 3)]);
    const encoder = fitFeatureEncoder(table(['empty', 'constant', 'id', 'text', 'key', 'n'], rows));
    expect(encoder.columns.map((c) => (c.kind === 'skipped' ? `${c.name}:${c.reason}` : c.kind))).toEqual([
      'empty:empty',
      'constant:constant',
      'id:identifier',
      'text:free text',
      'key:identifier',
      'numeric',
    ]);
    expect(encoder.featureNames).toEqual(['n']);
  });

  it('never produces NaN or infinity, whatever the cells', () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.double(), fc.boolean(), fc.constantFrom('NaN', 'Infinity', '1e400', ' 3 '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 50 }), (rows) => {
        const t = table(['a', 'b', 'c'], rows);
        const X = fitFeatureEncoder(t, { maxCategories: 3 }).transform(t);
        expect(X.data.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('profileColumn', () => {
  it('calls a column numeric when nearly every value is a number', () => {
    const cells = [...Array.from({ length: 99 }, (_, i) => String(i % 7)), 'n/a'];
    expect(profileColumn(cells, 30)).toEqual({ kind: 'numeric' });
    expect(profileColumn([...cells.slice(0, 90), ...Array(10).fill('n/a')], 30)).toEqual({ kind: 'categorical' });
  });
});
