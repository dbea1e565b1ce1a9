/**
 * Turning a table of mixed columns into standardised numeric rows, as NannyML's data
 * reconstruction calculator prepares its data: impute (mean for numbers, most frequent
 * category), encode categories (by their relative frequency in the reference, NannyML's
 * `CountEncoder(normalize=True)`, or one-hot), then scale each feature to mean 0 and standard
 * deviation 1 on the reference (scikit-learn's `StandardScaler`; a constant feature is only centred).
 */
import { AisecError } from '../../core/errors.js';
import type { Category } from '../histogram.js';

/** A cell; null, undefined and NaN are missing and imputed. */
export type Cell = Category | null | undefined;

/** A table as named columns of equal length. */
export type DataColumns = Readonly<Record<string, readonly Cell[]>>;

/** How categorical columns become numbers. */
export type CategoricalEncoding = 'frequency' | 'one-hot';

/** Settings of {@link fitEncoder}. */
export interface EncoderOptions {
  /** Columns to use, in order; every column of the reference by default. */
  readonly columns?: readonly string[];
  /** Columns to treat as categorical even when their values are numbers. */
  readonly categorical?: readonly string[];
  /** NannyML's count encoding by default. */
  readonly encoding?: CategoricalEncoding;
  /** One-hot: at most this many categories per column (the rest share an "other" feature). */
  readonly maxCategories?: number;
}

interface ColumnPlan {
  readonly name: string;
  readonly kind: 'numerical' | 'categorical';
  readonly fill: Cell;
  /** Categorical: category → share in the reference (frequency) or feature offset (one-hot). */
  readonly codes: Map<Category, number>;
  readonly width: number;
}

/** A fitted encoder: same features, same scaling for any table with the same columns. */
export interface Encoder {
  readonly columns: readonly string[];
  /** Feature names after encoding (one per numeric column, one per kept category with one-hot). */
  readonly features: readonly string[];
  /** Standardised rows of a table. */
  encode(data: DataColumns): Float64Array[];
}

const isMissing = (v: Cell): v is null | undefined => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

function rowCount(data: DataColumns, columns: readonly string[]): number {
  let n: number | undefined;
  for (const c of columns) {
    const values = Object.hasOwn(data, c) ? data[c] : undefined;
    if (!Array.isArray(values)) throw new AisecError('ERR_STATS_INPUT', `Column ${JSON.stringify(c)} is missing from the data (or is not an array).`);
    if (n !== undefined && values.length !== n) throw new AisecError('ERR_STATS_INPUT', `Column ${JSON.stringify(c)} has ${values.length} rows, other columns ${n}: every column needs the same length.`);
    n = values.length;
  }
  return n ?? 0;
}

