/**
 * Run the adversarial test suites against one model: settle what to test, check every suite's
 * settings, read the evaluation (and training) rows, open the model (an ONNX file in a child
 * process, or an HTTP endpoint), run the suites one after another, and return their
 * evaluations and findings. An interrupted run returns what ran, marked incomplete.
 */
import { stat } from 'node:fs/promises';
import { builtinSuites } from '../../attacks/index.js';
import { EvaluationSchema, evaluationKinds, type EvaluationInput, type EvaluationKind } from '../../core/evaluation.js';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { Diagnostic, Target, TargetStatus } from '../../core/target.js';
import { hashFile } from '../../integrity/index.js';
import type { ModelAdapter } from '../../ml/index.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { meteredAdapter } from './metered-adapter.js';
import { openModelUnderTest } from './open-model.js';
import { prepareRows, type PreparedRows } from './prepare-rows.js';
import { recipeLearner } from './recipe-learner.js';
import type { SuiteContext, TestSuiteDef } from '../../attacks/index.js';
import { suiteOptions, type TestProfile } from './suite-settings.js';
import { testFindings } from './test-findings.js';
import { resolveTestSubject, type SubjectRequest, type TestSubject } from './test-subject.js';

/** Progress of a test run. */
export interface ModelTestProgress {
  readonly kind: EvaluationKind;
  /** Suites before this one, and suites in all. */
  readonly suite: number;
  readonly suites: number;
  /** Work units of this suite done, of its total. */
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

/** Options of {@link runModelTests}. */
export interface RunModelTestsOptions extends SubjectRequest {
  /** The system (its descriptor); null to test a file or URL on its own. */
  readonly system?: ResolvedSystem | null;
  /** The suites to run, in this order. */
  readonly kinds: readonly EvaluationKind[];
  /** Default `full` (what `aisec test` runs); `aisec assess` runs `quick`. */
  readonly profile?: TestProfile;
  /** Most queries each suite may send (on top of an endpoint's own queryBudget). */
  readonly budget?: number;
  /** Seed of the tests; default the descriptor's tests.seed, else 0. */
  readonly seed?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ModelTestProgress) => void;
  /** The suites to choose from (default: the built-in ones). */
  readonly suites?: readonly TestSuiteDef[];
  /** Where `${env:NAME}` in endpoint headers are looked up (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Leave the model file's digest out of the returned target (null): the assessment has
   * already hashed it with the scanners and keeps that digest, so a large file is not read twice.
   */
  readonly skipDigest?: boolean;
}

