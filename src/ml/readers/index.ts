/**
 * Data readers: CSV, TSV, JSON Lines and Parquet files as streams of rows or as a Table,
 * in bounded memory, with problems in the data reported by line instead of crashing.
 */
export { openRows, readRows } from './open-rows.js';
export { readTable, defaultMaxCells, defaultMaxTextChars, type ReadTableOptions, type LoadedTable } from './read-table.js';
export { formatCsv, formatCsvRecord, formatCsvField } from './csv-writer.js';
export {
  textEncodings,
  defaultMaxLineBytes,
  defaultMaxColumns,
  defaultMaxRowGroupBytes,
  type TableFormat,
  type TextEncoding,
  type ReadOptions,
  type RowRecord,
  type RowReader,
  type TableHeader,
  type ReadDiagnostic,
  type ReadDiagnosticCode,
  type DiagnosticLog,
} from './types.js';
