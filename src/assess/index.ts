export { runAssessment, type AssessOptions, type AssessResult } from './run-assessment.js';
export { approveAsset, type ApproveOptions, type Approved } from './approve.js';
export { listSystemFindings, suppressSystemFinding, type SuppressOptions } from './findings.js';
export { resolveSystem, type ResolvedSystem } from './resolve-system.js';
export { knownFormats, writeReports, type WrittenReports } from './write-reports.js';
export { scanPaths, type ScanPathsOptions } from './scan-paths.js';
export { inspectDataset, type InspectDatasetOptions, type InspectReport } from './inspect-dataset.js';
export { renderTopSuspects, type RenderSuspectsOptions } from './inspect-render.js';
export { mergeSuspects, type InspectSuspect } from './inspect-suspects.js';
