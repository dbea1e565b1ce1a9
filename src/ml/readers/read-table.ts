/**
 * Load a whole data file into a {@link Table}, up to row, cell and text limits: the rows past
 * a limit are counted (so `truncatedRows` is exact) but not kept.
 */
import type { Cell, Table } from '../table.js';
import { openRows } from './open-rows.js';
import type { DiagnosticLog, ReadOptions, TableHeader } from './types.js';

/** Options of {@link readTable}. */
export interface ReadTableOptions extends ReadOptions {
  /** Rows kept at most (default: no row limit, but see `maxCells` and `maxTextChars`). */
  readonly maxRows?: number;
  /** Cells kept at most, rows × columns (default 20 million). */
  readonly maxCells?: number;
  /** Characters of text kept at most, over all cells (default 512 million). */
  readonly maxTextChars?: number;
}

/** A table read from a file, with what the reader learnt and repaired on the way. */
export interface LoadedTable extends Table {
  readonly header: TableHeader;
  readonly diagnostics: DiagnosticLog;
}

/** Default of {@link ReadTableOptions.maxCells}. */
export const defaultMaxCells = 20_000_000;
/** Default of {@link ReadTableOptions.maxTextChars}. */
export const defaultMaxTextChars = 512 * 1024 * 1024;

/**
 * Read a CSV, TSV, JSON Lines or Parquet file into memory as a {@link Table}.
 *
 * Errors as {@link openRows}. A file larger than the limits is not an error: the first rows
 * are kept and `truncatedRows` says how many were left out.
 *
 * @example
 * const table = await readTable('data/train.csv', { maxRows: 100_000, signal });
 * const ages = numericColumn(table, 'age');
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<LoadedTable> {
  const reader = await openRows(path, options);
  const width = reader.header.columns.length;
  const maxRows = Math.min(options.maxRows ?? Number.POSITIVE_INFINITY, Math.floor((options.maxCells ?? defaultMaxCells) / Math.max(1, width)));
  const maxText = options.maxTextChars ?? defaultMaxTextChars;
  const rows: Cell[][] = [];
  let lines = new Float64Array(1024);
  let text = 0;
  let truncatedRows = 0;
  for await (const batch of reader.batches()) {
    for (const record of batch) {
      if (truncatedRows > 0 || rows.length >= maxRows) {
        truncatedRows++;
        continue;
      }
      for (const cell of record.row) if (typeof cell === 'string') text += cell.length;
      if (text > maxText) {
        truncatedRows++;
        continue;
      }
      if (rows.length === lines.length) {
        const grown = new Float64Array(lines.length * 2);
        grown.set(lines);
        lines = grown;
      }
      lines[rows.length] = record.line;
      rows.push(record.row);
    }
  }
  const lineOf = (row: number): number | undefined => {
    const line = row >= 0 && row < rows.length ? lines[row]! : 0;
    return line > 0 ? line : undefined;
  };
  return { columns: reader.header.columns, rows, lineOf, truncatedRows, header: reader.header, diagnostics: reader.diagnostics };
}
