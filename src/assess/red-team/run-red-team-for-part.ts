/**
 * One red-team run against one application: open its target, run the harness (with the
 * caller's event log, when there is one, for resuming), and turn the result, whose example
 * outcomes carry the conversations the report shows, into a report evaluation, findings and a
 * report target. The target is always closed (and a simulator stopped), also on errors.
 */
import type { EvaluationInput } from '../../core/evaluation.js';
import type { Finding } from '../../core/finding.js';
import type { Diagnostic, Target as ReportTarget, TargetStatus } from '../../core/target.js';
import { runRedTeam, type AppContext, type RedTeamResult, type RunRedTeamOptions } from '../../redteam/index.js';
import type { OpenedTarget } from './choose-target.js';
import { redTeamEvaluation } from './red-team-evaluation.js';
import { redTeamFindings } from './red-team-findings.js';
import type { SelectedPlugins } from './select-plugins.js';
import type { RedTeamSubject } from './subject.js';

/** The harness settings a caller may set (the event log, to write and with resume to continue, is none by default). */
export type RedTeamRunSettings = Pick<RunRedTeamOptions, 'concurrency' | 'requestsPerMinute' | 'timeoutMs' | 'retries' | 'maxToolRounds' | 'deadlineMs' | 'eventLog' | 'resume' | 'signal' | 'onProgress'> & {
  readonly seed: number;
};

/** What a run of one application produced. */
export interface RedTeamPartRun {
  readonly subject: RedTeamSubject;
  readonly result: RedTeamResult;
  readonly evaluation: EvaluationInput;
  readonly findings: readonly Finding[];
  /** The application as a report target: incomplete or error when attempts failed. */
  readonly target: ReportTarget;
  /** Probes that could not run at all, with the reason. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The report target of a run. */
export function reportTargetOf(subject: RedTeamSubject, status: TargetStatus, message?: string): ReportTarget {
  return {
    path: subject.location,
    kind: 'endpoint',
    format: subject.via === 'http-template' ? 'http' : 'openai-chat',
    sha256: null,
    size: null,
    status,
    ...(message !== undefined ? { message } : {}),
    ...(subject.asset !== undefined ? { asset: subject.asset } : {}),
    scanners: ['red-team'],
  };
}

/**
 * Run `plugins` against the opened target (closed afterwards). Throws what the harness throws
 * before sending anything (ERR_USAGE, ERR_PROBE_LOG, ERR_PLUGIN_NOT_FOUND).
 */
export async function runRedTeamForPart(
  opened: OpenedTarget,
  app: AppContext & { readonly notes?: readonly string[] },
  plugins: SelectedPlugins,
  settings: RedTeamRunSettings,
  profile: string,
): Promise<RedTeamPartRun> {
  let result: RedTeamResult;
  try {
    result = await runRedTeam({
      target: opened.target,
      app,
      probes: plugins.probes,
      strategies: plugins.strategies,
      detectors: plugins.detectors,
      seed: settings.seed,
      attemptsPerProbe: plugins.attemptsPerProbe,
      ...(settings.eventLog !== undefined ? { eventLog: settings.eventLog } : {}),
      ...(settings.resume === true ? { resume: true } : {}),
      ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
      ...(settings.requestsPerMinute !== undefined ? { requestsPerMinute: settings.requestsPerMinute } : {}),
      ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
      ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
      ...(settings.maxToolRounds !== undefined ? { maxToolRounds: settings.maxToolRounds } : {}),
      ...(settings.deadlineMs !== undefined ? { deadlineMs: settings.deadlineMs } : {}),
      ...(settings.signal !== undefined ? { signal: settings.signal } : {}),
      ...(settings.onProgress !== undefined ? { onProgress: settings.onProgress } : {}),
    });
  } finally {
    await opened.close();
  }
  const { subject } = opened;
  const findings = redTeamFindings(result, subject, opened.secrets);
  const evaluation = redTeamEvaluation(result, {
    subject,
    profile,
    attemptsPerProbe: plugins.attemptsPerProbe,
    strategies: ['none', ...plugins.strategies.map((s) => s.id)],
    secrets: opened.secrets,
    findings,
    ...(app.notes !== undefined ? { notes: app.notes } : {}),
  });
  const ran = new Set(result.probes.map((p) => p.probe));
  const diagnostics: Diagnostic[] = result.skipped
    .filter((s) => !ran.has(s.probe))
    .map((s) => ({ path: subject.location, scanner: 'red-team', code: 'probe-skipped', level: 'warning', message: `Probe ${s.probe} did not run against ${subject.name}: ${s.reason}` }));
  const status: TargetStatus = evaluation.status === 'complete' ? 'complete' : evaluation.status === 'error' ? 'error' : 'incomplete';
  const message = status === 'complete' ? undefined : `Red team not complete: ${result.message ?? 'some attempts failed'}`;
  return { subject, result, evaluation, findings, target: reportTargetOf(subject, status, message), diagnostics };
}
