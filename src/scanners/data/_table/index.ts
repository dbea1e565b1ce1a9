/** Shared table helpers of the duplicate, outlier, text-trigger and diff checks. */
export { cellNumber, cellText, foldText, normalisedCell, MISSING } from './cells.js';
export { profileColumns, requireColumns, type ColumnKind, type ColumnProfile, type ProfileOptions } from './kinds.js';
export { dataScanOptions, isTableTarget, labelColumnOf, loadTargetTable, truncationStatus } from './load.js';
export { defaultSuspectLimit, rankSuspects, type Suspect } from './suspects.js';
