/**
 * `npm run bench -- attacks-evasion`: protocol B5 of the adversarial-ML notes, black-box
 * evasion on optdigits.
 *
 * A model trained on the optdigits training split (pixels scaled to [0, 1]: an MLP with one
 * hidden layer of 64, or logistic regression with `--model logistic`); 200 correctly
 * classified test digits (a seeded sample); untargeted L∞ attacks inside the pixel box [0, 1]:
 * - white-box PGD (50 steps, 5 restarts): the ceiling;
 * - Square Attack (score-based) at ε 0.1 and 0.2, budget 1,000 queries per digit;
 * - HopSkipJump (decision-based, the model seen through its labels only) at ε 0.2 (0.1 read off
 *   the same run), budget 500, starting from the attacker's own natural data: the 30 digits of
 *   the training split (not the attacked test digits) nearest to each attacked digit among those
 *   of another digit class, every query counted; and, for comparison, the same attack from the
 *   reference start (uniform noise), reported as `hopskipjump-noise-start`;
 * - random ±ε noise at ε 0.1 and 0.2, budget 1,000.
 *
 * Targets: Square reaches ≥ 95% of PGD's success rate within 1,000 queries at ε 0.1 and 0.2;
 * HopSkipJump fools ≥ 90% at ε 0.2 within 500 queries.
 */
