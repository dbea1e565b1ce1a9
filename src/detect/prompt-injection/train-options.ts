/**
 * The options of the prompt-injection model's training: what each one does, its default, and
 * the checks of its range, in one place (train.ts reads the resolved values).
 */
import { DEFAULT_FEATURE_CONFIG, type HashedFeatureConfig } from './features.js';
import type { LogCountRatioOptions } from './log-count-ratio.js';
import type { InjectionRuleMatcher } from './detector.js';
import { matchInjectionRules } from './rules.js';
import { DEFAULT_WINDOW, type WindowConfig } from './score-text.js';
import { WINDOW_PENALTY_LIMITS } from './weights-file.js';

/** Options of trainPromptInjectionModel (train.ts). */
/** How the out-of-fold predictions split the training rows (see `TrainOptions.foldBy`). */
export const FOLD_BY = ['source', 'stratified', 'twins'] as const;
export type FoldBy = (typeof FOLD_BY)[number];

/** Which benign rows' out-of-fold scores set the threshold (see `TrainOptions.thresholdRows`). */
export const THRESHOLD_ROWS = ['all', 'ordinary'] as const;
export type ThresholdRows = (typeof THRESHOLD_ROWS)[number];

export interface TrainOptions {
  /** Seed of the fold assignment and of the AdaGrad row order (L-BFGS starts from zero). Default 1. */
  readonly seed?: number;
  readonly features?: Partial<HashedFeatureConfig>;
  /** Default DEFAULT_WINDOW (160 characters, stride 32). */
  readonly window?: WindowConfig;
  /** L2 penalty on the weighted mean log-loss. Default 3e-4 (1e-5 suits `lbfgs`). */
  readonly l2?: number;
  /** L-BFGS iterations at most. Default 100. */
  readonly maxIterations?: number;
  /** `lbfgs` (full batch, to convergence) or `adagrad` (stochastic, a fixed number of passes; much faster; as good on held-out rows of the development set). Default `adagrad`. */
  readonly solver?: 'lbfgs' | 'adagrad';
  /** Passes of the `adagrad` solver. Default 12. */
  readonly epochs?: number;
  /** Base step size of the `adagrad` solver. Default 0.5. */
  readonly learningRate?: number;
  /** `adagrad` runs (row orders) averaged into the model. Default 1. */
  readonly bags?: number;
  /**
   * Row weight ∝ (rows of its source)^−sourceBalance, then each label's weights sum to the same
   * total: 0 weighs rows equally, 1 weighs sources equally. Default 0.5.
   */
  readonly sourceBalance?: number;
  /** The threshold keeps the out-of-fold false-positive rate at or under this. Default 0.03. */
  readonly targetFpr?: number;
  /**
   * The benign rows whose out-of-fold false-positive rate `targetFpr` bounds: `all`, or
   * `ordinary`, those whose category does not start with `hard_negative`. Hard negatives are the
   * benign rows most like attacks; with `ordinary`, adding some teaches the model to rank them
   * lower without moving the threshold up. Default `all`.
   */
  readonly thresholdRows?: ThresholdRows;
  /** Folds of the out-of-fold predictions. Default 5. */
  readonly folds?: number;
  /** `source`: each source's rows fall in one fold (predictions for sources not seen in training); `stratified`: folds by source × label; `twins`: by source × label, with the versions of one document (a carrier with and without a planted instruction) in one fold. Default `twins`: with stratified folds a clean carrier is scored by a model trained on its injected versions and looks like an attack, which raised the threshold; on this data each source holds one label, so source folds train each fold on a very different mix and their predictions do not pool. */
  readonly foldBy?: FoldBy;
  /** Subtracted from a window's logit before it competes with the whole text's. Default 0. */
  readonly windowOffset?: number;
  /**
   * Times ln(number of windows / windowPenaltyFrom), also subtracted from the best window's logit
   * (see the weights' `windowPenalty`). Default 0.5: without it, the best of a long benign text's
   * many windows decides it (100 KB of benign dev rows: 0.34 of texts flagged, 0.04 with 0.5); 1
   * also keeps out injections buried in long texts (caught in 0.10 of 100 KB texts, against 0.58
   * with 0.5; docs/benchmarks.md, prompt-injection).
   */
  readonly windowPenalty?: number;
  /** Number of windows up to which no penalty applies. Default 8 (texts up to about 400 characters). */
  readonly windowPenaltyFrom?: number;
  /**
   * Scale down n-grams used by fewer than `sources` training sources by (count / sources)^power
   * (see `supportScale` in the code). Default { sources: 4, power: 1 }; `false` turns it off.
   */
  readonly sourceSupport?: { readonly sources: number; readonly power: number } | false;
  /**
   * NBSVM-style scaling of the features by their log-count ratio (log-count-ratio.ts), on top of
   * `sourceSupport`. `mix` (0 to 1, default 1): the final weights are (1 − mix) × the plain model's
   * plus mix × the scaled model's (two fits). Default false: on the benchmark's fixed split it
   * lost recall at the same false-positive rate (R 0.749 alone, 0.809 mixed half and half, against
   * 0.848 without; docs/benchmarks.md, prompt-injection).
   */
  readonly logCountRatio?: (LogCountRatioOptions & { readonly mix?: number }) | false;
  /**
   * Weight of each row's variant with made-up hosts and quoted marker phrases (augment-rows.ts),
   * trained beside the row in the same fold; 0 trains no variants. Default 0: on the fixed split
   * it raised the threshold (R 0.785 at FPR 0.017 against 0.848 at 0.030) and on the holdout it
   * gave the same ROC AUC as without (0.912 against 0.913).
   */
  readonly variantWeight?: number;
  /**
   * Share (0 to 1) of the benign rows of at most 600 characters also trained on encoded
   * (percent-escaped, base64 or hex; encoded-variants.ts), in the row's fold. Default 0: 0.25 made
   * percent-escaped, base64 and hex versions of ordinary English unflagged (0.85–1.00 of
   * percent-escaped validation rows were flagged without it), but lowered the holdout's recall on
   * encoded attacks from 0.707 to 0.614 (docs/benchmarks.md, prompt-injection).
   */
  readonly encodedBenign?: number;
  /**
   * Train a second time with each long text's best window (under the first model) added as a row
   * of its label (multiple-instance learning). Default true: with short windows, the best window of
   * a benign text is otherwise scored by a model that never saw a piece of text out of its context.
   */
  readonly windowTraining?: boolean;
  /** The rule layer the calibration and threshold are tuned with (its scores combine with the model's). Default: the built-in rules. */
  readonly rules?: InjectionRuleMatcher | false;
  /** Progress messages (one line each). */
  readonly onProgress?: (message: string) => void;
}