/** What a test run produced. */
export interface ModelTestsResult {
  readonly subject: TestSubject;
  /** The model as a report target: its status says whether every suite completed. */
  readonly target: Target;
  readonly evaluations: readonly EvaluationInput[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Test one model with the suites of `kinds`.
 *
 * Throws AisecError before any suite runs for what the user must fix: ERR_USAGE / ERR_CONFIG_INVALID
 * (what to test, bad settings, at their line in aisec.yaml), ERR_DATA_COLUMN (a column not in
 * the data), ERR_MODEL_LOAD, ERR_MODEL_INPUT (the data does not fit the model), ERR_ENDPOINT_*.
 * Once suites run, a failing or interrupted suite gives an evaluation with status `error` or
 * `incomplete` instead, and the target is marked so.
 *
 * @example
 * const { evaluations, findings } = await runModelTests({ system, model: 'credit-model', kinds: ['robustness'] });
 */
export async function runModelTests(options: RunModelTestsOptions): Promise<ModelTestsResult> {
  return runPlannedTests(planModelTests(options), options);
}

/** What {@link planModelTests} settled: the subject and each suite with its parsed options. */
export interface ModelTestPlan {
  readonly subject: TestSubject;
  readonly suites: ReadonlyArray<{ readonly suite: TestSuiteDef; readonly settings: unknown }>;
}

/**
 * Settle what to test and check every suite's settings, without reading data or opening the
 * model: what `aisec assess` does for every model before it scans anything. Throws like
 * {@link runModelTests} for what the user must fix.
 */
export function planModelTests(options: Omit<RunModelTestsOptions, 'signal' | 'onProgress' | 'env'>): ModelTestPlan {
  const system = options.system ?? null;
  const subject = resolveTestSubject(system, options);
  const kinds = [...new Set(options.kinds)];
  for (const kind of kinds) {
    if (!(evaluationKinds as readonly string[]).includes(kind)) throw new AisecError('ERR_USAGE', `"${String(kind)}" is not a test suite; use one of ${evaluationKinds.join(', ')}.`);
  }
  const profile = options.profile ?? 'full';
  const suites = kinds.map((kind) => {
    const suite = (options.suites ?? builtinSuites).find((s) => s.kind === kind);
    if (!suite) throw new AisecError('ERR_PLUGIN_NOT_FOUND', `No test suite of kind ${kind} is registered.`);
    return { suite, settings: suiteOptions(kind, suite.options, subject, profile, system?.loaded ?? null) };
  });
  if (options.budget !== undefined && !(Number.isInteger(options.budget) && options.budget >= 1)) {
    throw new AisecError('ERR_USAGE', `The query budget must be a whole number ≥ 1, not ${String(options.budget)}: a test that may not query the model measures nothing.`);
  }
  return { subject, suites };
}

/** Run a plan made by {@link planModelTests}. */
export async function runPlannedTests(plan: ModelTestPlan, options: Omit<RunModelTestsOptions, 'kinds' | 'profile' | 'suites'>): Promise<ModelTestsResult> {
  const { subject, suites: planned } = plan;
  const system = options.system ?? null;
  const kinds = planned.map((p) => p.suite.kind);
  const signal = options.signal ?? new AbortController().signal;
  const seed = options.seed ?? subject.seed ?? 0;
  const diagnostics: Diagnostic[] = [];
  const evaluations: EvaluationInput[] = [];
  const findings: Finding[] = [];
  const notRun = (kind: EvaluationKind, why: string): EvaluationInput => ({
    kind,
    model: subject.name,
    target: subject.target,
    status: 'incomplete',
    message: why,
    headline: `Not run: ${why}`,
    queries: 0,
    durationMs: 0,
  });

  let adapter: ModelAdapter | undefined;
  let rows: PreparedRows | undefined;
  try {
    try {
      rows = await prepareRows(subject, async (numFeatures, numClasses) => {
        adapter = await openModelUnderTest(subject, { numFeatures, signal, ...(numClasses !== undefined ? { numClasses } : {}), ...(options.env ? { env: options.env } : {}) });
        return adapter;
      }, system, signal);
    } catch (error) {
      if (!signal.aborted || !isAisecError(error, 'ERR_ABORTED')) throw error;
      for (const kind of kinds) evaluations.push(notRun(kind, 'the run was interrupted before the tests started.'));
    }
    if (rows && adapter) {
      diagnostics.push(...rows.diagnostics);
      const recipe = subject.recipe ? recipeLearner(subject.recipe) : undefined;
      for (const [i, { suite, settings }] of planned.entries()) {
        if (signal.aborted) {
          evaluations.push(notRun(suite.kind, `the run was interrupted before the ${suite.kind} tests started.`));
          continue;
        }
        const view = meteredAdapter(adapter, options.budget);
        const ctx: SuiteContext<unknown> = {
          adapter: view,
          model: { name: subject.name, target: subject.target },
          featureNames: rows.features,
          ...(subject.constraints ? { constraints: subject.constraints } : {}),
          evaluation: rows.evaluation,
          ...(rows.training ? { training: rows.training } : {}),
          ...(recipe ? { recipe } : {}),
          options: settings,
          seed,
          signal,
          onProgress: (done, total, label) => options.onProgress?.({ kind: suite.kind, suite: i, suites: planned.length, done, total, label }),
        };
        const { evaluation, raised } = await runOne(suite, ctx, view, subject);
        findings.push(...raised);
        evaluations.push(evaluation);
      }
    }
  } finally {
    await (adapter as ModelAdapter | undefined)?.close();
  }
  return { subject, target: await targetOf(subject, evaluations, options.skipDigest === true), evaluations, findings, diagnostics };
}

/** Run one suite; a suite that rejects (against its contract) still gives an evaluation. */
async function runOne(suite: TestSuiteDef, ctx: SuiteContext<unknown>, view: ModelAdapter, subject: TestSubject): Promise<{ evaluation: EvaluationInput; raised: Finding[] }> {
  const started = performance.now();
  try {
    const result = await suite.run(ctx);
    const raised = testFindings(suite.id, suite.tags, subject.target, subject.identity, result.findings);
    const evaluation = { ...result.evaluation, model: subject.name, target: subject.target, findings: raised.map((f) => f.fingerprint) };
    // Checked here, so a suite that breaks the report contract (a NaN figure, say) fails alone,
    // named, instead of failing the whole report when it is built.
    const checked = EvaluationSchema.safeParse(evaluation);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new AisecError('ERR_INTERNAL', `the ${suite.id} suite returned a result the report cannot hold: ${issue.path.join('.')}: ${issue.message}`);
    }
    return { evaluation, raised };
  } catch (error) {
    const cancelled = ctx.signal.aborted || isAisecError(error, 'ERR_ABORTED');
    const message = error instanceof Error ? error.message : String(error);
    return {
      evaluation: {
        kind: suite.kind,
        model: subject.name,
        target: subject.target,
        status: cancelled ? 'incomplete' : 'error',
        message,
        headline: cancelled ? `The ${suite.kind} tests were interrupted before they produced a figure.` : `The ${suite.kind} tests failed: ${message}`,
        queries: view.queriesUsed,
        durationMs: Math.round(performance.now() - started),
      },
      raised: [],
    };
  }
}

/** The model as a report target, with the worst status of its evaluations. */
async function targetOf(subject: TestSubject, evaluations: readonly EvaluationInput[], skipDigest: boolean): Promise<Target> {
  const status: TargetStatus = evaluations.some((e) => e.status === 'error') ? 'error' : evaluations.some((e) => e.status === 'incomplete') ? 'incomplete' : 'complete';
  const problems = evaluations.filter((e) => e.status !== 'complete').map((e) => `${e.kind}: ${e.message ?? e.status}`);
  let sha256: string | null = null;
  let size: number | null = null;
  if (subject.onnxFile && !skipDigest) {
    try {
      size = (await stat(subject.onnxFile)).size;
      sha256 = (await hashFile(subject.onnxFile)).sha256;
    } catch {
      // The file was read to open the model; if it went away since, the report says less.
    }
  }
  return {
    path: subject.target,
    kind: subject.via === 'http' ? 'endpoint' : 'model',
    format: subject.via === 'http' ? 'http' : 'onnx',
    sha256,
    size,
    status,
    ...(problems.length > 0 ? { message: `Tests not complete: ${problems.join(' ')}` } : {}),
    ...(subject.asset ? { asset: subject.asset } : {}),
    ...(subject.key ? { key: subject.key } : {}),
    scanners: evaluations.map((e) => e.kind),
  };
}
