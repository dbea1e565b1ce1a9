/**
 * Jacobian-based dataset augmentation (JbDA; Papernot et al., "Practical Black-Box Attacks
 * against Machine Learning", AsiaCCS 2017): the thief starts from a small seed set, labels it
 * with the victim, and in each round trains a substitute and adds, for every point x so far,
 * `x + λ_ρ · sign(∂F_y(x)/∂x)` where F is the substitute's softmax output and y the victim's
 * label of x, clipped to the feature box. The set doubles each round until the budget is spent
 * (the last round takes a seeded random subset of the points).
 *
 * The step follows the paper's periodic schedule `λ_ρ = ±λ`, changing sign every τ rounds, and
 * starts negative (towards the substitute's decision boundary, where the victim's answers teach
 * the most) as cleverhans' reference tutorial does: −λ for rounds 0–2, then +λ, with τ = 3. On
 * the linear test victim, stepping only along the gradient (away from the boundary) left the
 * agreement where the seeds put it (0.80–0.90 after 2,000 queries); the schedule reaches 0.93–0.97 (λ from 0.05 to 0.2, three seeds).
 *
 * Its queries are synthetic and close to one another, which is what PRADA-style detectors
 * catch (the notes measured an alarm after 151–161 queries).
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Classifier, DifferentiableClassifier, Learner } from '../../ml/models/classifier.js';
import { createMatrix, selectRows, type Matrix } from '../../ml/models/matrix.js';
import { createRng, sample } from '../../stats/index.js';
import { defaultSurrogate } from './copycat.js';
import { extractionRun, type ExtractionRun } from './extraction-result.js';
import { checkEvaluation, checkLearner, scoreStolen, trainStolen, type CurvePoint, type Evaluation } from './stolen-model.js';
import { parseSettings, thiefSettings, ThiefSettingsSchema, type ThiefUse } from './thief-settings.js';
import { checkThiefData, QueryMeter, TransferSet } from './transfer-set.js';

const bound = z.union([z.number(), z.array(z.number()).max(100_000)]);

/** Settings of {@link runJacobianAugmentation}. */
export const JacobianSettingsSchema = ThiefSettingsSchema.extend({
  lambda: z.number().positive().max(1e6).default(0.1).describe('Step λ of each augmentation, in feature units (Papernot et al.: 0.1 on features in [0, 1]).'),
  tau: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(3)
    .describe('λ changes sign every τ rounds (the paper\'s periodic step size); the first τ rounds step towards the substitute\'s boundary, as the reference code does.'),
  featureMin: bound.default(0).describe('Lower end of the feature box: one number for every feature, or one per feature.'),
  featureMax: bound.default(1).describe('Upper end of the feature box: one number for every feature, or one per feature.'),
}).strict();

/** Options of {@link runJacobianAugmentation}. */
export interface JacobianOptions {
  readonly victim: ModelAdapter;
  /** The thief's few natural seed rows (the paper used 150); sent first. */
  readonly seeds: Matrix;
  readonly evaluation: Evaluation;
  /** Trains the substitute; its models must give input gradients (default: {@link defaultSurrogate}). */
  readonly learner?: Learner;
  /** Budget, checkpoints, `use` (default labels, as in the paper), batch size, seed, λ, τ, feature box. */
  readonly settings: z.input<typeof JacobianSettingsSchema>;
  readonly signal?: AbortSignal;
}

/**
 * Run the JbDA thief until its budget is spent, measuring the substitute at every checkpoint.
 * Never sends more than the budget.
 *
 * Throws ERR_ATTACK_INPUT for unusable settings, seeds, feature box or evaluation set, a learner
 * without input gradients, or a budget larger than what the victim still allows.
 */
