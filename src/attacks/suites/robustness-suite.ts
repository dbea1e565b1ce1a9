/**
 * The robustness suite: how easily can the model's decisions be flipped?
 *
 * Features are min–max scaled to [0, 1] over the evaluation rows, so ε is a share of each
 * feature's range. On a seeded sample of correctly classified evaluation rows it runs
 * HopSkipJump (labels only: the realistic attacker of an API that answers decisions, who starts
 * from the other evaluation rows as its own data; hsja-starts.ts), Square Attack (when the
 * model answers scores) and the random-noise baseline at each ε, PGD when the
 * white-box model is given, the constrained tabular attack when feature constraints are given
 * (only changes a person could actually make), and the model checks (numeric perturbation,
 * batch and repeat determinism, slice performance).
 */
import { batchDeterminismCheck, numericPerturbationCheck, repeatDeterminismCheck, slicePerformanceCheck } from '../checks/index.js';
import { hopSkipJump, pgdAttack, randomNoiseAttack, squareAttack, type EvasionResult } from '../evasion/index.js';
import { constrainedTabularAttack, constraintViolations, resolveConstraints } from '../tabular/index.js';
import { selectRows, selectValues, type Matrix } from '../../ml/index.js';
import { correctSample } from './correct-sample.js';
import { hsjaStarts, type HsjaStarts } from './hsja-starts.js';
import { robustnessFindings } from './robustness-findings.js';
import { RobustnessOptionsSchema, robustnessSettings, type RobustnessOptions, type RobustnessSettings } from './robustness-options.js';
import type { EvasionKey, RobustnessOutcome } from './robustness-outcome.js';
import { robustnessHeadline, robustnessReport } from './robustness-report.js';
import { defineTestSuite, type SuiteContext, type SuiteResult } from './suite.js';
import { contextProblem, suiteSeed } from './suite-inputs.js';
import { guardedSuite, SuiteRun } from './suite-run.js';
import { fitUnitScale, toUnit, unitScaledAdapter, unitScaledClassifier } from './unit-scale.js';

const UNIT_BOX = { lo: 0, hi: 1 } as const;
/** Nearest starting rows of another class HopSkipJump tries for each attacked row (one query each, plus a bisection for each closer one). */
const HSJA_CANDIDATES = 30;

/** The robustness suite. */
export const robustnessSuite = defineTestSuite({
  id: 'robustness',
  version: 1,
  summary: 'Evasion: how often small input changes (within ε of each feature\'s range, or within the declared feature constraints) flip the model\'s decisions, plus model checks.',
  tags: { atlas: ['AML.T0015', 'AML.T0043'], owasp: ['ML01'] },
  kind: 'robustness',
  options: RobustnessOptionsSchema,
  run: (ctx) => guardedSuite(ctx, 'robustness', RobustnessOptionsSchema, (options) => runRobustness({ ...ctx, seed: suiteSeed(ctx.seed) }, options)),
});

