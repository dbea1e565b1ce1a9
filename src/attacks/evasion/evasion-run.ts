/**
 * The frame every black-box evasion attack shares: the clean predictions (one query per row,
 * counted by the model's budget but not by the examples'), a random stream per example, and the
 * outcome records turned into an {@link EvasionResult}.
 */
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { rowOf } from '../../ml/models/matrix.js';
import { createRng, type Rng } from '../../stats/index.js';
import { predictRows, runBatched, type Answer, type ExampleOracle } from './batched-queries.js';
import { summariseEpsilon, type EpsilonOutcome, type EvasionAttackName, type EvasionResult, type ExampleOutcome } from './evasion-result.js';
import type { EvasionSettings } from './evasion-settings.js';

/** What a worker found for one example at one ε. */
export interface ExampleRecord {
  success: boolean;
  queriesToSuccess: number | null;
  norm: number | null;
  adversarialLabel: number | null;
  adversarial: Float64Array | null;
}

/** An empty record. */
export function newRecord(): ExampleRecord {
  return { success: false, queriesToSuccess: null, norm: null, adversarialLabel: null, adversarial: null };
}

/** The clean predictions: which rows the model gets right (only those are attacked). */
export interface CleanPass {
  readonly answer: Answer;
  readonly correct: readonly boolean[];
  /** Indices of the rows classified correctly, in order. */
  readonly attacked: readonly number[];
}

/** Ask the model about every clean row; ERR_ATTACK_INPUT when it gets none right. */
export async function cleanPass(adapter: ModelAdapter, settings: EvasionSettings, needProbabilities: boolean): Promise<CleanPass> {
  const rows = Array.from({ length: settings.X.rows }, (_, i) => rowOf(settings.X, i));
  const answer = await predictRows(adapter, rows, { ...settings, needProbabilities });
  const correct = rows.map((_, i) => answer.labels[i] === settings.y[i]);
  const attacked = correct.flatMap((ok, i) => (ok ? [i] : []));
  if (attacked.length === 0) {
    throw new AisecError('ERR_ATTACK_INPUT', `${settings.where}: ${adapter.name} classifies none of the ${rows.length} rows correctly, so there is nothing to attack`);
  }
  return { answer, correct, attacked };
}

/** Seeds of the examples' random streams for the ε at `epsilonIndex` (independent of batching). */
export function exampleSeeds(seed: number, epsilonIndex: number, count: number): number[] {
  const rng = createRng(seed);
  // Skip a block per ε so each ε has its own streams.
  for (let i = 0; i < epsilonIndex * count; i++) rng();
  return Array.from({ length: count }, () => Math.floor(rng() * 4294967296));
}

/** What a worker of {@link attackEachEpsilon} gets for one attacked row at one ε. */
export interface RowAttack {
  /** The clean row. */
  readonly x0: Float64Array;
  readonly label: number;
  readonly epsilon: number;
  /** The example's own random stream (seeded by {@link exampleSeeds}). */
  readonly rng: Rng;
  readonly oracle: ExampleOracle;
  readonly record: ExampleRecord;
}

/**
 * Attack every correctly classified row once per ε, batching the queries; returns the outcome of
 * each ε and the queries sent, the clean predictions included.
 */
export async function attackEachEpsilon(
  adapter: ModelAdapter,
  settings: EvasionSettings,
  clean: CleanPass,
  needProbabilities: boolean,
  attackRow: (row: RowAttack) => Promise<void>,
): Promise<{ byEpsilon: EpsilonOutcome[]; queriesUsed: number; modelBudgetReached: boolean }> {
  const X = settings.X;
  let queriesUsed = X.rows;
  let modelBudgetReached = false;
  const byEpsilon: EpsilonOutcome[] = [];
  for (const [e, epsilon] of settings.epsilons.entries()) {
    const seeds = exampleSeeds(settings.seed, e, clean.attacked.length);
    const records = clean.attacked.map(() => newRecord());
    const run = await runBatched(adapter, clean.attacked.length, { ...settings, needProbabilities }, async (k, oracle) => {
      const row = clean.attacked[k]!;
      const x0 = X.data.slice(row * X.cols, (row + 1) * X.cols);
      await attackRow({ x0, label: settings.y[row]!, epsilon, rng: createRng(seeds[k]!), oracle, record: records[k]! });
    });
    queriesUsed += run.used.reduce((a, b) => a + b, 0);
    modelBudgetReached ||= run.modelBudgetReached;
    byEpsilon.push(summariseEpsilon(epsilon, outcomesOf(settings, clean, records, run.used), settings.checkpoints));
  }
  return { byEpsilon, queriesUsed, modelBudgetReached };
}

/** The outcomes of every row at one ε, from the records of the attacked rows. */
export function outcomesOf(settings: EvasionSettings, clean: CleanPass, records: readonly ExampleRecord[], used: ArrayLike<number>): ExampleOutcome[] {
  const byRow = new Map<number, number>();
  clean.attacked.forEach((row, k) => byRow.set(row, k));
  return settings.y.reduce<ExampleOutcome[]>((out, label, row) => {
    const k = byRow.get(row);
    const record = k === undefined ? newRecord() : records[k]!;
    const outcome: ExampleOutcome = {
      row,
      label,
      cleanCorrect: k !== undefined,
      success: record.success,
      queries: k === undefined ? 0 : used[k]!,
      queriesToSuccess: record.queriesToSuccess,
      norm: record.norm,
      adversarialLabel: record.adversarialLabel,
      ...(settings.keepAdversarials && record.adversarial ? { adversarial: Array.from(record.adversarial) } : {}),
    };
    out.push(outcome);
    return out;
  }, []);
}

/** Assemble the result of an attack call. */
export function finishResult(
  attack: EvasionAttackName,
  adapter: Pick<ModelAdapter, 'name'>,
  settings: EvasionSettings,
  clean: CleanPass,
  byEpsilon: readonly EpsilonOutcome[],
  extra: { queriesUsed: number; modelBudgetReached: boolean; started: number; settings: Record<string, number | string | boolean> },
): EvasionResult {
  return {
    attack,
    norm: settings.norm,
    model: adapter.name,
    rows: settings.X.rows,
    cleanAccuracy: clean.attacked.length / settings.X.rows,
    budget: settings.budget,
    seed: settings.seed,
    queriesUsed: extra.queriesUsed,
    modelBudgetReached: extra.modelBudgetReached,
    settings: extra.settings,
    robustAccuracy: byEpsilon.map((e) => ({ epsilon: e.epsilon, robustAccuracy: e.robustAccuracy })),
    byEpsilon,
    seconds: (performance.now() - extra.started) / 1000,
  };
}

export { summariseEpsilon };

/** Record an adversarial input found after `queries` queries. */
export function markSuccess(record: ExampleRecord, x: Float64Array, size: number, adversarialLabel: number, queries: number): void {
  record.success = true;
  record.queriesToSuccess = queries;
  record.norm = size;
  record.adversarialLabel = adversarialLabel;
  record.adversarial = Float64Array.from(x);
}
