/**
 * `aisec test` as a library call: resolve the system (when the folder has an aisec.yaml), run
 * the suites against one model and build the aisec.report/v1 report around them.
 */
import { toolVersion } from '../../core/version.js';
import type { Severity } from '../../core/severity.js';
import { buildReport, type ReportV1 } from '../../report/index.js';
import { reportSystemOf } from '../report-system.js';
import { resolveSystem } from '../resolve-system.js';
import { runModelTests, type ModelTestsResult, type RunModelTestsOptions } from './run-model-tests.js';

/** Options of {@link testModel}. */
export interface TestModelOptions extends Omit<RunModelTestsOptions, 'system'> {
  /** The system's folder (or its aisec.yaml); without one, the model is tested on its own. */
  readonly dir?: string;
  /** Descriptor file, when not `DIR/aisec.yaml`. */
  readonly config?: string;
  /** Findings at or above this make exit code 1; null never does. Default `high`. */
  readonly failOn?: Severity | null;
}

/** The report of a test run, and the run itself. */
export interface TestModelResult {
  readonly report: ReportV1;
  readonly result: ModelTestsResult;
}

/**
 * Test one model and report. An interrupted or failed suite leaves the model's target
 * incomplete, so the report's exit code is 3 unless a finding already makes it 1.
 *
 * @example
 * const { report } = await testModel({ dir: 'examples/credit-scoring', kinds: ['robustness'] });
 */
export async function testModel(options: TestModelOptions): Promise<TestModelResult> {
  const startedAt = new Date();
  const system = options.dir !== undefined || options.config !== undefined ? await resolveSystem(options.dir ?? '.', options.config ? { config: options.config } : {}) : null;
  const result = await runModelTests({ ...options, system });
  const report = buildReport({
    toolVersion: toolVersion(),
    startedAt,
    finishedAt: new Date(),
    system: system?.loaded ? reportSystemOf(system) : null,
    targets: [result.target],
    findings: result.findings,
    diagnostics: result.diagnostics,
    evaluations: result.evaluations,
    failOn: options.failOn === undefined ? 'high' : options.failOn,
  });
  return { report, result };
}
