/** What the robustness suite measured, handed from its steps to its report and findings. */
import type { DeterminismResult, NumericPerturbationResult, SlicePerformanceResult } from '../checks/index.js';
import type { EvasionResult } from '../evasion/index.js';
import type { TabularAttackResult } from '../tabular/index.js';
import type { CorrectSample } from './correct-sample.js';
import type { RobustnessSettings } from './robustness-options.js';

/** The ε attacks, by their key in metric names. */
export type EvasionKey = 'square' | 'hsja' | 'noise' | 'pgd';

/** Names of the ε attacks for people. */
export const evasionLabels: Readonly<Record<EvasionKey, string>> = {
  square: 'Square Attack (scores)',
  hsja: 'HopSkipJump (labels only)',
  noise: 'random noise',
  pgd: 'PGD (white-box)',
};

/** The black-box ε attacks whose flips count for the finding (PGD needs the model itself). */
export const blackBoxAttacks: readonly EvasionKey[] = ['square', 'hsja', 'noise'];

/** The model checks, by their id. */
export interface CheckResults {
  'numeric-perturbation'?: NumericPerturbationResult;
  'batch-determinism'?: DeterminismResult;
  'repeat-determinism'?: DeterminismResult;
  'slice-performance'?: SlicePerformanceResult;
}

/** Everything the steps produced. */
export interface RobustnessOutcome {
  readonly settings: RobustnessSettings;
  sample?: CorrectSample;
  readonly evasion: Partial<Record<EvasionKey, EvasionResult>>;
  tabular?: TabularAttackResult;
  /** Rows of the sample left out of the constrained attack because they break the constraints themselves. */
  tabularExcluded?: number;
  readonly checks: CheckResults;
}
