import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../../ml/index.js';
import { encodeWithinBudget } from './feature-budget.js';
import { findLabelIssues } from './find-label-issues.js';

/** `rows` rows of `cols` categorical columns with `values` values each, and a label. */
function wide(rows: number, cols: number, values: number): Table {
  const columns = [...Array.from({ length: cols }, (_, c) => `c${c}`), 'label'];
  const data: Cell[][] = Array.from({ length: rows }, (_, r) => [...Array.from({ length: cols }, (_, c) => `v${(r * (c + 1)) % values}`), r % 2 ? 'a' : 'b']);
  return { columns, rows: data, truncatedRows: 0 };
}

const all = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('encodeWithinBudget', () => {
  it('keeps every column when the features fit', () => {
    const t = wide(100, 3, 5);
    const out = encodeWithinBudget(t, all(100), { exclude: ['label'], seed: 1 });
    expect(out.encoder.featureNames).toHaveLength(15);
    expect(out.rows).toHaveLength(100);
    expect(out.overLimit).toEqual([]);
  });

  it('uses fewer categories, then fewer columns, to stay under the feature limit', () => {
    const t = wide(200, 30, 40);
    const fewer = encodeWithinBudget(t, all(200), { exclude: ['label'], seed: 1, budget: { maxFeatures: 400, maxWork: Infinity } });
    expect(fewer.encoder.featureNames.length).toBeLessThanOrEqual(400);
    expect(fewer.overLimit).toEqual([]);
    const cut = encodeWithinBudget(t, all(200), { exclude: ['label'], seed: 1, budget: { maxFeatures: 50, maxWork: Infinity } });
    expect(cut.encoder.featureNames.length).toBeLessThanOrEqual(50);
    expect(cut.overLimit.length).toBeGreaterThan(0);
    expect(cut.overLimit).not.toContain('c0');
  });

  it('samples rows when rows² × features exceeds the work limit', () => {
    const t = wide(1000, 2, 5);
    const out = encodeWithinBudget(t, all(1000), { exclude: ['label'], seed: 1, budget: { maxFeatures: 1000, maxWork: 10 * 100 * 100 } });
    expect(out.rows).toHaveLength(100);
    expect(out.subset.rows).toHaveLength(100);
  });
});

describe('findLabelIssues within a budget', () => {
  it('says which columns the feature limit left out, and that it sampled', async () => {
    const report = await findLabelIssues(wide(300, 20, 40), { labelColumn: 'label', budget: { maxFeatures: 30, maxWork: 30 * 150 * 150 } });
    expect(report.features.used).toBeLessThanOrEqual(30);
    expect(report.features.skipped.some((s) => s.reason === 'feature limit')).toBe(true);
    expect(report.sampled).toBe(true);
    expect(report.analysedRows).toBeLessThanOrEqual(150);
  });
});
