/**
 * Prompt-injection detection: normalisation against character-level disguises, decoding of
 * embedded encoded segments, the views a classifier scores, the rule layer, the learned
 * hashed n-gram model (detector, training, weights file) and its evaluation.
 */
export { prepareForScoring, DEFAULT_MAX_INPUT_BYTES, type PrepareLimits, type PreparedText, type ScoringView } from './prepare-text.js';
export { decodeSegments, toBase32, DEFAULT_DECODE_LIMITS, type DecodeLimits, type DecodeResult, type DecodedSegment, type SegmentEncoding } from './decode-segments.js';
export { reverseText } from './reversed-text.js';
export { rot13 } from './rot13-search.js';
export { toTagCharacters } from './tag-characters.js';
export { toVariationSelectorCodes, toVariationSelectors } from './variation-selectors.js';
export { toMorse } from './morse-code.js';
export { toBraille } from './braille.js';
export { toNato } from './nato-alphabet.js';
export { toInvisibleBits } from './invisible-bits.js';
export { toAscii85, toBase85 } from './ascii85.js';
export { toUuencode } from './uuencode.js';
export { toBase2048 } from './base2048.js';
export { toEcoji } from './ecoji.js';
export { toCamelCase } from './camel-case.js';
export { runTogether } from './run-together.js';
export { joinLetters } from './joined-letters.js';
export { toAccented } from './accented-english.js';
export { toNegativeSquared, toSmallCaps, toUpsideDown } from './letter-symbols.js';
export { toPigLatin } from './pig-latin.js';
export { scrambleWord, scrambleWords } from './scrambled-words.js';
export { atbash } from './atbash.js';
export { caesarShift } from './caesar.js';
export { toZalgo, withoutDiacritics, zalgoReading, ZALGO_MIN_MARKS } from './combining-marks.js';
export { normaliseForDetection, type NormaliseChanges, type NormalisedText } from './normalise.js';
export { confusableToLatin, latinConfusables, lookAlikeToLatin } from './confusables.js';
export { matchInjectionRules, injectionRules, MAX_EXCERPT, type RuleMatch, type InjectionRule, type RuleContext, type RuleFamily } from './rules.js';
export type { PromptInjectionDetector, PromptInjectionDetectorOptions, PromptInjectionReason, PromptInjectionVerdict } from './detector-types.js';
export { createPromptInjectionDetector, createPromptInjectionDetectorFrom, type InjectionRuleMatcher, type PromptInjectionDetectorBuildOptions } from './detector.js';
export { DEFAULT_WEIGHTS_URL, decodeWeights, encodeWeights, loadWeights, roundTripWeights, type PromptInjectionWeights, type WeightsDtype } from './weights-file.js';
export { DEFAULT_FEATURE_CONFIG, HashedFeaturizer, type HashedFeatureConfig } from './features.js';
export { DEFAULT_WINDOW, type WindowConfig } from './score-text.js';
export { MODEL_ID, rowsDigest, trainPromptInjectionModel, type TrainOptions, type TrainResult } from './train.js';
export { categoryFamily, parseLabelledRows, readLabelledRows, type LabelledRow } from './labelled-rows.js';
export { binaryMetrics, evaluateDetector, evaluatePredictions, type BinaryMetrics, type EvaluationReport, type Prediction, type TextScorer } from './evaluate.js';
export {
  fixedSplit,
  learnedTrainer,
  leaveOneSourceOut,
  stratifiedSplit,
  type FixedSplitResult,
  type HeldOutSource,
  type LeaveOneSourceOutResult,
  type ScorerTrainer,
  type TrainedScorer,
} from './evaluate-splits.js';
