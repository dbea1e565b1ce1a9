import {
  crossValProbaAsync,
  logisticRegression,
  nearestNeighboursAsync,
  type Matrix,
  type Table,
} from '../../../ml/index.js';
import { createRng, sample } from '../../../stats/index.js';
import { confidentLearning } from './confident-learning.js';
import { encodeWithinBudget, type FeatureBudget } from './feature-budget.js';
import { readLabels } from './label-column.js';
import { blendProbabilities, knnDisagreement, neighbourVotes } from './neighbour-votes.js';
import type { LabelIssueReport, LabelNoiseMethod, LabelSuspect } from './types.js';

/** Options of {@link findLabelIssues}. */
export interface FindLabelIssuesOptions {
  /** The column holding the label. */
  readonly labelColumn: string;
  /** `combined` (default), `confident-learning` or `knn`. */
  readonly method?: LabelNoiseMethod;
  /** Seed of the folds, the model initialisation and the row sample (default 0). */
  readonly seed?: number;
  /** Neighbours per row (default 10). */
  readonly k?: number;
  /** Cross-validation folds (default 5). */
  readonly folds?: number;
  /** Columns used as features (default: all but the label and `exclude`). */
  readonly features?: readonly string[];
  /** Columns never used as features (e.g. row ids the profiler does not recognise). */
  readonly exclude?: readonly string[];
  /** Rows analysed at most; larger tables are analysed on a seeded sample (default 50,000). */
  readonly maxRows?: number;
  /** Limits on features and work for very wide or large tables (default {@link defaultFeatureBudget}). */
  readonly budget?: FeatureBudget;
  /** L2 penalty of the logistic model (default 1e-3). */
  readonly l2?: number;
  readonly signal?: AbortSignal;
}

/** Fewest labelled rows worth analysing: below this, out-of-fold estimates are noise. */
const MIN_ROWS = 10;

/**
 * Find rows whose label looks wrong, ranked by how wrong.
 *
 * Every method turns the rows into out-of-sample class probabilities and hands them to
 * confident learning, which decides how many rows to flag and which ones:
 * - `knn`: the labels of each row's k nearest neighbours (standardised features); the score
 *   is the share of neighbours that disagree (the baseline);
 * - `confident-learning`: out-of-fold probabilities of a logistic regression (k-fold);
 *   the score is 1 − p(given label);
 * - `combined`: both mixed with the weight that best predicts the given labels; the score is
 *   1 − p(given label) under the mix.
 *
 * Rows without a label are left out (their score is NaN). Throws ERR_DATA_COLUMN when the
 * label column is missing; returns a report with `skipped` set when there is nothing to
 * learn from (one class, too few rows, no usable feature).
 *
 * @example
 * const report = await findLabelIssues(table, { labelColumn: 'income', seed: 1 });
 * for (const s of report.suspects.slice(0, 10)) console.log(s.row, s.label, '→', s.likely, s.score);
 */
