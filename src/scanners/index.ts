export { runScanners, type RunScannersOptions, type ScanOutcome } from './engine.js';
export type { EngineProgress, EngineTargetInput } from './engine-types.js';
export { builtinScanners } from './builtin-scanners.js';
export { integrityScanner } from './integrity/index.js';
export { inventoryScanner } from './inventory/index.js';
export { signatureScanner, planSignatureChecks, type SignatureCheck } from './signature/index.js';
export * from './data/validate/index.js';
export * from './data/pii/index.js';
