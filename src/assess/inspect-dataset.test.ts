import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { formatCsv, type Cell } from '../ml/index.js';
import { ReportV1Schema } from '../report/index.js';
import { inspectDataset } from './inspect-dataset.js';
import { createRng, normal, shuffle } from '../stats/index.js';

/** Three well-separated classes in two numeric columns plus a categorical one; `flip` of the labels changed. */
function noisyTable(options: { rows: number; flip?: number; seed: number }): { table: { columns: string[]; rows: Cell[][] }; flipped: Set<number> } {
  const rng = createRng(options.seed);
  const rows: Cell[][] = Array.from({ length: options.rows }, (_, i) => {
    const c = i % 3;
    return [normal(rng, 4 * Math.cos((2 * Math.PI * c) / 3)).toFixed(4), normal(rng, 4 * Math.sin((2 * Math.PI * c) / 3)).toFixed(4), `colour-${rng() < 0.8 ? c : 0}`, `class-${c}`];
  });
  const flipped = new Set(shuffle([...rows.keys()], rng).slice(0, Math.round((options.flip ?? 0) * options.rows)));
  for (const i of flipped) rows[i]![3] = `class-${(Number(String(rows[i]![3]).slice(6)) + 1 + Math.floor(rng() * 2)) % 3}`;
  return { table: { columns: ['x', 'y', 'colour', 'label'], rows }, flipped };
}

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, formatCsv(columns, rows));
  return file;
}

describe('inspectDataset', () => {
  it('ranks planted flips and duplicates, and returns a valid report with suspects', async () => {
    const { table, flipped } = noisyTable({ rows: 500, flip: 0.04, seed: 11 });
    // Two copies of row 7 appended: an exact duplicate group.
    const rows = [...table.rows, table.rows[7]!, table.rows[7]!];
    const file = write('train.csv', table.columns, rows);
    const report = await inspectDataset({ path: file, labelColumn: 'label', seed: 1 });
    expect(() => ReportV1Schema.parse(report)).not.toThrow();
    const rules = report.findings.map((f) => f.ruleId);
    expect(rules).toContain('data-label-noise/label-issues');
    expect(rules).toContain('data-duplicates/exact-duplicates');
    expect(report.targets[0]).toMatchObject({ path: file, kind: 'dataset', status: 'complete' });
    expect(report.targets[0]!.scanners).toEqual(expect.arrayContaining(['data-label-noise', 'data-duplicates', 'data-outliers', 'data-pii']));
    // Suspects: sorted, and the planted flips among the first ones.
    const scores = report.suspects.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const top = report.suspects.slice(0, flipped.size).filter((s) => flipped.has(s.row));
    expect(top.length / flipped.size).toBeGreaterThanOrEqual(0.8);
    expect(report.suspects.find((s) => s.row === 501)?.signals).toContain('exact-duplicate');
  });

  it('lets clean data through with nothing at or above medium', async () => {
    const { table } = noisyTable({ rows: 400, seed: 12 });
    const file = write('clean.csv', table.columns, table.rows);
    const report = await inspectDataset({ path: file, labelColumn: 'label', seed: 1, failOn: 'medium' });
    expect(report.findings.filter((f) => f.severity === 'medium' || f.severity === 'high' || f.severity === 'critical')).toEqual([]);
    expect(report.summary.exitCode).toBe(0);
  });

  it('finds evaluation rows that repeat training rows', async () => {
    const { table } = noisyTable({ rows: 300, seed: 13 });
    const train = write('split-train.csv', table.columns, table.rows.slice(0, 250));
    // The evaluation set: 50 new rows and 10 copied from the training rows 0..9.
    const evaluation = write('split-eval.csv', table.columns, [...table.rows.slice(250), ...table.rows.slice(0, 10)]);
    const report = await inspectDataset({ path: train, labelColumn: 'label', against: evaluation, seed: 1 });
    const overlap = report.findings.find((f) => f.ruleId === 'data-duplicates/eval-overlap');
    expect(overlap?.evidence).toMatchObject({ exactRows: 10, evalRows: 60 });
    expect(overlap?.severity).toBe('high');
    expect(report.targets.map((t) => t.path)).toEqual([train, evaluation]);
    for (let row = 0; row < 10; row++) expect(report.suspects.find((s) => s.row === row)?.signals).toContain('eval-overlap-exact');
  });

  it('says what it could not check without a label column', async () => {
    const { table } = noisyTable({ rows: 100, seed: 14 });
    const file = write('nolabel.csv', table.columns, table.rows);
    const report = await inspectDataset({ path: file });
    expect(report.findings.some((f) => f.ruleId.startsWith('data-label-noise/'))).toBe(false);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'no-label', level: 'warning' }));
    expect(report.targets[0]!.message).toContain('Label noise: not checked, no label column given');
  });

  it('names the columns there are when the label column is missing', async () => {
    const file = write('cols.csv', ['age', 'income', 'target'], [['1', '2', 'a']]);
    const error = await inspectDataset({ path: file, labelColumn: 'targte' }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_DATA_COLUMN')).toBe(true);
    expect((error as Error).message).toMatch(/Did you mean "target"\?.*"age", "income", "target"/);
  });

  it('refuses a file that does not exist', async () => {
    const error = await inspectDataset({ path: path.join(dir, 'missing.csv'), labelColumn: 'x' }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_TARGET_NOT_FOUND')).toBe(true);
  });

  it('reports a one-row table as incomplete rather than clean', async () => {
    const file = write('one.csv', ['x', 'label'], [['1', 'a']]);
    const report = await inspectDataset({ path: file, labelColumn: 'label' });
    expect(report.targets[0]!.status).toBe('incomplete');
    expect(report.targets[0]!.message).toContain('only 1 labelled row');
    expect(report.summary.exitCode).toBe(3);
  });

  it('copes with one class, NaN and empty features', async () => {
    const rows: Cell[][] = Array.from({ length: 40 }, (_, i) => [i % 3 ? String(i) : 'NaN', i % 4 ? '' : '2', 'only']);
    const file = write('oneclass.csv', ['a', 'b', 'label'], rows);
    const report = await inspectDataset({ path: file, labelColumn: 'label' });
    expect(report.targets[0]!.message).toContain('one class only ("only")');
    expect(() => ReportV1Schema.parse(report)).not.toThrow();
  });
});