export async function findLabelIssues(table: Table, options: FindLabelIssuesOptions): Promise<LabelIssueReport> {
  const method = options.method ?? 'combined';
  const seed = options.seed ?? 0;
  const { labels, classes } = readLabels(table, options.labelColumn);
  const labelled = labels.flatMap((l, row) => (l === null ? [] : [row]));
  const maxRows = options.maxRows ?? 50_000;
  const sampledRows = labelled.length > maxRows ? sample(labelled, maxRows, createRng(seed)).sort((a, b) => a - b) : labelled;
  const { encoder, rows, subset, overLimit } = encodeWithinBudget(table, sampledRows, {
    columns: options.features,
    exclude: [options.labelColumn, ...(options.exclude ?? [])],
    seed,
    ...(options.budget ? { budget: options.budget } : {}),
  });
  const scores = new Float64Array(table.rows.length).fill(NaN);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const y = Int32Array.from(rows, (row) => classIndex.get(labels[row]!)!);
  const classCounts = classes.map((_, c) => y.reduce((n, v) => n + (v === c ? 1 : 0), 0));
  const base = {
    method,
    labelColumn: options.labelColumn,
    classes,
    classCounts,
    rows: table.rows.length,
    analysedRows: rows.length,
    unlabelledRows: table.rows.length - labelled.length,
    sampled: rows.length < labelled.length,
    features: {
      used: encoder.featureNames.length,
      columns: encoder.columns.filter((c) => c.kind !== 'skipped').map((c) => c.name),
      skipped: [
        ...encoder.columns.flatMap((c) => (c.kind === 'skipped' ? [{ name: c.name, reason: c.reason }] : [])),
        ...overLimit.map((name) => ({ name, reason: 'feature limit' })),
      ],
    },
    scores,
  };
  const skipped =
    rows.length < MIN_ROWS
      ? `only ${rows.length} labelled row${rows.length === 1 ? '' : 's'}; label noise needs at least ${MIN_ROWS}`
      : classes.length < 2
        ? `the label column "${options.labelColumn}" holds one class only ("${classes[0]}"): there is no other label a row could have been given`
        : encoder.featureNames.length === 0
          ? `no column besides the label can be used as a feature (${base.features.skipped.map((s) => `${s.name}: ${s.reason}`).join(', ') || 'none'})`
          : undefined;
  if (skipped) return { ...base, skipped, flagged: 0, suspects: [], pairs: [], accuracy: null, blendWeight: null };

  const X = encoder.transform(subset);
  const C = classes.length;
  const k = Math.min(options.k ?? 10, rows.length - 1);
  const needNeighbours = method !== 'confident-learning';
  const needModel = method !== 'knn';
  const neighbours = needNeighbours ? await nearestNeighboursAsync(X, k, { signal: options.signal }) : undefined;
  const votes = neighbours ? neighbourVotes(neighbours, y, C) : undefined;
  const folds = Math.min(options.folds ?? 5, rows.length);
  const model = needModel ? await crossValProbaAsync(X, y, folds, seed, { learner: logisticRegression, numClasses: C, signal: options.signal, fitOptions: { l2: options.l2 } }) : undefined;
  let probs: Matrix;
  let blendWeight: number | null = null;
  if (model && votes) {
    const blend = blendProbabilities(model, votes, y);
    probs = blend.probs;
    blendWeight = blend.weight;
  } else {
    probs = (model ?? votes)!;
  }
  const cl = confidentLearning(probs, y);
  const rowScore = method === 'knn' ? knnDisagreement(neighbours!, y) : cl.selfConfidence.map((p) => 1 - p);
  rows.forEach((row, i) => (scores[row] = rowScore[i]!));

  const suspects: LabelSuspect[] = [];
  const pairCounts = new Map<string, { given: string; likely: string; rows: number }>();
  let agree = 0;
  for (let i = 0; i < rows.length; i++) {
    const likely = argmax(probs, i);
    if (likely === y[i]) agree++;
    if (!cl.issues[i]) continue;
    suspects.push({ row: rows[i]!, score: rowScore[i]!, signals: ['label-noise'], label: classes[y[i]!]!, likely: classes[likely]!, likelihood: probs.data[i * C + likely]! });
    const key = `${y[i]}\u0000${likely}`;
    const pair = pairCounts.get(key) ?? { given: classes[y[i]!]!, likely: classes[likely]!, rows: 0 };
    pair.rows++;
    pairCounts.set(key, pair);
  }
  suspects.sort((a, b) => b.score - a.score || a.row - b.row);
  const pairs = [...pairCounts.values()].sort((a, b) => b.rows - a.rows || (a.given + a.likely < b.given + b.likely ? -1 : 1));
  return { ...base, flagged: suspects.length, suspects, pairs, accuracy: agree / rows.length, blendWeight };
}

function argmax(m: Matrix, row: number): number {
  let best = 0;
  for (let c = 1; c < m.cols; c++) if (m.data[row * m.cols + c]! > m.data[row * m.cols + best]!) best = c;
  return best;
}
