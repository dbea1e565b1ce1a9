/**
 * `aisec probe` as a library call: resolve the system (when a folder is given), red-team its
 * LLM parts (or an explicit target), and build the aisec.report/v1 report around the runs.
 */
import { AisecError } from '../../core/errors.js';
import type { Severity } from '../../core/severity.js';
import { toolVersion } from '../../core/version.js';
import { buildReport, type ReportV1 } from '../../report/index.js';
import { reportSystemOf } from '../report-system.js';
import { resolveSystem } from '../resolve-system.js';
import { runRedTeamForSystem, type RedTeamForSystemResult, type RunRedTeamForSystemOptions } from './run-red-team-for-system.js';

/** Options of {@link probeSystem}. */
export interface ProbeSystemOptions extends Omit<RunRedTeamForSystemOptions, 'system'> {
  /** The system's folder (or its aisec.yaml); without one, `target` is probed with the default application context. */
  readonly dir?: string;
  /** Descriptor file, when not `DIR/aisec.yaml`. */
  readonly config?: string;
  /** Findings at or above this make exit code 1; null never does. Default `high`. */
  readonly failOn?: Severity | null;
}

/** The report of a probe run, and the runs themselves. */
export interface ProbeSystemResult {
  readonly report: ReportV1;
  readonly result: RedTeamForSystemResult;
}

/**
 * Red-team and report. A run where attempts failed leaves its target incomplete (exit code 3
 * unless a finding already makes it 1 — precedence as in every report).
 *
 * @example
 * const { report } = await probeSystem({ dir: 'examples/support-bot' });
 * report.findings.map((f) => f.ruleId); // ['redteam/indirect-injection', …]
 */
export async function probeSystem(options: ProbeSystemOptions): Promise<ProbeSystemResult> {
  const startedAt = new Date();
  const system = options.dir !== undefined || options.config !== undefined ? await resolveSystem(options.dir ?? '.', options.config ? { config: options.config } : {}) : null;
  const result = await runRedTeamForSystem({ ...options, system });
  if (result.runs.length === 0) {
    // Every part was skipped: a probe run that attacked nothing must not read as a clean result.
    throw new AisecError('ERR_USAGE', `Nothing was probed. ${result.diagnostics.map((d) => d.message).join(' ')}`);
  }
  const report = buildReport({
    toolVersion: toolVersion(),
    startedAt,
    finishedAt: new Date(),
    system: system?.loaded ? reportSystemOf(system) : null,
    targets: result.runs.map((r) => r.target),
    findings: result.runs.flatMap((r) => r.findings),
    diagnostics: [...result.diagnostics],
    evaluations: result.runs.map((r) => r.evaluation),
    failOn: options.failOn === undefined ? 'high' : options.failOn,
  });
  return { report, result };
}