import { hopSkipJump, pgdAttack, randomNoiseAttack, squareAttack, successAt, type EvasionResult } from '../src/attacks/evasion/index.js';
import { classifierAdapter } from '../src/ml/adapters/index.js';
import { fitLogisticRegression, fitMlp, selectRows, selectValues, type DifferentiableClassifier } from '../src/ml/index.js';
import { createRng, sample } from '../src/stats/index.js';
import { BenchUsageError, intOption, measurement, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';
import { datasetsDir } from './data-sets.js';
import { argmaxRows, readDigits } from './optdigits.js';

/** Options of {@link runEvasionBenchmark}. */
export interface EvasionBenchOptions {
  /** `mlp` (default: one hidden layer of 64, 30 epochs) or `logistic`. */
  readonly model?: 'mlp' | 'logistic';
  /** Correctly classified test digits attacked (default 200). */
  readonly examples?: number;
  /** Seed of the model, the sample and the attacks (default 1). */
  readonly seed?: number;
  /** Per-digit budgets (defaults 1,000 for Square and noise, 500 for HopSkipJump). */
  readonly squareBudget?: number;
  readonly hsjaBudget?: number;
  readonly noiseBudget?: number;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
  readonly signal?: AbortSignal;
}

/** One attack at one ε. */
export interface AttackFigure {
  /** The attack's name; `hopskipjump` starts from training-split digits, `hopskipjump-noise-start` from uniform noise (the reference). */
  readonly attack: string;
  readonly epsilon: number;
  readonly budget: number;
  readonly successRate: number;
  /** Success rate at 10, 20, 50, 100, 200, 500, 1,000 queries (those within the budget). */
  readonly curve: readonly { readonly queries: number; readonly successRate: number }[];
  readonly medianQueries: number | null;
  /** successRate / PGD's at the same ε. */
  readonly ofCeiling: number | null;
  readonly seconds: number;
}

/** What {@link runEvasionBenchmark} measured. */
export interface EvasionBenchFigures {
  readonly model: string;
  readonly testAccuracy: number;
  readonly examples: number;
  readonly trainingSeconds: number;
  readonly figures: readonly AttackFigure[];
  /** The two targets and whether each was met. */
  readonly checks: readonly { readonly name: string; readonly value: number; readonly target: number; readonly pass: boolean }[];
  readonly seconds: number;
}

const EPSILONS = [0.1, 0.2];
const BOX = { lo: 0, hi: 1 };

/** Run protocol B5 and return the figures of every attack. */
export async function runEvasionBenchmark(options: EvasionBenchOptions = {}): Promise<EvasionBenchFigures> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => {});
  const { signal } = options;
  const train = await readDigits('optdigits/optdigits.tra');
  const test = await readDigits('optdigits/optdigits.tes');
  const kind = options.model ?? 'mlp';
  const model: DifferentiableClassifier =
    kind === 'mlp' ? fitMlp(train.X, train.y, { hiddenSizes: [64], epochs: 30, seed, signal }) : fitLogisticRegression(train.X, train.y, { seed, signal });
  const trainingSeconds = (performance.now() - started) / 1000;
  const predicted = argmaxRows(model.predictProba(test.X));
  const correct = Array.from(predicted.keys()).filter((i) => predicted[i] === test.y[i]);
  const testAccuracy = correct.length / test.y.length;
  const chosen = sample(correct, options.examples ?? 200, createRng(seed)).sort((a, b) => a - b);
  const X = selectRows(test.X, chosen);
  const y = selectValues(test.y, chosen);
  const name = kind === 'mlp' ? 'optdigits MLP 64-64-10' : 'optdigits logistic regression';
  log(`${name}: test accuracy ${(100 * testAccuracy).toFixed(2)}%, trained in ${trainingSeconds.toFixed(1)} s; attacking ${chosen.length} digits`);

  const common = { box: BOX, seed, signal, shape: [8, 8, 1] as const };
  const pgd = await pgdAttack(model, X, y, { ...common, epsilons: EPSILONS, steps: 50, restarts: 5, name });
  log(`PGD: ${rates(pgd)} (${pgd.seconds.toFixed(1)} s)`);
  const square = await squareAttack(classifierAdapter(model, { name }), X, y, { ...common, epsilons: EPSILONS, budget: options.squareBudget ?? 1000 });
  log(`Square: ${rates(square)} (${square.seconds.toFixed(1)} s)`);
  const hsjaOptions = { ...common, epsilons: EPSILONS, budget: options.hsjaBudget ?? 500 };
  // The attacker's own data: training-split digits with their labels, never the test digits attacked.
  const hsja = await hopSkipJump(classifierAdapter(model, { name, output: 'labels' }), X, y, { ...hsjaOptions, startingPoints: train.X, startingLabels: train.y });
  log(`HopSkipJump, starting from the nearest training-split digits of another class: ${rates(hsja)} (${hsja.seconds.toFixed(1)} s)`);
  const hsjaNoise = await hopSkipJump(classifierAdapter(model, { name, output: 'labels' }), X, y, hsjaOptions);
  log(`HopSkipJump, reference start from uniform noise: ${rates(hsjaNoise)} (${hsjaNoise.seconds.toFixed(1)} s)`);
  const noise = await randomNoiseAttack(classifierAdapter(model, { name, output: 'labels' }), X, y, { ...common, epsilons: EPSILONS, budget: options.noiseBudget ?? 1000 });
  log(`random noise: ${rates(noise)} (${noise.seconds.toFixed(1)} s)`);

  const figures = [
    ...[pgd, square, hsja].flatMap((result) => figuresOf(result, pgd)),
    ...figuresOf(hsjaNoise, pgd).map((f) => ({ ...f, attack: 'hopskipjump-noise-start' })),
    ...figuresOf(noise, pgd),
  ];
  const at = (attack: string, epsilon: number) => figures.find((f) => f.attack === attack && f.epsilon === epsilon)!;
  const checks = [
    ...EPSILONS.map((epsilon) => {
      const value = at('square', epsilon).ofCeiling ?? 0;
      return { name: `Square, L∞ ε ${epsilon}: success within ${square.budget} queries / PGD's`, value, target: 0.95, pass: value >= 0.95 };
    }),
    {
      name: `HopSkipJump (starting from training-split digits), L∞ ε 0.2: success within ${hsja.budget} queries`,
      value: at('hopskipjump', 0.2).successRate,
      target: 0.9,
      pass: at('hopskipjump', 0.2).successRate >= 0.9,
    },
  ];
  return { model: name, testAccuracy, examples: chosen.length, trainingSeconds, figures, checks, seconds: (performance.now() - started) / 1000 };
}