export async function runJacobianAugmentation(options: JacobianOptions): Promise<ExtractionRun> {
  const parsed = parseSettings(JacobianSettingsSchema, options.settings, 'jacobian-augmentation settings');
  const settings = thiefSettings(parsed, 'labels');
  const { victim, seeds, evaluation, signal } = options;
  const learner = options.learner ?? defaultSurrogate();
  const d = victim.numFeatures;
  checkThiefData(seeds, d, 'jacobian-augmentation seeds');
  const box = featureBox(parsed.featureMin, parsed.featureMax, d);
  checkEvaluation(evaluation, d, victim.numClasses);
  checkLearner(learner, settings.use, 'jacobian-augmentation');
  checkGradients(learner, seeds, victim.numClasses);
  const meter = new QueryMeter(victim, settings.budget);

  const set = new TransferSet(d, victim.numClasses);
  const curve: CurvePoint[] = [];
  let learnedFrom: ThiefUse = settings.use;
  let cached: { rows: number; model: Classifier } | undefined;
  const substitute = (): Classifier => {
    if (cached?.rows !== set.size) {
      const stolen = trainStolen(learner, set, set.size, settings.use, settings.seed, signal);
      if (stolen.learnedFrom !== settings.use) learnedFrom = stolen.learnedFrom;
      cached = { rows: set.size, model: stolen.model };
    }
    return cached.model;
  };
  const checkpoints = [...settings.checkpoints];
  /** Send `rows` in batches that stop at each checkpoint, measuring the substitute there. */
  const send = async (rows: Matrix): Promise<void> => {
    for (let start = 0; start < rows.rows; ) {
      const next = checkpoints[0]!;
      const take = Math.min(settings.batchSize, rows.rows - start, next - set.size);
      const batch = selectRows(rows, Int32Array.from({ length: take }, (_, i) => start + i));
      set.add(batch, await meter.ask(batch, signal));
      start += take;
      if (set.size === next) {
        checkpoints.shift();
        curve.push(scoreStolen(substitute(), evaluation, meter.used));
      }
    }
  };

  const rng = createRng(settings.seed);
  await send(selectRows(seeds, Int32Array.from({ length: Math.min(seeds.rows, settings.budget) }, (_, i) => i)));
  for (let round = 0; meter.left > 0; round++) {
    const model = substitute() as DifferentiableClassifier;
    const n = set.size;
    const take = Math.min(n, meter.left);
    const picked = take === n ? Array.from({ length: n }, (_, i) => i) : sample(Array.from({ length: n }, (_, i) => i), take, rng).sort((a, b) => a - b);
    // Rounds 0 … τ−1 step against the gradient (towards the substitute's boundary), the next τ
    // along it, and so on: the periodic step of the paper, started as the reference code does.
    const step = parsed.lambda * (Math.floor(round / parsed.tau) % 2 === 0 ? -1 : 1);
    const labels = set.labels();
    const candidates = createMatrix(take, d);
    picked.forEach((r, i) => {
      const x = set.row(r);
      // ∂(−log F_y)/∂x = −∂F_y/∂x / F_y, so sign(∂F_y/∂x) = −sign(inputGradient).
      const g = model.inputGradient(x, labels[r]!);
      for (let j = 0; j < d; j++) {
        const moved = x[j]! - step * Math.sign(g[j]!);
        candidates.data[i * d + j] = Math.min(box.max[j]!, Math.max(box.min[j]!, moved));
      }
    });
    await send(candidates);
  }

  const notes: string[] = [];
  if (seeds.rows > settings.budget) notes.push(`Only ${settings.budget} of the ${seeds.rows} seed rows fit in the budget.`);
  if (learnedFrom !== settings.use) notes.push(`${victim.name} answered labels only, so the substitute learned from labels.`);
  return extractionRun(
    { attack: 'jacobian-augmentation', victim: victim.name, surrogate: learner.name, use: settings.use, learnedFrom, budget: settings.budget, queriesUsed: meter.used, curve, notes },
    cached!.model,
  );
}

/** The feature box as per-feature bounds; ERR_ATTACK_INPUT unless min < max for every feature. */
export function featureBox(min: number | number[], max: number | number[], d: number): { min: Float64Array; max: Float64Array } {
  const expand = (v: number | number[], name: string): Float64Array => {
    if (typeof v === 'number') return new Float64Array(d).fill(v);
    if (v.length !== d) throw new AisecError('ERR_ATTACK_INPUT', `jacobian-augmentation settings: ${name} has ${v.length} values, the victim takes ${d} features`);
    return Float64Array.from(v);
  };
  const lo = expand(min, 'featureMin');
  const hi = expand(max, 'featureMax');
  for (let j = 0; j < d; j++) {
    if (!(lo[j]! < hi[j]!)) throw new AisecError('ERR_ATTACK_INPUT', `jacobian-augmentation settings: feature ${j} has the box [${lo[j]}, ${hi[j]}], whose lower end is not below the upper`);
  }
  return { min: lo, max: hi };
}

/** ERR_ATTACK_INPUT unless the learner's models give input gradients (tried on two seed rows, no query). */
function checkGradients(learner: Learner, seeds: Matrix, numClasses: number): void {
  const probe = selectRows(seeds, [0, Math.min(1, seeds.rows - 1)]);
  const model = learner.fit(probe, new Int32Array([0, numClasses - 1]), { numClasses, seed: 0 }) as Partial<DifferentiableClassifier>;
  if (typeof model.inputGradient !== 'function') {
    throw new AisecError('ERR_ATTACK_INPUT', `jacobian-augmentation: the learner ${learner.name} gives no input gradients, which the augmentation needs`);
  }
}
