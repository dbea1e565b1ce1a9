/**
 * Giskard-style model checks, each talking to the model only through its adapter and returning
 * plain JSON with its verdict, threshold and evidence: numeric perturbation robustness,
 * batch-vs-single and repeat determinism, and performance gaps between data slices.
 */
export { numericPerturbationCheck, NumericPerturbationOptionsSchema, type FeaturePerturbationResult, type NumericPerturbation, type NumericPerturbationOptions, type NumericPerturbationResult, type PerturbationExample } from './numeric-perturbation.js';
export { batchDeterminismCheck, DeterminismOptionsSchema, repeatDeterminismCheck, type DeterminismOptions, type DeterminismResult } from './determinism.js';
export { slicePerformanceCheck, SlicePerformanceOptionsSchema, type SliceResult, type SlicePerformanceOptions, type SlicePerformanceResult } from './slice-performance.js';
export { dataSlices, type DataSlice, type SliceSettings } from './data-slices.js';
export { benjaminiHochberg } from './benjamini-hochberg.js';
export { comparePredictions, type PredictionComparison, type PredictionMismatch } from './compare-predictions.js';
export type { ModelCheckName, ModelCheckResult } from './check-result.js';