function figuresOf(result: EvasionResult, pgd: EvasionResult): AttackFigure[] {
  return result.byEpsilon.map((outcome, k) => {
    const ceiling = pgd.byEpsilon[k]!.successRate;
    const checkpoints = [10, 20, 50, 100, 200, 500, 1000].filter((q) => q <= result.budget);
    return {
      attack: result.attack,
      epsilon: outcome.epsilon,
      budget: result.budget,
      successRate: outcome.successRate,
      curve: checkpoints.map((queries) => ({ queries, successRate: successAt(outcome, queries) })),
      medianQueries: outcome.medianQueries,
      ofCeiling: ceiling > 0 ? outcome.successRate / ceiling : null,
      seconds: result.seconds,
    };
  });
}

function rates(result: EvasionResult): string {
  return result.byEpsilon.map((e) => `ε ${e.epsilon} ${(100 * e.successRate).toFixed(1)}% (median ${e.medianQueries ?? '–'} q)`).join(', ');
}

const usage = `Options:
  --model mlp|logistic   the model attacked (default mlp: one hidden layer of 64)
  --examples N           correctly classified test digits attacked (default 200)
  --seed N               seed of the model, the sample and the attacks (default 1)
Reads optdigits from ${datasetsDir} (or $AISEC_DATASETS).`;

/** The benchmark of protocol B5, for bench/benchmarks.ts. */
export const attacksEvasionBenchmark: BenchmarkDef = {
  name: 'attacks-evasion',
  summary: 'black-box evasion on optdigits (B5): Square and HopSkipJump against the white-box PGD ceiling and random noise',
  usage,
  async run(args: readonly string[]): Promise<BenchmarkResult> {
    const values = parseBenchOptions(args, ['model', 'examples', 'seed'], usage);
    const model = values.model ?? 'mlp';
    if (model !== 'mlp' && model !== 'logistic') throw new BenchUsageError(`--model must be mlp or logistic, not "${model}".`);
    const figures = await runEvasionBenchmark({
      model,
      examples: intOption(values.examples, 'examples', 200, 1, 1797),
      seed: intOption(values.seed, 'seed', 1, 0, 2 ** 31),
      log: (line) => void process.stderr.write(`attacks-evasion: ${line}\n`),
    });
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const square = figures.figures.find((f) => f.attack === 'square' && f.epsilon === 0.1)!;
    const pgd = figures.figures.find((f) => f.attack === 'pgd' && f.epsilon === 0.1)!;
    return {
      description: `untargeted L∞ evasion of ${figures.examples} correctly classified optdigits test digits (${figures.model}, test accuracy ${pct(figures.testAccuracy)}), pixels in [0, 1]`,
      aisec: measurement('Square, ε 0.1, success within 1,000 queries', '%', [100 * square.successRate]),
      baseline: measurement('white-box PGD ceiling, ε 0.1', '%', [100 * pgd.successRate]),
      ratio: pgd.successRate > 0 ? square.successRate / pgd.successRate : 1,
      target: { ratio: 0.95, text: 'Square ≥ 0.95 × PGD at ε 0.1 and 0.2 within 1,000 queries; HopSkipJump (starting from training-split digits) ≥ 90% at ε 0.2 within 500' },
      pass: figures.checks.every((c) => c.pass),
      notes: [
        ...figures.checks.map((c) => `${c.name}: ${c.value.toFixed(3)} (target ≥ ${c.target}) ${c.pass ? 'PASS' : 'FAIL'}`),
        'HopSkipJump starts from the attacker’s own data: for each attacked test digit, the 30 nearest training-split digits of another class (queries counted); hopskipjump-noise-start is the reference start from uniform noise',
        ...figures.figures.map(
          (f) =>
            `${f.attack.padEnd(23)} ε ${f.epsilon}: ${pct(f.successRate)}${f.ofCeiling === null ? '' : ` (${pct(f.ofCeiling)} of PGD)`}, median ${f.medianQueries ?? '–'} q; ` +
            f.curve.map((p) => `@${p.queries} ${pct(p.successRate)}`).join(' ') +
            ` (${f.seconds.toFixed(1)} s)`,
        ),
        'notes (MLP 64-64-10, 96.2%): PGD 72% / 100%; Square @1,000 69% / 100%; HSJA @500 40% / 96%; noise @1,000 25.5% / 84%',
        `time: training ${figures.trainingSeconds.toFixed(1)} s, total ${figures.seconds.toFixed(1)} s`,
      ],
      details: { ...figures },
    };
  },
};
