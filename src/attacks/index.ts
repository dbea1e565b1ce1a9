/**
 * Adversarial tests against a model seen only through its answers (`ModelAdapter`): evasion,
 * constrained tabular and character-level text attacks, Giskard-style model checks, membership
 * inference and model extraction.
 */
export * from './checks/index.js';
export * from './evasion/index.js';
export * from './extraction/index.js';
export * from './privacy/index.js';
export * from './suites/index.js';
export * from './tabular/index.js';
export * from './text/index.js';
