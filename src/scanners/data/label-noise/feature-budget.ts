/**
 * Keeping the label-noise check bounded on hostile or very wide tables: a cap on the number of
 * encoded features (memory: rows × features doubles) and on the work of the neighbour search
 * (time: it grows with rows² × features when nothing can be skipped).
 */
import { fitFeatureEncoder, type FeatureEncoder, type Table } from '../../../ml/index.js';
import { createRng, sample } from '../../../stats/index.js';

/** The limits of {@link encodeWithinBudget}. */
export interface FeatureBudget {
  /** Encoded features at most (default 1,000). */
  readonly maxFeatures: number;
  /** rows² × features at most (default 5·10¹⁰: about a minute of pairwise search on one core). */
  readonly maxWork: number;
}

/** Default {@link FeatureBudget}. */
export const defaultFeatureBudget: FeatureBudget = { maxFeatures: 1_000, maxWork: 5e10 };

/** What {@link encodeWithinBudget} settled on. */
export interface BudgetedFeatures {
  readonly encoder: FeatureEncoder;
  /** Rows of the table analysed (a seeded subsample of `rows` when the work limit bit). */
  readonly rows: readonly number[];
  readonly subset: Table;
  /** Columns left out because of the feature limit. */
  readonly overLimit: readonly string[];
}

/**
 * Fit the feature encoder on `rows` of `table` within the budget: fewer categories per column
 * (30, then 10, then 3) until the features fit, then only the first columns that fit; and
 * fewer rows (a seeded sample) when rows² × features exceeds the work limit.
 */
export function encodeWithinBudget(
  table: Table,
  rows: readonly number[],
  options: { readonly columns?: readonly string[]; readonly exclude: readonly string[]; readonly seed: number; readonly budget?: FeatureBudget },
): BudgetedFeatures {
  const budget = options.budget ?? defaultFeatureBudget;
  const subsetOf = (which: readonly number[]): Table => ({ columns: table.columns, rows: which.map((r) => table.rows[r]!), truncatedRows: 0 });
  let subset = subsetOf(rows);
  let columns = options.columns;
  let maxCategories = 30;
  let encoder = fitFeatureEncoder(subset, { columns, exclude: options.exclude, maxCategories });
  for (const fewer of [10, 3]) {
    if (encoder.featureNames.length <= budget.maxFeatures) break;
    maxCategories = fewer;
    encoder = fitFeatureEncoder(subset, { columns, exclude: options.exclude, maxCategories });
  }
  const overLimit: string[] = [];
  if (encoder.featureNames.length > budget.maxFeatures) {
    const kept: string[] = [];
    let total = 0;
    for (const c of encoder.columns) {
      const width = c.kind === 'numeric' ? 1 : c.kind === 'categorical' ? c.categories.length + (c.other ? 1 : 0) : 0;
      if (total + width <= budget.maxFeatures) {
        kept.push(c.name);
        total += width;
      } else overLimit.push(c.name);
    }
    columns = kept;
    encoder = fitFeatureEncoder(subset, { columns, exclude: options.exclude, maxCategories });
  }
  const maxRows = Math.max(2, Math.floor(Math.sqrt(budget.maxWork / Math.max(1, encoder.featureNames.length))));
  if (rows.length > maxRows) {
    rows = sample(rows, maxRows, createRng(options.seed + 1)).sort((a, b) => a - b);
    subset = subsetOf(rows);
    encoder = fitFeatureEncoder(subset, { columns, exclude: options.exclude, maxCategories });
  }
  return { encoder, rows, subset, overLimit };
}
