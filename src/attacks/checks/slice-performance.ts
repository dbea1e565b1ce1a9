/**
 * Giskard's performance-bias check: does the model do markedly worse on some slice of the data
 * (a value of a categorical feature, a quantile bin of a numeric one) than on the whole? A slice
 * is an issue when its accuracy is more than 5 % (relative) below the overall accuracy, it is
 * big enough, and a two-proportion z-test of the slice against the rest stays significant
 * after Benjamini–Hochberg correction over all slices tested.
 */
import { z } from 'zod';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { createRng, twoProportionZTest } from '../../stats/index.js';
import { attackInputError, parseAttackOptions } from '../tabular/attack-guards.js';
import { defaultFeatureNames, FeatureConstraintsSchema, resolveConstraints } from '../tabular/feature-constraints.js';
import { QueryMeter } from '../tabular/query-meter.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { checkData, requireQueries, rowsAt, sampleRowIndices } from './check-inputs.js';
import type { ModelCheckResult } from './check-result.js';
import { dataSlices } from './data-slices.js';

const WHERE = 'slice performance check';

/** Settings of {@link slicePerformanceCheck}. */
export const SlicePerformanceOptionsSchema = z.strictObject({
  featureNames: z.array(z.string().min(1).max(200)).max(100_000).optional(),
  features: z.array(z.string().min(1).max(200)).max(100_000).optional().describe('Features to slice by; default: all.'),
  constraints: FeatureConstraintsSchema.optional().describe('Categorical features are sliced per value, one-hot groups per column.'),
  maxRows: z.number().int().min(1).max(10_000_000).default(10_000),
  bins: z.number().int().min(2).max(100).default(4).describe('Quantile bins of a numeric feature.'),
  maxCategories: z.number().int().min(1).max(1000).default(10).describe('A feature with at most this many distinct values is sliced per value.'),
  minSliceSize: z.number().int().min(1).max(10_000_000).optional().describe('Smallest slice tested; default: 20 rows or 1 % of the rows, whichever is larger.'),
  threshold: z.number().gt(0).max(1).default(0.05).describe('Relative accuracy drop of a slice that counts (Giskard: 5 %).'),
  alpha: z.number().gt(0).max(1).default(0.05).describe('Significance level after correction.'),
  fdr: z.boolean().default(true).describe('Benjamini–Hochberg over the slices tested (false: raw p-values).'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(0),
  maxQueries: z.number().int().min(1).max(100_000_000).default(100_000),
  maxSlicesReported: z.number().int().min(0).max(100_000).default(50),
});

/** Settings as given. */
export type SlicePerformanceOptions = z.input<typeof SlicePerformanceOptionsSchema> & { readonly signal?: AbortSignal };

/** One slice tested. */
export interface SliceResult {
  readonly feature: string;
  readonly slice: string;
  readonly rows: number;
  readonly accuracy: number;
  /** (slice accuracy − overall accuracy) / overall accuracy. */
  readonly relativeDeviation: number;
  readonly pValue: number;
  /** Benjamini–Hochberg adjusted p-value (the raw p-value when fdr is off). */
  readonly qValue: number;
  readonly issue: boolean;
}

/** The result of {@link slicePerformanceCheck}. */
export type SlicePerformanceResult = ModelCheckResult<
  { readonly relativeDeviation: number; readonly alpha: number; readonly fdr: boolean; readonly minSliceSize: number },
  {
    readonly rows: number;
    readonly accuracy: number;
    readonly slicesTested: number;
    readonly slicesTooSmall: number;
    /** Tested slices, worst first, at most maxSlicesReported. */
    readonly slices: readonly SliceResult[];
  }
>;

/**
 * Compare the model's accuracy on each slice of (a seeded sample of) `data` with its accuracy
 * on all of it. One query per row, checked against the budget before anything is sent.
 *
 * @example
 * const result = await slicePerformanceCheck(adapter, X, y, { featureNames });
 * result.evidence.slices.filter((s) => s.issue);
 */
export async function slicePerformanceCheck(adapter: ModelAdapter, data: Matrix, labels: Int32Array, options: SlicePerformanceOptions = {}): Promise<SlicePerformanceResult> {
  const { signal, ...rest } = options ?? {};
  const o = parseAttackOptions(SlicePerformanceOptionsSchema, rest, WHERE);
  if (labels === undefined) throw attackInputError(WHERE, 'labels are required');
  checkData(WHERE, adapter, data, labels);
  const names = o.featureNames ?? defaultFeatureNames(adapter.numFeatures);
  if (names.length !== adapter.numFeatures) throw attackInputError(WHERE, `${names.length} feature names for ${adapter.numFeatures} features`);
  const constraints = o.constraints === undefined ? undefined : resolveConstraints(o.constraints, names);
  const columns = (o.features ?? names).map((name) => {
    const j = names.indexOf(name);
    if (j < 0) throw attackInputError(WHERE, `features names "${name}", which is not a feature of the model`);
    return j;
  });
  const n = Math.min(data.rows, o.maxRows);
  requireQueries(WHERE, adapter, n, o.maxQueries);
  const indices = sampleRowIndices(data.rows, n, createRng(o.seed));
  const X = rowsAt(data, indices);
  const meter = new QueryMeter(adapter, o.maxQueries, signal, WHERE);
  const answer = await meter.run(n, (s) => adapter.predict(X, s));
  if (!answer) throw attackInputError(WHERE, 'the model refused the batch for its query budget');
  const correct = Uint8Array.from(indices, (r, i) => (answer.labels[i] === labels[r] ? 1 : 0));
  const total = correct.reduce((s, v) => s + v, 0);
  const accuracy = total / n;
  const minSize = o.minSliceSize ?? Math.max(20, Math.ceil(0.01 * n));
  const slices = dataSlices(X, names, constraints, columns, { bins: o.bins, maxCategories: o.maxCategories });
  const tested: Omit<SliceResult, 'qValue' | 'issue'>[] = [];
  let tooSmall = 0;
  for (const slice of slices) {
    const size = slice.rows.length;
    if (size < minSize || size === n) {
      if (size < minSize) tooSmall++;
      continue;
    }
    let right = 0;
    for (const r of slice.rows) right += correct[r]!;
    const sliceAccuracy = right / size;
    const { pValue } = twoProportionZTest(right, size, total - right, n - size);
    tested.push({ feature: slice.feature, slice: slice.rule, rows: size, accuracy: sliceAccuracy, relativeDeviation: accuracy > 0 ? (sliceAccuracy - accuracy) / accuracy : 0, pValue });
  }
  const q = o.fdr ? benjaminiHochberg(tested.map((t) => t.pValue)) : tested.map((t) => t.pValue);
  const results: SliceResult[] = tested
    .map((t, i) => ({ ...t, qValue: q[i]!, issue: t.relativeDeviation < -o.threshold && q[i]! <= o.alpha }))
    .sort((a, b) => a.relativeDeviation - b.relativeDeviation || a.pValue - b.pValue);
  const issues = results.filter((r) => r.issue);
  const worst = results[0];
  const worstIssue = issues[0];
  const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
  return {
    check: 'slice-performance',
    model: adapter.name,
    issue: issues.length > 0,
    summary:
      issues.length > 0
        ? `${issues.length} of ${results.length} slices have an accuracy more than ${pct(o.threshold)} below the overall ${pct(accuracy)}; worst: ${worstIssue!.slice} at ${pct(worstIssue!.accuracy)} on ${worstIssue!.rows} rows (q ${worstIssue!.qValue < 1e-15 ? '< 1e-15' : `= ${worstIssue!.qValue.toPrecision(2)}`}).`
        : `No slice of at least ${minSize} rows (of ${results.length} tested) has an accuracy significantly more than ${pct(o.threshold)} below the overall ${pct(accuracy)}.`,
    metric: worst ? Math.min(0, worst.relativeDeviation) : 0,
    threshold: { relativeDeviation: -o.threshold, alpha: o.alpha, fdr: o.fdr, minSliceSize: minSize },
    seed: o.seed,
    queries: meter.used,
    evidence: { rows: n, accuracy, slicesTested: results.length, slicesTooSmall: tooSmall, slices: results.slice(0, o.maxSlicesReported) },
  };
}