/** The options with every default filled in and every range checked. */
export interface ResolvedTrainOptions {
  readonly seed: number;
  readonly features: HashedFeatureConfig;
  readonly window: WindowConfig;
  readonly l2: number;
  readonly maxIterations: number;
  readonly solver: 'lbfgs' | 'adagrad';
  readonly epochs: number;
  readonly learningRate: number;
  readonly bags: number;
  readonly sourceBalance: number;
  readonly targetFpr: number;
  readonly thresholdRows: ThresholdRows;
  readonly folds: number;
  readonly foldBy: FoldBy;
  readonly windowOffset: number;
  readonly windowPenalty: number;
  readonly windowPenaltyFrom: number;
  readonly windowTraining: boolean;
  /** undefined: off. */
  readonly sourceSupport: { readonly sources: number; readonly power: number } | undefined;
  /** undefined: off. */
  readonly logCountRatio: (LogCountRatioOptions & { readonly mix?: number }) | undefined;
  /** The share of the log-count-ratio model in the final weights (1 when it is off). */
  readonly mix: number;
  readonly variantWeight: number;
  readonly encodedBenign: number;
  /** undefined: no rule layer. */
  readonly rules: InjectionRuleMatcher | undefined;
  readonly progress: (message: string) => void;
}

/** `options` with the defaults filled in; a RangeError names the first option out of range. */
export function resolveTrainOptions(options: TrainOptions): ResolvedTrainOptions {
  const bags = options.bags ?? 1;
  if (!(Number.isInteger(bags) && bags >= 1 && bags <= 64)) throw new RangeError(`bags must be an integer from 1 to 64, not ${bags}`);
  const windowPenalty = options.windowPenalty ?? 0.5;
  if (!(typeof windowPenalty === 'number' && windowPenalty >= 0 && windowPenalty <= WINDOW_PENALTY_LIMITS.penalty)) throw new RangeError(`windowPenalty must be from 0 to ${WINDOW_PENALTY_LIMITS.penalty}, not ${windowPenalty}`);
  const windowPenaltyFrom = options.windowPenaltyFrom ?? 8;
  if (!(Number.isInteger(windowPenaltyFrom) && windowPenaltyFrom >= 1 && windowPenaltyFrom <= WINDOW_PENALTY_LIMITS.from)) {
    throw new RangeError(`windowPenaltyFrom must be a whole number from 1 to ${WINDOW_PENALTY_LIMITS.from}, not ${windowPenaltyFrom}`);
  }
  const foldBy = options.foldBy ?? 'twins';
  if (!FOLD_BY.includes(foldBy)) throw new RangeError(`foldBy must be one of ${FOLD_BY.join(', ')}, not ${String(foldBy)}`);
  const thresholdRows = options.thresholdRows ?? 'all';
  if (!THRESHOLD_ROWS.includes(thresholdRows)) throw new RangeError(`thresholdRows must be one of ${THRESHOLD_ROWS.join(', ')}, not ${String(thresholdRows)}`);
  const logCountRatio = options.logCountRatio === false ? undefined : options.logCountRatio;
  const mix = logCountRatio?.mix ?? 1;
  if (!(typeof mix === 'number' && mix >= 0 && mix <= 1)) throw new RangeError(`logCountRatio.mix must be from 0 to 1, not ${mix}`);
  const variantWeight = options.variantWeight ?? 0;
  if (!(typeof variantWeight === 'number' && variantWeight >= 0 && variantWeight <= 4)) throw new RangeError(`variantWeight must be from 0 to 4, not ${variantWeight}`);
  const encodedBenign = options.encodedBenign ?? 0;
  if (!(typeof encodedBenign === 'number' && encodedBenign >= 0 && encodedBenign <= 1)) throw new RangeError(`encodedBenign must be from 0 to 1, not ${encodedBenign}`);
  return {
    seed: options.seed ?? 1,
    features: { ...DEFAULT_FEATURE_CONFIG, ...options.features },
    window: options.window ?? DEFAULT_WINDOW,
    l2: options.l2 ?? 3e-4,
    maxIterations: options.maxIterations ?? 100,
    solver: options.solver ?? 'adagrad',
    epochs: options.epochs ?? 12,
    learningRate: options.learningRate ?? 0.5,
    bags,
    sourceBalance: options.sourceBalance ?? 0.5,
    targetFpr: options.targetFpr ?? 0.03,
    thresholdRows,
    folds: options.folds ?? 5,
    foldBy,
    windowOffset: options.windowOffset ?? 0,
    windowPenalty,
    windowPenaltyFrom,
    windowTraining: options.windowTraining ?? true,
    sourceSupport: options.sourceSupport === false ? undefined : (options.sourceSupport ?? { sources: 4, power: 1 }),
    logCountRatio,
    mix,
    variantWeight,
    encodedBenign,
    rules: options.rules === false ? undefined : (options.rules ?? matchInjectionRules),
    progress: options.onProgress ?? (() => undefined),
  };
}
