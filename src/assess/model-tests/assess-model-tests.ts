/**
 * The adversarial tests inside `aisec assess`: every model of the descriptor that declares its
 * input columns and can be queried runs the suites it does not switch off, with the quick
 * profile unless `--tests` says otherwise. An ONNX file is run locally; a model behind an
 * endpoint is called only when `--tests` is given, so an assessment never sends traffic to a
 * live service by surprise. Settings are checked before anything is scanned; a model that
 * fails at run time leaves a diagnostic and its target marked, and the assessment goes on.
 */
import { modelTestKinds, type EvaluationInput } from '../../core/evaluation.js';
import { isAisecError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { Diagnostic, Target, TargetStatus } from '../../core/target.js';
import type { Model, SystemDescriptor } from '../../config/index.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { planModelTests, runPlannedTests, type ModelTestPlan, type ModelTestProgress } from './run-model-tests.js';
import type { TestSuiteDef } from '../../attacks/index.js';
import type { TestProfile } from './suite-settings.js';
import { modelUrl, shownUrl, type SubjectRequest } from './test-subject.js';

/** `--tests` of aisec assess: a profile, or none. Left out: quick, ONNX files only. */
export type AssessTests = TestProfile | 'none';

/** The tests an assessment will run, and why others will not. */
export interface AssessTestPlan {
  readonly plans: readonly ModelTestPlan[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What the tests of an assessment produced. */
export interface AssessTestOutcome {
  readonly targets: readonly Target[];
  readonly evaluations: readonly EvaluationInput[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Progress of the tests of one model. */
export interface AssessTestProgress extends ModelTestProgress {
  readonly model: string;
}

const isOnnx = (model: Model): boolean => model.path !== undefined && (model.format === 'onnx' || /\.onnx$/i.test(model.path));

/**
 * Plan the tests of every testable model. Throws (ERR_CONFIG_INVALID at the settings' line,
 * ...) for what the user must fix before an assessment can run.
 */
export function planAssessTests(system: ResolvedSystem, tests: AssessTests | undefined, suites?: readonly TestSuiteDef[]): AssessTestPlan {
  const d = system.loaded?.descriptor;
  if (!d || tests === 'none') return { plans: [], diagnostics: [] };
  const explicit = tests !== undefined;
  const profile: TestProfile = tests ?? 'quick';
  const plans: ModelTestPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  const skip = (path: string, code: string, message: string): void => {
    diagnostics.push({ path, scanner: 'model-tests', code, level: 'warning', message });
  };
  for (const model of d.models) {
    if (!model.input) continue;
    const kinds = modelTestKinds.filter((k) => model.tests?.[k] !== false);
    if (kinds.length === 0) continue;
    const hasEval = model.tests?.data !== undefined || d.datasets.some((s) => s.role === 'eval');
    if (!hasEval) {
      skip(model.path ?? model.name, 'no-evaluation-data', `Model "${model.name}" was not tested: no dataset has role eval. Declare one (or name it in tests.data) to run its adversarial tests.`);
      continue;
    }
    const request = requestFor(d, model, explicit);
    if ('skip' in request) {
      if (request.skip) skip(request.skip.path, request.skip.code, request.skip.message);
      continue;
    }
    plans.push(planModelTests({ system, ...request, kinds, profile, ...(suites ? { suites } : {}) }));
  }
  return { plans, diagnostics };
}

function requestFor(d: SystemDescriptor, model: Model, explicit: boolean): SubjectRequest | { skip?: { path: string; code: string; message: string } } {
  if (isOnnx(model)) return { model: model.name };
  const endpoint = d.endpoints.find((e) => e.model !== undefined && (e.serves === model.name || model.deployedAt.includes(e.name)));
  if (!endpoint) return model.tests ? { skip: { path: model.path ?? model.name, code: 'not-queryable', message: `Model "${model.name}" was not tested: it has no ONNX file and no endpoint with a \`model\` mapping serves it.` } } : {};
  if (!explicit) {
    const url = shownUrl(modelUrl(endpoint));
    return { skip: { path: url, code: 'endpoint-not-called', message: `Model "${model.name}" is reached through endpoint "${endpoint.name}" (${url}); assess calls a live endpoint only with --tests quick or --tests full.` } };
  }
  return { endpoint: endpoint.name };
}

/** Options of {@link runAssessTests}. */
export interface RunAssessTestsOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: AssessTestProgress) => void;
}

const rank: Record<TargetStatus, number> = { complete: 0, incomplete: 1, unsupported: 2, error: 3 };

/**
 * Run the planned tests, after the scanners: the targets come back with each tested model's
 * status and message updated (an endpoint is added as a target of its own).
 */
export async function runAssessTests(plan: AssessTestPlan, system: ResolvedSystem, targets: readonly Target[], findings: readonly Finding[], options: RunAssessTestsOptions = {}): Promise<AssessTestOutcome> {
  const out = { targets: [...targets], evaluations: [] as EvaluationInput[], findings: [] as Finding[], diagnostics: [...plan.diagnostics] };
  for (const modelPlan of plan.plans) {
    const { subject } = modelPlan;
    const critical = findings.find((f) => !f.suppression && f.severity === 'critical' && f.location.path === subject.target);
    if (critical) {
      out.diagnostics.push({ path: subject.target, scanner: 'model-tests', code: 'not-run-critical', level: 'warning', message: `The adversarial tests of "${subject.name}" were not run: the file has a critical finding (${critical.title}); resolve it first.` });
      continue;
    }
    let target: Target;
    try {
      const result = await runPlannedTests(modelPlan, {
        system,
        skipDigest: true,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: (p: ModelTestProgress) => options.onProgress!({ ...p, model: subject.name }) } : {}),
      });
      out.evaluations.push(...result.evaluations);
      out.findings.push(...result.findings);
      out.diagnostics.push(...result.diagnostics);
      target = result.target;
    } catch (error) {
      if (!isAisecError(error)) throw error;
      // The model or its data could not be used: say so, and go on with the assessment.
      out.diagnostics.push({ path: subject.target, scanner: 'model-tests', code: error.code, level: 'error', message: `The adversarial tests of "${subject.name}" did not run: ${error.message}` });
      for (const { suite } of modelPlan.suites) {
        out.evaluations.push({ kind: suite.kind, model: subject.name, target: subject.target, status: 'error', message: error.message, headline: `Not run: ${error.message}`, queries: 0, durationMs: 0 });
      }
      target = { path: subject.target, kind: subject.via === 'http' ? 'endpoint' : 'model', format: subject.via === 'http' ? 'http' : 'onnx', sha256: null, size: null, status: 'error', message: `Tests not run: ${error.message}`, ...(subject.asset ? { asset: subject.asset } : {}), ...(subject.key ? { key: subject.key } : {}) };
    }
    mergeTarget(out.targets, target);
  }
  return out;
}

/** Fold the tests' view of a model into the scanned target of the same file, or add it. */
function mergeTarget(targets: Target[], tested: Target): void {
  const i = tested.key === undefined ? -1 : targets.findIndex((t) => t.key === tested.key);
  if (i < 0) {
    targets.push(tested);
    return;
  }
  const scanned = targets[i]!;
  const status = rank[tested.status] > rank[scanned.status] ? tested.status : scanned.status;
  const message = [scanned.message, tested.message].filter((m): m is string => m !== undefined).join(' ');
  const scanners = [...new Set([...(scanned.scanners ?? []), ...(tested.scanners ?? [])])];
  targets[i] = { ...scanned, status, ...(message !== '' ? { message } : {}), ...(scanners.length > 0 ? { scanners } : {}) };
}
