/**
 * Personal data and secrets per column of a dataset: counts per kind, the first rows, and a
 * few masked samples. Works on a Table in memory or on rows streamed from a file.
 */
import { detectPii, type PiiCategory, type PiiKind } from '../../../detect/index.js';
import type { Cell, Table } from '../../../ml/index.js';

/** Rows and samples kept per column and kind. */
const keptRows = 10;
const keptSamples = 3;
/** Characters of one cell looked at. */
export const maxCellChars = 10_000;

/** One kind of personal data or secret found in one column. */
export interface PiiColumnKind {
  readonly column: string;
  readonly kind: PiiKind;
  readonly category: PiiCategory;
  /** Cells holding at least one match. */
  readonly cells: number;
  /** Matches in all. */
  readonly matches: number;
  /** First data rows (0-based) and their lines. */
  readonly rows: readonly number[];
  readonly lines: readonly number[];
  /** Masked samples, e.g. `j***@example.com`. */
  readonly samples: readonly string[];
}

/** What {@link findPii} found. */
export interface PiiReport {
  readonly rowsScanned: number;
  /** Rows not scanned because of the row limit (or not loaded into the table). */
  readonly rowsNotScanned: number;
  readonly findings: readonly PiiColumnKind[];
}

/** Accumulates PII matches row by row. */
export class PiiTally {
  private readonly found = new Map<string, { column: string; kind: PiiKind; category: PiiCategory; cells: number; matches: number; rows: number[]; lines: number[]; samples: string[] }>();
  rowsScanned = 0;

  constructor(private readonly columns: readonly string[]) {}

  /** Scan one row. Numbers are skipped unless long enough to be a card number. */
  observe(row: readonly Cell[], rowIndex: number, line: number): void {
    this.rowsScanned++;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      let text: string;
      if (typeof cell === 'string') text = cell.length > maxCellChars ? cell.slice(0, maxCellChars) : cell;
      else if (typeof cell === 'number' && Number.isInteger(cell) && Math.abs(cell) >= 1e12) text = String(cell);
      else continue;
      if (text.length < 6) continue;
      const matches = detectPii(text);
      if (matches.length === 0) continue;
      const seen = new Set<PiiKind>();
      for (const m of matches) {
        const key = `${c}\u0000${m.kind}`;
        let entry = this.found.get(key);
        if (!entry) {
          entry = { column: this.columns[c] ?? `column_${c + 1}`, kind: m.kind, category: m.category, cells: 0, matches: 0, rows: [], lines: [], samples: [] };
          this.found.set(key, entry);
        }
        entry.matches++;
        if (!seen.has(m.kind)) {
          seen.add(m.kind);
          entry.cells++;
          if (entry.rows.length < keptRows) {
            entry.rows.push(rowIndex);
            if (line > 0) entry.lines.push(line);
          }
        }
        if (entry.samples.length < keptSamples && !entry.samples.includes(m.redacted)) entry.samples.push(m.redacted);
      }
    }
  }

  /** The report so far. */
  report(rowsNotScanned: number): PiiReport {
    const findings = [...this.found.values()].sort((a, b) => a.column.localeCompare(b.column) || a.kind.localeCompare(b.kind));
    return { rowsScanned: this.rowsScanned, rowsNotScanned, findings };
  }
}

/**
 * Personal data and secrets in a table, per column and kind (the pure function behind the
 * `data-pii` scanner, for `aisec data inspect`).
 *
 * @example
 * const report = findPii(table, { maxRows: 50_000 });
 * for (const f of report.findings) console.log(f.column, f.kind, f.cells, f.samples);
 */
export function findPii(table: Table, options: { maxRows?: number } = {}): PiiReport {
  const tally = new PiiTally(table.columns);
  const limit = Math.min(table.rows.length, options.maxRows ?? Number.POSITIVE_INFINITY);
  for (let r = 0; r < limit; r++) tally.observe(table.rows[r]!, r, table.lineOf?.(r) ?? 0);
  return tally.report(table.rows.length - limit + table.truncatedRows);
}
