import { z } from 'zod';

/** Severity of a finding, worst first. */
export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export const SeveritySchema = z.enum(severities).describe('How bad the finding is, worst first.');
export type Severity = z.output<typeof SeveritySchema>;

/** How sure the scanner is. */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']).describe('How sure the check is that the finding is real.');
export type Confidence = z.output<typeof ConfidenceSchema>;

const rank: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** A number for comparing severities: higher is worse. */
export function severityRank(severity: Severity): number {
  return rank[severity];
}

/** Whether `severity` is at or above `threshold`. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold];
}

/** Sort comparator: worst first. */
export function bySeverityDesc(a: { severity: Severity }, b: { severity: Severity }): number {
  return rank[b.severity] - rank[a.severity];
}

/** An empty per-severity count. */
export function emptySeverityCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

/** The `security-severity` score GitHub code scanning reads from SARIF (0.0–10.0). */
export function securitySeverityScore(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' }[severity];
}
