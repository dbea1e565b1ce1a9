import { describe, it, expect } from 'vitest';
import { mixedTable, smsTable, tableOf } from '../_table/test-support/tables.js';
import { findOverlap } from './find-overlap.js';

describe('findOverlap', () => {
  it('finds evaluation rows that repeat training rows exactly or nearly, compared on shared columns', () => {
    const train = mixedTable(600, 1);
    const other = mixedTable(200, 2);
    const near = train.rows[20]!.map((v, i) => (i < 6 ? (v as number) - 0.005 : v));
    // The evaluation table orders its columns differently and has an extra one.
    const columns = ['extra', ...[...train.columns].reverse()];
    const reorder = (row: readonly unknown[], extra: string) => [extra, ...[...row].reverse()] as (string | number)[];
    const evaluation = tableOf(columns, [...other.rows.map((r) => reorder(r, 'e')), reorder(train.rows[3]!, 'x'), reorder(near, 'y'), reorder(train.rows[3]!, 'z')]);
    const r = findOverlap(train, evaluation, { labelColumn: 'label' });
    expect(r.columns.onlyInEval).toEqual(['extra']);
    expect(r.matches).toEqual([
      { evalRow: 200, trainRows: [3], kind: 'exact', similarity: 1 },
      expect.objectContaining({ evalRow: 201, trainRows: [20], kind: 'near' }),
      { evalRow: 202, trainRows: [3], kind: 'exact', similarity: 1 },
    ]);
    expect(r.exactRows).toBe(2);
    expect(r.nearRows).toBe(1);
    expect(r.share).toBeCloseTo(3 / 203, 12);
    expect(r.suspects.map((s) => s.row)).toEqual([200, 202, 201]);
  });

  it('ignores duplicates within one side and lets disjoint tables through', () => {
    const train = mixedTable(300, 3);
    const evaluation = mixedTable(300, 4);
    const doubled = tableOf(train.columns, [...train.rows, ...train.rows.slice(0, 10)]);
    expect(findOverlap(doubled, evaluation, { labelColumn: 'label' }).matches).toEqual([]);
    expect(findOverlap(smsTable(500, 1), smsTable(500, 2), { labelColumn: 'label' }).share).toBeLessThan(0.02);
  });

  it('handles empty sides and tables with no shared columns', () => {
    expect(findOverlap(mixedTable(10, 1), tableOf(mixedTable(1, 1).columns, [])).share).toBe(0);
    const r = findOverlap(tableOf(['a'], [[1], [2]]), tableOf(['b'], [[1], [2]]));
    expect(r.matches).toEqual([]);
    expect(r.columns.compared).toEqual([]);
  });
});
