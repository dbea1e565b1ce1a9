/**
 * The output-hardening sweep: run every thief against the victim under each hardening setting,
 * measure what each setting costs the victim's honest users (accuracy, the probability it
 * answers for its top class, log-loss) and what it costs the thieves (agreement of their stolen
 * models), and recommend the setting that costs thieves most for the least utility.
 *
 * Whatever it recommends, the result says plainly that output perturbation does not stop
 * label-only theft: a thief that keeps only the predicted label copies the model as well as
 * before, so rate limits and extraction detection are needed beside it.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter, Prediction } from '../../ml/adapters/model-adapter.js';
import type { Learner } from '../../ml/models/classifier.js';
import { selectRows, type Matrix } from '../../ml/models/matrix.js';
import {
  describeHardening,
  hardenAdapter,
  HardeningSettingSchema,
  type HardeningSetting,
  type HardeningSettingInput,
} from '../../ml/output-hardening.js';
import { CopycatSettingsSchema, runCopycat } from './copycat.js';
import type { ExtractionResult } from './extraction-result.js';
import { featureBox, JacobianSettingsSchema, runJacobianAugmentation } from './jacobian-augmentation.js';
import { checkEvaluation, type Evaluation } from './stolen-model.js';
import { DEFAULT_CHECKPOINTS, MAX_BUDGET, parseSettings, type ThiefUse } from './thief-settings.js';
import { checkThiefData } from './transfer-set.js';

/** The settings swept unless others are given (B8 of the notes, plus label-only). */
export const DEFAULT_SWEEP: readonly HardeningSettingInput[] = [
  { kind: 'none' },
  { kind: 'round', decimals: 2 },
  { kind: 'top1' },
  { kind: 'label-only' },
  { kind: 'gaussian-noise', scale: 0.2 },
  { kind: 'reverse-sigmoid', beta: 1, gamma: 0.2 },
];

/** A thief of the sweep. */
export interface SweepThief {
  readonly kind: 'copycat' | 'jacobian-augmentation';
  /** What it learns from (copycat default probabilities, JbDA default labels). */
  readonly use?: ThiefUse;
  /** Trains its stolen model (default: the thief's default surrogate). */
  readonly learner?: Learner;
  /** Copycat only: send the pool in a seeded random order (default) or in the order given. */
  readonly order?: 'random' | 'given';
  /** JbDA only: step and feature box (defaults λ = 0.1, τ = 3, box [0, 1]). */
  readonly lambda?: number;
  readonly tau?: number;
  readonly featureMin?: number | number[];
  readonly featureMax?: number | number[];
}

/** The thieves swept unless others are given. */
export const DEFAULT_THIEVES: readonly SweepThief[] = [
  { kind: 'copycat', use: 'probabilities' },
  { kind: 'copycat', use: 'labels' },
  { kind: 'jacobian-augmentation', use: 'labels' },
];

/** Settings of {@link runHardeningSweep} (YAML-friendly). */
export const SweepSettingsSchema = z
  .object({
    budget: z.number().int().min(1).max(MAX_BUDGET).describe('Queries each thief may send under each setting.'),
    checkpoints: z.array(z.number().int().min(1).max(MAX_BUDGET)).max(100).default([...DEFAULT_CHECKPOINTS]).describe('Query counts at which each stolen model is measured.'),
    hardening: z.array(HardeningSettingSchema).min(1).max(50).default(DEFAULT_SWEEP.map((s) => HardeningSettingSchema.parse(s))).describe('Output-hardening settings to compare; none is added when missing, as the reference.'),
    maxAccuracyLoss: z.number().min(0).max(1).default(0.01).describe('The most victim accuracy (a share, 0.01 = one point) a recommended setting may cost.'),
    maxScoreChange: z
      .number()
      .min(0)
      .max(1)
      .default(1)
      .describe('The most the answered top-class probability may move on average for a recommended setting (1: no limit; set it when callers rely on calibrated scores; label-only then never qualifies).'),
    seed: z.number().int().default(0).describe('Seed of the thieves and of the noise settings that give none.'),
    batchSize: z.number().int().min(1).max(10_000).default(100).describe('Rows per call to the victim.'),
  })
  .strict();

