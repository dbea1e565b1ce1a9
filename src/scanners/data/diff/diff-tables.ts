/**
 * Distribution shift between two versions of a dataset, column by column, with Evidently's
 * default tests and thresholds; plus rows added and removed and the label balance.
 */
import type { Table } from '../../../ml/index.js';
import { columnDrift, datasetDriftShare, describe, driftMethods, type DriftColumnType, type DriftMethodName } from '../../../stats/index.js';
import { cellNumber, cellText, profileColumns, requireColumns, type ColumnKind } from '../_table/index.js';
import { labelBalance, type LabelBalance } from './label-balance.js';
import type { DiffOptions } from './options.js';
import { rowChanges, type RowChanges } from './row-changes.js';

/** One column compared between the versions. */
export interface ColumnDiff {
  readonly column: string;
  /** How the values were compared; text columns are compared by their length in characters. */
  readonly type: DriftColumnType | 'text';
  readonly status: 'tested' | 'skipped';
  /** Why a column was not tested. */
  readonly reason?: string;
  readonly method?: DriftMethodName;
  readonly scoreKind?: 'p-value' | 'distance';
  /** p-value or distance, as `scoreKind` says. */
  readonly score?: number;
  readonly threshold?: number;
  readonly drifted: boolean;
  /** Values present and missing in each version. */
  readonly old: { readonly present: number; readonly missing: number };
  readonly new: { readonly present: number; readonly missing: number };
  /** Numerical (and text length) columns: mean and median in each version. */
  readonly summary?: { readonly oldMean: number; readonly newMean: number; readonly oldMedian: number; readonly newMedian: number };
}

/** What {@link diffTables} found. */
export interface DiffReport {
  readonly rows: RowChanges;
  readonly columns: { readonly compared: readonly string[]; readonly onlyInOld: readonly string[]; readonly onlyInNew: readonly string[] };
  /** One entry per compared column, in the new version's column order. */
  readonly drift: readonly ColumnDiff[];
  readonly tested: number;
  readonly drifted: number;
  /** Share of drifted columns at which the dataset as a whole counts as drifted. */
  readonly driftShare: number;
  /** drifted / tested ≥ driftShare (Evidently's dataset drift). */
  readonly datasetDrift: boolean;
  readonly label?: LabelBalance;
}

function kindIn(kinds: Map<string, ColumnKind>, name: string): ColumnKind {
  return kinds.get(name) ?? 'empty';
}

function typeOf(a: ColumnKind, b: ColumnKind, isLabel: boolean): DriftColumnType | 'text' | undefined {
  if (isLabel) return 'categorical';
  if (a === 'text' || b === 'text') return 'text';
  if (a === 'identifier' || b === 'identifier') return undefined;
  const numericish = (k: ColumnKind) => k === 'numeric' || k === 'empty';
  if (numericish(a) && numericish(b)) return 'numerical';
  return 'categorical';
}

function values(table: Table, column: string, type: DriftColumnType | 'text'): { values: (number | string)[]; missing: number } {
  const at = table.columns.indexOf(column);
  const out: (number | string)[] = [];
  let missing = 0;
  for (const row of table.rows) {
    const cell = row[at];
    if (type === 'categorical') {
      const t = cellText(cell);
      if (t === null) missing++;
      else out.push(t);
    } else if (type === 'text') {
      const t = cellText(cell);
      if (t === null) missing++;
      else out.push([...t].length);
    } else {
      const n = cellNumber(cell);
      if (Number.isNaN(n)) missing++;
      else out.push(n);
    }
  }
  return { values: out, missing };
}

function testColumn(before: Table, after: Table, column: string, type: DriftColumnType | 'text', options: DiffOptions): ColumnDiff {
  const a = values(before, column, type);
  const b = values(after, column, type);
  const base = { column, type, old: { present: a.values.length, missing: a.missing }, new: { present: b.values.length, missing: b.missing } };
  if (a.values.length === 0 || b.values.length === 0) return { ...base, status: 'skipped', reason: a.values.length === 0 ? 'no values in the old version' : 'no values in the new version', drifted: false };
  const columnType: DriftColumnType = type === 'text' ? 'numerical' : type;
  const forced = options.method && driftMethods[options.method].columnTypes.includes(columnType) ? options.method : undefined;
  const r = columnDrift(a.values, b.values, { columnType, ...(forced ? { method: forced } : {}), ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  const summary =
    columnType === 'numerical'
      ? (() => {
          const da = describe(a.values as number[]);
          const db = describe(b.values as number[]);
          return { oldMean: da.mean, newMean: db.mean, oldMedian: da.median, newMedian: db.median };
        })()
      : undefined;
  return { ...base, status: 'tested', method: r.method, scoreKind: r.scoreKind, score: r.score, threshold: r.threshold, drifted: r.drifted, ...(summary ? { summary } : {}) };
}

/**
 * Compare two versions of a dataset: per column the Evidently default drift test (by type,
 * size and distinct values) with its default threshold; rows added and removed; and, with a
 * label column, the change in class balance. Identifier columns (row counters, all-distinct
 * keys) are skipped: they differ between any two versions by design.
 *
 * @example
 * const report = diffTables(lastMonth, thisMonth, { labelColumn: 'label' });
 * if (report.drifted > 0) process.exitCode = 1;
 */
export function diffTables(before: Table, after: Table, options: DiffOptions = {}): DiffReport {
  requireColumns(after, [options.labelColumn, ...(options.columns ?? [])], 'column');
  requireColumns(before, [options.labelColumn, ...(options.columns ?? [])], 'column');
  const ignore = new Set(options.ignoreColumns ?? []);
  const shared = after.columns.filter((c) => before.columns.includes(c));
  const compared = (options.columns ?? shared).filter((c) => !ignore.has(c));
  const kindsA = new Map(profileColumns(before).map((p) => [p.name, p.kind]));
  const kindsB = new Map(profileColumns(after).map((p) => [p.name, p.kind]));
  const drift = compared.map((column): ColumnDiff => {
    const type = typeOf(kindIn(kindsA, column), kindIn(kindsB, column), column === options.labelColumn);
    if (type === undefined) {
      const a = values(before, column, 'categorical');
      const b = values(after, column, 'categorical');
      return { column, type: 'categorical', status: 'skipped', reason: 'identifier column (distinct per row)', drifted: false, old: { present: a.values.length, missing: a.missing }, new: { present: b.values.length, missing: b.missing } };
    }
    return testColumn(before, after, column, type, options);
  });
  const tested = drift.filter((d) => d.status === 'tested').length;
  const drifted = drift.filter((d) => d.drifted).length;
  const share = options.driftShare ?? datasetDriftShare;
  return {
    rows: rowChanges(before, after, shared),
    columns: { compared, onlyInOld: before.columns.filter((c) => !after.columns.includes(c)), onlyInNew: after.columns.filter((c) => !before.columns.includes(c)) },
    drift,
    tested,
    drifted,
    driftShare: share,
    datasetDrift: tested > 0 && drifted / tested >= share,
    ...(options.labelColumn ? { label: labelBalance(before, after, options.labelColumn, options.labelAlpha) } : {}),
  };
}
