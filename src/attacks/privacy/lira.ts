/**
 * LiRA, the likelihood-ratio membership attack (Carlini et al. 2022), against a model seen
 * only through its adapter. Needs the training recipe (learner and settings) and data like the
 * training data: shadow models are trained on random halves of a pool made of the rows tested
 * (members and non-members alike; the attacker does not know which is which) plus any extra
 * population rows, and each tested row is judged against the shadows that did and did not
 * train on it. Online and offline scores come from the same shadows.
 */
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { FitOptions } from '../../ml/models/classifier.js';
import { trueClassLogit } from './confidence-scores.js';
import { DEFAULT_MAX_LOGIT, liraScores } from './lira-scores.js';
import { attackInput, checkLabelledRows, checkMembershipData, stackRows, throwIfCancelled, type LabelledRows, type MembershipData } from './membership-data.js';
import { membershipResult, type MembershipResult } from './membership-result.js';
import { askModel, checkBudget } from './model-answers.js';
import { MAX_SHADOWS, trainShadowModels, type TrainingRecipe } from './shadow-models.js';

/** Below this many shadows one spread is shared by all rows (the reference code's advice). */
export const FIXED_VARIANCE_BELOW = 64;

/** Options of {@link liraAttack}. */
export interface LiraOptions<O extends FitOptions = FitOptions> extends TrainingRecipe<O> {
  /** Shadow models to train (default 16; at least 2). */
  readonly shadows?: number;
  /** Extra rows from the same population, added to the pool the shadows are trained on. */
  readonly population?: LabelledRows;
  /** Seed of the splits and fits (default 0): the same seed gives the same result. */
  readonly seed?: number;
  /** One spread shared by all rows (default: when there are fewer than 64 shadows). */
  readonly fixedVariance?: boolean;
  /** Limit on |φ| before the Gaussians are fitted (default 16, see DEFAULT_MAX_LOGIT; Infinity for none). */
  readonly maxLogit?: number;
  /** Cancels the test (ERR_ABORTED), also between and inside shadow fits. */
  readonly signal?: AbortSignal;
  /** Called after each shadow model: models trained so far, and in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Rows per query batch (default 1,024). */
  readonly batchRows?: number;
}

/** Both variants of LiRA from one set of shadows. */
export interface LiraResult {
  /** Compares each row with shadows that trained on it and shadows that did not. */
  readonly online: MembershipResult;
  /** Compares each row only with shadows that did not train on it. */
  readonly offline: MembershipResult;
  readonly shadows: number;
  readonly fixedVariance: boolean;
}

/**
 * Run LiRA online and offline against `model`, whose probabilities of the members and
 * non-members are asked once (members + non-members queries). Needs a model that returns
 * probabilities.
 *
 * @example
 * const { online, offline } = await liraAttack(model, { members, nonMembers }, {
 *   learner: logisticRegression, fitOptions: { l2: 0 }, shadows: 16, seed: 1,
 *   onProgress: (done, total) => console.error(`${done}/${total} shadow models`),
 * });
 */
export async function liraAttack<O extends FitOptions>(model: ModelAdapter, data: MembershipData, options: LiraOptions<O>): Promise<LiraResult> {
  const where = `LiRA on ${model?.name ?? 'the model'}`;
  checkMembershipData(data, model, where);
  if (!options || typeof options !== 'object') throw attackInput(where, 'give the training recipe: { learner, fitOptions }.');
  const shadows = options.shadows ?? 16;
  if (!Number.isInteger(shadows) || shadows < 2 || shadows > MAX_SHADOWS) throw attackInput(where, `shadows must be a whole number from 2 to ${MAX_SHADOWS}, not ${String(shadows)}.`);
  if (!options.learner || typeof options.learner.fit !== 'function') throw attackInput(where, 'the training recipe needs a learner ({ name, fit(X, y, options) }).');
  if (model.output !== 'probabilities') {
    throw attackInput(where, `${model.name} returns labels only, and LiRA needs its class scores; against a labels-only model only the rule-based attack applies (correctnessAttack).`);
  }
  if (options.population) checkLabelledRows(options.population, model, 'population rows', where, 0);
  const fixedVariance = options.fixedVariance ?? shadows < FIXED_VARIANCE_BELOW;
  const maxLogit = options.maxLogit ?? DEFAULT_MAX_LOGIT;
  if (!(maxLogit > 0)) throw attackInput(where, `maxLogit must be a number > 0 (or Infinity), not ${String(maxLogit)}.`);
  const candidates = stackRows(data.members, data.nonMembers);
  checkBudget(model, candidates.X.rows, where);
  throwIfCancelled(options.signal, where);

  const answers = await askModel(model, candidates.X, { where, needScores: true, signal: options.signal, batchRows: options.batchRows });
  const targetPhi = trueClassLogit(answers.probabilities!, candidates.y);
  const pool = options.population ? stackRows(candidates, options.population) : candidates;
  const set = await trainShadowModels(pool, {
    learner: options.learner,
    fitOptions: options.fitOptions,
    shadows,
    numClasses: model.numClasses,
    seed: options.seed ?? 0,
    signal: options.signal,
    onProgress: options.onProgress,
    where,
  });
  const rows = Int32Array.from({ length: candidates.X.rows }, (_, i) => i);
  const scores = liraScores(set, rows, targetPhi, { fixedVariance, maxLogit });
  const m = data.members.X.rows;
  const recipe = `${shadows} shadow models (${options.learner.name}) trained on random halves of ${pool.X.rows} rows (the ${candidates.X.rows} tested${options.population ? ` and ${options.population.X.rows} more from the population` : ''}); ${fixedVariance ? 'one spread shared by all rows' : 'one spread per row'}; φ limited to ±${maxLogit}.`;
  const context = { model: model.name, knowledge: 'scores-and-shadows' as const, queries: candidates.X.rows };
  return {
    online: membershipResult(scores.online.slice(0, m), scores.online.slice(m), {
      ...context,
      attack: 'lira-online',
      notes: [recipe, 'Online: each row is compared with shadows that trained on it and shadows that did not.'],
    }),
    offline: membershipResult(scores.offline.slice(0, m), scores.offline.slice(m), {
      ...context,
      attack: 'lira-offline',
      notes: [recipe, 'Offline: each row is compared only with shadows that did not train on it.'],
    }),
    shadows,
    fixedVariance,
  };
}
