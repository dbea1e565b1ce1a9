/** Options of the dataset diff. */
import type { DriftMethodName } from '../../../stats/index.js';

/** Options of {@link diffTables}. */
export interface DiffOptions {
  /** The label column: tested for drift as a category, and its class balance compared. */
  readonly labelColumn?: string;
  /** Compare only these columns (default: every column both versions have). */
  readonly columns?: readonly string[];
  /** Columns left out (ids, timestamps). */
  readonly ignoreColumns?: readonly string[];
  /** One drift test for every column it applies to, instead of Evidently's choice per column. */
  readonly method?: DriftMethodName;
  /** One threshold for every column, instead of each test's default. */
  readonly threshold?: number;
  /** Share of drifted columns at which the whole dataset counts as drifted (default 0.5, as Evidently). */
  readonly driftShare?: number;
  /** Significance of the label-balance test (default 0.05). */
  readonly labelAlpha?: number;
}
