/**
 * Evaluation drivers that train and test on different rows: leave-one-source-out (train on
 * every other source, score the held-out one, pool the held-out predictions) and a fixed seeded
 * split stratified by source × label. The threshold of each trained detector comes from its own
 * training rows (out-of-fold predictions), never from the rows it is tested on.
 */
import { createRng, shuffle } from '../../stats/index.js';
import { createPromptInjectionDetectorFrom } from './detector.js';
import { evaluatePredictions, type EvaluationReport, type Prediction } from './evaluate.js';
import type { LabelledRow } from './labelled-rows.js';
import { trainPromptInjectionModel, type TrainOptions } from './train.js';

/** A detector trained on some rows. */
export interface TrainedScorer {
  readonly threshold: number;
  score(text: string): Prediction;
}

/** Trains a detector on rows (its threshold chosen from those rows alone). */
export type ScorerTrainer = (rows: readonly LabelledRow[]) => TrainedScorer;

/** The trainer of the learned detector with `options` (and the rule layer, when given). */
export function learnedTrainer(options: TrainOptions = {}): ScorerTrainer {
  return (rows) => {
    const { weights } = trainPromptInjectionModel(rows, options);
    // The detector combines the same rule layer the threshold was tuned with.
    return createPromptInjectionDetectorFrom(weights, options.rules === undefined ? {} : { rules: options.rules });
  };
}

/** One held-out source of {@link leaveOneSourceOut}. */
export interface HeldOutSource {
  readonly source: string;
  readonly rows: number;
  /** The threshold of the detector trained without this source. */
  readonly threshold: number;
  readonly report: EvaluationReport;
}

/** Pooled and per-source figures of a leave-one-source-out run. */
export interface LeaveOneSourceOutResult {
  /** Every row scored by the detector trained without its source. */
  readonly pooled: EvaluationReport;
  readonly folds: readonly HeldOutSource[];
  /** Predictions in row order. */
  readonly predictions: readonly Prediction[];
}

/**
 * Leave-one-source-out: for each source (or each of `sources`), train on the rows of all
 * other sources and score that source's rows. A source whose removal leaves one label only is
 * skipped (listed in `skipped`).
 */
export function leaveOneSourceOut(
  rows: readonly LabelledRow[],
  train: ScorerTrainer,
  options: { readonly sources?: readonly string[]; readonly onProgress?: (message: string) => void } = {},
): LeaveOneSourceOutResult & { readonly skipped: readonly string[] } {
  const all = [...new Set(rows.map((r) => r.source))].sort();
  const held = options.sources ?? all;
  const predictions: (Prediction | undefined)[] = new Array(rows.length).fill(undefined);
  const folds: HeldOutSource[] = [];
  const skipped: string[] = [];
  for (const source of held) {
    const trainRows = rows.filter((r) => r.source !== source);
    const testIdx = rows.flatMap((r, i) => (r.source === source ? [i] : []));
    if (testIdx.length === 0) continue;
    if (new Set(trainRows.map((r) => r.label)).size < 2) {
      skipped.push(source);
      continue;
    }
    const started = Date.now();
    const scorer = train(trainRows);
    const testRows = testIdx.map((i) => rows[i]!);
    const preds = testRows.map((r) => {
      const p = scorer.score(r.text);
      return { score: p.score, injection: p.injection };
    });
    testIdx.forEach((i, k) => (predictions[i] = preds[k]));
    const report = evaluatePredictions(testRows, preds);
    folds.push({ source, rows: testRows.length, threshold: scorer.threshold, report });
    options.onProgress?.(`held out ${source} (${testRows.length} rows): threshold ${scorer.threshold.toFixed(4)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const scoredRows: LabelledRow[] = [];
  const scored: Prediction[] = [];
  rows.forEach((r, i) => {
    const p = predictions[i];
    if (p !== undefined) {
      scoredRows.push(r);
      scored.push(p);
    }
  });
  return { pooled: evaluatePredictions(scoredRows, scored), folds, predictions: scored, skipped };
}

/** Test-row flags of a seeded split: `testShare` of each source × label stratum (rounded). */
export function stratifiedSplit(rows: readonly LabelledRow[], testShare: number, seed: number): Uint8Array {
  if (!(testShare > 0 && testShare < 1)) throw new RangeError(`testShare must be between 0 and 1, not ${testShare}`);
  const rng = createRng(seed);
  const strata = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = `${r.source}\u0000${r.label}`;
    const list = strata.get(key);
    if (list === undefined) strata.set(key, [i]);
    else list.push(i);
  });
  const test = new Uint8Array(rows.length);
  for (const key of [...strata.keys()].sort()) {
    const members = shuffle([...strata.get(key)!], rng);
    const n = Math.round(members.length * testShare);
    for (const i of members.slice(0, n)) test[i] = 1;
  }
  return test;
}

/** Figures of a fixed split. */
export interface FixedSplitResult {
  readonly threshold: number;
  readonly trainRows: number;
  readonly testRows: number;
  readonly report: EvaluationReport;
}

/** Train on a seeded 80 % (by default) of each source × label stratum and test on the rest. */
export function fixedSplit(rows: readonly LabelledRow[], train: ScorerTrainer, options: { readonly seed?: number; readonly testShare?: number } = {}): FixedSplitResult {
  const test = stratifiedSplit(rows, options.testShare ?? 0.2, options.seed ?? 1);
  const trainRows = rows.filter((_, i) => test[i] === 0);
  const testRows = rows.filter((_, i) => test[i] === 1);
  const scorer = train(trainRows);
  const preds = testRows.map((r) => {
    const p = scorer.score(r.text);
    return { score: p.score, injection: p.injection };
  });
  return { threshold: scorer.threshold, trainRows: trainRows.length, testRows: testRows.length, report: evaluatePredictions(testRows, preds) };
}
