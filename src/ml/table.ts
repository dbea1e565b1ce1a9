/**
 * The in-memory table every data check works on: column names and rows of cells, as read
 * from CSV/TSV, JSONL or Parquet. Readers keep text as text; checks convert per column.
 */

/** One cell: text from CSV/JSONL, typed values from Parquet and JSON; null when empty or missing. */
export type Cell = string | number | boolean | null;

/** A table of rows. `rows[i]` is data row i (0-based, header excluded). */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Where each row came from, for messages: 1-based line number in the file (CSV/JSONL) when known. */
  readonly lineOf?: (row: number) => number | undefined;
  /** Rows not loaded because a row limit was reached (0 when complete). */
  readonly truncatedRows: number;
}

/** Index of a column, or -1. */
export function columnIndex(table: Table, name: string): number {
  return table.columns.indexOf(name);
}

/** A column as numbers: NaN where a cell is empty or not a finite number. */
export function numericColumn(table: Table, name: string): Float64Array {
  const i = columnIndex(table, name);
  const out = new Float64Array(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const cell = i < 0 ? null : table.rows[r]![i];
    const n = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : typeof cell === 'boolean' ? Number(cell) : NaN;
    out[r] = Number.isFinite(n) ? n : NaN;
  }
  return out;
}

/** A column as strings (null stays null). */
export function textColumn(table: Table, name: string): (string | null)[] {
  const i = columnIndex(table, name);
  return table.rows.map((row) => {
    const cell = i < 0 ? null : row[i];
    return cell === null || cell === undefined ? null : String(cell);
  });
}
