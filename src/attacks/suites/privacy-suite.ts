/**
 * The privacy suite: can someone who queries the model tell whether a person's record was in
 * its training data (membership inference)?
 *
 * - With the training rows: the rule-based baseline ("a member if correctly classified", the
 *   only test of a labels-only model), the loss attack and per-class calibrated thresholds, on
 *   a seeded sample of training rows (members) and evaluation rows (non-members).
 * - With the training recipe as well: LiRA online and offline, with shadow models trained on
 *   random halves of the pool training ∪ evaluation rows.
 * - Without the training rows: no member is known, so the deployed model cannot be tested.
 *   With a recipe, a stand-in model is trained on half the evaluation rows and tested instead
 *   (this tests the recipe, not the deployed model); without one, the run is incomplete.
 *
 * The model's answers are remembered, so the attacks share one query per row.
 */
import { AisecError, isAisecError } from '../../core/errors.js';
import { classifierAdapter, selectRows, selectValues, type Classifier, type ModelAdapter } from '../../ml/index.js';
import { calibratedThresholdAttack, correctnessAttack, liraAttack, lossAttack, type MembershipData } from '../privacy/index.js';
import { answerCache } from './answer-cache.js';
import { privacyFindings } from './privacy-findings.js';
import { PrivacyOptionsSchema, privacySettings, type PrivacyOptions, type PrivacySettings } from './privacy-options.js';
import type { PrivacyOutcome } from './privacy-outcome.js';
import { privacyHeadline, privacyReport } from './privacy-report.js';
import { defineTestSuite, type SuiteContext, type SuiteResult } from './suite.js';
import { contextProblem, sampleData, shuffledRows, suiteSeed } from './suite-inputs.js';
import { guardedSuite, SuiteRun } from './suite-run.js';

/** The privacy suite. */
export const privacySuite = defineTestSuite({
  id: 'privacy',
  version: 1,
  summary: 'Membership inference: how many of the people in the training data an attacker who queries the model can single out (loss, calibrated thresholds, LiRA).',
  tags: { atlas: ['AML.T0024.000', 'AML.T0024'], owasp: ['ML04'] },
  kind: 'privacy',
  options: PrivacyOptionsSchema,
  run: (ctx) => guardedSuite(ctx, 'privacy', PrivacyOptionsSchema, (options) => runPrivacy({ ...ctx, seed: suiteSeed(ctx.seed) }, options)),
});

