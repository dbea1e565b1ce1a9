/**
 * The extraction suite: can someone copy the model through its answers, and which output
 * hardening would make that harder for the least cost to honest callers?
 *
 * The evaluation rows are min–max scaled (as a thief normalises its own data) and split into
 * the thief's natural data and a held-out set the stolen models are measured on. Thieves:
 * copycat learning from probabilities, copycat learning from labels, and Jacobian-based
 * augmentation (JbDA) when the training recipe gives a learner with input gradients. Each runs
 * up to the largest budget under every hardening setting, measured at each budget. Copies are
 * judged against a constant copy that always gives the model's most common answer on the
 * measuring set (extraction-baseline.ts).
 */
import { defaultSurrogate, runHardeningSweep, type SweepThief } from '../extraction/index.js';
import { hardeningKeepsScores, type HardeningSetting } from '../../ml/output-hardening.js';
import { selectRows, selectValues, type DifferentiableClassifier, type Matrix } from '../../ml/index.js';
import { constantCopy, watchedVictim } from './extraction-baseline.js';
import { ExtractionOptionsSchema, extractionSettings, type ExtractionOptions, type ExtractionSettings } from './extraction-options.js';
import { extractionFindings } from './extraction-findings.js';
import { extractionHeadline, extractionReport, type ExtractionOutcome } from './extraction-report.js';
import { recipeLearner } from './recipe-learner.js';
import { defineTestSuite, type SuiteContext, type SuiteRecipe, type SuiteResult } from './suite.js';
import { contextProblem, shuffledRows, suiteSeed } from './suite-inputs.js';
import { guardedSuite, SuiteRun } from './suite-run.js';
import { fitUnitScale, toUnit, unitScaledAdapter } from './unit-scale.js';

/** Fewest evaluation rows: ten to measure on and ten for the thief. */
const MIN_ROWS = 20;

/** The extraction suite. */
export const extractionSuite = defineTestSuite({
  id: 'extraction',
  version: 1,
  summary: 'Model theft: how closely thieves copy the model from its answers within a query budget, under each output-hardening setting, and which setting to use.',
  tags: { atlas: ['AML.T0024.002'], owasp: ['ML05'] },
  kind: 'extraction',
  options: ExtractionOptionsSchema,
  run: (ctx) => guardedSuite(ctx, 'extraction', ExtractionOptionsSchema, (options) => runExtraction({ ...ctx, seed: suiteSeed(ctx.seed) }, options)),
});

async function runExtraction(ctx: SuiteContext<unknown>, options: ExtractionOptions): Promise<SuiteResult> {
  const s = extractionSettings(options);
  const run = new SuiteRun(ctx, 1);
  const outcome: ExtractionOutcome = { settings: s, lines: [] };
  const problem = contextProblem(ctx) ?? (ctx.evaluation.X.rows < MIN_ROWS ? `the extraction test needs at least ${MIN_ROWS} evaluation rows, not ${ctx.evaluation.X.rows}` : undefined);
  if (problem) {
    run.stop('error', `The extraction tests cannot run: ${problem}.`);
    return run.finish('extraction', `Model theft could not be measured: ${problem}.`);
  }
  const scale = fitUnitScale(ctx.evaluation.X);
  const unit = toUnit(scale, ctx.evaluation.X);
  const order = shuffledRows(unit.rows, ctx.seed);
  const measured = order.slice(0, Math.min(s.measureRows, Math.floor(unit.rows / 2)));
  const poolRows = order.slice(measured.length);
  const measure = { inputs: selectRows(unit, measured), trueLabels: selectValues(ctx.evaluation.y, measured) };
  const pool = selectRows(unit, poolRows);
  run.details.data = { measureRows: measured.length, poolRows: pool.rows, scaling: 'min-max over the evaluation rows, as a thief normalises its own data' };

  let hardening: readonly HardeningSetting[] = s.hardening;
  if (ctx.adapter.output !== 'probabilities') {
    hardening = hardening.filter((h) => !hardeningKeepsScores(h) || h.kind === 'none');
    run.note(`${ctx.adapter.name} answers labels only, so only the settings that need no scores (none, label-only) were compared.`);
  }
  const settingsRun = hardening.length + (hardening.some((h) => h.kind === 'none') ? 0 : 1);
  const thieves = thievesFor(ctx.recipe, pool, ctx.adapter.numClasses, run);
  const budgets = affordableBudgets(ctx, s, settingsRun, thieves, measure.inputs.rows, pool.rows, run);
  outcome.thieves = thieves.map((t) => t.name);
  if (budgets.length === 0) return finish(outcome, run);
  run.totalUnits = settingsRun * thieves.length;
  const watched = watchedVictim(() => unitScaledAdapter(ctx.adapter, scale), measure.inputs);
  outcome.sweep = await run.step('hardening sweep', settingsRun * thieves.length, () =>
    runHardeningSweep({
      victim: watched.victim,
      evaluation: measure,
      pool,
      thieves: thieves.map((t) => t.thief),
      settings: { budget: budgets.at(-1)!, checkpoints: budgets, hardening: [...hardening], maxAccuracyLoss: s.maxAccuracyLoss, maxScoreChange: s.maxScoreChange, seed: ctx.seed },
      signal: ctx.signal,
      onProgress: (line) => {
        outcome.lines.push(line);
        run.progress(line, 1);
      },
    }),
  );
  const answers = watched.labels();
  if (outcome.sweep) {
    outcome.constantCopy = answers ? constantCopy(answers, 'model answers') : constantCopy(measure.trueLabels, 'true labels');
    if (!answers) run.note('The model\'s own answers on the measuring rows were not seen, so the constant copy the thieves are judged against gives the most common true label instead.');
  }
  return finish(outcome, run);
}

