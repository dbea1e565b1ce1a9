/**
 * Membership inference: can someone who queries a model tell whether a person's record was in
 * its training data? Threshold attacks on the loss or confidence, the rule-based "correctly
 * classified" baseline (the only one for labels-only models), per-class calibrated thresholds
 * (no training recipe needed) and LiRA online and offline (needs the recipe). Every test
 * reports AUC, the true-positive rate at 1% and 0.1% false positives, a log-scale ROC and one
 * sentence on what it means for the people in the data.
 */
export { calibratedThresholdAttack, type CalibratedThresholdOptions } from './calibrated-threshold.js';
export { chanceOfFlagging } from './chance-level.js';
export { maxConfidence, trueClassLogit, trueClassLogProb } from './confidence-scores.js';
export { FIXED_VARIANCE_BELOW, liraAttack, type LiraOptions, type LiraResult } from './lira.js';
export { DEFAULT_MAX_LOGIT, liraScores, type LiraScoreOptions, type LiraScores } from './lira-scores.js';
export { correctnessAttack, lossAttack, type LossAttackOptions, type ThresholdAttackOptions } from './loss-attack.js';
export type { LabelledRows, MembershipData } from './membership-data.js';
export { membershipResult, type MembershipAttackName, type MembershipResult, type ResultContext } from './membership-result.js';
export { describeMembershipRisk, operatingPoint, type AttackerKnowledge, type OperatingPoint } from './plain-words.js';
export { assignHalves, MAX_SHADOWS, trainShadowModels, type ShadowOptions, type ShadowSet, type TrainingRecipe } from './shadow-models.js';