async function runRobustness(ctx: SuiteContext<unknown>, options: RobustnessOptions): Promise<SuiteResult> {
  const settings = robustnessSettings(options);
  const outcome: RobustnessOutcome = { settings, evasion: {}, checks: {} };
  const run = new SuiteRun(ctx, 10);
  const problem = contextProblem(ctx);
  if (problem) {
    run.stop('error', `The robustness tests cannot run: ${problem}.`);
    return run.finish('robustness', `No robustness figure could be measured: ${problem}.`);
  }
  const scale = fitUnitScale(ctx.evaluation.X);
  const scaled = unitScaledAdapter(ctx.adapter, scale);
  run.details.scaling = 'Features were min–max scaled to [0, 1] over the evaluation rows for the ε attacks: ε is a share of each feature\'s range in that data, and perturbed inputs stay within that range.';
  run.details.settings = { ...settings };
  planNote(run, ctx, settings);

  outcome.sample = await run.step('sample of correctly classified rows', 1, () => correctSample(ctx.adapter, ctx.evaluation, settings.examples, ctx.seed, ctx.signal));
  const sample = outcome.sample;
  if (sample && sample.rows.length === 0) run.stop('error', `${ctx.adapter.name} classified none of the ${sample.asked} evaluation rows asked about correctly, so there is no decision to flip.`);
  const units = sample ? toUnit(scale, sample.X) : undefined;
  const common = { epsilons: settings.epsilons, norm: 'linf' as const, seed: ctx.seed, signal: ctx.signal, box: UNIT_BOX };

  const evasion = async (key: EvasionKey, name: string, attack: () => Promise<EvasionResult>) => {
    const result = await run.step(name, 1, attack);
    if (!result) return;
    outcome.evasion[key] = result;
    if (result.modelBudgetReached) run.budgetSpent(name);
  };

  if (ctx.constraints === undefined) run.skip('constrained tabular attack', 'no feature constraints were given, so what a person could actually change is unknown');
  else if (sample) await run.step('constrained tabular attack', 1, () => constrained(ctx, settings, sample.X, sample.y, outcome, run));
  if (units && sample) {
    const starts = hsjaStarts(ctx.evaluation, sample.rows, scale, ctx.seed);
    startNote(run, starts);
    await evasion('hsja', 'HopSkipJump', () => hopSkipJump(scaled, units, sample.y, { ...common, budget: settings.hsjaQueries, ...(starts && { startingPoints: starts.startingPoints, startingLabels: starts.startingLabels, startingCandidates: HSJA_CANDIDATES }) }));
    if (ctx.adapter.output === 'probabilities') await evasion('square', 'Square Attack', () => squareAttack(scaled, units, sample.y, { ...common, budget: settings.squareQueries }));
    else run.skip('Square Attack', `${ctx.adapter.name} answers labels only and Square Attack needs class scores; HopSkipJump covers this attacker`);
    await evasion('noise', 'random noise', () => randomNoiseAttack(scaled, units, sample.y, { ...common, budget: settings.noiseQueries }));
    const whiteBox = ctx.whiteBox;
    if (whiteBox) {
      const model = unitScaledClassifier(whiteBox, scale);
      await evasion('pgd', 'PGD (white-box)', () => pgdAttack(model, units, sample.y, { ...common, steps: settings.pgdSteps, restarts: settings.pgdRestarts, name: ctx.adapter.name }));
    } else run.skip('PGD (white-box)', 'the model was given only through its answers, so the white-box ceiling is not drawn');
  }
  if (settings.checks) await modelChecks(ctx, settings, outcome, run);
  else run.skip('model checks', 'turned off in the options', 4);

  robustnessReport(outcome, run);
  run.findings.push(...robustnessFindings(outcome));
  return run.finish('robustness', robustnessHeadline(outcome, run));
}

/** Say where HopSkipJump starts from, in the details and the notes. */
function startNote(run: SuiteRun, starts: HsjaStarts | undefined): void {
  if (!starts) {
    run.details.hsjaStart = { from: 'uniform noise', why: 'every evaluation row was attacked, so none was left as the attacker\'s own data' };
    run.note('HopSkipJump started from random noise: every evaluation row was attacked, so none was left to stand for the attacker\'s own data.');
    return;
  }
  const rows = starts.startingPoints.rows;
  const sampled = rows < starts.available ? ` (a seeded sample of ${rows} of the ${starts.available})` : '';
  run.details.hsjaStart = { from: 'other evaluation rows', rows, available: starts.available, labelled: true, candidates: HSJA_CANDIDATES, scaling: 'the same min–max scaling as the attacked rows' };
  run.note(
    `The labels-only attacker (HopSkipJump) starts from other real inputs, as someone holding other people's records (other applicants' data) would: the evaluation rows not attacked${sampled}, with their labels. Each attacked row starts from the best ray towards the ${HSJA_CANDIDATES} nearest of them labelled another class, each confirmed by asking the model and counted in the row's query budget; from random noise when the model puts none of them in another class.`,
  );
}

