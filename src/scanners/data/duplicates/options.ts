/** Options of the duplicate and overlap checks, with their defaults. */

/** Options of {@link findDuplicates} and {@link findOverlap}. */
export interface DuplicateOptions {
  /** The label column: left out of the comparison, and duplicates with different labels are reported. */
  readonly labelColumn?: string;
  /** Columns to compare as free text (MinHash) whatever their values look like. */
  readonly textColumns?: readonly string[];
  /** Columns left out of the comparison (ids, timestamps). Row-counter and all-distinct key columns are left out anyway. */
  readonly ignoreColumns?: readonly string[];
  /** Look for near duplicates as well as exact ones (default true). */
  readonly near?: boolean;
  /** Numeric near-duplicate radius as a factor of the median nearest-row distance (default 0.13, as cleanlab). */
  readonly nearFactor?: number;
  /** Similarity at which texts are near duplicates (default 0.7): Jaccard similarity of their 4-character shingles, or for texts up to 40 characters 1 − edit distance / length. */
  readonly textSimilarity?: number;
  /** Seed of the random projections and hash functions (default 1). */
  readonly seed?: number;
  /** Pair comparisons at most in the near-duplicate search (default 20 million). */
  readonly maxComparisons?: number;
}

/** The defaults of {@link DuplicateOptions}. */
export const duplicateDefaults = {
  near: true,
  nearFactor: 0.13,
  textSimilarity: 0.7,
  seed: 1,
  maxComparisons: 20_000_000,
} as const;
