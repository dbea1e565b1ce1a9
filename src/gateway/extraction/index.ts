/**
 * The extraction defence of the gateway: output hardening of predict answers, the per-key
 * query-pattern monitor (PRADA, out-of-distribution rate, coverage) and the reference profile
 * it compares queries with.
 */
export { createExtractionPart, anonymousKey } from './part.js';
export { buildReferenceProfile, compileProfile, loadReferenceProfile, oodScore, type CompiledProfile, type ProfileOptions } from './profile.js';
export { hardenAnswer, type AnswerTreatment } from './hardening.js';
export { readFeatureRows, type FeatureRows } from './features.js';
export { KeyMonitor, type MonitorPlan, type SignalAlarm } from './key-monitor.js';
export { ModelMonitor, type Admission } from './model-monitor.js';
export { makeRoutePlan, type RoutePlan } from './plan.js';
export { PradaState, type PradaSettings, type PradaTest } from './prada.js';
export { hashRow, RecentHashes } from './repeats.js';
