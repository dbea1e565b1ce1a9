import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import type { Cell, Table } from '../../../ml/index.js';
import { findLabelIssues } from './find-label-issues.js';
import { labelNoiseFindings } from './findings.js';
import { noisyTable } from './test-support/noisy-table.js';

function precisionAtFlips(scores: Float64Array, flipped: ReadonlySet<number>): number {
  const ranked = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, flipped.size);
  return ranked.filter((row) => flipped.has(row)).length / flipped.size;
}

describe('findLabelIssues', () => {
  it('ranks planted label flips at the top, with every method', async () => {
    const { table, flipped } = noisyTable({ rows: 600, flip: 0.05, seed: 2 });
    for (const method of ['combined', 'confident-learning', 'knn'] as const) {
      const report = await findLabelIssues(table, { labelColumn: 'label', method, seed: 1 });
      expect(precisionAtFlips(report.scores, flipped), method).toBeGreaterThanOrEqual(0.9);
      const found = report.suspects.filter((s) => flipped.has(s.row)).length;
      expect(found / flipped.size, method).toBeGreaterThanOrEqual(0.8);
      expect(found / report.flagged, method).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('reports planted flips as a finding of at least medium severity, naming the rows', async () => {
    const { table, flipped } = noisyTable({ rows: 600, flip: 0.05, seed: 3 });
    const report = await findLabelIssues(table, { labelColumn: 'label', seed: 1 });
    const [finding] = labelNoiseFindings(report, 'train.csv');
    expect(finding?.severity).toBe('medium');
    expect(finding?.confidence).toBe('high');
    expect(finding?.taxonomy).toEqual({ atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] });
    const listed = (finding?.evidence?.suspects as { row: number }[]).map((s) => s.row);
    expect(listed.slice(0, 10).every((row) => flipped.has(row))).toBe(true);
    const first = report.suspects[0]!;
    expect(first.signals).toEqual(['label-noise']);
    expect(first.label).not.toBe(first.likely);
  });

  it('lets clean data through: no finding, or an info one', async () => {
    const { table } = noisyTable({ rows: 600, flip: 0, seed: 4 });
    const report = await findLabelIssues(table, { labelColumn: 'label', seed: 1 });
    expect(report.flagged / report.analysedRows).toBeLessThan(0.01);
    const findings = labelNoiseFindings(report, 'train.csv');
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('skips the row id and uses the categorical column', async () => {
    const { table } = noisyTable({ rows: 100, seed: 5 });
    const report = await findLabelIssues(table, { labelColumn: 'label' });
    expect(report.features.columns).toEqual(['x', 'y', 'noise', 'colour']);
    expect(report.features.skipped).toEqual([{ name: 'id', reason: 'identifier' }]);
  });

  it('is reproducible from its seed', async () => {
    const { table } = noisyTable({ rows: 300, flip: 0.05, seed: 6 });
    const a = await findLabelIssues(table, { labelColumn: 'label', seed: 3 });
    const b = await findLabelIssues(table, { labelColumn: 'label', seed: 3 });
    expect(Array.from(b.scores)).toEqual(Array.from(a.scores));
  });

  it('analyses a seeded sample of a large table', async () => {
    const { table } = noisyTable({ rows: 400, seed: 7 });
    const report = await findLabelIssues(table, { labelColumn: 'label', maxRows: 100 });
    expect(report.sampled).toBe(true);
    expect(report.analysedRows).toBe(100);
    expect(Array.from(report.scores).filter((s) => !Number.isNaN(s))).toHaveLength(100);
  });
});

describe('findLabelIssues on hostile input', () => {
  const table = (columns: string[], rows: Cell[][]): Table => ({ columns, rows, truncatedRows: 0 });

  it('names the columns there are when the label column is missing', async () => {
    const { table: t } = noisyTable({ rows: 20 });
    const error = await findLabelIssues(t, { labelColumn: 'lable' }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_COLUMN')).toBe(true);
    expect((error as Error).message).toContain('"lable" is not in the data');
    expect((error as Error).message).toContain('Did you mean "label"?');
    expect((error as Error).message).toContain('"id", "x", "y", "noise", "colour", "label"');
  });

  it('skips a label column with one class only', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(i % 7), 'yes'] as Cell[]);
    const report = await findLabelIssues(table(['x', 'label'], rows), { labelColumn: 'label' });
    expect(report.skipped).toMatch(/one class only \("yes"\)/);
    expect(report.suspects).toEqual([]);
    expect(labelNoiseFindings(report, 'a.csv')).toEqual([]);
  });

  it('skips a table of one row', async () => {
    const report = await findLabelIssues(table(['x', 'label'], [['1', 'a']]), { labelColumn: 'label' });
    expect(report.skipped).toMatch(/only 1 labelled row/);
  });

  it('skips a table with no usable feature', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`id-${i}`, i % 2 ? 'a' : 'b'] as Cell[]);
    const report = await findLabelIssues(table(['key', 'label'], rows), { labelColumn: 'label' });
    expect(report.skipped).toMatch(/no column besides the label.*key: identifier/);
  });

  it('copes with NaN, empty and non-numeric feature cells and unlabelled rows', async () => {
    const { table: t, flipped } = noisyTable({ rows: 300, flip: 0.05, seed: 8 });
    const rows = t.rows.map((row, i) => {
      const copy = [...row];
      if (i % 7 === 0) copy[1] = 'NaN';
      if (i % 11 === 0) copy[2] = '';
      if (i % 13 === 0) copy[3] = null;
      if (i % 17 === 0 && !flipped.has(i)) copy[5] = null;
      return copy;
    });
    const report = await findLabelIssues({ ...t, rows }, { labelColumn: 'label', seed: 1 });
    expect(report.unlabelledRows).toBeGreaterThan(0);
    expect(Number.isNaN(report.scores[0])).toBe(true); // row 0 has no label
    const scored = Array.from(report.scores).filter((s) => !Number.isNaN(s));
    expect(scored.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(report.suspects.filter((s) => flipped.has(s.row)).length).toBeGreaterThan(flipped.size / 2);
  });
});
