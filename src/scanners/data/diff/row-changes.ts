/** Rows added and removed between two versions, as multisets of normalised rows. */
import { createHash } from 'node:crypto';
import type { Table } from '../../../ml/index.js';
import { normalisedCell } from '../_table/index.js';

/** Row counts of the two versions and how they differ. */
export interface RowChanges {
  readonly old: number;
  readonly new: number;
  /** Rows of the new version with no identical row left in the old one. */
  readonly added: number;
  /** Rows of the old version with no identical row left in the new one. */
  readonly removed: number;
  readonly unchanged: number;
  /** The first added rows: 0-based data rows of the new version (header excluded), in file order. */
  readonly addedRows: readonly number[];
  /** The first removed rows: 0-based data rows of the old version, in file order. */
  readonly removedRows: readonly number[];
  /** The columns rows were compared on (those both versions have). */
  readonly comparedOn: readonly string[];
}

/** Added and removed rows listed at most, each. */
export const maxListedRows = 1000;

function keyOf(row: readonly unknown[], indices: readonly number[]): string {
  const joined = indices.map((i) => normalisedCell(row[i] as never, true)).join('\u001f');
  return joined.length <= 40 ? joined : createHash('sha256').update(joined).digest('base64');
}

/**
 * Count rows added and removed: a row counts as unchanged when an identical row (after
 * normalising cells, on the shared columns) exists in the other version; duplicates count
 * as many times as they occur. The first `maxListed` added and removed rows are named (an
 * edited row is one removed and one added). Of repeated identical rows, the later ones are
 * the added or removed ones.
 */
export function rowChanges(before: Table, after: Table, columns: readonly string[], maxListed = maxListedRows): RowChanges {
  const a = columns.map((c) => before.columns.indexOf(c));
  const b = columns.map((c) => after.columns.indexOf(c));
  const counts = new Map<string, number>();
  for (const row of before.rows) {
    const k = keyOf(row, a);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let unchanged = 0;
  const addedRows: number[] = [];
  const matched = new Map<string, number>();
  after.rows.forEach((row, i) => {
    const k = keyOf(row, b);
    const left = counts.get(k) ?? 0;
    if (left > 0) {
      unchanged++;
      counts.set(k, left - 1);
      matched.set(k, (matched.get(k) ?? 0) + 1);
    } else if (addedRows.length < maxListed) addedRows.push(i);
  });
  // The old rows left over are the removed ones: of identical rows, those past the matched count.
  const removedRows: number[] = [];
  for (let i = 0; i < before.rows.length && removedRows.length < maxListed && removedRows.length < before.rows.length - unchanged; i++) {
    const k = keyOf(before.rows[i]!, a);
    const kept = matched.get(k) ?? 0;
    if (kept > 0) matched.set(k, kept - 1);
    else removedRows.push(i);
  }
  return { old: before.rows.length, new: after.rows.length, added: after.rows.length - unchanged, removed: before.rows.length - unchanged, unchanged, addedRows, removedRows, comparedOn: columns };
}
