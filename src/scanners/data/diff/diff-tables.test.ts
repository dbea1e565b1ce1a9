import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import type { Cell } from '../../../ml/index.js';
import { createRng, normal } from '../../../stats/index.js';
import { mixedTable, smsTable, tableOf } from '../_table/test-support/tables.js';
import { diffTables } from './diff-tables.js';
import { renderDiffReport } from './render.js';

interface GoldenCase {
  column_type: 'numerical' | 'categorical';
  reference: (number | string)[];
  current: (number | string)[];
  default_stattest: string;
  default_result: { score: number; drifted: boolean; threshold: number };
}
// Evidently's outputs on seeded inputs (see src/stats/test-support/SOURCES.md).
const golden = JSON.parse(readFileSync(new URL('../../../stats/test-support/evidently-stattests-golden.json', import.meta.url), 'utf8')) as { cases: Record<string, GoldenCase> };
const column = (values: readonly (number | string)[]) => tableOf(['v'], values.map((v) => [v]));

describe('diffTables: Evidently defaults per column', () => {
  it.each(Object.entries(golden.cases))('%s: same test, score and verdict as Evidently', (_name, c) => {
    const r = diffTables(column(c.reference), column(c.current));
    const d = r.drift[0]!;
    expect(d).toMatchObject({ status: 'tested', type: c.column_type, method: c.default_stattest, threshold: c.default_result.threshold, drifted: c.default_result.drifted });
    expect(Math.abs(d.score! - c.default_result.score)).toBeLessThanOrEqual(1e-9 * Math.abs(c.default_result.score));
    expect(r.drifted).toBe(c.default_result.drifted ? 1 : 0);
  });
});

function shifted(n: number, seed: number, shift: number): Cell[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => [i + 1, normal(rng, shift), ['a', 'b', 'c'][Math.floor(rng() * 3)]!, rng() < 0.3 + shift ? 'yes' : 'no']);
}

describe('diffTables: must catch', () => {
  it('a shifted numeric column, a label balance change, rows added and removed, and columns only in one version', () => {
    const before = tableOf(['id', 'x', 'cat', 'label'], shifted(1500, 1, 0));
    const afterRows = [...shifted(1400, 2, 0.5), ...before.rows.slice(0, 100)];
    const after = tableOf(['id', 'x', 'cat', 'label', 'extra'], afterRows.map((r) => [...r, 1]));
    const r = diffTables(before, after, { labelColumn: 'label' });
    const by = Object.fromEntries(r.drift.map((d) => [d.column, d]));
    expect(by.id).toMatchObject({ status: 'skipped', reason: 'identifier column (distinct per row)' });
    expect(by.x).toMatchObject({ type: 'numerical', method: 'wasserstein', drifted: true });
    expect(by.x!.summary!.newMean - by.x!.summary!.oldMean).toBeGreaterThan(0.3);
    expect(by.cat).toMatchObject({ type: 'categorical', method: 'jensenshannon', drifted: false });
    expect(by.label).toMatchObject({ type: 'categorical', drifted: true });
    expect(r.label!.changed).toBe(true);
    expect(r.label!.test.pValue).toBeLessThan(1e-6);
    expect(r.label!.classes[0]!.change).not.toBe(0);
    expect(r.rows).toMatchObject({ old: 1500, new: 1500, unchanged: 100, added: 1400, removed: 1400 });
    expect(r.columns.onlyInNew).toEqual(['extra']);
    expect(r.tested).toBe(3);
    expect(renderDiffReport(r, { old: 'a.csv', new: 'b.csv' })).toMatch(/x\s+numerical\s+wasserstein\s+\S+ ≥ 0\.100\s+DRIFT/);
  });

  it('compares free text by its length', () => {
    const before = smsTable(400, 1);
    const after = tableOf(before.columns, before.rows.map((r) => [r[0]!, `${r[1]} ${r[1]}`]));
    const d = diffTables(before, after).drift.find((x) => x.column === 'text')!;
    expect(d).toMatchObject({ type: 'text', method: 'ks', drifted: true });
  });
});

describe('diffTables: must let through', () => {
  it('two samples of the same distribution do not drift', () => {
    const r = diffTables(mixedTable(3000, 1), mixedTable(3000, 2), { labelColumn: 'label' });
    expect(r.drifted).toBe(0);
    expect(r.label!.changed).toBe(false);
    expect(r.datasetDrift).toBe(false);
  });

  it('identical versions: no drift, every row unchanged', () => {
    const t = mixedTable(500, 3);
    const r = diffTables(t, tableOf(t.columns, [...t.rows].reverse()), { labelColumn: 'label' });
    expect(r.drifted).toBe(0);
    expect(r.rows).toMatchObject({ added: 0, removed: 0, unchanged: 500 });
  });
});

describe('diffTables: hostile input', () => {
  it('empty versions, one row, all-null, constant, NaN and Infinity cells', () => {
    expect(diffTables(tableOf(['a'], []), tableOf(['a'], [])).drift[0]).toMatchObject({ status: 'skipped', reason: 'no values in the old version' });
    const one = diffTables(tableOf(['a'], [[1]]), tableOf(['a'], [[1]]));
    expect(one.drift[0]).toMatchObject({ status: 'tested', drifted: false });
    const rows = (n: number, v: Cell) => Array.from({ length: n }, (_, i) => [null, 7, i % 3 === 0 ? Number.NaN : i % 3 === 1 ? Infinity : i % 5, v]);
    const r = diffTables(tableOf(['none', 'const', 'mess', 'c'], rows(60, 'k')), tableOf(['none', 'const', 'mess', 'c'], rows(60, 'k')));
    expect(r.drift.map((d) => [d.column, d.status, d.drifted])).toEqual([
      ['none', 'skipped', false],
      ['const', 'tested', false],
      ['mess', 'tested', false],
      ['c', 'tested', false],
    ]);
    // NaN and ±Infinity are dropped before testing, as Evidently does.
    expect(r.drift[2]).toMatchObject({ type: 'numerical', old: { present: 20, missing: 40 } });
  });

  it('huge cardinality: 20,000 distinct categories', () => {
    const t = (seed: number) => tableOf(['c'], Array.from({ length: 20_000 }, (_, i) => [`v${(i * seed) % 20_000}`]));
    const r = diffTables(t(1), t(3));
    expect(r.drift[0]).toMatchObject({ status: 'skipped' });
    const cats = (shift: number) => tableOf(['c'], Array.from({ length: 20_000 }, (_, i) => [`v${(i + shift) % 5000}`]));
    expect(diffTables(cats(0), cats(2500)).drift[0]).toMatchObject({ status: 'tested', drifted: false });
  });

  it('refuses a label or column that does not exist', () => {
    const t = mixedTable(10, 1);
    for (const options of [{ labelColumn: 'lable' }, { columns: ['x9'] }]) {
      try {
        diffTables(t, t, options);
        expect.unreachable();
      } catch (e) {
        expect(isAisecError(e, 'ERR_DATA_COLUMN')).toBe(true);
      }
    }
  });
});
