import type { FindingInput } from '../../../core/finding.js';
import { severityRank, type Confidence, type Severity } from '../../../core/severity.js';
import type { LabelIssueReport } from './types.js';

/** Suspects carried in a finding's evidence by default. */
export const defaultEvidenceSuspects = 50;

/**
 * How much a label-noise result should worry a reader. The share of flagged rows sets the
 * severity (under 1%: info; 1–3%: low; 3–10%: medium; 10% or more: high). How well the
 * features predict the labels sets the confidence, and caps the severity: when the best
 * out-of-sample guess barely beats always answering the commonest class, many "suspects" are
 * rows that are genuinely ambiguous rather than mislabelled (census income, credit default).
 *
 * Skill = (accuracy − majority share) / (1 − majority share): 1 is perfect, 0 no better than
 * the majority class.
 */
export function labelNoiseSeverity(report: LabelIssueReport): { severity: Severity; confidence: Confidence; share: number; skill: number } | undefined {
  if (report.flagged === 0 || report.accuracy === null) return undefined;
  const share = report.flagged / report.analysedRows;
  const majority = Math.max(...report.classCounts) / report.analysedRows;
  const skill = majority < 1 ? (report.accuracy - majority) / (1 - majority) : 0;
  let severity: Severity = share < 0.01 ? 'info' : share < 0.03 ? 'low' : share < 0.1 ? 'medium' : 'high';
  const confidence: Confidence = skill >= 0.8 ? 'high' : skill >= 0.5 ? 'medium' : 'low';
  const cap: Severity = confidence === 'high' ? 'high' : confidence === 'medium' ? 'medium' : 'low';
  if (severityRank(severity) > severityRank(cap)) severity = cap;
  return { severity, confidence, share, skill };
}

/** The finding for a label-noise report (none when nothing was flagged or nothing analysed). */
export function labelNoiseFindings(report: LabelIssueReport, path: string, maxSuspects = defaultEvidenceSuspects): FindingInput[] {
  const grade = labelNoiseSeverity(report);
  if (!grade || report.skipped) return [];
  const top = report.suspects.slice(0, 3).map((s) => `row ${s.row} labelled "${s.label}" looks like "${s.likely}" (p = ${s.likelihood.toFixed(2)})`);
  const pair = report.pairs[0];
  const concentrated = pair && report.classes.length > 2 && pair.rows >= 5 && pair.rows >= 0.3 * report.flagged;
  const percent = (100 * grade.share).toFixed(grade.share < 0.01 ? 2 : 1);
  const ambiguity = grade.confidence === 'low' ? ' The features predict the labels only weakly, so many of these rows may be ambiguous rather than mislabelled.' : '';
  return [
    {
      rule: 'label-issues',
      title: `${report.flagged} row${report.flagged === 1 ? '' : 's'} look mislabelled in column ${report.labelColumn}`,
      severity: grade.severity,
      confidence: grade.confidence,
      location: { column: report.labelColumn, ...(report.suspects[0] ? { row: report.suspects[0].row } : {}) },
      message:
        `${report.flagged} of ${report.analysedRows} labelled rows (${percent}%) of ${path} carry a label the rest of the data contradicts (${describeMethod(report)}). ` +
        `Most suspicious: ${top.join('; ')}.` +
        (concentrated ? ` ${pair.rows} of them are labelled "${pair.given}" where "${pair.likely}" is likely: flips concentrated on one pair of classes can be a targeted attack.` : '') +
        (report.sampled ? ` Only a sample of ${report.analysedRows} of the labelled rows was analysed.` : '') +
        ambiguity,
      evidence: {
        method: report.method,
        labelColumn: report.labelColumn,
        analysedRows: report.analysedRows,
        flagged: report.flagged,
        share: round(grade.share),
        accuracy: round(report.accuracy ?? 0),
        skill: round(grade.skill),
        blendWeight: report.blendWeight,
        classes: report.classes.slice(0, 50),
        classCounts: report.classCounts.slice(0, 50),
        pairs: report.pairs.slice(0, 10),
        sampled: report.sampled,
        unlabelledRows: report.unlabelledRows,
        featureColumns: report.features.columns.slice(0, 100),
        skippedColumns: report.features.skipped.slice(0, 100),
        suspects: report.suspects.slice(0, maxSuspects).map((s) => ({ row: s.row, score: round(s.score), signals: s.signals, label: s.label, likely: s.likely })),
      },
      why: 'Flipped labels are the cheapest way to poison training data: a few percent of wrong labels in one segment change what the model learns there, or plant a targeted misclassification. Honest labelling mistakes do the same harm by accident.',
      fix: 'Review the listed rows, most suspicious first, with the people who own the labels; correct or remove the wrong ones, trace how they got in (source, labelling tool, contributor), then run `aisec data inspect` again before training.',
      taxonomy: { atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
      key: report.labelColumn,
    },
  ];
}

function describeMethod(report: LabelIssueReport): string {
  if (report.method === 'knn') return 'most of their nearest neighbours carry another label';
  if (report.method === 'confident-learning') return 'confident learning over out-of-fold logistic-regression probabilities';
  return 'confident learning over out-of-fold logistic-regression probabilities mixed with nearest-neighbour labels';
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
