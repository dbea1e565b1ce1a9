/**
 * Copycat extraction with natural data (Correia-Silva et al. 2018, "Copycat CNN"; ART
 * `CopycatCNN`): the thief holds unlabelled rows from the victim's own distribution, sends them
 * to the victim, and trains a model of its own on the answers: the victim's probabilities (soft
 * labels) or its labels. The stolen model is trained and measured at each checkpoint.
 *
 * Natural queries look like ordinary traffic, which is why similarity detectors such as PRADA
 * miss this thief; only quotas and per-client volume limits bound it.
 */
import { z } from 'zod';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Classifier, Learner } from '../../ml/models/classifier.js';
import { selectRows, type Matrix } from '../../ml/models/matrix.js';
import { createRng, shuffle } from '../../stats/index.js';
import type { CurvePoint, Evaluation } from './stolen-model.js';
import { checkEvaluation, checkLearner, scoreStolen, trainStolen } from './stolen-model.js';
import { extractionRun, type ExtractionRun } from './extraction-result.js';
import { softTargetMlp } from './soft-target-mlp.js';
import { parseSettings, thiefSettings, ThiefSettingsSchema } from './thief-settings.js';
import { checkThiefData, QueryMeter, TransferSet } from './transfer-set.js';

/** Settings of {@link runCopycat}. */
export const CopycatSettingsSchema = ThiefSettingsSchema.extend({
  order: z.enum(['random', 'given']).default('random').describe('Send the pool in a seeded random order, or in the order given.'),
}).strict();

/** Options of {@link runCopycat}. */
export interface CopycatOptions {
  readonly victim: ModelAdapter;
  /** The thief's unlabelled natural rows; it sends at most one query per row. */
  readonly pool: Matrix;
  readonly evaluation: Evaluation;
  /** Trains the stolen model (default: {@link defaultSurrogate}); learning from probabilities needs a soft learner. */
  readonly learner?: Learner;
  /** Budget, checkpoints, `use` (default probabilities), batch size, seed, order. */
  readonly settings: z.input<typeof CopycatSettingsSchema>;
  readonly signal?: AbortSignal;
}

/** The stolen model's learner unless one is given: a 64-unit MLP, at least 1,500 Adam steps. */
export function defaultSurrogate(): Learner {
  return softTargetMlp({ hiddenSizes: [64], epochs: 30, minSteps: 1500 });
}

/**
 * Run the copycat thief: query the pool up to the budget (or until the pool runs out) and
 * measure the stolen model at every checkpoint. Never sends more than the budget.
 *
 * Throws ERR_ATTACK_INPUT for unusable settings, pool or evaluation set, or a budget larger than
 * what the victim still allows; the victim's own errors pass through.
 */
export async function runCopycat(options: CopycatOptions): Promise<ExtractionRun> {
  const parsed = parseSettings(CopycatSettingsSchema, options.settings, 'copycat settings');
  const settings = thiefSettings(parsed, 'probabilities');
  const { victim, pool, evaluation, signal } = options;
  const learner = options.learner ?? defaultSurrogate();
  checkThiefData(pool, victim.numFeatures, 'copycat pool');
  checkEvaluation(evaluation, victim.numFeatures, victim.numClasses);
  checkLearner(learner, settings.use, 'copycat');
  const meter = new QueryMeter(victim, settings.budget);

  const notes: string[] = [];
  const total = Math.min(settings.budget, pool.rows);
  if (total < settings.budget) notes.push(`The pool holds ${pool.rows} rows, fewer than the budget of ${settings.budget}: the thief stopped when it ran out.`);
  const order = Array.from({ length: pool.rows }, (_, i) => i);
  if (parsed.order === 'random') shuffle(order, createRng(settings.seed));
  const checkpoints = settings.checkpoints.filter((c) => c < total);
  checkpoints.push(total);

  const set = new TransferSet(victim.numFeatures, victim.numClasses);
  const curve: CurvePoint[] = [];
  let learnedFrom = settings.use;
  let model: Classifier | undefined;
  for (const checkpoint of checkpoints) {
    while (set.size < checkpoint) {
      const rows = Math.min(settings.batchSize, checkpoint - set.size);
      const batch = selectRows(pool, order.slice(set.size, set.size + rows));
      set.add(batch, await meter.ask(batch, signal));
    }
    const stolen = trainStolen(learner, set, set.size, settings.use, settings.seed, signal);
    model = stolen.model;
    if (stolen.learnedFrom !== settings.use) learnedFrom = stolen.learnedFrom;
    curve.push(scoreStolen(model, evaluation, meter.used));
  }
  if (learnedFrom !== settings.use) notes.push(`${victim.name} answered labels only, so the stolen model learned from labels.`);
  return extractionRun(
    { attack: 'copycat', victim: victim.name, surrogate: learner.name, use: settings.use, learnedFrom, budget: settings.budget, queriesUsed: meter.used, curve, notes },
    model!,
  );
}
