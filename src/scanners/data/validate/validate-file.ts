/**
 * Validate a dataset file against its declared columns and rules in one streaming pass:
 * only the columns the checks name are decoded, so large files validate quickly and in
 * bounded memory (apart from what `unique` must remember).
 */
import { isAisecError } from '../../../core/errors.js';
import { openRows, type Cell, type DiagnosticLog, type RowRecord, type ReadDiagnostic, type Table, type TableFormat, type TextEncoding } from '../../../ml/index.js';
import { ColumnObserver } from './column-observer.js';
import { compileChecks, rowCountViolations, type ColumnCheck, type CompileOptions, type DatasetRulesSpec } from './compile.js';
import type { Violation } from './tally.js';

/** Options of {@link validateFile}. */
export interface ValidateOptions extends CompileOptions {
  readonly signal?: AbortSignal;
  readonly encoding?: TextEncoding;
  /** Longest record or line read (default 16 MiB); a longer one makes the report incomplete. */
  readonly maxLineBytes?: number;
  /** Stop after this many data rows (the report is then incomplete). */
  readonly maxRows?: number;
}

/** The outcome of validating one file. */
export interface ValidationReport {
  readonly path: string;
  readonly format: TableFormat | null;
  readonly columns: readonly string[];
  /** Data rows read. */
  readonly rows: number;
  /** Checks applied (declared-column checks and rules). */
  readonly checks: number;
  /** False when the file could not be read to its end or a check hit a limit; see `incomplete`. */
  readonly complete: boolean;
  readonly incomplete: readonly string[];
  /** No violation and complete. */
  readonly passed: boolean;
  readonly violations: readonly Violation[];
  /** The reader's first diagnostics (also counted as `well-formed` violations). */
  readonly diagnostics: readonly ReadDiagnostic[];
}

/** Reader diagnostics that mean a row was damaged or lost, and so fail validation. */
const damaging: Readonly<Record<string, string>> = {
  'ragged-row': 'rows with a different number of fields than the header',
  'invalid-utf8': 'lines that are not valid UTF-8',
  'nul-byte': 'lines holding NUL bytes',
  'unterminated-quote': 'a quoted field that is never closed',
  'invalid-json': 'lines that are not valid JSON (skipped)',
  'not-an-object': 'lines that are not JSON objects (skipped)',
  'unknown-key': 'keys that appear only after the first lines (ignored)',
  'value-converted': 'values that could not be read',
};

/** The checks of a spec bound to a header, fed row by row. */
class Validator {
  private readonly byColumn: { index: number; observer: ColumnObserver }[] = [];
  readonly missing: Violation[] = [];
  /** Checks whose column is in the file. */
  private readonly active: ColumnCheck[] = [];
  readonly checkCount: number;

  constructor(
    private readonly spec: DatasetRulesSpec,
    columns: readonly string[],
    private readonly checks = compileChecks(spec, {}),
  ) {
    this.checkCount = checks.length + (spec.rules?.filter((r) => r.check === 'row-count').length ?? 0);
    const groups = new Map<number, ColumnCheck[]>();
    for (const check of checks) {
      const index = check.column === null ? -1 : columns.indexOf(check.column);
      if (index < 0) {
        this.missing.push({ ...check.meta, rule: 'missing-column', count: 1, rows: [], lines: [], samples: [], message: `column "${check.column}" (checked by ${check.meta.source === 'rules' ? `rules[${check.meta.index}]` : `schema.columns[${check.meta.index}]`}, ${check.meta.rule}) is not in the file` });
        continue;
      }
      this.active.push(check);
      groups.set(index, [...(groups.get(index) ?? []), check]);
    }
    for (const [index, list] of groups) this.byColumn.push({ index, observer: new ColumnObserver(list) });
  }

  /** Columns the checks read. */
  get columnsRead(): string[] {
    return [...new Set(this.checks.map((c) => c.column).filter((c): c is string => c !== null))];
  }

  observe(row: readonly Cell[], rowIndex: number, line: number): void {
    const byColumn = this.byColumn;
    for (let i = 0; i < byColumn.length; i++) {
      const { index, observer } = byColumn[i]!;
      observer.observe(row[index] ?? null, rowIndex, line);
    }
  }