async function runPrivacy(ctx: SuiteContext<unknown>, options: PrivacyOptions): Promise<SuiteResult> {
  const s = privacySettings(options);
  const run = new SuiteRun(ctx, 4 + (ctx.recipe ? s.shadows : 0));
  const outcome: PrivacyOutcome = { settings: s, subject: 'model', attacks: {} };
  const problem = contextProblem(ctx, true);
  if (problem) {
    run.stop('error', `The membership tests cannot run: ${problem}.`);
    return run.finish('privacy', `Membership leakage could not be measured: ${problem}.`);
  }
  run.details.settings = { ...s };
  let target: ModelAdapter;
  let data: MembershipData;
  if (ctx.training) {
    data = { members: sampleData(ctx.training, s.members, ctx.seed), nonMembers: sampleData(ctx.evaluation, s.nonMembers, ctx.seed + 1) };
    target = answerCache(ctx.adapter);
    run.progress('sample of members and non-members', 1);
  } else if (ctx.recipe) {
    const standIn = await run.step('stand-in model trained with the recipe', 1, () => standInModel(ctx, s));
    if (!standIn) return finish(outcome, run);
    ({ target, data } = standIn);
    outcome.subject = 'stand-in';
    run.note('No training rows were given, so no member of the deployed model is known: a stand-in model was trained with the same recipe on half of the evaluation rows and tested instead. This measures what the recipe leaks, not the deployed model.');
  } else {
    run.incomplete('Membership leakage could not be measured: the rows the model was trained on were not given, so no member is known, and without the training recipe no stand-in model could be trained. Declare the training dataset (or the recipe) to run this test.');
    return finish(outcome, run);
  }
  outcome.members = data.members.X.rows;
  outcome.nonMembers = data.nonMembers.X.rows;
  const needed = outcome.members + outcome.nonMembers;
  if (outcome.subject === 'model' && !(ctx.adapter.queriesLeft >= needed)) {
    run.stop('budget', `The model's query budget (${ctx.adapter.queriesLeft} left) is below the ${needed} queries the membership tests need (one per member and non-member tested); raise the budget or lower members and nonMembers.`);
    return finish(outcome, run);
  }

  const signal = ctx.signal;
  const attack = async (key: keyof PrivacyOutcome['attacks'], name: string, work: () => ReturnType<typeof lossAttack>) => {
    const result = await run.step(name, 1, work);
    if (result) outcome.attacks[key] = result;
  };
  await attack('correctness', 'correctness baseline', () => correctnessAttack(target, data, { signal }));
  if (target.output === 'probabilities') {
    await attack('loss', 'loss attack', () => lossAttack(target, data, { signal }));
    await attack('calibrated-threshold', 'calibrated-threshold attack', () => calibratedThresholdAttack(target, data, { signal, seed: ctx.seed }));
  } else {
    run.skip('loss and calibrated-threshold attacks', `${ctx.adapter.name} answers labels only, so only the rule-based baseline applies`, 2);
  }
  if (!ctx.recipe) run.skip('LiRA', 'no training recipe was given, so no shadow model can be trained; the calibrated-threshold attack stands in for it and is weaker at low false-positive rates', 0);
  else if (target.output !== 'probabilities') run.skip('LiRA', `${ctx.adapter.name} answers labels only, and LiRA needs class scores`, s.shadows);
  else {
    const recipe = ctx.recipe;
    const lira = await run.step('LiRA', s.shadows, () =>
      liraAttack(target, data, {
        learner: recipe.learner,
        fitOptions: recipe.options,
        shadows: s.shadows,
        seed: ctx.seed,
        signal,
        onProgress: (done, total) => run.progress(`LiRA shadow model ${done} of ${total}`, 1),
      }),
    );
    if (lira) {
      outcome.attacks['lira-online'] = lira.online;
      outcome.attacks['lira-offline'] = lira.offline;
    }
  }
  return finish(outcome, run);
}

function finish(outcome: PrivacyOutcome, run: SuiteRun): SuiteResult {
  privacyReport(outcome, run);
  run.findings.push(...privacyFindings(outcome));
  return run.finish('privacy', privacyHeadline(outcome, run));
}

/** Train a stand-in with the recipe on a random half of the evaluation rows; the other half are its non-members. */
async function standInModel(ctx: SuiteContext<unknown>, s: PrivacySettings): Promise<{ target: ModelAdapter; data: MembershipData }> {
  const recipe = ctx.recipe!;
  const { X, y } = ctx.evaluation;
  if (X.rows < 20) throw new AisecError('ERR_ATTACK_INPUT', `a stand-in model needs at least 20 evaluation rows to split into members and non-members, not ${X.rows}`);
  const order = shuffledRows(X.rows, ctx.seed);
  const half = Math.floor(X.rows / 2);
  const inRows = order.slice(0, Math.min(half, s.members));
  const outRows = order.slice(half, half + Math.min(X.rows - half, s.nonMembers));
  const members = { X: selectRows(X, inRows), y: selectValues(y, inRows) };
  const nonMembers = { X: selectRows(X, outRows), y: selectValues(y, outRows) };
  await new Promise((resolve) => setImmediate(resolve));
  let model: Classifier;
  try {
    model = recipe.learner.fit(members.X, members.y, { ...recipe.options, numClasses: ctx.adapter.numClasses, seed: ctx.seed, signal: ctx.signal });
  } catch (error) {
    if (ctx.signal.aborted || isAisecError(error)) throw error;
    throw new AisecError('ERR_ATTACK_INPUT', `the ${recipe.learner.name} recipe failed on the stand-in model: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const target = classifierAdapter(model, { name: `${ctx.adapter.name} (stand-in trained with its recipe)`, output: ctx.adapter.output });
  return { target, data: { members, nonMembers } };
}
