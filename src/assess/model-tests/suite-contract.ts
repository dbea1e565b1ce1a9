/**
 * The test-suite contract as the runner sees it (attacks/suites defines the suites; this is the
 * part the runner calls, so a library user or a test can hand it a suite of their own).
 */
import type { z } from 'zod';
import type { EvaluationInput, EvaluationKind } from '../../core/evaluation.js';
import type { FindingInput } from '../../core/finding.js';
import type { TaxonomyTagsInput } from '../../core/taxonomy-tags.js';
import type { FeatureConstraints, FitOptions, Learner, Matrix, ModelAdapter } from '../../ml/index.js';

/** Labelled rows in the model's feature order. */
export interface RunnerSuiteData {
  readonly X: Matrix;
  readonly y: Int32Array;
}

/** What the runner gives a suite. */
export interface RunnerSuiteContext {
  readonly adapter: ModelAdapter;
  readonly model: { readonly name: string; readonly target: string };
  readonly featureNames: readonly string[];
  readonly constraints?: FeatureConstraints;
  readonly evaluation: RunnerSuiteData;
  readonly training?: RunnerSuiteData;
  readonly recipe?: { readonly learner: Learner; readonly options: FitOptions };
  readonly options: never;
  readonly seed: number;
  readonly signal: AbortSignal;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** What a suite returns. */
export interface RunnerSuiteResult {
  readonly evaluation: Omit<EvaluationInput, 'findings'>;
  readonly findings: readonly FindingInput[];
}

/** A test suite the runner can run. */
export interface RunnableSuite {
  readonly id: string;
  readonly kind: EvaluationKind;
  readonly tags: TaxonomyTagsInput;
  readonly options: z.ZodType;
  run(ctx: RunnerSuiteContext): Promise<RunnerSuiteResult>;
}
