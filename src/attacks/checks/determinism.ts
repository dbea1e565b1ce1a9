/**
 * Two determinism checks from Giskard's scan. Batch-vs-single ("data leakage" in Giskard):
 * rows scored alone must get the same answer as in a batch — a model whose answer depends on
 * the other rows of the batch (batch statistics, padding, caching keyed on the batch) leaks
 * information between requests. Repeat ("stochasticity"): the same rows scored twice must get
 * the same answer. Each samples 100 rows; any difference is an issue.
 */
import { z } from 'zod';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { createRng } from '../../stats/index.js';
import { attackInputError, parseAttackOptions } from '../tabular/attack-guards.js';
import { QueryMeter } from '../tabular/query-meter.js';
import { checkData, requireQueries, rowsAt, sampleRowIndices } from './check-inputs.js';
import type { ModelCheckResult } from './check-result.js';
import { comparePredictions, type PredictionComparison } from './compare-predictions.js';

/** Settings of the determinism checks. */
export const DeterminismOptionsSchema = z.strictObject({
  sampleSize: z.number().int().min(1).max(100_000).default(100).describe('Rows compared (Giskard: 100).'),
  tolerance: z.number().min(0).max(1).default(1e-6).describe('Largest difference of a class score counted as equal.'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(0),
  maxQueries: z.number().int().min(1).max(100_000_000).default(100_000),
  maxExamples: z.number().int().min(0).max(1000).default(5),
});

/** Settings as given. */
export type DeterminismOptions = z.input<typeof DeterminismOptionsSchema> & { readonly signal?: AbortSignal };

/** The result of a determinism check. */
export type DeterminismResult = ModelCheckResult<{ readonly mismatchRate: number; readonly scoreTolerance: number }, PredictionComparison>;

type Settings = z.output<typeof DeterminismOptionsSchema>;

function prepare(where: string, adapter: ModelAdapter, data: Matrix, options: DeterminismOptions, queriesPerRow: number) {
  const { signal, ...rest } = options ?? {};
  const o = parseAttackOptions(DeterminismOptionsSchema, rest, where);
  checkData(where, adapter, data);
  const rows = Math.min(o.sampleSize, data.rows);
  requireQueries(where, adapter, rows * queriesPerRow, o.maxQueries);
  const indices = sampleRowIndices(data.rows, rows, createRng(o.seed));
  return { o, indices, X: rowsAt(data, indices), meter: new QueryMeter(adapter, o.maxQueries, signal, where) };
}

function result(check: 'batch-determinism' | 'repeat-determinism', adapter: ModelAdapter, o: Settings, queries: number, comparison: PredictionComparison, what: readonly [different: string, same: string]): DeterminismResult {
  const mismatched = Math.max(comparison.labelMismatches, comparison.scoreMismatches);
  const issue = mismatched > 0;
  const n = comparison.rowsCompared;
  return {
    check,
    model: adapter.name,
    issue,
    summary: issue
      ? `${mismatched} of ${n} rows got a different answer ${what[0]} (${comparison.labelMismatches} different labels; scores differ by up to ${comparison.maxScoreDifference.toPrecision(3)}).`
      : `All ${n} rows got the same answer ${what[1]}.`,
    metric: mismatched / n,
    threshold: { mismatchRate: 0, scoreTolerance: o.tolerance },
    seed: o.seed,
    queries,
    evidence: comparison,
  };
}

/**
 * Score sampled rows in one batch, then each alone, and compare. Needs 2 × sampleSize queries
 * (checked before anything is sent).
 */
export async function batchDeterminismCheck(adapter: ModelAdapter, data: Matrix, options: DeterminismOptions = {}): Promise<DeterminismResult> {
  const where = 'batch determinism check';
  const { o, indices, X, meter } = prepare(where, adapter, data, options, 2);
  const batch = await meter.run(X.rows, (s) => adapter.predict(X, s));
  if (!batch) throw attackInputError(where, 'the model refused the batch for its query budget');
  const labels = new Int32Array(X.rows);
  const scores = batch.probabilities ? new Float64Array(X.rows * adapter.numClasses) : undefined;
  let withScores = scores !== undefined;
  for (let i = 0; i < X.rows; i++) {
    const one = rowsAt(X, [i]);
    const answer = await meter.run(1, (s) => adapter.predict(one, s));
    if (!answer) throw attackInputError(where, 'the model refused a single row for its query budget');
    labels[i] = answer.labels[0]!;
    if (scores && answer.probabilities) scores.set(answer.probabilities.data, i * adapter.numClasses);
    else withScores = false;
  }
  const single = { labels, ...(withScores && scores ? { probabilities: { rows: X.rows, cols: adapter.numClasses, data: scores } } : {}) };
  return result('batch-determinism', adapter, o, meter.used, comparePredictions(batch, single, indices, o.tolerance, o.maxExamples), ['scored alone than in a batch', 'scored alone as in a batch']);
}

/** Score sampled rows twice, in the same batch, and compare. Needs 2 × sampleSize queries. */
export async function repeatDeterminismCheck(adapter: ModelAdapter, data: Matrix, options: DeterminismOptions = {}): Promise<DeterminismResult> {
  const where = 'repeat determinism check';
  const { o, indices, X, meter } = prepare(where, adapter, data, options, 2);
  const first = await meter.run(X.rows, (s) => adapter.predict(X, s));
  const second = await meter.run(X.rows, (s) => adapter.predict(X, s));
  if (!first || !second) throw attackInputError(where, 'the model refused a batch for its query budget');
  return result('repeat-determinism', adapter, o, meter.used, comparePredictions(first, second, indices, o.tolerance, o.maxExamples), ['the second time than the first', 'the second time as the first']);
}
