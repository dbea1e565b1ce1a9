import type { Finding } from '../core/finding.js';
import { atOrAbove, bySeverityDesc, emptySeverityCounts, type Severity } from '../core/severity.js';
import type { Diagnostic, Target } from '../core/target.js';
import { ExitCode } from '../core/errors.js';
import type { EvaluationInput } from '../core/evaluation.js';
import { EvaluationSchema } from '../core/evaluation.js';
import type { ReportRisk, ReportSystem, ReportV1 } from './schema.js';

/** Inputs of {@link buildReport}. */
export interface BuildReportInput {
  readonly toolVersion: string;
  readonly assessmentId?: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly system: ReportSystem | null;
  readonly targets: readonly Target[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly risks?: readonly ReportRisk[];
  /**
   * Adversarial test results. An interrupted or failed test must also mark its model's target
   * as not complete, which is what makes the exit code 3.
   */
  readonly evaluations?: readonly EvaluationInput[];
  /** Threshold for exit code 1; null never fails on findings. */
  readonly failOn: Severity | null;
}

/**
 * The exit code of a completed run: 1 when an unsuppressed finding is at or above `failOn`,
 * else 3 when a target was not fully analysed, else 0 (precedence 1 > 3, docs/exit-codes.md:
 * a payload found in a file that could not be read to the end must still block as a finding).
 */
export function exitCodeOf(findings: readonly Finding[], targets: readonly Target[], failOn: Severity | null): number {
  if (failOn && findings.some((f) => !f.suppression && atOrAbove(f.severity, failOn))) return ExitCode.findings;
  if (targets.some((t) => t.status !== 'complete')) return ExitCode.incomplete;
  return ExitCode.ok;
}

/** Assemble a {@link ReportV1}: findings worst first, counts, and the exit code. */
export function buildReport(input: BuildReportInput): ReportV1 {
  const findings = [...input.findings].sort((a, b) => bySeverityDesc(a, b) || Number(Boolean(a.suppression)) - Number(Boolean(b.suppression)));
  const bySeverity = emptySeverityCounts();
  for (const finding of findings) bySeverity[finding.severity]++;
  return {
    schema: 'aisec.report/v1',
    tool: { name: 'aisec', version: input.toolVersion },
    ...(input.assessmentId ? { assessmentId: input.assessmentId } : {}),
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    system: input.system,
    targets: [...input.targets],
    findings,
    diagnostics: [...input.diagnostics],
    risks: [...(input.risks ?? [])],
    evaluations: (input.evaluations ?? []).map((e) => EvaluationSchema.parse(e)),
    summary: {
      bySeverity,
      incomplete: input.targets.filter((t) => t.status !== 'complete').length,
      suppressed: findings.filter((f) => f.suppression).length,
      failOn: input.failOn,
      exitCode: exitCodeOf(findings, input.targets, input.failOn),
    },
  };
}
