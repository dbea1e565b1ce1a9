/** Personal data and secrets in datasets: the pure per-table function and the `data-pii` scanner. */
export { findPii, PiiTally, maxCellChars, type PiiReport, type PiiColumnKind } from './find-pii.js';
export { dataPiiScanner, piiSeverity } from './scanner.js';
