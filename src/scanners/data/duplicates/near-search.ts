/** The near-duplicate search both duplicate detection and train–eval overlap use. */
import { createBudget } from './budget.js';
import { medianNearestDistance, numericNearPairs, type NearPair } from './numeric-pairs.js';
import type { RowSpace } from './row-space.js';
import { textNearPairs } from './text-pairs.js';

/** Settings of the near-duplicate search. */
export interface NearSearchOptions {
  /** Numeric rows are near duplicates within this factor × the median nearest-row distance (cleanlab's 0.13). */
  readonly nearFactor: number;
  /** Text rows are near duplicates at this similarity or more (shingle Jaccard, or edit similarity for short texts). */
  readonly textSimilarity: number;
  readonly seed: number;
  /** Pair comparisons at most; beyond it the search stops and says so. */
  readonly maxComparisons: number;
  readonly accept?: (a: number, b: number) => boolean;
}

/** What the search found and the thresholds it used. */
export interface NearSearchResult {
  readonly pairs: NearPair[];
  /** Median distance from a row to its nearest row (standardised units), when measurable. */
  readonly medianNearestDistance?: number;
  /** The numeric radius used: nearFactor × medianNearestDistance. */
  readonly radius?: number;
  readonly comparisons: number;
  /** Set when the comparison budget ran out before the search finished. */
  readonly incomplete?: string;
}

/**
 * Find near-duplicate pairs among `rows`: by text similarity when the space has text (numeric
 * cells then also have to be within the radius), else by numeric distance.
 */
export function searchNearPairs(space: RowSpace, rows: readonly number[], options: NearSearchOptions): NearSearchResult {
  const budget = createBudget(options.maxComparisons);
  const median = medianNearestDistance(space, rows, { seed: options.seed });
  const radius = median === undefined ? undefined : options.nearFactor * median;
  const pairs = space.shingles
    ? textNearPairs(space, rows, options.textSimilarity, budget, { seed: options.seed, radius, accept: options.accept })
    : radius === undefined
      ? []
      : numericNearPairs(space, rows, radius, budget, { seed: options.seed, accept: options.accept });
  const incomplete = budget.exhausted ? `The near-duplicate search stopped after ${budget.used} pair comparisons (maxComparisons); some near duplicates may be missing.` : undefined;
  return { pairs, medianNearestDistance: median, radius, comparisons: budget.used, ...(incomplete ? { incomplete } : {}) };
}
