/**
 * `npm run bench -- attacks-privacy`: protocol B4 of the adversarial-ML notes, a
 * membership-inference audit on Adult.
 *
 * A seeded pool of 2,000 Adult rows; 17 deliberately overfit MLPs (one hidden layer of 64,
 * 40 epochs of Adam at 0.003, no weight penalty), each trained on a random half (every row is in the training
 * half of 8 or 9 of them). Each model in turn is the target and the other 16 are its shadows
 * (leave-one-out), so every model is attacked on all 2,000 rows: 34,000 scores in all, about
 * half of them members. Attacks: the rule-based "member if correctly classified" baseline, the
 * loss threshold, per-class calibrated thresholds, and LiRA online and offline with a fixed
 * variance. Figures: AUC and the true-positive rate at 1% and 0.1% false positives.
 *
 * Target: LiRA online finds at least 10× the loss attack's share of members at 0.1% false
 * positives, and at least 10× what guessing finds there (1%); under 2 minutes.
 */
import { classifierAdapter, fitFeatureEncoder, mlp, selectRows, selectValues, type Classifier, type Matrix, type MlpOptions, type Table } from '../src/ml/index.js';
import { calibratedThresholdAttack, correctnessAttack, liraScores, lossAttack, membershipResult, trainShadowModels, type MembershipData, type MembershipResult } from '../src/attacks/privacy/index.js';
import { parseBenchOptions } from './bench-options.js';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { adult, datasetFile, datasetsDir } from './data-sets.js';

/** Options of {@link runMembershipAudit}. */
export interface MembershipAuditOptions {
  /** Adult rows in the pool (default 2,000). */
  readonly poolRows?: number;
  /** Models trained; each is attacked with the others as shadows (default 17). */
  readonly models?: number;
  /** MLP epochs (default 40: overfit on purpose). */
  readonly epochs?: number;
  /** MLP step size (default 0.003: with 40 epochs the models reach about 98% on their training rows). */
  readonly learningRate?: number;
  /** MLP weight penalty (default 0; raise it to see the defence effect). */
  readonly l2?: number;
  /** Seed of the pool sample, the splits and the fits (default 1). */
  readonly seed?: number;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
  readonly signal?: AbortSignal;
}

/** The figures of one attack, over every target model. */
export interface AttackFigures {
  readonly auc: number;
  readonly tprAt1PctFpr: number;
  readonly tprAt0_1PctFpr: number;
  readonly summary: string;
}

/** What {@link runMembershipAudit} measured. */
export interface MembershipAudit {
  readonly poolRows: number;
  readonly models: number;
  readonly features: number;
  readonly members: number;
  readonly nonMembers: number;
  /** Mean accuracy of the models on the rows they trained on, and on the others. */
  readonly trainAccuracy: number;
  readonly heldOutAccuracy: number;
  readonly attacks: Readonly<Record<'correctness' | 'loss' | 'calibrated-threshold' | 'lira-online' | 'lira-offline', AttackFigures>>;
  readonly seconds: { readonly training: number; readonly attacks: number; readonly total: number };
}

/**
 * Run protocol B4 and return AUC, TPR at 1% and at 0.1% FPR of every attack. The attacks
 * other than LiRA go through the public functions, against each model wrapped as an adapter;
 * LiRA scores each target against the other models' φ with {@link liraScores}, leaving the
 * target out of its own shadows.
 */
