/** Turning an outlier report into a finding. */
import type { FindingInput } from '../../../core/finding.js';
import { defaultSuspectLimit } from '../_table/index.js';
import type { OutlierReport } from './find-outliers.js';

/** One finding when rows score at or above the threshold; none otherwise. */
export function outlierFindings(report: OutlierReport, path: string): FindingInput[] {
  if (report.flagged.length === 0) return [];
  const flagged = new Set(report.flagged);
  const suspects = report.suspects.filter((s) => flagged.has(s.row)).slice(0, defaultSuspectLimit);
  const share = report.flagged.length / Math.max(report.rows, 1);
  return [
    {
      rule: 'outliers',
      title: 'Rows far from the rest of the data',
      severity: 'low',
      confidence: 'medium',
      location: { row: report.flagged[0]! },
      message: `${path}: ${report.flagged.length} of ${report.rows} rows (${(share * 100).toFixed(2)}%) have an isolation-forest score of ${report.threshold} or more (highest ${report.scores[report.flagged[0]!]!.toFixed(3)}); 0.5 is typical.`,
      evidence: {
        flagged: report.flagged.length,
        threshold: report.threshold,
        features: report.features,
        skipped: report.skipped,
        explanations: report.explanations.filter((e) => flagged.has(e.row)),
        suspects,
      },
      why: 'Poisoned or corrupted records are often unlike the rest of the data: injected examples, broken joins, unit errors. They can shift what a model learns far more than their number suggests.',
      fix: 'Look at the top-ranked rows and the features that make them unusual; correct or remove records that are errors, and trace records that are not explained by the data source.',
      taxonomy: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
      key: 'outliers',
    },
  ];
}
