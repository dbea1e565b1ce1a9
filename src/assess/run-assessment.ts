import { assessDeployment } from './deployment/assess-deployment.js';
import { AisecError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import { toolVersion } from '../core/version.js';
import { buildReport, type ReportV1 } from '../report/index.js';
import { buildRegister, buildThreatModel, previousOf, syncRegister } from '../risk/index.js';
import { builtinScanners, planSignatureChecks, runScanners, type EngineProgress } from '../scanners/index.js';
import type { Store } from '../store/index.js';
import { collectTargets } from './collect-targets.js';
import { planAssessTests, runAssessTests, type AssessTestProgress, type AssessTests } from './model-tests/assess-model-tests.js';
import { compareDatasets, withComparisons } from './compare-datasets.js';
import { runAssessRedTeam } from './red-team/assess-red-team.js';
import type { RedTeamProgress } from './red-team/run-red-team-for-system.js';
import { assessmentCompliance } from './report-compliance.js';
import { reportSystemOf } from './report-system.js';
import { resolveSystem } from './resolve-system.js';
import { reportRiskOf, riskEvidence, storedRiskOf } from './risk-register.js';
import { openSystemStore } from './system-store.js';
import { writeReports, type ReportFormat, type WrittenReports } from './write-reports.js';

/** Options of {@link runAssessment}. */
export interface AssessOptions {
  /** Who runs the assessment, recorded in the risk register's history (default `aisec assess`). */
  readonly actor?: string;
  /** The system's folder (or its aisec.yaml). */
  readonly dir: string;
  /** Descriptor file, when not `DIR/aisec.yaml`. */
  readonly config?: string;
  /** Folder for report files; none written when absent. */
  readonly out?: string;
  /** Report formats to write into `out` (default terminal, json, sarif, html, cyclonedx; pdf needs Chromium). */
  readonly formats?: readonly ReportFormat[];
  /** Findings at or above this make exit code 1; null never does. Default `high`. */
  readonly failOn?: Severity | null;
  /** Store URL (PostgreSQL); default `AISEC_DATABASE_URL`, else SQLite in the system folder. */
  readonly databaseUrl?: string;
  readonly sqlitePath?: string;
  readonly budgetMs?: number;
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: EngineProgress) => void;
  /**
   * Adversarial tests of the models that declare their input and red team of the LLM parts:
   * `quick` or `full` (which also call endpoints with a model mapping or serving an LLM part),
   * or `none`. Left out: `quick`, on ONNX files and the built-in chat simulator only.
   */
  readonly tests?: AssessTests;
  readonly onTestProgress?: (progress: AssessTestProgress) => void;
  readonly now?: () => Date;
}

/** What an assessment produced. */
export interface AssessResult {
  readonly report: ReportV1;
  readonly exitCode: number;
  readonly outputs: WrittenReports;
  readonly assessmentId: string;
  readonly storeLocation: string;
}

function applySuppressions(findings: Finding[], active: Map<string, NonNullable<Finding['suppression']>>): Finding[] {
  return findings.map((f) => {
    const s = active.get(f.fingerprint);
    return s ? { ...f, suppression: s } : f;
  });
}

/**
 * Assess an AI system end to end: read its descriptor (or discover its assets), scan every
 * asset, compare with earlier runs, store the run atomically and write the reports.
 *
 * @example
 * const { report, exitCode } = await runAssessment({ dir: 'examples/credit-scoring', out: 'reports' });
 */
