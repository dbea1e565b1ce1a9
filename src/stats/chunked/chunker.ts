/**
 * Splitting a sample into consecutive chunks as NannyML's chunkers do (`nannyml/chunk.py`):
 * by size, by number, or the default of 10 chunks. A chunker gives index ranges, so the same
 * split applies to every column of a table.
 */
import { AisecError } from '../../core/errors.js';

/** One chunk: rows `start` to `end` inclusive, as NannyML's key `[start:end]`. */
export interface ChunkRange {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** What to do with the rows left over after the last full chunk (NannyML's `incomplete`). */
export type Incomplete = 'keep' | 'append' | 'drop';

/** How to split: NannyML's SizeBasedChunker, CountBasedChunker or DefaultChunker. */
export type Chunker =
  | { readonly kind: 'size'; readonly size: number; readonly incomplete?: Incomplete }
  | { readonly kind: 'count'; readonly count: number; readonly incomplete?: Incomplete }
  | { readonly kind: 'default' };

/** NannyML's DefaultChunker: 10 chunks of ⌊n/10⌋ rows, the remainder kept as an 11th chunk. */
export const defaultChunker: Chunker = Object.freeze({ kind: 'default' });

/** The number of chunks the default chunker aims for (NannyML's `DEFAULT_CHUNK_COUNT`). */
export const DEFAULT_CHUNK_COUNT = 10;

function positiveInteger(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new AisecError('ERR_STATS_INPUT', `Chunker ${field} must be a positive integer (got ${String(value)}).`);
  }
}

function bySize(n: number, size: number, incomplete: Incomplete): ChunkRange[] {
  const chunks: ChunkRange[] = [];
  const full = Math.floor(n / size);
  for (let i = 0; i < full; i++) chunks.push({ index: i, start: i * size, end: i * size + size - 1 });
  const rest = n % size;
  if (rest !== 0) {
    const start = full * size;
    if (incomplete === 'keep') chunks.push({ index: chunks.length, start, end: n - 1 });
    else if (incomplete === 'append') {
      if (chunks.length === 0) chunks.push({ index: 0, start, end: n - 1 });
      else chunks[chunks.length - 1] = { ...chunks[chunks.length - 1]!, end: n - 1 };
    }
  }
  return chunks;
}

/**
 * The chunks of `n` rows under a chunker. Counting chunkers need at least as many rows as
 * chunks (NannyML fails there too: a chunk size of 0 cannot split anything).
 *
 * @example
 * chunkRanges(25, { kind: 'size', size: 10 }); // [0..9], [10..19], [20..24]
 */
export function chunkRanges(n: number, chunker: Chunker = defaultChunker): ChunkRange[] {
  if (!Number.isSafeInteger(n) || n < 0) throw new AisecError('ERR_STATS_INPUT', `chunkRanges needs a row count ≥ 0 (got ${String(n)}).`);
  if (n === 0) return [];
  if (chunker.kind === 'size') {
    positiveInteger(chunker.size, 'size');
    return bySize(n, chunker.size, chunker.incomplete ?? 'keep');
  }
  const count = chunker.kind === 'count' ? chunker.count : DEFAULT_CHUNK_COUNT;
  if (chunker.kind === 'count') positiveInteger(count, 'count');
  const size = Math.floor(n / count);
  if (size === 0) {
    throw new AisecError('ERR_STATS_INPUT', `Cannot split ${n} rows into ${count} chunks: give at least ${count} rows, or a size-based chunker.`);
  }
  return bySize(n, size, chunker.kind === 'count' ? (chunker.incomplete ?? 'keep') : 'keep');
}

/** The values of each chunk of a sample (slices of the array in row order). */
export function splitChunks<T>(values: readonly T[], chunker: Chunker = defaultChunker): T[][] {
  return chunkRanges(values.length, chunker).map((c) => values.slice(c.start, c.end + 1));
}
