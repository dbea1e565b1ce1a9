import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../ml/index.js';
import { tableOf } from '../_table/test-support/tables.js';
import { rowChanges } from './row-changes.js';

const columns = ['id', 'x', 'label'];
const rows = (n: number): Cell[][] => Array.from({ length: n }, (_, i) => [i + 1, i * 10, i % 2]);

describe('rowChanges: names the rows that differ', () => {
  it('an edited label is one removed and one added row, named in each version', () => {
    const before = tableOf(columns, rows(6));
    const edited = rows(6);
    edited[3] = [4, 30, 0];
    const r = rowChanges(before, tableOf(columns, edited), columns);
    expect(r).toMatchObject({ old: 6, new: 6, added: 1, removed: 1, unchanged: 5, addedRows: [3], removedRows: [3] });
  });

  it('rows inserted in the middle are named by their place in the new version; the rows after them are unchanged', () => {
    const before = tableOf(columns, rows(5));
    const after = tableOf(columns, [...rows(5).slice(0, 2), [99, 990, 0], [98, 980, 1], ...rows(5).slice(2)]);
    const r = rowChanges(before, after, columns);
    expect(r).toMatchObject({ added: 2, removed: 0, unchanged: 5, addedRows: [2, 3], removedRows: [] });
  });

  it('treats equal values written differently as the same row (1, 1.0, " 1")', () => {
    const before = tableOf(columns, [[1, '1', 'a']]);
    const after = tableOf(columns, [['1.0', ' 1', 'A']]);
    expect(rowChanges(before, after, columns)).toMatchObject({ added: 0, removed: 0, addedRows: [], removedRows: [] });
  });

  it('of repeated identical rows, names the ones past the count the other version has', () => {
    const before = tableOf(['a'], [['x'], ['x'], ['y']]);
    const after = tableOf(['a'], [['x'], ['y'], ['x'], ['x']]);
    expect(rowChanges(before, after, ['a'])).toMatchObject({ added: 1, removed: 0, addedRows: [3], removedRows: [] });
    expect(rowChanges(after, before, ['a'])).toMatchObject({ added: 0, removed: 1, addedRows: [], removedRows: [3] });
  });

  it('lists at most maxListed rows of each kind but counts them all', () => {
    const r = rowChanges(tableOf(columns, rows(50)), tableOf(columns, rows(50).map((r) => [r[0]!, r[1]!, 'changed'])), columns, 10);
    expect(r).toMatchObject({ added: 50, removed: 50 });
    expect(r.addedRows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.removedRows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('property: the named rows are exactly the rows without a partner, and the counts agree', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(fc.array(value, { maxLength: 30 }), fc.array(value, { maxLength: 30 }), (old, fresh) => {
        const r = rowChanges(tableOf(['v'], old.map((v) => [v])), tableOf(['v'], fresh.map((v) => [v])), ['v']);
        expect(r.addedRows).toHaveLength(r.added);
        expect(r.removedRows).toHaveLength(r.removed);
        expect(r.unchanged + r.added).toBe(fresh.length);
        // Removing the named rows leaves the same multiset on both sides.
        const keptNew = fresh.filter((_, i) => !r.addedRows.includes(i)).sort();
        const keptOld = old.filter((_, i) => !r.removedRows.includes(i)).sort();
        expect(keptNew).toEqual(keptOld);
      }),
    );
  });
});
