import type { Finding } from '../../../core/finding.js';
import { atOrAbove, bySeverityDesc, type Severity } from '../../../core/severity.js';
import type { Target } from '../../../core/target.js';
import type { ReportV1 } from '../../schema.js';

/** What the summary says about a run, derived once from the report. */
export interface SummaryFacts {
  /** Findings that are not suppressed, worst first (stable within a severity). */
  readonly open: readonly Finding[];
  /** The `--fail-on` threshold; `null` when the run never fails on findings. */
  readonly failOn: Severity | null;
  /** Open findings at or above `failOn`. */
  readonly failing: number;
  /** Targets whose status is not `complete`. */
  readonly incompleteTargets: readonly Target[];
}

const confidenceRank = { high: 2, medium: 1, low: 0 } as const;

/**
 * Derive the facts the terminal summary prints. Suppressed findings never fail the run, so
 * only open findings are compared with the threshold; `failOn` defaults to `high` (the CLI's
 * default) when the report does not record it.
 */
export function summaryFacts(report: ReportV1): SummaryFacts {
  const failOn = report.summary.failOn === undefined ? 'high' : report.summary.failOn;
  const open = report.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.suppression === undefined)
    .sort((a, b) => bySeverityDesc(a.finding, b.finding) || confidenceRank[b.finding.confidence] - confidenceRank[a.finding.confidence] || a.index - b.index)
    .map(({ finding }) => finding);
  const failing = failOn === null ? 0 : open.filter((f) => atOrAbove(f.severity, failOn)).length;
  const incompleteTargets = report.targets.filter((t) => t.status !== 'complete');
  return { open, failOn, failing, incompleteTargets };
}

/** `path[:member]`, then the finer position (line, row, column, offset) when known. */
export function describeLocation(location: Finding['location']): string {
  const where = location.member === undefined ? location.path : `${location.path}:${location.member}`;
  const detail: string[] = [];
  if (location.line !== undefined) detail.push(`line ${location.line}`);
  if (location.row !== undefined) detail.push(`row ${location.row}`);
  if (location.column !== undefined) detail.push(`column ${location.column}`);
  return detail.length === 0 ? where : `${where} (${detail.join(', ')})`;
}