function finish(outcome: ExtractionOutcome, run: SuiteRun): SuiteResult {
  extractionReport(outcome, run);
  run.findings.push(...extractionFindings(outcome));
  return run.finish('extraction', extractionHeadline(outcome, run));
}

/** A thief with its key in metric names. */
export interface NamedThief {
  readonly name: string;
  readonly thief: SweepThief;
}

/** Copycat on probabilities and on labels always; JbDA when the recipe's learner gives input gradients. */
function thievesFor(recipe: SuiteRecipe | undefined, pool: Matrix, numClasses: number, run: SuiteRun): NamedThief[] {
  const learner = recipe ? recipeLearner(recipe) : defaultSurrogate();
  const thieves: NamedThief[] = [
    { name: 'copycat-probabilities', thief: { kind: 'copycat', use: 'probabilities' } },
    { name: 'copycat-labels', thief: { kind: 'copycat', use: 'labels', learner } },
  ];
  if (!recipe) {
    run.skip('Jacobian-based augmentation', 'no training recipe was given, so the thief has no model of the same kind to steer its synthetic queries', 0);
    return thieves;
  }
  try {
    const probe = selectRows(pool, [0, Math.min(1, pool.rows - 1)]);
    const model = learner.fit(probe, Int32Array.of(0, numClasses - 1), { numClasses, seed: 0 }) as Partial<DifferentiableClassifier>;
    if (typeof model.inputGradient !== 'function') {
      run.skip('Jacobian-based augmentation', `the recipe's learner (${recipe.learner.name}) gives no input gradients, which the augmentation steps need`, 0);
      return thieves;
    }
  } catch (error) {
    run.skip('Jacobian-based augmentation', `the recipe's learner (${recipe.learner.name}) could not be fitted on two rows: ${error instanceof Error ? error.message : String(error)}`, 0);
    return thieves;
  }
  thieves.push({ name: 'jbda-labels', thief: { kind: 'jacobian-augmentation', use: 'labels', learner, featureMin: 0, featureMax: 1 } });
  return thieves;
}

/**
 * The budgets the model's query budget allows for the whole sweep: the largest budgets are
 * dropped until it fits; none left makes the run incomplete before any query.
 */
function affordableBudgets(ctx: SuiteContext<unknown>, s: ExtractionSettings, settings: number, thieves: readonly NamedThief[], measureRows: number, poolRows: number, run: SuiteRun): number[] {
  const need = (budget: number) => measureRows + settings * (measureRows + thieves.reduce((sum, t) => sum + (t.thief.kind === 'copycat' ? Math.min(budget, poolRows) : budget), 0));
  const left = ctx.adapter.queriesLeft;
  run.details.plannedQueries = need(s.budgets.at(-1)!);
  const budgets = [...s.budgets];
  while (budgets.length > 0 && need(budgets.at(-1)!) > left) budgets.pop();
  if (budgets.length === s.budgets.length) return budgets;
  if (budgets.length === 0) {
    run.stop('budget', `The model's query budget (${left} left) is too small for the extraction test: even the smallest budget of ${s.budgets[0]} queries per thief needs ${need(s.budgets[0]!)} in all. Raise the model's budget or lower the budgets.`);
  } else {
    run.incomplete(`The model's query budget (${left} left) covers the extraction test only up to ${budgets.at(-1)} queries per thief; the budgets ${s.budgets.slice(budgets.length).join(', ')} were not tested.`);
  }
  return budgets;
}
