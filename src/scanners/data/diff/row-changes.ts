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
  /** The columns rows were compared on (those both versions have). */
  readonly comparedOn: readonly string[];
}

function keyOf(row: readonly unknown[], indices: readonly number[]): string {
  const joined = indices.map((i) => normalisedCell(row[i] as never, true)).join('\u001f');
  return joined.length <= 40 ? joined : createHash('sha256').update(joined).digest('base64');
}

/**
 * Count rows added and removed: a row counts as unchanged when an identical row (after
 * normalising cells, on the shared columns) exists in the other version; duplicates count
 * as many times as they occur.
 */
export function rowChanges(before: Table, after: Table, columns: readonly string[]): RowChanges {
  const a = columns.map((c) => before.columns.indexOf(c));
  const b = columns.map((c) => after.columns.indexOf(c));
  const counts = new Map<string, number>();
  for (const row of before.rows) {
    const k = keyOf(row, a);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let unchanged = 0;
  for (const row of after.rows) {
    const k = keyOf(row, b);
    const left = counts.get(k) ?? 0;
    if (left > 0) {
      unchanged++;
      counts.set(k, left - 1);
    }
  }
  return { old: before.rows.length, new: after.rows.length, added: after.rows.length - unchanged, removed: before.rows.length - unchanged, unchanged, comparedOn: columns };
}
