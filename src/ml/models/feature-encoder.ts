import { columnIndex, type Table } from '../table.js';
import { cellCategory, cellNumber, profileColumn } from './column-profile.js';
import { createMatrix, type Matrix } from './matrix.js';

/** Options of {@link fitFeatureEncoder}. */
export interface FeatureEncoderOptions {
  /** Columns to encode (default: every column not in `exclude`). */
  readonly columns?: readonly string[];
  /** Columns never encoded, e.g. the label. */
  readonly exclude?: readonly string[];
  /** Most frequent categories kept per column; the rest share an "other" feature (default 30). */
  readonly maxCategories?: number;
}

/** What the encoder did with one column. */
export type EncodedColumn =
  | {
      readonly name: string;
      readonly kind: 'numeric';
      readonly median: number;
      readonly mean: number;
      /** Standard deviation (the scale when the column is constant after imputation). */
      readonly std: number;
      /** Largest magnitude seen: arithmetic is done in its units so extreme values cannot overflow. */
      readonly scale: number;
      /** Empty or non-numeric cells, given the median. */
      readonly missing: number;
    }
  | { readonly name: string; readonly kind: 'categorical'; readonly categories: readonly string[]; readonly other: boolean }
  | { readonly name: string; readonly kind: 'skipped'; readonly reason: string };

/** A fitted encoder: turns tables with the same columns into standardised feature matrices. */
export interface FeatureEncoder {
  readonly columns: readonly EncodedColumn[];
  /** One name per output feature: `age`, `colour=red`, `colour=(other)`. */
  readonly featureNames: readonly string[];
  /** Encode a table; columns are found by name, a missing column reads as empty. */
  transform(table: Table): Matrix;
}

/** Name of the category standing for an empty cell. */
export const MISSING_CATEGORY = '(missing)';
const OTHER_CATEGORY = '(other)';

/**
 * Learn how to turn a table into numbers: numeric columns get median imputation and then
 * standardisation (mean 0, standard deviation 1); categorical columns are one-hot encoded with
 * their most frequent values, the rest sharing an "other" feature and empty cells counting as
 * a category of their own; empty, constant, identifier and free-text columns are skipped (see
 * `profileColumn`). Fit on the data you train on, then transform any table with its columns.
 *
 * @example
 * const encoder = fitFeatureEncoder(table, { exclude: ['label'] });
 * const X = encoder.transform(table);
 */
export function fitFeatureEncoder(table: Table, options: FeatureEncoderOptions = {}): FeatureEncoder {
  const maxCategories = options.maxCategories ?? 30;
  if (!Number.isInteger(maxCategories) || maxCategories < 1) throw new RangeError(`maxCategories must be a whole number ≥ 1, not ${maxCategories}`);
  const exclude = new Set(options.exclude ?? []);
  const names = (options.columns ?? table.columns).filter((name) => !exclude.has(name));
  const columns = names.map((name) => fitColumn(table, name, maxCategories));
  const featureNames = columns.flatMap((c) =>
    c.kind === 'numeric' ? [c.name] : c.kind === 'categorical' ? [...c.categories, ...(c.other ? [OTHER_CATEGORY] : [])].map((v) => `${c.name}=${v}`) : [],
  );
  return { columns, featureNames, transform: (t) => transform(t, columns, featureNames.length) };
}

function fitColumn(table: Table, name: string, maxCategories: number): EncodedColumn {
  const at = columnIndex(table, name);
  const cells = table.rows.map((row) => (at < 0 ? null : row[at]));
  const treatment = profileColumn(cells, maxCategories);
  if (treatment.kind === 'skipped') return { name, kind: 'skipped', reason: treatment.reason };
  if (treatment.kind === 'categorical') {
    const counts = new Map<string, number>();
    for (const cell of cells) {
      const value = cellCategory(cell) ?? MISSING_CATEGORY;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    // Most frequent first; ties by value so the encoding does not depend on row order.
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([value]) => value);
    return { name, kind: 'categorical', categories: ranked.slice(0, maxCategories), other: ranked.length > maxCategories };
  }
  const values = cells.map(cellNumber).filter((v) => !Number.isNaN(v));
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const missing = cells.length - values.length;
  // Work in units of the largest magnitude, so values near ±1e308 cannot overflow the sums.
  let scale = Math.abs(median);
  for (const v of values) scale = Math.max(scale, Math.abs(v));
  if (scale === 0) scale = 1;
  // Mean and spread after imputation, as the model will see the column.
  let sum = (median / scale) * missing;
  for (const v of values) sum += v / scale;
  const mean = sum / cells.length;
  let squares = missing * (median / scale - mean) ** 2;
  for (const v of values) squares += (v / scale - mean) ** 2;
  const std = Math.sqrt(squares / cells.length);
  return { name, kind: 'numeric', median, mean: mean * scale, std: std > 0 ? std * scale : scale, scale, missing };
}

function transform(table: Table, columns: readonly EncodedColumn[], width: number): Matrix {
  const out = createMatrix(table.rows.length, width);
  let offset = 0;
  for (const column of columns) {
    if (column.kind === 'skipped') continue;
    const at = columnIndex(table, column.name);
    if (column.kind === 'numeric') {
      for (let r = 0; r < table.rows.length; r++) {
        const v = cellNumber(at < 0 ? null : table.rows[r]![at]);
        const { scale } = column;
        const z = ((Number.isNaN(v) ? column.median : v) / scale - column.mean / scale) / (column.std / scale);
        out.data[r * width + offset] = Number.isFinite(z) ? z : 0;
      }
      offset += 1;
      continue;
    }
    const slot = new Map(column.categories.map((value, i) => [value, i]));
    const other = column.other ? column.categories.length : -1;
    for (let r = 0; r < table.rows.length; r++) {
      const value = cellCategory(at < 0 ? null : table.rows[r]![at]) ?? MISSING_CATEGORY;
      const i = slot.get(value) ?? other;
      if (i >= 0) out.data[r * width + offset + i] = 1;
    }
    offset += column.categories.length + (column.other ? 1 : 0);
  }
  return out;
}
