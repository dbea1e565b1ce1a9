/**
 * The adversarial test suites (robustness, privacy, extraction): each runs its attacks against
 * one model within its query budget and returns an evaluation (headline, figures, charts) and
 * the findings it raises. `aisec assess` runs their quick profile, `aisec test` the full one.
 */
export { defineTestSuite, type SuiteContext, type SuiteData, type SuiteRecipe, type SuiteResult, type TestSuiteDef } from './suite.js';
export { builtinSuites } from './builtin-suites.js';
export { robustnessSuite } from './robustness-suite.js';
export { RobustnessOptionsSchema, robustnessSettings, type RobustnessOptions, type RobustnessSettings } from './robustness-options.js';
export { privacySuite } from './privacy-suite.js';
export { PrivacyOptionsSchema, privacySettings, type PrivacyOptions, type PrivacySettings } from './privacy-options.js';
export { extractionSuite } from './extraction-suite.js';
export { ExtractionOptionsSchema, extractionSettings, type ExtractionOptions, type ExtractionSettings } from './extraction-options.js';
export { CriticalitySchema, ProfileSchema, type Profile } from './suite-options.js';
export { fitUnitScale, fromUnit, toUnit, unitScaledAdapter, type UnitScale } from './unit-scale.js';
