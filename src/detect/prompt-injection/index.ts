/**
 * The input side of prompt-injection detection: normalisation against character-level
 * disguises, decoding of embedded encoded segments, and the views a classifier scores.
 */
export { prepareForScoring, DEFAULT_MAX_INPUT_BYTES, type PrepareLimits, type PreparedText, type ScoringView } from './prepare-text.js';
export { decodeSegments, DEFAULT_DECODE_LIMITS, type DecodeLimits, type DecodeResult, type DecodedSegment, type SegmentEncoding } from './decode-segments.js';
export { normaliseForDetection, type NormaliseChanges, type NormalisedText } from './normalise.js';
export { confusableToLatin, latinConfusables, lookAlikeToLatin } from './confusables.js';
export { matchInjectionRules, injectionRules, MAX_EXCERPT, type RuleMatch, type InjectionRule, type RuleContext, type RuleFamily } from './rules.js';
