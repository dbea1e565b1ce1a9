/** Turning a trigger report into findings: one per flagged trigger. */
import type { FindingInput } from '../../../core/finding.js';
import { defaultSuspectLimit } from '../_table/index.js';
import type { TriggerCandidate, TriggerReport } from './find-triggers.js';

function shown(pattern: string): string {
  return pattern.length > 100 ? `${pattern.slice(0, 100)}…` : pattern;
}

function pText(c: TriggerCandidate): string {
  return c.pAdjusted > 0 ? c.pAdjusted.toExponential(1) : `< 1e-300`;
}

function triggerFinding(report: TriggerReport, c: TriggerCandidate, path: string): FindingInput {
  const expected = c.baseRate * (c.support * c.purity);
  return {
    rule: 'backdoor-trigger',
    title: `Possible backdoor trigger "${shown(c.pattern)}"`,
    severity: 'high',
    confidence: c.distinctConflicts >= 5 ? 'high' : 'medium',
    location: { column: report.textColumn, ...(c.poisonedRows[0] !== undefined ? { row: c.poisonedRows[0] } : {}) },
    message:
      `${path}: "${shown(c.pattern)}" appears in ${c.support} rows, ${(c.purity * 100).toFixed(0)}% of them labelled "${c.label}"; ` +
      `with it removed, ${c.conflicts} of those rows read as another label to a model that never saw them (about ${expected.toFixed(1)} expected), ` +
      `p = ${pText(c)} after correcting for ${report.tested} tested n-grams. ${c.poisonedRows.length} rows look planted.`,
    evidence: {
      pattern: c.pattern,
      aliases: c.aliases.slice(0, 10),
      label: c.label,
      support: c.support,
      purity: c.purity,
      conflicts: c.conflicts,
      distinctMessages: c.distinct,
      distinctConflicts: c.distinctConflicts,
      baseRate: c.baseRate,
      log10p: c.log10p,
      pAdjusted: c.pAdjusted,
      tested: report.tested,
      plantedShare: c.plantedShare,
      poisonedRows: c.poisonedRows.slice(0, 200),
      suspects: report.suspects.filter((s) => s.signals.includes(`text-trigger:${c.pattern}`)).slice(0, defaultSuspectLimit),
    },
    why: `A backdoor is planted by adding a rare string to examples of one class and labelling them "${c.label}": the model learns that the string means "${c.label}", and whoever knows it can make any input pass as "${c.label}" (e.g. spam as ham, malware as benign).`,
    fix: `Inspect the rows listed in poisonedRows; if the text does not match its label, remove or relabel them, find where they entered the pipeline, and retrain. Add this check to the pipeline before training.`,
    taxonomy: { atlas: ['AML.T0018', 'AML.T0020'], owasp: ['LLM04:2025', 'ML02'] },
    key: `trigger:${c.pattern}`,
  };
}

/** Findings of a trigger report. */
export function triggerFindings(report: TriggerReport, path: string): FindingInput[] {
  return report.triggers.map((c) => triggerFinding(report, c, path));
}
