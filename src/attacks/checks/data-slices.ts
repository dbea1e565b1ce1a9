/**
 * Slices of a dataset for the performance-gap check: one slice per value of a categorical
 * feature (or of a one-hot group), quantile bins of a numeric one.
 */
import type { Matrix } from '../../ml/models/matrix.js';
import { quantileEdges } from '../../stats/index.js';
import type { ResolvedConstraints } from '../tabular/feature-constraints.js';

/** Rows of the data that share a value (or a bin) of one feature. */
export interface DataSlice {
  readonly feature: string;
  /** Human-readable rule, e.g. `region = 3` or `12.5 ≤ income < 40`. */
  readonly rule: string;
  readonly rows: Int32Array;
}

/** How to slice. */
export interface SliceSettings {
  /** Quantile bins of a numeric feature. */
  readonly bins: number;
  /** A feature with at most this many distinct values is sliced per value. */
  readonly maxCategories: number;
}

function format(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}

function rowsWhere(n: number, test: (r: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let r = 0; r < n; r++) if (test(r)) out.push(r);
  return Int32Array.from(out);
}

/** The slices of `data` for the features `columns` (one-hot groups of `constraints` as one feature). */
export function dataSlices(data: Matrix, names: readonly string[], constraints: ResolvedConstraints | undefined, columns: readonly number[], settings: SliceSettings): DataSlice[] {
  const n = data.rows;
  const d = data.cols;
  const at = (r: number, j: number) => data.data[r * d + j]!;
  const out: DataSlice[] = [];
  const doneGroups = new Set<number>();
  for (const j of columns) {
    const feature = names[j]!;
    if (constraints?.kind[j] === 'one-hot') {
      const u = constraints.unitOf[j]!;
      if (doneGroups.has(u)) continue;
      doneGroups.add(u);
      const unit = constraints.units[u]!;
      for (const member of unit.columns) out.push({ feature: unit.name, rule: `${unit.name} = ${names[member]}`, rows: rowsWhere(n, (r) => at(r, member) === 1) });
      continue;
    }
    const column = Float64Array.from({ length: n }, (_, r) => at(r, j));
    const distinct = [...new Set(column)].sort((a, b) => a - b);
    if (distinct.length <= settings.maxCategories || constraints?.kind[j] === 'categorical') {
      for (const v of distinct) out.push({ feature, rule: `${feature} = ${format(v)}`, rows: rowsWhere(n, (r) => column[r] === v) });
      continue;
    }
    const edges = quantileEdges(column, settings.bins);
    for (let b = 0; b + 1 < edges.length; b++) {
      const lo = edges[b]!;
      const hi = edges[b + 1]!;
      const rule = lo === -Infinity ? `${feature} < ${format(hi)}` : hi === Infinity ? `${feature} ≥ ${format(lo)}` : `${format(lo)} ≤ ${feature} < ${format(hi)}`;
      out.push({ feature, rule, rows: rowsWhere(n, (r) => column[r]! >= lo && column[r]! < hi) });
    }
  }
  return out;
}
