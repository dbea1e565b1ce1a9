import type { Diagnostic, Target } from '../../../core/target.js';
import type { ReportV1 } from '../../schema.js';
import { artifactUri } from './artifact-uri.js';
import { locationOfPath } from './results.js';
import type { SarifArtifact, SarifInvocation, SarifNotification } from './sarif-types.js';

function notificationOfDiagnostic(d: Diagnostic): SarifNotification {
  return {
    level: d.level,
    message: { text: d.message },
    descriptor: { id: d.code },
    locations: [locationOfPath(d.path)],
    properties: { scanner: d.scanner },
  };
}

/**
 * A target that was not fully analysed is a notification of its own: in SARIF a file without
 * results reads as clean, and a file that could not be analysed must never read as clean.
 */
function notificationOfTarget(t: Target): SarifNotification {
  const what = { incomplete: 'was only partly analysed', unsupported: 'is in a format aisec cannot analyse', error: 'could not be analysed', complete: 'was analysed' }[t.status];
  return {
    level: t.status === 'error' ? 'error' : 'warning',
    message: { text: `${t.path} ${what}${t.message === undefined ? '.' : `: ${t.message}`}` },
    descriptor: { id: `target-${t.status}` },
    locations: [locationOfPath(t.path)],
    properties: { kind: t.kind, format: t.format },
  };
}

/**
 * The run's one invocation: start and end time, the exit code when known, and the tool
 * execution notifications (diagnostics, then targets not fully analysed).
 * `executionSuccessful` is false when any diagnostic is an error or any target has status
 * `error`, as semgrep does for its tool errors.
 */
export function invocationOf(report: ReportV1): SarifInvocation {
  const notifications = [
    ...report.diagnostics.map(notificationOfDiagnostic),
    ...report.targets.filter((t) => t.status !== 'complete').map(notificationOfTarget),
  ];
  const failed = report.diagnostics.some((d) => d.level === 'error') || report.targets.some((t) => t.status === 'error');
  return {
    executionSuccessful: !failed,
    startTimeUtc: report.startedAt,
    endTimeUtc: report.finishedAt,
    ...(report.summary.exitCode === undefined ? {} : { exitCode: report.summary.exitCode }),
    toolExecutionNotifications: notifications,
  };
}

/**
 * The analysed targets as SARIF artifacts, with their SHA-256 and size when known. One
 * artifact per distinct path (the schema wants `run.artifacts` unique), first one wins.
 */
export function artifactsOf(targets: readonly Target[]): SarifArtifact[] {
  const seen = new Set<string>();
  const artifacts: SarifArtifact[] = [];
  for (const t of targets) {
    if (seen.has(t.path)) continue;
    seen.add(t.path);
    const { uri, uriBaseId } = artifactUri(t.path);
    artifacts.push({
      location: uriBaseId === undefined ? { uri } : { uri, uriBaseId },
      roles: ['analysisTarget'],
      ...(t.size === null ? {} : { length: t.size }),
      ...(t.sha256 === null ? {} : { hashes: { 'sha-256': t.sha256 } }),
      properties: { kind: t.kind, format: t.format, status: t.status, ...(t.message === undefined ? {} : { message: t.message }), ...(t.asset === undefined ? {} : { asset: t.asset }) },
    });
  }
  return artifacts;
}
