import { describe, it, expect } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import { mixedTable, smsTable, tableOf } from '../_table/test-support/tables.js';
import { findDuplicates } from './find-duplicates.js';
import { benchDuplicates } from './inject.js';

describe('findDuplicates: must catch', () => {
  it('exact copies after normalising case, spaces, Unicode forms and number spellings', () => {
    const t = tableOf(
      ['a', 'b', 'c'],
      [
        ['Hello  World', '1.0', 'x'],
        ['other', '2', 'y'],
        [' hello world ', '1', 'x'],
        ['ＨＥＬＬＯ world', 1, 'X'],
      ],
    );
    const r = findDuplicates(t, { near: false });
    expect(r.groups).toEqual([{ kind: 'exact', rows: [0, 2, 3], similarity: 1, conflictingLabels: false }]);
    expect(r.duplicateRows).toBe(2);
    expect(r.suspects.map((s) => s.row)).toEqual([2, 3]);
  });

  it('copies whose labels disagree, ranking the minority label first', () => {
    const base = mixedTable(200, 1);
    const rows = [...base.rows, [...base.rows[5]!.slice(0, -1), base.rows[5]!.at(-1) === 'yes' ? 'no' : 'yes'], [...base.rows[5]!]];
    const r = findDuplicates(tableOf(base.columns, rows), { labelColumn: 'label' });
    expect(r.conflictingGroups).toBe(1);
    const g = r.groups.find((x) => x.conflictingLabels)!;
    expect(g.rows).toEqual([5, 200, 201]);
    expect(g.labels).toEqual(['no', 'yes']);
    expect(r.suspects[0]).toMatchObject({ row: 200, score: 1 });
    expect(r.suspects[0]!.signals).toContain('conflicting-labels');
  });

  it('near copies of numeric rows (jitter of 1% of a standard deviation)', () => {
    const base = mixedTable(500, 2);
    const copy = base.rows[10]!.map((v, i) => (i < 6 ? (v as number) + 0.01 : v));
    const r = findDuplicates(tableOf(base.columns, [...base.rows, copy]), { labelColumn: 'label' });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({ kind: 'near', rows: [10, 500] });
    expect(r.groups[0]!.similarity).toBeGreaterThan(0);
    expect(r.suspects).toEqual([{ row: 500, score: 0.6, signals: ['near-duplicate'] }]);
  });

  it('near copies of texts (one word changed)', () => {
    const base = smsTable(300, 3);
    const text = String(base.rows[7]![1]);
    const words = text.split(' ');
    words[2] = 'zzz';
    const r = findDuplicates(tableOf(base.columns, [...base.rows, ['ham', `${words.join(' ')} ok`]]), { labelColumn: 'label' });
    const g = r.groups.find((x) => x.rows.includes(300));
    expect(g).toBeDefined();
    expect(g!.rows).toContain(7);
    expect(g!.kind).toBe('near');
  });

  it('finds at least 95% of planted exact and near copies with at most 1% false flags (3 seeds)', () => {
    for (const seed of [1, 2, 3]) {
      const score = benchDuplicates(mixedTable(2000, seed), { seed, labelColumn: 'label', exactRate: 0.01, nearRate: 0.01 });
      expect(score.exactRecall).toBeGreaterThanOrEqual(0.95);
      expect(score.nearRecall).toBeGreaterThanOrEqual(0.95);
      expect(score.falseFlagRate).toBeLessThanOrEqual(0.01);
      const text = benchDuplicates(smsTable(2000, seed), { seed, labelColumn: 'label', exactRate: 0.01, nearRate: 0.01 });
      expect(text.recall).toBeGreaterThanOrEqual(0.95);
      expect(text.falseFlagRate).toBeLessThanOrEqual(0.01);
    }
  });
});

describe('findDuplicates: must let through', () => {
  it('distinct rows, rows that differ only in a category, and distinct texts', () => {
    expect(findDuplicates(mixedTable(1000, 4), { labelColumn: 'label' }).groups).toEqual([]);
    const t = tableOf(['x', 'c'], [[1.5, 'a'], [1.5, 'b'], [3, 'a'], [7, 'b']]);
    expect(findDuplicates(t).groups).toEqual([]);
    const sms = findDuplicates(smsTable(1000, 5), { labelColumn: 'label' });
    expect(sms.flaggedRows.length).toBeLessThanOrEqual(10);
  });

  it('leaves out row counters and all-distinct keys, so rows that differ only by id are still duplicates', () => {
    const t = tableOf(
      ['id', 'key', 'x'],
      Array.from({ length: 30 }, (_, i) => [i + 1, `k-${i}`, i % 15]),
    );
    const r = findDuplicates(t);
    expect(r.columns.ignored).toEqual([
      { name: 'id', reason: 'identifier' },
      { name: 'key', reason: 'identifier' },
    ]);
    expect(r.exactGroups).toBe(15);
  });
});

describe('findDuplicates: hostile input', () => {
  it('handles an empty table, no columns and a single row', () => {
    expect(findDuplicates(tableOf(['a'], [])).groups).toEqual([]);
    expect(findDuplicates(tableOf([], [[], []])).groups).toEqual([]);
    expect(findDuplicates(tableOf(['a', 'b'], [[1, 'x']])).groups).toEqual([]);
  });

  it('all-null and constant columns, NaN and Infinity cells', () => {
    const t = tableOf(
      ['empty', 'const', 'x'],
      [
        [null, 5, Number.NaN],
        [null, 5, Number.NaN],
        ['', 5, Infinity],
        [null, 5, 'Infinity'],
        [null, 5, 1],
        [null, 5, 2],
      ],
    );
    const r = findDuplicates(t);
    expect(r.columns.ignored).toContainEqual({ name: 'empty', reason: 'empty' });
    // NaN cells match each other; Infinity and the text "Infinity" are the same value.
    expect(r.groups.map((g) => g.rows)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('huge cardinality: thousands of distinct categories are compared exactly without blowing up', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`cat-${i % 4000}`, `v${i % 4000}`]);
    const r = findDuplicates(tableOf(['a', 'b'], rows));
    expect(r.exactGroups).toBe(1000);
  });

  it('stops at the comparison budget and says so', () => {
    const r = findDuplicates(mixedTable(400, 6, 1), { maxComparisons: 5, nearFactor: 50 });
    expect(r.incomplete).toMatch(/stopped after 5 pair comparisons/);
    expect(r.near.comparisons).toBe(5);
  });

  it('refuses a label column that does not exist, naming the closest one', () => {
    try {
      findDuplicates(mixedTable(10, 1), { labelColumn: 'lable' });
      expect.unreachable();
    } catch (e) {
      expect(isAisecError(e, 'ERR_DATA_COLUMN')).toBe(true);
      expect((e as Error).message).toMatch(/Did you mean "label"/);
    }
  });
});
