/**
 * Mergeable column profiles (counts, moments, a KLL quantile sketch, fixed-edge counts,
 * category counts) with canonical JSON, and drift (KS, Wasserstein, PSI, Jensen–Shannon)
 * computed from two profiles with a stated error bound.
 */
export { KLL_DEFAULT_K, KllSketch, kllMaxItems, kllRankError, type KllState } from './kll.js';
export { ColumnProfile, DEFAULT_MAX_CATEGORIES, mergeProfiles, profileColumn, type EdgeCounts, type ProfileOptions, type ProfileValue } from './column-profile.js';
export { MAX_PROFILE_JSON, PROFILE_FORMAT, PROFILE_VERSION, profileFromJson, profileToJson, profileToJsonValue } from './profile-json.js';
export { profileJensenShannon, profileKs, profilePsi, profileQuantileEdges, profileWasserstein, type ProfileDrift } from './profile-drift.js';