  /** Feed the first `count` records of a batch, data rows `firstRow` on: column by column, each in row order. */
  observeRecords(records: readonly RowRecord[], count: number, firstRow: number): void {
    const byColumn = this.byColumn;
    for (let i = 0; i < byColumn.length; i++) byColumn[i]!.observer.observeRecords(records, count, byColumn[i]!.index, firstRow);
  }

  finish(rows: number): { violations: Violation[]; incomplete: string[] } {
    const violations = [...this.missing];
    const incomplete: string[] = [];
    for (const check of this.active) {
      const result = check.finish(rows);
      if (result.violation) violations.push(result.violation);
      if (result.incomplete) incomplete.push(result.incomplete);
    }
    violations.push(...rowCountViolations(this.spec, rows));
    return { violations, incomplete };
  }
}

function readerViolations(log: DiagnosticLog): Violation[] {
  const out: Violation[] = [];
  for (const [code, count] of Object.entries(log.counts)) {
    const what = damaging[code];
    if (!what || !count) continue;
    const lines = log.list.filter((d) => d.code === code && d.line > 0).map((d) => d.line).slice(0, 10);
    out.push({ rule: 'well-formed', source: 'reader', column: null, count, rows: [], lines, samples: [], message: `${count} ${what} (${code})` });
  }
  return out;
}

/**
 * Validate a data file (CSV, TSV, JSON Lines, Parquet) against a dataset's `schema.columns`
 * and `rules`. Violations carry counts, the first rows and lines, and masked samples.
 *
 * A file that opens but cannot be read to its end (a line over the limit, a damaged Parquet
 * page) gives an incomplete report, never a passing one. Errors opening it (missing, not a
 * data file) are thrown as AisecError.
 *
 * @example
 * const report = await validateFile('data/train.csv', descriptor.datasets[0]);
 * if (!report.passed) process.exitCode = 1;
 */
export async function validateFile(path: string, spec: DatasetRulesSpec, options: ValidateOptions = {}): Promise<ValidationReport> {
  const probe = new Validator(spec, [], compileChecks(spec, options));
  const reader = await openRows(path, { typedIntegers: true, columns: probe.columnsRead, ...(options.signal ? { signal: options.signal } : {}), ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.maxLineBytes ? { maxLineBytes: options.maxLineBytes } : {}) });
  const validator = new Validator(spec, reader.header.columns, compileChecks(spec, options));
  const incomplete: string[] = [];
  let rows = 0;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  try {
    for await (const batch of reader.batches()) {
      const count = Math.min(batch.length, maxRows - rows);
      validator.observeRecords(batch, count, rows);
      rows += count;
      if (count < batch.length) {
        incomplete.push(`stopped after ${maxRows} rows (maxRows)`);
        break;
      }
    }
  } catch (error) {
    if (!isAisecError(error) || error.code === 'ERR_ABORTED' || !error.code.startsWith('ERR_DATA_')) throw error;
    incomplete.push(`the file could not be read past row ${rows}: ${error.message}`);
  } finally {
    await reader.close();
  }
  const result = validator.finish(rows);
  incomplete.push(...result.incomplete);
  const violations = [...readerViolations(reader.diagnostics), ...result.violations];
  return {
    path,
    format: reader.header.format,
    columns: reader.header.columns,
    rows,
    checks: validator.checkCount,
    complete: incomplete.length === 0,
    incomplete,
    passed: incomplete.length === 0 && violations.length === 0,
    violations,
    diagnostics: reader.diagnostics.list,
  };
}

/** Validate a table already in memory (as `aisec data inspect` holds it). Row numbers are the table's. */
export function validateTable(table: Table, spec: DatasetRulesSpec, options: CompileOptions = {}): Pick<ValidationReport, 'rows' | 'checks' | 'complete' | 'incomplete' | 'passed' | 'violations'> {
  const validator = new Validator(spec, table.columns, compileChecks(spec, options));
  table.rows.forEach((row, i) => validator.observe(row, i, table.lineOf?.(i) ?? 0));
  const result = validator.finish(table.rows.length);
  const incomplete = [...result.incomplete, ...(table.truncatedRows > 0 ? [`${table.truncatedRows} rows were not loaded`] : [])];
  return { rows: table.rows.length, checks: validator.checkCount, complete: incomplete.length === 0, incomplete, passed: incomplete.length === 0 && result.violations.length === 0, violations: result.violations };
}
