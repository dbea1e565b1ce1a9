/** The shape every model check returns: plain JSON with its verdict, threshold and evidence. */

/** The model checks. */
export type ModelCheckName = 'numeric-perturbation' | 'batch-determinism' | 'repeat-determinism' | 'slice-performance';

/** A model check's result. */
export interface ModelCheckResult<Threshold, Evidence> {
  readonly check: ModelCheckName;
  readonly model: string;
  /** Whether the check found an issue. */
  readonly issue: boolean;
  /** One sentence: what was measured and what it means. */
  readonly summary: string;
  /** The check's main measure (a fail rate, a mismatch rate, the worst deviation). */
  readonly metric: number;
  /** What counts as an issue. */
  readonly threshold: Threshold;
  readonly seed: number;
  /** Queries sent to the model. */
  readonly queries: number;
  readonly evidence: Evidence;
}
