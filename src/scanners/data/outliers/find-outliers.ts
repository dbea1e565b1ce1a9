/** Rows that an isolation forest isolates unusually fast: out-of-distribution or corrupted records. */
import type { Table } from '../../../ml/index.js';
import { rankSuspects, requireColumns, type Suspect } from '../_table/index.js';
import { encodeFeatures, type CategoricalEncoding } from './encode.js';
import { scoreRowsInBag } from './isolation-forest.js';

/** Options of {@link findOutliers}. */
export interface OutlierOptions {
  /** Left out of the features (the label is not a feature of the input). */
  readonly labelColumn?: string;
  /** Further columns left out. */
  readonly ignoreColumns?: readonly string[];
  /** Categorical encoding (default `frequency`). */
  readonly encoding?: CategoricalEncoding;
  /** Trees at least (default 100; more on large tables so that every row is in at least 3). */
  readonly trees?: number;
  /** Rows per tree (default 256). */
  readonly sampleSize?: number;
  readonly seed?: number;
  /** Score at or above which a row is flagged (default 0.7). */
  readonly threshold?: number;
  /** Suspects kept (default 100). */
  readonly keep?: number;
}

/** The defaults of {@link OutlierOptions}. */
export const outlierDefaults = { encoding: 'frequency', trees: 100, sampleSize: 256, seed: 1, threshold: 0.7, keep: 100 } as const;

/** What {@link findOutliers} found. */
export interface OutlierReport {
  readonly rows: number;
  readonly features: readonly string[];
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  /** Anomaly score per row, in (0, 1]; 0.5 for every row when nothing could be scored. */
  readonly scores: Float64Array;
  readonly threshold: number;
  /** Rows scoring at or above the threshold, highest first. */
  readonly flagged: readonly number[];
  /** The highest-scoring rows (flagged or not), highest first. */
  readonly suspects: readonly Suspect[];
  /** For the top-scoring rows: the features furthest from their mean, in standard deviations. */
  readonly explanations: readonly { readonly row: number; readonly features: readonly { readonly feature: string; readonly z: number }[] }[];
}

const explained = 20;

function explain(data: Float64Array, rows: number, dims: number, features: readonly string[], which: readonly number[]): OutlierReport['explanations'] {
  const mean = new Float64Array(dims);
  const sd = new Float64Array(dims);
  for (let r = 0; r < rows; r++) for (let d = 0; d < dims; d++) mean[d]! += data[r * dims + d]! / rows;
  for (let r = 0; r < rows; r++) for (let d = 0; d < dims; d++) sd[d]! += (data[r * dims + d]! - mean[d]!) ** 2 / rows;
  return which.map((row) => ({
    row,
    features: Array.from({ length: dims }, (_, d) => ({ feature: features[d]!, z: sd[d]! > 0 ? (data[row * dims + d]! - mean[d]!) / Math.sqrt(sd[d]!) : 0 }))
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
      .slice(0, 3)
      .map((f) => ({ feature: f.feature, z: Number(f.z.toFixed(2)) })),
  }));
}

/**
 * Score every row with a seeded isolation forest and rank the most isolated ones.
 *
 * @example
 * const report = findOutliers(table, { labelColumn: 'label' });
 * report.flagged; // rows with score ≥ 0.7
 */
export function findOutliers(table: Table, options: OutlierOptions = {}): OutlierReport {
  const o = { ...outlierDefaults, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as Required<OutlierOptions>;
  requireColumns(table, [options.labelColumn, ...(options.ignoreColumns ?? [])], 'column');
  const exclude = [...(options.labelColumn ? [options.labelColumn] : []), ...(options.ignoreColumns ?? [])];
  const m = encodeFeatures(table, { exclude, encoding: o.encoding });
  const scores = m.dims > 0 ? scoreRowsInBag(m.data, m.rows, m.dims, { trees: o.trees, sampleSize: o.sampleSize, seed: o.seed }) : new Float64Array(m.rows).fill(0.5);
  const order = Array.from({ length: m.rows }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const flagged = order.filter((r) => scores[r]! >= o.threshold);
  const top = order.slice(0, Math.max(o.keep, 0));
  return {
    rows: m.rows,
    features: m.features,
    skipped: m.skipped,
    scores,
    threshold: o.threshold,
    flagged,
    suspects: m.dims > 0 && m.rows > 2 ? rankSuspects(top.map((row) => ({ row, score: scores[row]!, signals: ['outlier'] }))) : [],
    explanations: m.dims > 0 && m.rows > 2 ? explain(m.data, m.rows, m.dims, m.features, top.slice(0, explained)) : [],
  };
}