/** Options of {@link runHardeningSweep}. */
export interface SweepOptions {
  /** A fresh, unhardened victim on every call; each is closed after use. */
  readonly victim: () => ModelAdapter;
  /** Held-out rows with their true labels; the victim's own labels are asked for here. */
  readonly evaluation: { readonly inputs: Matrix; readonly trueLabels: Int32Array };
  /** The copycat thieves' natural rows. */
  readonly pool?: Matrix;
  /** The JbDA thieves' seed rows (default: the first 100 rows of the pool). */
  readonly seeds?: Matrix;
  readonly thieves?: readonly SweepThief[];
  readonly settings: z.input<typeof SweepSettingsSchema>;
  readonly signal?: AbortSignal;
  /** Called with one line after each thief run, for logs. */
  readonly onProgress?: (line: string) => void;
}

/** What a setting costs the victim's honest users, on the evaluation set. */
export interface UtilityCost {
  readonly accuracy: number;
  /** accuracy − the unhardened accuracy (negative is a loss). */
  readonly accuracyChange: number;
  /** Share of rows whose answered label differs from the unhardened one. */
  readonly labelChangeRate: number;
  /** Mean change of the score answered for the unhardened top class (null without scores). */
  readonly topProbabilityChange: number | null;
  /** Log-loss of the answered rows, renormalised (null when the answers are not distributions). */
  readonly logLoss: number | null;
  readonly logLossChange: number | null;
}

/** One setting of the sweep. */
export interface SweepSettingResult {
  readonly setting: HardeningSetting;
  /** Short name for charts, e.g. `round(2)`. */
  readonly name: string;
  readonly utility: UtilityCost;
  /** Each thief's run, with its agreement curve. */
  readonly thieves: readonly ExtractionResult[];
  /** The best final agreement any thief reached. */
  readonly strongestAgreement: number;
  /**
   * Agreement taken from the thieves: the mean over thieves and checkpoints of the unhardened
   * agreement minus this setting's (0 for none; higher is better for the victim).
   */
  readonly protection: number;
}

/** The sweep's result: JSON-serialisable, curves included. */
export interface SweepResult {
  readonly victim: string;
  readonly budget: number;
  readonly checkpoints: readonly number[];
  readonly thieves: readonly string[];
  readonly baseline: { readonly accuracy: number; readonly logLoss: number | null };
  readonly settings: readonly SweepSettingResult[];
  /** The setting that takes most agreement from the thieves within the accuracy allowance. */
  readonly recommendation: { readonly setting: string; readonly reason: string };
  /** The plain statement on label-only theft, with the figures behind it. */
  readonly labelOnlyTheft: { readonly statement: string; readonly lowestAgreement: number | null; readonly unprotectedAgreement: number | null };
  readonly notes: readonly string[];
}

/** The name of a thief in results: `copycat (probabilities)`. */
export function thiefName(thief: SweepThief): string {
  return `${thief.kind} (${thief.use ?? (thief.kind === 'copycat' ? 'probabilities' : 'labels')})`;
}

/**
 * Run the sweep. Throws ERR_ATTACK_INPUT for unusable settings or data (checked before any
 * query), and passes the victim's own errors through.
 */