/** The constrained tabular attack on the sample rows that satisfy the constraints. */
async function constrained(ctx: SuiteContext<unknown>, s: RobustnessSettings, X: Matrix, y: Int32Array, outcome: RobustnessOutcome, run: SuiteRun): Promise<void> {
  const c = resolveConstraints(ctx.constraints, ctx.featureNames);
  if (c.units.every((unit) => unit.immutable)) {
    run.skip('constrained tabular attack', 'every feature is declared immutable, so no decision can be changed by the person scored', 0);
    return;
  }
  const ok: number[] = [];
  for (let r = 0; r < X.rows && ok.length < s.tabularRows; r++) {
    const row = X.data.subarray(r * X.cols, (r + 1) * X.cols);
    if (constraintViolations(row, row, c).length === 0) ok.push(r);
  }
  outcome.tabularExcluded = Math.min(X.rows, s.tabularRows) - ok.length;
  if (ok.length === 0) {
    run.incomplete('The constrained tabular attack could not run: none of the sampled evaluation rows satisfies the declared constraints (check the constraints against the data).');
    return;
  }
  if (outcome.tabularExcluded > 0) run.note(`constrained tabular attack: ${outcome.tabularExcluded} sampled rows break the declared constraints themselves and were left out.`);
  const rows = ok.length;
  const result = await constrainedTabularAttack(ctx.adapter, selectRows(X, ok), ctx.constraints!, {
    featureNames: [...ctx.featureNames],
    budget: s.tabularBudget,
    seed: ctx.seed,
    maxRows: rows,
    maxQueriesPerRow: s.tabularQueriesPerRow,
    maxQueries: Math.ceil(rows * (s.tabularQueriesPerRow + 1) * 1.25),
    labels: selectValues(y, ok),
    signal: ctx.signal,
  });
  outcome.tabular = result;
  if (!result.complete && ctx.adapter.queriesLeft < s.tabularQueriesPerRow) run.budgetSpent('constrained tabular attack');
}

/** The four model checks, on the evaluation rows in the model's own units. */
async function modelChecks(ctx: SuiteContext<unknown>, s: RobustnessSettings, outcome: RobustnessOutcome, run: SuiteRun): Promise<void> {
  const X = ctx.evaluation.X;
  const featureNames = [...ctx.featureNames];
  const constraints = ctx.constraints === undefined ? {} : { constraints: ctx.constraints };
  const seed = ctx.seed;
  const signal = ctx.signal;
  const checks = outcome.checks;
  const numeric = await run.step('numeric perturbation check', 1, () => numericPerturbationCheck(ctx.adapter, X, { featureNames, ...constraints, maxRows: s.perturbationRows, seed, maxQueries: 100_000_000, signal }));
  if (numeric) checks['numeric-perturbation'] = numeric;
  const batch = await run.step('batch determinism check', 1, () => batchDeterminismCheck(ctx.adapter, X, { sampleSize: s.determinismRows, seed, signal }));
  if (batch) checks['batch-determinism'] = batch;
  const repeat = await run.step('repeat determinism check', 1, () => repeatDeterminismCheck(ctx.adapter, X, { sampleSize: s.determinismRows, seed, signal }));
  if (repeat) checks['repeat-determinism'] = repeat;
  const slices = await run.step('slice performance check', 1, () => slicePerformanceCheck(ctx.adapter, X, ctx.evaluation.y, { featureNames, ...constraints, maxRows: s.sliceRows, seed, maxQueries: 100_000_000, signal }));
  if (slices) checks['slice-performance'] = slices;
}

/** Say up front when the model's budget is below what the plan may spend. */
function planNote(run: SuiteRun, ctx: SuiteContext<unknown>, s: RobustnessSettings): void {
  const n = s.examples;
  const e = s.epsilons.length;
  const d = ctx.adapter.numFeatures;
  const planned =
    2 * n +
    n * (s.hsjaQueries + 1) +
    (ctx.adapter.output === 'probabilities' ? n * (e * s.squareQueries + 1) : 0) +
    n * (e * s.noiseQueries + 1) +
    (ctx.constraints ? Math.ceil(s.tabularRows * (s.tabularQueriesPerRow + 1) * 1.25) : 0) +
    (s.checks ? s.perturbationRows * d * 3 + 4 * s.determinismRows + s.sliceRows : 0);
  run.details.plannedQueries = planned;
  const left = ctx.adapter.queriesLeft;
  if (Number.isFinite(left) && left < planned) run.note(`The model's query budget (${left} left) is below what these tests may spend (up to ${planned}); they run in order until it is spent.`);
}
