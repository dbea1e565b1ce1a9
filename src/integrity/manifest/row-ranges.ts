import { digestsEqual } from '../file-diff.js';
import type { ManifestTabular } from './manifest-schema.js';

/** Data records `[start, end)`, 0-based, header excluded. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** Where a tabular file changed, from its chunk leaves. */
export interface RowChanges {
  /** Whether the header record changed. */
  readonly header: boolean;
  /** Merged ranges of records whose chunk differs (or exists on one side only). */
  readonly ranges: RowRange[];
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  /**
   * Whether every chunk from the first change to the end differs while the record count
   * changed: the sign of records inserted or deleted near `ranges[0].start`, which shifts every
   * later chunk. The later ranges then say nothing about where else the data changed.
   */
  readonly shifted: boolean;
}

/**
 * Compare the chunk leaves of a tabular file as recorded and as it is now. Chunk `i` covers
 * records `[i × chunkRows, (i + 1) × chunkRows)` on both sides, so an edit in place shows as
 * the chunk it falls in.
 *
 * @example
 * rowChanges(recorded, current, 1000).ranges // [{ start: 2000, end: 3000 }]
 */
export function rowChanges(before: ManifestTabular, after: ManifestTabular, chunkRows: number): RowChanges {
  const header = !sameLeaf(before.headerChunk?.leaf, after.headerChunk?.leaf);
  const limit = Math.max(before.rows, after.rows);
  const count = Math.max(before.chunks.length, after.chunks.length);
  const ranges: RowRange[] = [];
  let firstChanged = -1;
  let allAfterFirst = true;
  for (let i = 0; i < count; i++) {
    const differs = !sameLeaf(before.chunks[i]?.leaf, after.chunks[i]?.leaf);
    if (!differs) {
      if (firstChanged !== -1) allAfterFirst = false;
      continue;
    }
    if (firstChanged === -1) firstChanged = i;
    const start = i * chunkRows;
    const end = Math.min(limit, start + chunkRows);
    const last = ranges[ranges.length - 1];
    if (last && last.end === start) ranges[ranges.length - 1] = { start: last.start, end };
    else ranges.push({ start, end });
  }
  const shifted = firstChanged !== -1 && allAfterFirst && before.rows !== after.rows && count - firstChanged > 1;
  return { header, ranges, rowsBefore: before.rows, rowsAfter: after.rows, shifted };
}

function sameLeaf(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return digestsEqual(a, b);
}

/** `rows 2000–2999` style text for a range (inclusive end, as people count). */
export function describeRange(range: RowRange): string {
  return range.end - range.start === 1 ? `row ${range.start}` : `rows ${range.start}–${range.end - 1}`;
}
