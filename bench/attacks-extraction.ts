/**
 * `npm run bench -- attacks-extraction`: protocol B8 of the adversarial-ML notes, model
 * extraction against output hardening on optdigits.
 *
 * The victim is trained on the optdigits training split (pixels scaled to [0, 1]): an MLP with
 * one hidden layer of 64 (or a logistic regression). Three thieves run against it under every
 * hardening setting (none, round(2), top1, label-only, gaussian-noise(0.2), reverse-sigmoid(1,
 * 0.2)), each with a budget of 5,000 queries:
 * - copycat with probabilities and copycat with labels: natural data, the training digits in a
 *   seeded order, then their one-pixel shifts (the split has 3,823 digits, fewer than 5,000);
 * - Jacobian-based augmentation (labels, λ = 0.1, τ = 3) from 100 of those digits.
 * Every stolen model is a 64-unit MLP; agreement with the victim (and accuracy) is measured on
 * the test split (1,797 digits) at 100, 250, 500, 1,000, 2,000 and 5,000 queries.
 *
 * Anchor (ART model-stealing notebook, MNIST CNN at 95.9%): 5,000-query copycats reach 0.90–0.91
 * accuracy unprotected; under ReverseSigmoid(β = 1, γ = 0.2) probability thieves fall to
 * 0.20–0.27 while label thieves still reach 0.88–0.90.
 *
 * Target: the strongest unprotected thief's stolen model reaches ≥ 0.95 × the victim's own
 * accuracy at 5,000 queries (ART: 0.91 / 0.959), and label-only thieves keep ≥ 0.85 agreement
 * under every setting that leaves the victim's labels alone (what the notes' anchor shows and
 * the sweep must report).
 */
import { runHardeningSweep, softTargetMlp, type SweepResult, type SweepThief } from '../src/attacks/extraction/index.js';
import { classifierAdapter, createMatrix, fitLogisticRegression, fitMlp, type Classifier, type Matrix } from '../src/ml/index.js';
import { createRng, shuffle } from '../src/stats/index.js';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';
import { datasetsDir } from './data-sets.js';
import { argmaxRows, readDigits } from './optdigits.js';

/** Options of {@link runExtractionBenchmark}. */
export interface ExtractionBenchOptions {
  /** The victim (default mlp). */
  readonly model?: 'mlp' | 'logistic';
  /** Queries per thief and setting (default 5,000). */
  readonly budget?: number;
  /** Seed of the victim, the pool order and the thieves (default 1). */
  readonly seed?: number;
  readonly log?: (line: string) => void;
  readonly signal?: AbortSignal;
}

/** What {@link runExtractionBenchmark} measured. */
export interface ExtractionBenchFigures {
  readonly model: string;
  readonly victimAccuracy: number;
  readonly trainingSeconds: number;
  readonly sweep: SweepResult;
  /** Agreement of each thief under each setting at 1,000 and at the budget, for the table. */
  readonly table: readonly { readonly setting: string; readonly thief: string; readonly at1000: number | null; readonly atBudget: number; readonly accuracyAtBudget: number | null }[];
  readonly seconds: number;
}

/** The ART notebook's figures printed beside ours. */
export const ART_ANCHOR = {
  victimAccuracy: 0.959,
  unprotected5000: [0.91, 0.91, 0.9, 0.91],
  reverseSigmoidProbabilityThieves: [0.2, 0.27],
  reverseSigmoidLabelThieves: [0.88, 0.9],
} as const;