export async function runHardeningSweep(options: SweepOptions): Promise<SweepResult> {
  const settings = parseSettings(SweepSettingsSchema, options.settings, 'hardening sweep settings');
  const thieves = options.thieves ?? DEFAULT_THIEVES;
  if (thieves.length === 0 || thieves.length > 20) throw new AisecError('ERR_ATTACK_INPUT', `hardening sweep: give 1 to 20 thieves, not ${thieves.length}`);
  const hardening = settings.hardening.some((s) => s.kind === 'none') ? settings.hardening : [{ kind: 'none' as const }, ...settings.hardening];
  const { signal } = options;
  const reference = options.victim();
  const name = reference.name;
  let plain: Prediction;
  let pool: Matrix | undefined;
  let seeds: Matrix | undefined;
  try {
    ({ pool, seeds } = checkSweepInputs(options, thieves, hardening, reference, settings.budget));
    plain = await reference.predict(options.evaluation.inputs, signal);
  } finally {
    await reference.close();
  }
  const evaluation: Evaluation = { inputs: options.evaluation.inputs, victimLabels: plain.labels, trueLabels: options.evaluation.trueLabels };
  const baseline = utilityOf(plain, plain, evaluation.trueLabels!, null, true);

  const results: SweepSettingResult[] = [];
  for (const setting of hardening) {
    const settingName = describeHardening(setting);
    const seeded = setting.kind === 'gaussian-noise' && setting.seed === undefined ? { ...setting, seed: settings.seed } : setting;
    const utility = await measureUtility(options.victim, seeded, options.evaluation.inputs, plain, evaluation.trueLabels!, baseline, signal);
    const runs: ExtractionResult[] = [];
    for (const thief of thieves) {
      const victim = hardened(options.victim, seeded);
      try {
        const common = { budget: settings.budget, checkpoints: settings.checkpoints, seed: settings.seed, batchSize: settings.batchSize, ...(thief.use ? { use: thief.use } : {}) };
        const run =
          thief.kind === 'copycat'
            ? await runCopycat({ victim, pool: pool!, evaluation, ...(thief.learner ? { learner: thief.learner } : {}), settings: { ...common, ...pick(thief, ['order']) }, ...(signal ? { signal } : {}) })
            : await runJacobianAugmentation({
                victim,
                seeds: seeds!,
                evaluation,
                ...(thief.learner ? { learner: thief.learner } : {}),
                settings: { ...common, ...pick(thief, jacobianKeys) },
                ...(signal ? { signal } : {}),
              });
        runs.push(run.result);
        options.onProgress?.(`${settingName}: ${thiefName(thief)} agreement ${run.result.curve.map((p) => `${p.queries}→${p.agreement.toFixed(3)}`).join(', ')}`);
      } finally {
        await victim.close();
      }
    }
    results.push({ setting, name: settingName, utility, thieves: runs, strongestAgreement: Math.max(...runs.map((r) => r.final.agreement)), protection: 0 });
  }

  const unprotected = results.find((r) => r.setting.kind === 'none')!;
  const withProtection = results.map((r) => ({ ...r, protection: protectionOf(r.thieves, unprotected.thieves) }));
  return {
    victim: name,
    budget: settings.budget,
    checkpoints: unprotected.thieves[0]!.curve.map((p) => p.queries),
    thieves: thieves.map(thiefName),
    baseline: { accuracy: baseline.accuracy, logLoss: baseline.logLoss },
    settings: withProtection,
    recommendation: recommend(withProtection, settings.maxAccuracyLoss, settings.maxScoreChange),
    labelOnlyTheft: labelOnlyStatement(withProtection, thieves),
    notes: [
      'Agreement is measured against the unhardened victim\'s labels on the evaluation set; accuracy against the true labels.',
      'Utility is measured on the same evaluation set: what honest callers would see under each setting.',
    ],
  };
}

const jacobianKeys = ['lambda', 'tau', 'featureMin', 'featureMax'] as const;

