/**
 * HopSkipJump (Chen, Jordan & Wainwright, IEEE S&P 2020): a decision-based black-box attack
 * that needs only the model's labels. Untargeted, L2 or L∞, with the reference defaults (40
 * iterations, 100 probes for the first gradient estimate growing with √iteration, at most 10,000
 * per estimate, binary-search threshold γ/d^{3/2} or γ/d², geometric step-size search).
 *
 * It minimises the perturbation rather than working within one ε, so one run per example serves
 * every ε: an example counts as fooled at ε once an input within ε was classified otherwise, and
 * its queries to success are the queries spent by then. By default an example stops once it is
 * fooled at the smallest ε (`stopAtEpsilon`); every input counted as adversarial is one the model
 * itself labelled so. A bisection whose bracket holds an ε not yet reached asks there before its
 * midpoint (hsja-steps.ts), the one departure from the reference steps.
 *
 * The start is, as in the reference code, a uniform random input in the box that the model
 * already misclassifies (up to `initTries` draws), blended towards the row by binary search; or,
 * when the attacker's own natural inputs are given (`startingPoints`), the best of the rays
 * towards the rows of another class nearest to the row (see hsja-start.ts). A natural input of
 * another class is usually far closer to the row than noise: on an optdigits MLP, the 30 nearest
 * labelled training digits of another class raise success at L∞ ε 0.2 within 500 queries from
 * 80.5–85% to 95.5–96% (three seeds), and at ε 0.1 from 20–29% to 26.5–34%.
 */
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { createRng } from '../../stats/index.js';
import { runBatched } from './batched-queries.js';
import { clipToBox, meanWidth } from './box.js';
import type { EpsilonOutcome, EvasionResult } from './evasion-result.js';
import { cleanPass, exampleSeeds, finishResult, newRecord, outcomesOf, summariseEpsilon, type ExampleRecord } from './evasion-run.js';
import { boundedNumber, checkEvasionInputs, wholeNumber, type EvasionOptions } from './evasion-settings.js';
import { naturalStart, noiseStart } from './hsja-start.js';
import { binarySearch, decide, estimateGradient, isDone, newTrack, searchSteps, type HsjaExample, type Track } from './hsja-steps.js';
import { perturbationNorm, withinEpsilon } from './norms.js';
import { checkStartingPool, type StartingPool } from './starting-points.js';

/** Options of {@link hopSkipJump}. */
export interface HopSkipJumpOptions extends EvasionOptions {
  /** Iterations (gradient estimate, step, binary search) at most (default 40). */
  readonly iterations?: number;
  /** Probes of the first gradient estimate; iteration j uses this × √j (default 100). */
  readonly initialEvals?: number;
  /** Probes of one gradient estimate at most (default 10,000), and never more than the budget leaves. */
  readonly maxEvals?: number;
  /** γ of the binary-search threshold (default 1). */
  readonly gamma?: number;
  /** Random inputs tried for a misclassified start (default 100). */
  readonly initTries?: number;
  /** Stop an example once it is fooled within the smallest ε (default true); false spends the whole budget shrinking the perturbation. */
  readonly stopAtEpsilon?: boolean;
  /**
   * Natural inputs of the attacker's own (rows of the model's width, inside the box), to start
   * from instead of uniform noise: other people's applications, other photos; never the rows
   * attacked. Without it, the reference start from noise.
   */
  readonly startingPoints?: Matrix;
  /**
   * The true labels of `startingPoints`, when known: rows of the attacked row's label are then
   * skipped without a query. Give them when you can: the nearest rows are mostly of the row's own
   * class, so without labels the candidates spend queries on rays that go nowhere (on optdigits,
   * unlabelled starting points did no better than noise).
   */
  readonly startingLabels?: ArrayLike<number>;
  /** Rows of `startingPoints` nearest to each row tried as its start, at one query each plus a bisection for each better one (default 30). */
  readonly startingCandidates?: number;
}

const WHERE = 'HopSkipJump';
/** Halvings of the step size before an iteration gives up (the reference code halves without limit). */
const MAX_HALVINGS = 30;

interface HsjaSettings {
  readonly iterations: number;
  readonly initialEvals: number;
  readonly maxEvals: number;
  readonly initTries: number;
  readonly firstDelta: number;
  readonly pool: StartingPool | null;
  readonly startingCandidates: number;
}

/**
 * Run HopSkipJump on every correctly classified row and read off the outcome at each ε.
 *
 * @example
 * const result = await hopSkipJump(adapter, X, y, { epsilons: [0.1, 0.2], budget: 500, seed: 1 });
 * result.byEpsilon[1].successRate; // share fooled within L∞ 0.2 using at most 500 queries each
 */