/** Run protocol B8 and return the sweep with the figures of the table. */
export async function runExtractionBenchmark(options: ExtractionBenchOptions = {}): Promise<ExtractionBenchFigures> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const budget = options.budget ?? 5000;
  const log = options.log ?? (() => {});
  const { signal } = options;
  const train = await readDigits('optdigits/optdigits.tra');
  const test = await readDigits('optdigits/optdigits.tes');
  const kind = options.model ?? 'mlp';
  const victimModel: Classifier =
    kind === 'mlp' ? fitMlp(train.X, train.y, { hiddenSizes: [64], epochs: 30, seed, ...(signal ? { signal } : {}) }) : fitLogisticRegression(train.X, train.y, { seed, ...(signal ? { signal } : {}) });
  const trainingSeconds = (performance.now() - started) / 1000;
  const name = kind === 'mlp' ? 'optdigits MLP 64-64-10' : 'optdigits logistic regression';
  const predicted = argmaxRows(victimModel.predictProba(test.X));
  const victimAccuracy = predicted.filter((p, i) => p === test.y[i]).length / test.y.length;
  log(`${name}: test accuracy ${(100 * victimAccuracy).toFixed(2)}%, trained in ${trainingSeconds.toFixed(1)} s`);

  const pool = naturalPool(train.X, budget, seed);
  const seeds = rowsOf(pool, 100);
  const learner = softTargetMlp({ hiddenSizes: [64], epochs: 30, minSteps: 1500 });
  const thieves: SweepThief[] = [
    { kind: 'copycat', use: 'probabilities', learner, order: 'given' },
    { kind: 'copycat', use: 'labels', learner, order: 'given' },
    { kind: 'jacobian-augmentation', use: 'labels', learner, lambda: 0.1, tau: 3, featureMin: 0, featureMax: 1 },
  ];
  const sweep = await runHardeningSweep({
    victim: () => classifierAdapter(victimModel, { name, budget: budget + test.X.rows }),
    evaluation: { inputs: test.X, trueLabels: test.y },
    pool,
    seeds,
    thieves,
    settings: { budget, checkpoints: [100, 250, 500, 1000, 2000, 5000], seed },
    ...(signal ? { signal } : {}),
    onProgress: (line) => log(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`),
  });
  const table = sweep.settings.flatMap((s) =>
    s.thieves.map((t, k) => ({
      setting: s.name,
      thief: sweep.thieves[k]!,
      at1000: t.curve.find((p) => p.queries === 1000)?.agreement ?? null,
      atBudget: t.final.agreement,
      accuracyAtBudget: t.final.accuracy,
    })),
  );
  return { model: name, victimAccuracy, trainingSeconds, sweep, table, seconds: (performance.now() - started) / 1000 };
}

/**
 * The copycat's natural data: the training digits in a seeded order, then (while fewer than
 * `budget`) their one-pixel shifts up, down, left and right, also in a seeded order.
 */
function naturalPool(X: Matrix, budget: number, seed: number): Matrix {
  const rng = createRng(seed + 1000);
  const order = shuffle(Array.from({ length: X.rows }, (_, i) => i), rng);
  const shifts: [number, number][] = [
    [0, 1],
    [0, -1],
    [1, 0],
    [-1, 0],
  ];
  const extra = shuffle(
    shifts.flatMap((_, s) => Array.from({ length: X.rows }, (__, i) => s * X.rows + i)),
    rng,
  ).slice(0, Math.max(0, budget - X.rows));
  const out = createMatrix(X.rows + extra.length, 64);
  order.forEach((r, i) => out.data.set(X.data.subarray(r * 64, (r + 1) * 64), i * 64));
  extra.forEach((code, i) => {
    const [dy, dx] = shifts[Math.floor(code / X.rows)]!;
    const r = code % X.rows;
    const at = (X.rows + i) * 64;
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        const sy = y - dy;
        const sx = x - dx;
        out.data[at + y * 8 + x] = sy >= 0 && sy < 8 && sx >= 0 && sx < 8 ? X.data[r * 64 + sy * 8 + sx]! : 0;
      }
    }
  });
  return out;
}

function rowsOf(X: Matrix, n: number): Matrix {
  return { rows: Math.min(n, X.rows), cols: X.cols, data: X.data.slice(0, Math.min(n, X.rows) * X.cols) };
}

const usage = `Options:
  --model mlp|logistic   the victim (default mlp: one hidden layer of 64)
  --budget N             queries per thief and setting (default 5000)
  --seed N               seed of the victim, the pool order and the thieves (default 1)
Reads optdigits from ${datasetsDir} (or $AISEC_DATASETS).`;

/** The benchmark of protocol B8, for bench/benchmarks.ts. */
export const attacksExtractionBenchmark: BenchmarkDef = {
  name: 'attacks-extraction',
  summary: 'model extraction vs output hardening on optdigits (B8): copycat (probabilities, labels) and JbDA under six settings, agreement at 1,000 and 5,000 queries',
  usage,
  async run(args: readonly string[]): Promise<BenchmarkResult> {
    const options = parseExtractionArgs(args);
    const figures = await runExtractionBenchmark({ ...options, log: (line) => void process.stderr.write(`attacks-extraction: ${line}\n`) });
    const { sweep } = figures;
    const unprotected = sweep.settings.find((s) => s.setting.kind === 'none')!;
    const best = unprotected.thieves.reduce((a, b) => ((b.final.accuracy ?? 0) > (a.final.accuracy ?? 0) ? b : a));
    const stolenAccuracy = best.final.accuracy ?? 0;
    const ratio = stolenAccuracy / figures.victimAccuracy;
    const labelSafe = sweep.settings.filter((s) => s.utility.labelChangeRate === 0);
    const labelThieves = labelSafe.flatMap((s) => s.thieves.filter((t) => t.use === 'labels').map((t) => t.final.agreement));
    const weakestLabelThief = Math.min(...labelThieves);
    const pass = ratio >= 0.95 && weakestLabelThief >= 0.85;
    const f = (x: number | null): string => (x === null ? '  –  ' : x.toFixed(3));
    const pts = (x: number | null): string => (x === null ? '–' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`);
    const thiefWidth = Math.max(...figures.table.map((r) => r.thief.length));
    return {
      description: `extraction of ${figures.model} (test accuracy ${(100 * figures.victimAccuracy).toFixed(2)}%) by three thieves with ${sweep.budget} queries each, under ${sweep.settings.length} output-hardening settings; agreement with the victim on the 1,797 test digits`,
      aisec: measurement(`stolen accuracy at ${sweep.budget} queries, best unprotected thief (${best.attack} ${best.use})`, 'accuracy', [stolenAccuracy]),
      baseline: measurement('victim accuracy (measured in the same run)', 'accuracy', [figures.victimAccuracy]),
      ratio,
      target: { ratio: 0.95, text: '≥ 0.95 × the victim (ART notebook: 0.91 / 0.959 = 0.95), and label thieves ≥ 0.85 agreement under every label-preserving setting' },
      pass,
      notes: [
        `agreement at 1,000 / ${sweep.budget} queries (accuracy at ${sweep.budget}):`,
        ...figures.table.map((r) => `  ${r.setting.padEnd(28)} ${r.thief.padEnd(thiefWidth)}  ${f(r.at1000)} / ${f(r.atBudget)}  (${f(r.accuracyAtBudget)})`),
        'victim utility under each setting (changes in points: accuracy, share of labels changed, mean answered probability of the top class; log-loss change; protection: agreement taken from the thieves, mean over thieves and checkpoints):',
        ...sweep.settings.map((s) => `  ${s.name.padEnd(28)} accuracy ${pts(s.utility.accuracyChange)}, labels changed ${(100 * s.utility.labelChangeRate).toFixed(1)}%, top-class probability ${pts(s.utility.topProbabilityChange)}, log-loss ${s.utility.logLossChange === null ? '–' : s.utility.logLossChange.toFixed(3)}; protection ${pts(s.protection)}`),
        `ART notebook anchor (MNIST CNN ${ART_ANCHOR.victimAccuracy}): unprotected 5,000-query copycats ${ART_ANCHOR.unprotected5000.join(' / ')} accuracy; ReverseSigmoid(1, 0.2): probability thieves ${ART_ANCHOR.reverseSigmoidProbabilityThieves.join('–')}, label thieves ${ART_ANCHOR.reverseSigmoidLabelThieves.join('–')}`,
        `recommendation: ${sweep.recommendation.setting}. ${sweep.recommendation.reason}`,
        sweep.labelOnlyTheft.statement,
        `weakest label thief under a label-preserving setting: ${weakestLabelThief.toFixed(3)} (target ≥ 0.85)`,
        `time: victim ${figures.trainingSeconds.toFixed(1)} s, total ${figures.seconds.toFixed(0)} s`,
      ],
      details: { model: figures.model, victimAccuracy: figures.victimAccuracy, table: figures.table, sweep, artAnchor: ART_ANCHOR, seconds: figures.seconds },
    };
  },
};

function parseExtractionArgs(args: readonly string[]): ExtractionBenchOptions {
  const values = parseBenchOptions(args, ['model', 'budget', 'seed'], usage);
  const model = values.model ?? 'mlp';
  if (model !== 'mlp' && model !== 'logistic') throw new BenchUsageError(`--model takes mlp or logistic, not "${model}".`);
  return {
    model,
    budget: intOption(values.budget, 'budget', 5000, 100, 100_000),
    seed: intOption(values.seed, 'seed', 1, 0, 1_000_000),
  };
}