export async function runMembershipAudit(options: MembershipAuditOptions = {}): Promise<MembershipAudit> {
  const poolRows = options.poolRows ?? 2000;
  const models = options.models ?? 17;
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const { X, y } = encodeAdult(await adult(poolRows, seed));
  const fitOptions: MlpOptions = { hiddenSizes: [64], epochs: options.epochs ?? 40, learningRate: options.learningRate ?? 0.003, l2: options.l2 ?? 0 };
  const trained: Classifier[] = [];
  const set = await trainShadowModels({ X, y }, {
    learner: mlp,
    fitOptions,
    shadows: models,
    numClasses: 2,
    seed,
    signal: options.signal,
    onModel: (_, model) => trained.push(model),
    onProgress: (done, total) => log(`trained ${done}/${total} models (${((performance.now() - started) / 1000).toFixed(1)} s)`),
  });
  const trainingDone = performance.now();
  const n = X.rows;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const scores = { correctness: bins(), loss: bins(), 'calibrated-threshold': bins(), 'lira-online': bins(), 'lira-offline': bins() };
  let trainCorrect = 0;
  let trainRows = 0;
  let heldOutCorrect = 0;
  let heldOutRows = 0;
  for (let t = 0; t < models; t++) {
    const memberRows: number[] = [];
    const otherRows: number[] = [];
    for (let r = 0; r < n; r++) (set.inTraining[t * n + r] ? memberRows : otherRows).push(r);
    const data: MembershipData = {
      members: { X: selectRows(X, memberRows), y: selectValues(y, memberRows) },
      nonMembers: { X: selectRows(X, otherRows), y: selectValues(y, otherRows) },
    };
    const target = () => classifierAdapter(trained[t]!, { name: `Adult MLP ${t + 1}` });
    const correctness = await correctnessAttack(target(), data, { signal: options.signal });
    add(scores.correctness, correctness);
    add(scores.loss, await lossAttack(target(), data, { signal: options.signal }));
    // Calibrated on a random half of this model's non-members; the other half is scored.
    add(scores['calibrated-threshold'], await calibratedThresholdAttack(target(), data, { seed: seed + t, signal: options.signal }));
    const lira = liraScores(set, all, set.phi.subarray(t * n, (t + 1) * n), { fixedVariance: true, exclude: t });
    for (let r = 0; r < n; r++) {
      const side = set.inTraining[t * n + r] ? 'members' : 'nonMembers';
      scores['lira-online'][side].push(lira.online[r]!);
      scores['lira-offline'][side].push(lira.offline[r]!);
    }
    trainCorrect += correctness.scores.members.reduce((a, b) => a + b, 0);
    trainRows += memberRows.length;
    heldOutCorrect += correctness.scores.nonMembers.reduce((a, b) => a + b, 0);
    heldOutRows += otherRows.length;
  }
  const attacks = Object.fromEntries(
    Object.entries(scores).map(([attack, s]) => {
      const r = membershipResult(Float64Array.from(s.members), Float64Array.from(s.nonMembers), {
        attack: attack as MembershipResult['attack'],
        model: `${models} Adult MLPs`,
        knowledge: attack.startsWith('lira') ? 'scores-and-shadows' : attack === 'correctness' ? 'labels' : 'scores',
        queries: 0,
      });
      return [attack, { auc: r.auc, tprAt1PctFpr: r.tprAt1PctFpr, tprAt0_1PctFpr: r.tprAt0_1PctFpr, summary: r.summary }];
    }),
  ) as unknown as MembershipAudit['attacks'];
  const end = performance.now();
  return {
    poolRows: n,
    models,
    features: X.cols,
    members: scores['lira-online'].members.length,
    nonMembers: scores['lira-online'].nonMembers.length,
    trainAccuracy: trainCorrect / trainRows,
    heldOutAccuracy: heldOutCorrect / heldOutRows,
    attacks,
    seconds: { training: (trainingDone - started) / 1000, attacks: (end - trainingDone) / 1000, total: (end - started) / 1000 },
  };
}

/** Adult as features (standardised numbers, one-hot categories) and 0/1 labels (1: income > 50K). */
function encodeAdult(data: { table: Table; labelColumn: string }): { X: Matrix; y: Int32Array } {
  const encoder = fitFeatureEncoder(data.table, { exclude: [data.labelColumn] });
  const at = data.table.columns.indexOf(data.labelColumn);
  const y = Int32Array.from(data.table.rows, (row) => (String(row[at] ?? '').trim().startsWith('>50K') ? 1 : 0));
  return { X: encoder.transform(data.table), y };
}

function bins(): { members: number[]; nonMembers: number[] } {
  return { members: [], nonMembers: [] };
}

function add(into: { members: number[]; nonMembers: number[] }, result: MembershipResult): void {
  into.members.push(...result.scores.members);
  into.nonMembers.push(...result.scores.nonMembers);
}

