/** How {@link findLabelIssues} estimates each row's chance of carrying a wrong label. */
export type LabelNoiseMethod = 'knn' | 'confident-learning' | 'combined';

/** The methods, for option schemas and help texts. */
export const labelNoiseMethods = ['combined', 'confident-learning', 'knn'] as const satisfies readonly LabelNoiseMethod[];

/** One row whose label looks wrong. */
export interface LabelSuspect {
  /** 0-based data row of the table (header excluded). */
  readonly row: number;
  /** Higher is more suspicious, in [0, 1]. */
  readonly score: number;
  readonly signals: readonly string[];
  /** The label the row carries. */
  readonly label: string;
  /** The label the evidence points to. */
  readonly likely: string;
  /** Estimated probability of `likely`. */
  readonly likelihood: number;
}

/** What {@link findLabelIssues} found. */
export interface LabelIssueReport {
  readonly method: LabelNoiseMethod;
  readonly labelColumn: string;
  /** Class names, sorted (numbers numerically). */
  readonly classes: readonly string[];
  /** Rows per class among the rows analysed. */
  readonly classCounts: readonly number[];
  /** Rows in the table. */
  readonly rows: number;
  /** Rows scored (labelled rows, or a sample of them). */
  readonly analysedRows: number;
  /** Rows with an empty label, left out. */
  readonly unlabelledRows: number;
  /** Whether only a sample of the labelled rows was analysed. */
  readonly sampled: boolean;
  readonly features: {
    /** Number of encoded features. */
    readonly used: number;
    /** Columns the features come from. */
    readonly columns: readonly string[];
    readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  };
  /** Why nothing was analysed, when nothing was. */
  readonly skipped?: string;
  /** Score of every table row (NaN where not scored); higher is more suspicious. */
  readonly scores: Float64Array;
  /** Rows flagged by confident learning. */
  readonly flagged: number;
  /** The flagged rows, most suspicious first. */
  readonly suspects: readonly LabelSuspect[];
  /** Flagged rows by (given label, likely label), most common first: concentrated pairs hint at targeted flips. */
  readonly pairs: readonly { readonly given: string; readonly likely: string; readonly rows: number }[];
  /** Share of analysed rows whose likeliest class (out of sample) is their given label. */
  readonly accuracy: number | null;
  /** Weight of the model against the neighbours in `combined`; null otherwise. */
  readonly blendWeight: number | null;
}
