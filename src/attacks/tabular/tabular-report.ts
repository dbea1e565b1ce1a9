/**
 * The result of a constrained tabular attack: plain JSON (numbers, strings, arrays), so it can
 * be stored, compared between runs and rendered by any reporter.
 */
import { quantile } from '../../stats/index.js';
import type { ResolvedConstraints } from './feature-constraints.js';
import type { TabularBudget } from './attack-budget.js';

/** One feature changed by an adversarial input. */
export interface FeatureChange {
  readonly feature: string;
  readonly from: number | string;
  readonly to: number | string;
}

/** The attack on one input row. */
export interface TabularRowResult {
  /** Index of the row in the inputs. */
  readonly row: number;
  readonly originalLabel: number;
  readonly success: boolean;
  /** The class of the adversarial input (success only). */
  readonly adversarialLabel?: number;
  readonly queries: number;
  /** The budget's weighted-L2 size of the change (success only). */
  readonly cost?: number;
  readonly featuresChanged: number;
  readonly changes: readonly FeatureChange[];
  /** The adversarial input (success only). */
  readonly adversarial?: readonly number[];
}

/** Counts of a distribution over rows. */
export interface Spread {
  readonly mean: number;
  readonly median: number;
  readonly max: number;
}

/** What a constrained tabular attack found. */
export interface TabularAttackResult {
  readonly attack: 'constrained-tabular';
  readonly model: string;
  readonly mode: 'score' | 'decision';
  readonly budget: TabularBudget;
  /**
   * How the weighted-L2 budget weighed features: by estimated or given importance, or uniformly
   * (no importance known, e.g. a label-only model); null for the relative budget.
   */
  readonly weights: 'importance' | 'uniform' | null;
  readonly target: number | null;
  readonly seed: number;
  /** Rows given. */
  readonly rows: number;
  /** Rows attacked: correctly classified (when labels were given), not already in the target class, reached within the query budget. */
  readonly attacked: number;
  readonly skipped: { readonly misclassified: number; readonly alreadyTarget: number; readonly overRowLimit: number; readonly outOfQueries: number };
  readonly successes: number;
  /** successes / attacked (0 when nothing was attacked). */
  readonly successRate: number;
  readonly queries: { readonly total: number; readonly initial: number; readonly importance: number; readonly perRow: Spread | null };
  /** Features changed by successful inputs. */
  readonly featuresChanged: Spread | null;
  /** The features successful inputs changed most often (one-hot groups by their name). */
  readonly mostUsedFeatures: readonly { readonly feature: string; readonly rows: number; readonly share: number }[];
  /** Estimated importance per feature (largest first), or null when not estimated. */
  readonly importance: readonly { readonly feature: string; readonly value: number }[] | null;
  /** False when the query budget ran out before every row was attacked. */
  readonly complete: boolean;
  readonly results: readonly TabularRowResult[];
}

/** Mean, median and max of a list of counts (null when empty). */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  return {
    mean: values.reduce((s, v) => s + v, 0) / values.length,
    median: quantile(values, 0.5),
    max: Math.max(...values),
  };
}

/** The value of a unit of change in `x`, for reports: the number, or the active one-hot column's name. */
export function unitValue(c: ResolvedConstraints, u: number, x: ArrayLike<number>): number | string {
  const unit = c.units[u]!;
  if (unit.kind !== 'one-hot') return x[unit.columns[0]!]!;
  const active = unit.columns.find((j) => x[j] === 1);
  return active === undefined ? '' : c.names[active]!;
}

/** The most used features over successful rows, most first (ties by name), at most `limit`. */
export function mostUsed(results: readonly TabularRowResult[], limit = 10): TabularAttackResult['mostUsedFeatures'] {
  const counts = new Map<string, number>();
  let successes = 0;
  for (const r of results) {
    if (!r.success) continue;
    successes++;
    for (const change of r.changes) counts.set(change.feature, (counts.get(change.feature) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([feature, rows]) => ({ feature, rows, share: rows / successes }));
}
