/**
 * Distribution shift between two versions of a dataset (`aisec data diff`), with Evidently's
 * default tests and thresholds per column, rows added and removed, and label balance.
 */
export { diffTables, type ColumnDiff, type DiffReport } from './diff-tables.js';
export { labelBalance, type ClassShare, type LabelBalance } from './label-balance.js';
export type { DiffOptions } from './options.js';
export { renderDiffReport } from './render.js';
export { rowChanges, type RowChanges } from './row-changes.js';