/** Every check that can fail before a query: data, thieves and settings. Returns the pool and seeds. */
function checkSweepInputs(
  options: SweepOptions,
  thieves: readonly SweepThief[],
  hardening: readonly HardeningSetting[],
  reference: ModelAdapter,
  budget: number,
): { pool: Matrix | undefined; seeds: Matrix | undefined } {
  const { numFeatures: d, numClasses: C } = reference;
  const pool = options.pool;
  if (pool) checkThiefData(pool, d, 'hardening sweep pool');
  const seeds = options.seeds ?? (pool ? selectRows(pool, Array.from({ length: Math.min(100, pool.rows) }, (_, i) => i)) : undefined);
  if (seeds) checkThiefData(seeds, d, 'hardening sweep seeds');
  for (const thief of thieves) {
    if (thief.kind === 'copycat' && !pool) throw new AisecError('ERR_ATTACK_INPUT', 'hardening sweep: a copycat thief needs a pool of natural rows');
    if (thief.kind === 'jacobian-augmentation' && !seeds) throw new AisecError('ERR_ATTACK_INPUT', 'hardening sweep: a jacobian-augmentation thief needs seed rows (or a pool)');
    if (thief.kind !== 'copycat' && thief.kind !== 'jacobian-augmentation') throw new AisecError('ERR_ATTACK_INPUT', `hardening sweep: unknown thief ${String((thief as { kind: unknown }).kind)}`);
    if (thief.kind === 'copycat') parseSettings(CopycatSettingsSchema, { budget, ...pick(thief, ['order']) }, `hardening sweep: ${thiefName(thief)}`);
    if (thief.kind === 'jacobian-augmentation') {
      const parsed = parseSettings(JacobianSettingsSchema, { budget, ...pick(thief, jacobianKeys) }, `hardening sweep: ${thiefName(thief)}`);
      featureBox(parsed.featureMin, parsed.featureMax, d);
    }
  }
  if (reference.output !== 'probabilities') {
    const needScores = hardening.filter((s) => s.kind !== 'none' && s.kind !== 'label-only').map(describeHardening);
    if (needScores.length > 0) throw new AisecError('ERR_ATTACK_INPUT', `hardening sweep: ${reference.name} answers labels only, so ${needScores.join(', ')} cannot be applied; sweep none and label-only, or give a model with scores`);
  }
  checkEvaluation({ inputs: options.evaluation.inputs, victimLabels: options.evaluation.trueLabels, trueLabels: options.evaluation.trueLabels }, d, C);
  return { pool, seeds };
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** A fresh victim behind `setting`; the victim is closed when hardening it fails. */
function hardened(victimOf: () => ModelAdapter, setting: HardeningSetting): ModelAdapter {
  const inner = victimOf();
  try {
    return hardenAdapter(inner, setting);
  } catch (error) {
    void inner.close();
    throw error;
  }
}

/** Ask a fresh hardened victim about the evaluation rows and compare with the unhardened answers. */
async function measureUtility(
  victimOf: () => ModelAdapter,
  setting: HardeningSetting,
  inputs: Matrix,
  plain: Prediction,
  truth: Int32Array,
  baseline: UtilityCost,
  signal: AbortSignal | undefined,
): Promise<UtilityCost> {
  const victim = hardened(victimOf, setting);
  try {
    return utilityOf(await victim.predict(inputs, signal), plain, truth, baseline, setting.kind !== 'top1');
  } finally {
    await victim.close();
  }
}

const EPS = 1e-15;

/**
 * Compare answers with the unhardened ones. Log-loss is taken on rows renormalised to sum 1
 * (rounding leaves them a little off), and only when they are distributions: a top-1 row (one
 * score, zeros elsewhere) is not.
 */
function utilityOf(answer: Prediction, plain: Prediction, truth: Int32Array, baseline: UtilityCost | null, distributions: boolean): UtilityCost {
  const n = truth.length;
  let correct = 0;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    if (answer.labels[i] === truth[i]) correct++;
    if (answer.labels[i] !== plain.labels[i]) changed++;
  }
  const accuracy = correct / n;
  let topProbabilityChange: number | null = null;
  let logLoss: number | null = null;
  const p = answer.probabilities;
  const q = plain.probabilities;
  if (p && q) {
    const C = p.cols;
    let change = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const top = plain.labels[i]!;
      change += p.data[i * C + top]! - q.data[i * C + top]!;
      let total = 0;
      for (let c = 0; c < C; c++) total += p.data[i * C + c]!;
      loss -= Math.log(Math.max(EPS, total > 0 ? p.data[i * C + truth[i]!]! / total : 0));
    }
    topProbabilityChange = change / n;
    logLoss = distributions ? loss / n : null;
  }
  return {
    accuracy,
    accuracyChange: baseline ? accuracy - baseline.accuracy : 0,
    labelChangeRate: changed / n,
    topProbabilityChange,
    logLoss,
    logLossChange: baseline && logLoss !== null && baseline.logLoss !== null ? logLoss - baseline.logLoss : null,
  };
}

/** Mean over thieves and checkpoints of the unhardened agreement minus the hardened one. */
function protectionOf(runs: readonly ExtractionResult[], reference: readonly ExtractionResult[]): number {
  let total = 0;
  let count = 0;
  runs.forEach((run, t) => {
    run.curve.forEach((point, k) => {
      const base = reference[t]?.curve[k];
      if (!base) return;
      total += base.agreement - point.agreement;
      count++;
    });
  });
  return count > 0 ? total / count : 0;
}

/** Below this much protection a setting is not worth its cost: recommend none. */
const MIN_PROTECTION = 0.01;

/** How far a setting moves the answered top-class probability on average (1 when it answers no scores). */
function scoreChange(r: SweepSettingResult): number {
  return r.utility.topProbabilityChange === null ? 1 : Math.abs(r.utility.topProbabilityChange);
}

