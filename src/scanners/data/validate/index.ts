/**
 * Validation of datasets against the columns and rules declared in aisec.yaml: a streaming
 * file check, a check of a table in memory, the `data-validate` scanner.
 */
export { validateFile, validateTable, type ValidateOptions, type ValidationReport } from './validate-file.js';
export type { DatasetRulesSpec, CompileOptions } from './compile.js';
export type { Violation } from './tally.js';
export { renderValidationReport } from './render.js';
export { resolveDataset, type ResolvedDataset } from './resolve-dataset.js';
export { dataValidateScanner } from './scanner.js';