export async function runAssessment(options: AssessOptions): Promise<AssessResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const system = await resolveSystem(options.dir, options.config ? { config: options.config } : {});
  // Test settings are checked before anything is scanned: a typo fails fast, at its line.
  const testPlan = planAssessTests(system, options.tests);
  const store: Store = await openSystemStore(system.dir, { url: options.databaseUrl, sqlitePath: options.sqlitePath });
  try {
    const stored = await store.upsertSystem(system.name, system.loaded?.file ?? null);
    const baselines = await store.assetBaselines(stored.id);
    const targets = await collectTargets(system, options.signal);
    const outcome = await runScanners({
      targets,
      scanners: builtinScanners,
      scannerOptions: { inventory: { declared: system.loaded !== null }, signature: { checks: await planSignatureChecks(system.dir, targets) } },
      baseline: (key) => baselines.get(key),
      ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    // Checks over pairs of declared datasets: eval rows repeated in train, train against its reference.
    const compared = await compareDatasets(system, targets, options.signal ? { signal: options.signal } : {});
    const tested = await runAssessTests(testPlan, system, withComparisons(outcome.targets, compared), [...outcome.findings, ...compared.findings], {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onTestProgress ? { onProgress: options.onTestProgress } : {}),
    });
    // The LLM parts: the built-in simulator by default, live endpoints only with --tests.
    const redTeam = await runAssessRedTeam(system, options.tests, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onTestProgress ? { onProgress: (p: RedTeamProgress) => options.onTestProgress!({ model: p.part, kind: 'red-team', suite: 0, suites: 1, done: p.done, total: p.total, label: '' }) } : {}),
    });
    // What each endpoint exposes, from the gateway configuration that serves it or the descriptor.
    const deployment = await assessDeployment(system);
    const diagnostics = [...outcome.diagnostics, ...compared.diagnostics, ...tested.diagnostics, ...redTeam.diagnostics, ...deployment.diagnostics];
    if (!system.loaded) {
      diagnostics.push({ path: system.displayDir, scanner: 'assess', code: 'no-descriptor', level: 'warning', message: `No aisec.yaml in ${system.displayDir}: assets were found by content only. Run \`aisec init ${system.displayDir}\` to describe the system.` });
    }
    const findings = applySuppressions([...outcome.findings, ...compared.findings, ...tested.findings, ...redTeam.findings, ...deployment.findings], await store.activeSuppressions(stored.id, startedAt));
    const draft = buildReport({
      toolVersion: toolVersion(),
      startedAt,
      finishedAt: now(),
      system: reportSystemOf(system),
      targets: [...tested.targets, ...redTeam.targets, ...deployment.targets],
      findings,
      diagnostics,
      evaluations: [...tested.evaluations, ...redTeam.evaluations],
      failOn: options.failOn === undefined ? 'high' : options.failOn,
    });
    // The risk register: the descriptor's threats weighed with this run's evidence.
    const evidence = system.loaded ? await riskEvidence(store, stored.id, { findings: draft.findings, evaluations: draft.evaluations, targets: draft.targets, postures: deployment.postures }) : null;
    const registerRisks =
      system.loaded && evidence
        ? buildRegister(buildThreatModel(system.loaded.descriptor), system.loaded.descriptor, { evidence, now: startedAt, previous: previousOf(await store.listRegister(stored.id)) })
        : [];
    draft.risks.push(...registerRisks.map(reportRiskOf));
    // The compliance roll-ups of the system as this run leaves it, from what is in hand (no second store read).
    if (evidence) draft.compliance = await assessmentCompliance({ system, report: draft, risks: registerRisks, claims: evidence.claims, postures: deployment.postures });
    const assessmentId = await store.saveAssessment({
      systemId: stored.id,
      startedAt: draft.startedAt,
      finishedAt: draft.finishedAt,
      toolVersion: draft.tool.version,
      status: draft.summary.incomplete > 0 ? 'incomplete' : 'complete',
      targets: draft.targets,
      findings: draft.findings,
      diagnostics: draft.diagnostics,
      risks: registerRisks.map(storedRiskOf),
      report: draft,
    });
    if (registerRisks.length > 0) await syncRegister(store, stored.id, registerRisks, { actor: options.actor ?? 'aisec assess', now: startedAt });
    const report: ReportV1 = { ...draft, assessmentId };
    const outputs = options.out ? await writeReports(report, options.out, options.formats ?? ['terminal', 'json', 'sarif', 'html', 'cyclonedx']) : {};
    return { report, exitCode: report.summary.exitCode ?? 0, outputs, assessmentId, storeLocation: store.location };
  } catch (error) {
    if (error instanceof AisecError) throw error;
    throw new AisecError('ERR_INTERNAL', `The assessment failed unexpectedly: ${(error as Error).message}`, { cause: error });
  } finally {
    await store.close();
  }
}