export async function hopSkipJump(adapter: ModelAdapter, X: Matrix, y: ArrayLike<number>, options: HopSkipJumpOptions): Promise<EvasionResult> {
  const started = performance.now();
  const settings = checkEvasionInputs(WHERE, adapter, X, y, options);
  const d = X.cols;
  const gamma = boundedNumber(options.gamma ?? 1, `${WHERE}: gamma`, 0, 1e6);
  const stopAtEpsilon = options.stopAtEpsilon ?? true;
  if (typeof stopAtEpsilon !== 'boolean') throw new AisecError('ERR_ATTACK_INPUT', `${WHERE}: stopAtEpsilon must be true or false`);
  const hsja: HsjaSettings = {
    iterations: wholeNumber(options.iterations ?? 40, `${WHERE}: iterations`, 1, 100_000),
    initialEvals: wholeNumber(options.initialEvals ?? 100, `${WHERE}: initialEvals`, 1, 1_000_000),
    maxEvals: wholeNumber(options.maxEvals ?? 10_000, `${WHERE}: maxEvals`, 1, 1_000_000),
    initTries: wholeNumber(options.initTries ?? 100, `${WHERE}: initTries`, 1, 1_000_000),
    firstDelta: 0.1 * meanWidth(settings.box),
    pool: options.startingPoints === undefined ? null : checkStartingPool(WHERE, options.startingPoints, options.startingLabels, adapter.numClasses, settings.box),
    startingCandidates: wholeNumber(options.startingCandidates ?? 30, `${WHERE}: startingCandidates`, 1, 10_000),
  };
  if (hsja.pool === null && options.startingLabels !== undefined) throw new AisecError('ERR_ATTACK_INPUT', `${WHERE}: startingLabels were given without startingPoints`);
  const theta = settings.norm === 'l2' ? gamma / (Math.sqrt(d) * d) : gamma / (d * d);
  const epsilons = [...settings.epsilons].sort((a, b) => a - b);
  const clean = await cleanPass(adapter, settings, false);
  const seeds = exampleSeeds(settings.seed, 0, clean.attacked.length);
  const tracks = clean.attacked.map(() => newTrack());
  const run = await runBatched(adapter, clean.attacked.length, { ...settings, needProbabilities: false }, async (k, oracle) => {
    const row = clean.attacked[k]!;
    const ex: HsjaExample = {
      x0: X.data.slice(row * d, (row + 1) * d),
      label: settings.y[row]!,
      norm: settings.norm,
      box: settings.box,
      rng: createRng(seeds[k]!),
      oracle,
      track: tracks[k]!,
      theta,
      epsilons,
      stopBelow: stopAtEpsilon ? epsilons[0]! : -1,
    };
    await attackExample(ex, hsja);
  });
  const byEpsilon: EpsilonOutcome[] = settings.epsilons.map((epsilon) =>
    summariseEpsilon(epsilon, outcomesOf(settings, clean, tracks.map((t) => recordAt(t, epsilon)), run.used), settings.checkpoints),
  );
  return finishResult('hopskipjump', adapter, settings, clean, byEpsilon, {
    queriesUsed: X.rows + run.used.reduce((a, b) => a + b, 0),
    modelBudgetReached: run.modelBudgetReached,
    started,
    settings: {
      iterations: hsja.iterations,
      initialEvals: hsja.initialEvals,
      maxEvals: hsja.maxEvals,
      gamma,
      initTries: hsja.initTries,
      stopAtEpsilon,
      start: hsja.pool === null ? 'uniform noise' : `natural inputs (${hsja.pool.rows} rows${hsja.pool.labels === null ? '' : ', labelled'}; ${hsja.startingCandidates} nearest tried)`,
    },
  });
}

/** One example: a misclassified start, then iterations of estimate, step and binary search. */
async function attackExample(ex: HsjaExample, s: HsjaSettings): Promise<void> {
  const done = (): boolean => isDone(ex);
  // Natural inputs first; noise when none of them is misclassified.
  const start = (s.pool && (await naturalStart(ex, s.pool, s.startingCandidates))) ?? (await noiseStart(ex, s.initTries));
  if (start === null || done()) return;
  let { point: perturbed, distance: searched } = start;
  let distance = perturbationNorm(perturbed, ex.x0, ex.norm);
  const d = ex.x0.length;
  for (let j = 1; j <= s.iterations && !done() && ex.oracle.left > 0; j++) {
    const delta = j === 1 ? s.firstDelta : (ex.norm === 'l2' ? Math.sqrt(d) : d) * ex.theta * searched;
    // Keep back enough for the step and the binary search after the estimate.
    const reserve = searchSteps(ex, distance) + 3;
    const evals = Math.min(Math.floor(s.initialEvals * Math.sqrt(j)), s.maxEvals, Math.max(1, ex.oracle.left - reserve));
    const gradient = await estimateGradient(ex, perturbed, evals, delta > 0 ? delta : s.firstDelta);
    if (gradient === null || done()) return;
    const update = ex.norm === 'linf' ? gradient.map(Math.sign) : gradient;
    // Geometric step-size search: halve until the step lands on the adversarial side.
    let step = distance / Math.sqrt(j);
    let next: Float64Array | null = null;
    for (let halving = 0; halving < MAX_HALVINGS; halving++, step /= 2) {
      const candidate = clipToBox(perturbed.map((v, f) => v + step * update[f]!), ex.box);
      if ((await decide(ex, [candidate]))[0]) {
        next = candidate;
        break;
      }
    }
    if (next === null || done()) return;
    ({ point: perturbed, distance: searched } = await binarySearch(ex, next));
    distance = perturbationNorm(perturbed, ex.x0, ex.norm);
  }
}

/** An example's outcome at ε: fooled once an adversarial input within ε was found. */
function recordAt(track: Track, epsilon: number): ExampleRecord {
  const record = newRecord();
  record.norm = track.best === null ? null : track.bestNorm;
  const first = track.history.find((h) => withinEpsilon(h.norm, epsilon));
  if (first !== undefined && track.best !== null) {
    record.success = true;
    record.queriesToSuccess = first.queries;
    record.adversarialLabel = track.bestLabel;
    record.adversarial = track.best;
  }
  return record;
}