function mostFrequent(values: readonly Cell[]): Category {
  const counts = new Map<Category, number>();
  for (const v of values) if (!isMissing(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: Category | undefined;
  let bestCount = 0;
  // scikit-learn's SimpleImputer breaks ties by the smallest value.
  for (const [k, c] of counts) {
    if (c > bestCount || (c === bestCount && String(k) < String(best))) {
      best = k;
      bestCount = c;
    }
  }
  return best!;
}

function planColumn(name: string, values: readonly Cell[], forceCategorical: boolean, encoding: CategoricalEncoding, maxCategories: number): ColumnPlan {
  const present = values.filter((v) => !isMissing(v)) as Category[];
  if (present.length === 0) throw new AisecError('ERR_STATS_INPUT', `Column ${JSON.stringify(name)} has no values in the reference: drop it or give it data.`);
  const numerical = !forceCategorical && present.every((v) => typeof v === 'number');
  if (numerical) {
    for (const v of present) if (!Number.isFinite(v)) throw new AisecError('ERR_STATS_INPUT', `Column ${JSON.stringify(name)} holds ${String(v)}: numerical columns need finite numbers.`);
    let sum = 0;
    for (const v of present as number[]) sum += v;
    return { name, kind: 'numerical', fill: sum / present.length, codes: new Map(), width: 1 };
  }
  const fill = mostFrequent(values);
  const counts = new Map<Category, number>();
  for (const v of values) {
    const k = isMissing(v) ? fill : v;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const codes = new Map<Category, number>();
  if (encoding === 'frequency') {
    for (const [k, c] of counts) codes.set(k, c / values.length);
    return { name, kind: 'categorical', fill, codes, width: 1 };
  }
  const kept = [...counts].sort((x, y) => y[1] - x[1]).slice(0, maxCategories);
  kept.forEach(([k], i) => codes.set(k, i));
  return { name, kind: 'categorical', fill, codes, width: kept.length + 1 };
}

function rawRows(plans: readonly ColumnPlan[], data: DataColumns, encoding: CategoricalEncoding, width: number): Float64Array[] {
  const n = rowCount(
    data,
    plans.map((p) => p.name),
  );
  const rows = Array.from({ length: n }, () => new Float64Array(width));
  let offset = 0;
  for (const p of plans) {
    const values = data[p.name]!;
    for (let i = 0; i < n; i++) {
      const raw = values[i];
      const v = isMissing(raw) ? p.fill : raw;
      if (p.kind === 'numerical') {
        if (typeof v !== 'number' || !Number.isFinite(v)) throw new AisecError('ERR_STATS_INPUT', `Column ${JSON.stringify(p.name)} row ${i} is ${JSON.stringify(v)}, not a finite number.`);
        rows[i]![offset] = v;
      } else if (encoding === 'frequency') {
        rows[i]![offset] = p.codes.get(v as Category) ?? 0; // unseen category: frequency 0
      } else {
        rows[i]![offset + (p.codes.get(v as Category) ?? p.width - 1)] = 1;
      }
    }
    offset += p.width;
  }
  return rows;
}

/** Fit imputation, encoding and scaling on a reference table. */
export function fitEncoder(reference: DataColumns, options: EncoderOptions = {}): Encoder {
  const columns = options.columns ?? Object.keys(reference);
  if (columns.length === 0) throw new AisecError('ERR_STATS_INPUT', 'The reference table has no columns to encode.');
  const encoding = options.encoding ?? 'frequency';
  if (encoding !== 'frequency' && encoding !== 'one-hot') throw new AisecError('ERR_STATS_INPUT', `encoding must be 'frequency' or 'one-hot' (got ${JSON.stringify(encoding)}).`);
  const maxCategories = options.maxCategories ?? 50;
  if (!(Number.isSafeInteger(maxCategories) && maxCategories >= 1 && maxCategories <= 10_000)) throw new AisecError('ERR_STATS_INPUT', `maxCategories must be an integer from 1 to 10000 (got ${String(maxCategories)}).`);
  rowCount(reference, columns);
  const categorical = new Set(options.categorical ?? []);
  const plans = columns.map((c) => planColumn(c, reference[c]!, categorical.has(c), encoding, maxCategories));
  const width = plans.reduce((s, p) => s + p.width, 0);
  const features = plans.flatMap((p) => (p.width === 1 ? [p.name] : [...[...p.codes.keys()].map((k) => `${p.name}=${String(k)}`), `${p.name}=<other>`]));
  const ref = rawRows(plans, reference, encoding, width);
  const mean = new Float64Array(width);
  const scale = new Float64Array(width);
  for (const r of ref) for (let j = 0; j < width; j++) mean[j]! += r[j]!;
  for (let j = 0; j < width; j++) mean[j]! /= ref.length;
  for (const r of ref) for (let j = 0; j < width; j++) scale[j]! += (r[j]! - mean[j]!) ** 2;
  for (let j = 0; j < width; j++) {
    const s = Math.sqrt(scale[j]! / ref.length);
    scale[j] = s > 10 * Number.EPSILON * Math.max(1, Math.abs(mean[j]!)) ? s : 1;
  }
  return Object.freeze({
    columns: Object.freeze([...columns]),
    features: Object.freeze(features),
    encode: (data: DataColumns) =>
      rawRows(plans, data, encoding, width).map((r) => {
        for (let j = 0; j < width; j++) r[j] = (r[j]! - mean[j]!) / scale[j]!;
        return r;
      }),
  });
}
