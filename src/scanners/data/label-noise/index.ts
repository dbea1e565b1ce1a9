/** Label noise: rows whose label the rest of the data contradicts (the pure function and the `data-label-noise` scanner). */
export { confidentLearning, type ConfidentLearningResult } from './confident-learning.js';
export { findLabelIssues, type FindLabelIssuesOptions } from './find-label-issues.js';
export { labelNoiseFindings, labelNoiseSeverity } from './findings.js';
export { missingColumn, readLabels } from './label-column.js';
export { blendProbabilities, knnDisagreement, neighbourVotes } from './neighbour-votes.js';
export { dataLabelNoiseScanner, labelColumnFor, labelNoiseOptions } from './scanner.js';
export { labelNoiseMethods, type LabelIssueReport, type LabelNoiseMethod, type LabelSuspect } from './types.js';
