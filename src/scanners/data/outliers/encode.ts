/**
 * Tables as numeric feature matrices for the isolation forest: numeric columns as they are
 * (empty cells as the median), categorical columns frequency-encoded (each value replaced by
 * its share of the rows, so a rare category is a small, isolable number) or one-hot encoded.
 */
import type { Table } from '../../../ml/index.js';
import { cellNumber, cellText, foldText, MISSING, profileColumns, type ColumnProfile } from '../_table/index.js';

/** How categorical columns are turned into numbers. */
export type CategoricalEncoding = 'frequency' | 'one-hot';

/** A table as a row-major matrix, with the name of every feature. */
export interface FeatureMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly dims: number;
  readonly features: readonly string[];
  /** Columns left out, and why. */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

/** One-hot features per column at most (the most frequent values; the rest share one). */
const maxOneHot = 30;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function categoryOf(cell: Parameters<typeof cellText>[0]): string {
  const t = cellText(cell);
  return t === null ? MISSING : foldText(t);
}

/** ±1 for a cell holding an infinite number (as a number or as text), else 0. */
function infinity(cell: Parameters<typeof cellText>[0]): number {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : Number.NaN;
  return n === Infinity ? 1 : n === -Infinity ? -1 : 0;
}

/** Empty cells read as the median; infinite values ten ranges beyond the extremes, so that most cuts isolate them. */
function numericFeature(table: Table, c: ColumnProfile): Float64Array[] {
  const values = table.rows.map((r) => cellNumber(r[c.index]));
  const finite = values.filter((v) => !Number.isNaN(v));
  const fill = median(finite);
  let min = finite[0] ?? 0;
  let max = finite[0] ?? 0;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min || 1;
  return [Float64Array.from(values, (v, r) => (Number.isNaN(v) ? (infinity(table.rows[r]![c.index]) > 0 ? max + 10 * range : infinity(table.rows[r]![c.index]) < 0 ? min - 10 * range : fill) : v))];
}

function categoricalFeatures(table: Table, c: ColumnProfile, encoding: CategoricalEncoding): { names: string[]; columns: Float64Array[] } {
  const values = table.rows.map((r) => categoryOf(r[c.index]));
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (encoding === 'frequency') return { names: [c.name], columns: [Float64Array.from(values, (v) => counts.get(v)! / values.length)] };
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxOneHot).map(([v]) => v);
  const names = top.map((v) => `${c.name}=${v === MISSING ? '(missing)' : v}`);
  const columns = top.map((v) => Float64Array.from(values, (x) => (x === v ? 1 : 0)));
  if (counts.size > top.length) {
    const kept = new Set(top);
    names.push(`${c.name}=(other)`);
    columns.push(Float64Array.from(values, (x) => (kept.has(x) ? 0 : 1)));
  }
  return { names, columns };
}

/**
 * Encode a table's columns (all but `exclude`) as features. Identifier, free-text and empty
 * columns are skipped, as are columns with a single value (they cannot isolate anything).
 */
export function encodeFeatures(table: Table, options: { exclude?: readonly string[]; encoding?: CategoricalEncoding } = {}): FeatureMatrix {
  const skipped: { name: string; reason: string }[] = (options.exclude ?? []).map((name) => ({ name, reason: 'excluded' }));
  const names: string[] = [];
  const columns: Float64Array[] = [];
  for (const c of profileColumns(table, { exclude: options.exclude })) {
    if (c.kind === 'identifier' || c.kind === 'empty' || c.kind === 'text') {
      skipped.push({ name: c.name, reason: c.kind === 'text' ? 'free text' : c.kind });
      continue;
    }
    const encoded = c.kind === 'numeric' ? { names: [c.name], columns: numericFeature(table, c) } : categoricalFeatures(table, c, options.encoding ?? 'frequency');
    const varying = encoded.columns.map((col) => col.some((v) => v !== col[0]));
    if (!varying.some(Boolean)) {
      skipped.push({ name: c.name, reason: 'constant' });
      continue;
    }
    encoded.columns.forEach((col, i) => {
      if (!varying[i]) return;
      names.push(encoded.names[i]!);
      columns.push(col);
    });
  }
  const rows = table.rows.length;
  const dims = columns.length;
  const data = new Float64Array(rows * dims);
  for (let d = 0; d < dims; d++) for (let r = 0; r < rows; r++) data[r * dims + d] = columns[d]![r]!;
  return { data, rows, dims, features: names, skipped };
}