/** Scores moved by at most this much count as kept, for the note to callers that use them. */
const SCORES_KEPT = 0.05;

/**
 * Among the settings within the allowances, the one that takes most agreement from the thieves
 * (ties: the smaller accuracy loss). The reason gives what it costs callers who read the scores,
 * and names the best setting that keeps those scores when it is another one.
 */
function recommend(results: readonly SweepSettingResult[], maxAccuracyLoss: number, maxScoreChange: number): SweepResult['recommendation'] {
  const affordable = results.filter((r) => r.setting.kind !== 'none' && -r.utility.accuracyChange <= maxAccuracyLoss && (maxScoreChange >= 1 || scoreChange(r) <= maxScoreChange));
  const ranked = [...affordable].sort((a, b) => b.protection - a.protection || b.utility.accuracyChange - a.utility.accuracyChange);
  const best = ranked[0];
  const allowance = `${(100 * maxAccuracyLoss).toFixed(1)} points of accuracy${maxScoreChange < 1 ? ` and ${(100 * maxScoreChange).toFixed(1)} points of top-class probability` : ''}`;
  if (!best || best.protection < MIN_PROTECTION) {
    return {
      setting: 'none',
      reason: `No setting within ${allowance} took at least ${(100 * MIN_PROTECTION).toFixed(0)} point of agreement from the thieves on average; output hardening buys nothing here, so rely on rate limits and extraction detection.`,
    };
  }
  const pts = (x: number): string => `${(100 * x).toFixed(1)} points`;
  const u = best.utility;
  const scores =
    u.topProbabilityChange === null
      ? 'callers get no scores at all'
      : `the answered top-class probability moves by ${pts(u.topProbabilityChange)} on average${u.logLossChange === null ? '' : ` and log-loss by ${u.logLossChange >= 0 ? '+' : ''}${u.logLossChange.toFixed(3)}`}`;
  let forScores = '';
  if (scoreChange(best) > SCORES_KEPT) {
    const keeper = ranked.find((r) => scoreChange(r) <= SCORES_KEPT && r.protection >= MIN_PROTECTION);
    forScores = keeper
      ? ` Where callers rely on the scores, ${keeper.name} keeps them within ${pts(SCORES_KEPT)} and takes ${pts(keeper.protection)}.`
      : ` No setting that keeps the scores within ${pts(SCORES_KEPT)} took at least ${pts(MIN_PROTECTION)} of agreement.`;
  }
  return {
    setting: best.name,
    reason: `Of the settings within ${allowance}, ${best.name} took the most agreement from the thieves (${pts(best.protection)} on average over thieves and checkpoints) for an accuracy change of ${pts(u.accuracyChange)}; ${scores}. Its strongest thief still reached ${best.strongestAgreement.toFixed(3)} agreement.${forScores}`,
  };
}

function labelOnlyStatement(results: readonly SweepSettingResult[], thieves: readonly SweepThief[]): SweepResult['labelOnlyTheft'] {
  const labelThieves = results.flatMap((r) => r.thieves.filter((t) => t.learnedFrom === 'labels' && t.use === 'labels').map((t) => ({ setting: r.name, kind: r.setting.kind, agreement: t.final.agreement, queries: t.queriesUsed })));
  const base = 'Output perturbation does not stop label-only theft: a thief that keeps only the predicted label copies the model whatever is done to the scores, so per-client rate limits and extraction detection are needed beside any hardening.';
  if (labelThieves.length === 0 || !thieves.some((t) => (t.use ?? (t.kind === 'copycat' ? 'probabilities' : 'labels')) === 'labels')) {
    return { statement: `${base} (No label-only thief ran in this sweep.)`, lowestAgreement: null, unprotectedAgreement: null };
  }
  const lowest = labelThieves.reduce((a, b) => (b.agreement < a.agreement ? b : a));
  const unprotected = Math.max(...labelThieves.filter((t) => t.kind === 'none').map((t) => t.agreement));
  return {
    statement: `${base} In this sweep, label-only thieves reached ${unprotected.toFixed(3)} agreement against the unprotected victim and still at least ${lowest.agreement.toFixed(3)} under every setting (lowest: ${lowest.setting}) with ${lowest.queries} queries.`,
    lowestAgreement: lowest.agreement,
    unprotectedAgreement: unprotected,
  };
}
