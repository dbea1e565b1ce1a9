/**
 * Model-extraction tests: thieves that copy a model through its answers within a query budget
 * (copycat with natural data, Jacobian-based augmentation), and the sweep that measures what
 * output hardening (src/ml/output-hardening.ts) costs thieves and honest callers.
 */
export { CopycatSettingsSchema, defaultSurrogate, runCopycat, type CopycatOptions } from './copycat.js';
export type { ExtractionAttack, ExtractionResult, ExtractionRun } from './extraction-result.js';
export {
  DEFAULT_SWEEP,
  DEFAULT_THIEVES,
  runHardeningSweep,
  SweepSettingsSchema,
  thiefName,
  type SweepOptions,
  type SweepResult,
  type SweepSettingResult,
  type SweepThief,
  type UtilityCost,
} from './hardening-sweep.js';
export { JacobianSettingsSchema, runJacobianAugmentation, type JacobianOptions } from './jacobian-augmentation.js';
export { isSoftLearner, oneHot, softTargetMlp, type SoftLearner, type SoftMlpOptions } from './soft-target-mlp.js';
export type { CurvePoint as ExtractionCurvePoint, Evaluation } from './stolen-model.js';
export { DEFAULT_CHECKPOINTS, MAX_BUDGET, ThiefSettingsSchema, type ThiefUse } from './thief-settings.js';