const usage = `Options:
  --models N      models trained; each is attacked with the others as shadows (default 17)
  --epochs N      MLP epochs (default 40)
  --l2 X          MLP weight penalty (default 0; e.g. 0.01 to see the defence effect)
  --seed N        seed of the pool, splits and fits (default 1)
Reads Adult from ${datasetsDir} (or $AISEC_DATASETS).`;

/** The benchmark of protocol B4, for bench/benchmarks.ts. */
export const attacksPrivacyBenchmark: BenchmarkDef = {
  name: 'attacks-privacy',
  summary: 'membership inference on Adult (B4): loss, correctness, calibrated and LiRA attacks on 17 overfit MLPs, leave-one-out',
  usage,
  async run(args: readonly string[]): Promise<BenchmarkResult> {
    const options = parsePrivacyArgs(args);
    if (!datasetFile('adult/adult.data')) throw new BenchUsageError(`Adult is not at ${datasetsDir}: this benchmark needs it (set AISEC_DATASETS). Nothing was measured.`);
    const audit = await runMembershipAudit({ ...options, log: (line) => void process.stderr.write(`attacks-privacy: ${line}\n`) });
    const lira = audit.attacks['lira-online'];
    const loss = audit.attacks.loss;
    const chance = 0.001;
    const pass = lira.tprAt0_1PctFpr >= 10 * loss.tprAt0_1PctFpr && lira.tprAt0_1PctFpr >= 10 * chance && audit.seconds.total < 120;
    const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
    return {
      description: `membership inference on a ${audit.poolRows}-row Adult pool: ${audit.models} MLPs (64 hidden, ${options.epochs ?? 40} epochs at 0.003, l2 ${options.l2 ?? 0}) on random halves, each attacked with the other ${audit.models - 1} as shadows (${audit.members.toLocaleString('en-US')} member and ${audit.nonMembers.toLocaleString('en-US')} non-member scores)`,
      aisec: measurement('LiRA online, TPR at 0.1% FPR', '%', [100 * lira.tprAt0_1PctFpr]),
      baseline: measurement('loss threshold, TPR at 0.1% FPR', '%', [100 * loss.tprAt0_1PctFpr]),
      ratio: loss.tprAt0_1PctFpr > 0 ? lira.tprAt0_1PctFpr / loss.tprAt0_1PctFpr : lira.tprAt0_1PctFpr > 0 ? Number.POSITIVE_INFINITY : 1,
      target: { ratio: 10, text: '≥ 10 × the loss attack at 0.1% FPR, and ≥ 1% (10 × guessing); under 2 minutes' },
      pass,
      notes: [
        `models: train accuracy ${pct(audit.trainAccuracy)}, held-out ${pct(audit.heldOutAccuracy)} (notes: 97.5% / 83.2%)`,
        ...Object.entries(audit.attacks).map(([name, f]) => `${name.padEnd(21)} AUC ${f.auc.toFixed(3)}  TPR@1% ${pct(f.tprAt1PctFpr)}  TPR@0.1% ${pct(f.tprAt0_1PctFpr)}`),
        'notes baseline: loss 0.564 / 0.99% / 0.0%; LiRA online 0.650 / 4.05% / 1.15%',
        `time: training ${audit.seconds.training.toFixed(1)} s, attacks ${audit.seconds.attacks.toFixed(1)} s, total ${audit.seconds.total.toFixed(1)} s (target < 120 s)`,
        `LiRA online in plain words: ${lira.summary}`,
      ],
      details: { ...audit },
    };
  },
};

function parsePrivacyArgs(args: readonly string[]): MembershipAuditOptions {
  const values = parseBenchOptions(args, ['models', 'epochs', 'l2', 'seed'], usage);
  const l2 = values.l2 === undefined ? undefined : Number(values.l2);
  if (l2 !== undefined && !(l2 >= 0 && Number.isFinite(l2))) throw new BenchUsageError(`--l2 must be a number ≥ 0, not "${values.l2}".`);
  return {
    models: intOption(values.models, 'models', 17, 3, 65),
    epochs: intOption(values.epochs, 'epochs', 40, 1, 500),
    seed: intOption(values.seed, 'seed', 1, 0, 1_000_000),
    ...(l2 === undefined ? {} : { l2 }),
  };
}
