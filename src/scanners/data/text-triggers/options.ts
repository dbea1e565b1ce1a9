/** Options of the text-trigger search, with their defaults. */

/** Options of {@link findTextTriggers}. */
export interface TriggerOptions {
  /** The column holding the text (default: the first free-text column). */
  readonly textColumn?: string;
  /** The label column (required). */
  readonly labelColumn: string;
  /** Longest n-gram considered, in tokens (default 3). */
  readonly maxN?: number;
  /** Rows an n-gram must appear in to be tested (default 3). */
  readonly minSupport?: number;
  /** Share of its rows that must carry one label (default 0.95). */
  readonly minPurity?: number;
  /** Significance after Bonferroni correction over all tested n-grams (default 0.001). */
  readonly alpha?: number;
  /** Share of the rows that must look like another label once the n-gram is removed (default 0.5). */
  readonly minConflictShare?: number;
  /** Distinct n-grams tracked at most (default 2 million); beyond it the search is incomplete. */
  readonly maxNgrams?: number;
  /** Ranked n-grams kept in the report (default 50). */
  readonly keep?: number;
}

/** The defaults of {@link TriggerOptions}. */
export const triggerDefaults = {
  maxN: 3,
  minSupport: 3,
  minPurity: 0.95,
  alpha: 0.001,
  minConflictShare: 0.5,
  maxNgrams: 2_000_000,
  keep: 50,
} as const;
