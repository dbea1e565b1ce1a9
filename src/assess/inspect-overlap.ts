/** The finding for rows an evaluation set shares with the training set (leakage). */
import type { FindingInput } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import type { OverlapReport } from '../scanners/index.js';

/**
 * One finding when evaluation rows repeat training rows: high from 10% of the evaluation set,
 * medium from 1%, low below. `trainPath` and `evalPath` are shown as the user named them.
 */
export function overlapFindings(report: OverlapReport, trainPath: string, evalPath: string, maxListed = 50): FindingInput[] {
  if (report.matches.length === 0) return [];
  const severity: Severity = report.share >= 0.1 ? 'high' : report.share >= 0.01 ? 'medium' : 'low';
  const first = report.matches[0]!;
  return [
    {
      rule: 'eval-overlap',
      title: `${report.matches.length} evaluation row${report.matches.length === 1 ? '' : 's'} also in the training data`,
      severity,
      confidence: report.exactRows > 0 ? 'high' : 'medium',
      location: { row: first.trainRows[0] ?? 0 },
      message:
        `${report.matches.length} of ${report.evalRows} rows of ${evalPath} (${(100 * report.share).toFixed(2)}%) repeat rows of ${trainPath}: ` +
        `${report.exactRows} exactly, ${report.nearRows} nearly (compared on ${report.columns.compared.length} shared columns). ` +
        `E.g. evaluation row ${first.evalRow} matches training row${first.trainRows.length === 1 ? '' : 's'} ${first.trainRows.slice(0, 5).join(', ')}.`,
      evidence: {
        evaluation: evalPath,
        evalRows: report.evalRows,
        overlapping: report.matches.length,
        exactRows: report.exactRows,
        nearRows: report.nearRows,
        share: Math.round(report.share * 10_000) / 10_000,
        compared: report.columns.compared,
        onlyInTrain: report.columns.onlyInTrain,
        onlyInEval: report.columns.onlyInEval,
        matches: report.matches.slice(0, maxListed),
      },
      why: 'An evaluation set that repeats training rows measures memory instead of generalisation, so a model looks better than it is; a poisoned training row can even be "tested" on itself and pass.',
      fix: `Remove the overlapping rows from ${evalPath} (or from ${trainPath}), split by a stable key such as a customer or document id instead of at random, and re-run the evaluation.`,
      taxonomy: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
      key: evalPath,
    },
  ];
}
