/**
 * The contract of the data readers: options, the rows they stream, and the problems they
 * report instead of crashing (ragged rows, bad lines, invalid text).
 */
import type { Cell } from '../table.js';

/** Formats the readers understand. */
export type TableFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** Text encodings of CSV, TSV and JSON Lines files. `latin1` is ISO-8859-1 byte for byte. */
export type TextEncoding = 'utf-8' | 'latin1' | 'windows-1252';

/** Text encodings accepted by {@link ReadOptions.encoding}. */
export const textEncodings: readonly TextEncoding[] = ['utf-8', 'latin1', 'windows-1252'];

/** Options of every reader. */
export interface ReadOptions {
  /** Cancels reading; the reader then rejects with `ERR_ABORTED`. */
  readonly signal?: AbortSignal;
  /** Encoding of text formats (default `utf-8`). Parquet ignores it. */
  readonly encoding?: TextEncoding;
  /** Longest record (CSV, possibly several lines inside quotes) or line (JSONL), in bytes (default 16 MiB). */
  readonly maxLineBytes?: number;
  /** Most columns a file may have (default 20,000). */
  readonly maxColumns?: number;
  /** Force a format instead of detecting it from content. */
  readonly format?: TableFormat;
  /** CSV/TSV field separator; detected from the first records when absent. */
  readonly delimiter?: string;
  /** Whether the first CSV/TSV record is a header (default true); without one, columns are `column_1`, `column_2`, ... */
  readonly header?: boolean;
  /**
   * Read only these columns: cells of the others are null (and, in CSV/TSV, never decoded,
   * which makes reading several times faster when checks need a few columns). Names not in
   * the file are ignored; `header.columns` still lists every column.
   */
  readonly columns?: readonly string[];
  /**
   * CSV/TSV: a field that is a canonical decimal integer (`0`, or an optional `-` and up to 15
   * digits without a leading zero) comes as a number rather than text; `String(cell)` gives
   * back the exact text. For checks that convert anyway: no string is created for such fields.
   */
  readonly typedIntegers?: boolean;
  /** Largest Parquet row group read at once, in bytes of its column chunks (default 512 MiB). */
  readonly maxRowGroupBytes?: number;
}

/** Default of {@link ReadOptions.maxLineBytes}. */
export const defaultMaxLineBytes = 16 * 1024 * 1024;
/** Default of {@link ReadOptions.maxColumns}. */
export const defaultMaxColumns = 20_000;
/** Default of {@link ReadOptions.maxRowGroupBytes}. */
export const defaultMaxRowGroupBytes = 512 * 1024 * 1024;

/** One data row and where it starts: a 1-based line for text formats, 0 for Parquet (no lines). */
export interface RowRecord {
  readonly row: Cell[];
  readonly line: number;
}

/** Kinds of problem a reader repairs or skips, reporting each with its line. */
export type ReadDiagnosticCode =
  | 'ragged-row'
  | 'invalid-utf8'
  | 'nul-byte'
  | 'unterminated-quote'
  | 'stray-quote'
  | 'invalid-json'
  | 'not-an-object'
  | 'unknown-key'
  | 'duplicate-column'
  | 'empty-column-name'
  | 'empty-file'
  | 'value-converted';

/** A problem in the data that the reader repaired or skipped, with where it is. */
export interface ReadDiagnostic {
  readonly code: ReadDiagnosticCode;
  /** 1-based line (0 when the format has no lines or the problem is file-wide). */
  readonly line: number;
  readonly message: string;
}

/** The facts of an opened file, known before its rows are read. */
export interface TableHeader {
  readonly format: TableFormat;
  readonly columns: readonly string[];
  /** Text encoding used (undefined for Parquet). */
  readonly encoding?: TextEncoding;
  /** CSV/TSV field separator used. */
  readonly delimiter?: string;
  /** Rows declared by the file (Parquet metadata); undefined when only reading tells. */
  readonly declaredRows?: number;
}

/** Diagnostics of one read: the first ones in full and a count of each kind. */
export interface DiagnosticLog {
  readonly list: readonly ReadDiagnostic[];
  readonly counts: Readonly<Partial<Record<ReadDiagnosticCode, number>>>;
}

/**
 * An opened data file. Iterate it for rows (or `batches()` for arrays of rows, which is
 * faster); read it once. `diagnostics` fills while reading.
 */
export interface RowReader extends AsyncIterable<RowRecord> {
  readonly header: TableHeader;
  readonly diagnostics: DiagnosticLog;
  /** Rows in batches (a few thousand at a time); the same rows as iterating the reader. */
  batches(): AsyncIterable<readonly RowRecord[]>;
  /** Release the file early (iteration to the end or a throw releases it too). */
  close(): Promise<void>;
}
