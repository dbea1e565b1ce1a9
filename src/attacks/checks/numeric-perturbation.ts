/**
 * Giskard's numerical robustness check: nudge each numeric feature a little — ×1.01, ×0.99,
 * and + N(0, (0.01·std)²) — and count how often the model's decision changes. A model whose
 * decisions flip under changes this small is brittle (and easy to evade); an issue is raised
 * when a feature's fail rate passes 5 %.
 */
import { z } from 'zod';
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, normal, std } from '../../stats/index.js';
import { attackInputError, parseAttackOptions } from '../tabular/attack-guards.js';
import { defaultFeatureNames, FeatureConstraintsSchema, resolveConstraints } from '../tabular/feature-constraints.js';
import { QueryMeter } from '../tabular/query-meter.js';
import { checkData, requireQueries, rowsAt, sampleRowIndices } from './check-inputs.js';
import type { ModelCheckResult } from './check-result.js';

const WHERE = 'numeric perturbation check';
/** Fewest rows the check runs on after shrinking to fit the query budget. */
const MIN_ROWS = 20;

/** Settings of {@link numericPerturbationCheck}. */
export const NumericPerturbationOptionsSchema = z.strictObject({
  featureNames: z.array(z.string().min(1).max(200)).max(100_000).optional(),
  features: z.array(z.string().min(1).max(200)).max(100_000).optional().describe('Features to perturb; default: every feature with more than two distinct values that the constraints do not declare categorical.'),
  constraints: FeatureConstraintsSchema.optional().describe('Categorical and one-hot features declared here are never perturbed.'),
  maxRows: z.number().int().min(1).max(1_000_000).default(500),
  threshold: z.number().min(0).max(1).default(0.05).describe('Largest share of changed decisions before an issue (Giskard: 5 % for classifiers).'),
  relativeStep: z.number().gt(0).max(1).default(0.01).describe('The multiplicative step: values × (1 ± step).'),
  noiseScale: z.number().gt(0).max(100).default(0.01).describe('Standard deviation of the added noise, as a share of the feature\'s standard deviation.'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(0),
  maxQueries: z.number().int().min(1).max(100_000_000).default(100_000),
  maxExamples: z.number().int().min(0).max(100).default(3),
});

/** Settings as given. */
export type NumericPerturbationOptions = z.input<typeof NumericPerturbationOptionsSchema> & { readonly signal?: AbortSignal };

/** The three perturbations. */
export type NumericPerturbation = 'scale-up' | 'scale-down' | 'gaussian-noise';

/** A row whose decision changed. */
export interface PerturbationExample {
  readonly row: number;
  readonly value: number;
  readonly perturbed: number;
  readonly label: number;
  readonly perturbedLabel: number;
}

/** One feature under one perturbation. */
export interface FeaturePerturbationResult {
  readonly feature: string;
  readonly perturbation: NumericPerturbation;
  /** Rows whose value the perturbation changed (×1.01 leaves a 0 as it is). */
  readonly rowsPerturbed: number;
  readonly changed: number;
  readonly failRate: number;
  readonly issue: boolean;
  readonly examples: readonly PerturbationExample[];
}

/** The result of {@link numericPerturbationCheck}. */
export type NumericPerturbationResult = ModelCheckResult<
  { readonly failRate: number; readonly relativeStep: number; readonly noiseScale: number },
  { readonly rows: number; readonly features: readonly FeaturePerturbationResult[] }
>;

/**
 * Run the numerical perturbation check on (a seeded sample of) `data`. Shrinks the sample to
 * fit the query budget, down to 20 rows; below that, ERR_MODEL_QUERY_BUDGET before any query.
 *
 * @example
 * const result = await numericPerturbationCheck(adapter, X, { featureNames });
 * if (result.issue) console.log(result.summary);
 */
export async function numericPerturbationCheck(adapter: ModelAdapter, data: Matrix, options: NumericPerturbationOptions = {}): Promise<NumericPerturbationResult> {
  const { signal, ...rest } = options ?? {};
  const o = parseAttackOptions(NumericPerturbationOptionsSchema, rest, WHERE);
  checkData(WHERE, adapter, data);
  const names = o.featureNames ?? defaultFeatureNames(adapter.numFeatures);
  if (names.length !== adapter.numFeatures) throw attackInputError(WHERE, `${names.length} feature names for ${adapter.numFeatures} features`);
  const columns = numericColumns(data, names, o.features, o.constraints);
  if (columns.length === 0) throw attackInputError(WHERE, 'no numeric feature to perturb');
  const rng = createRng(o.seed);
  const perturbations: NumericPerturbation[] = ['scale-up', 'scale-down', 'gaussian-noise'];
  const meter = new QueryMeter(adapter, o.maxQueries, signal, WHERE);
  // Each row costs one query unperturbed and at most one per feature and perturbation.
  const perRow = 1 + columns.length * perturbations.length;
  const fits = Math.floor(meter.left / perRow);
  const rows = Math.min(data.rows, o.maxRows, fits);
  if (rows < Math.min(MIN_ROWS, data.rows, o.maxRows)) requireQueries(WHERE, adapter, Math.min(MIN_ROWS, data.rows, o.maxRows) * perRow, o.maxQueries);
  const indices = sampleRowIndices(data.rows, rows, rng);
  const X = rowsAt(data, indices);
  const d = X.cols;
  const base = await meter.run(rows, (s) => adapter.predict(X, s));
  if (!base) throw attackInputError(WHERE, 'the model refused the first batch for its query budget');
  const results: FeaturePerturbationResult[] = [];
  for (const j of columns) {
    const column = Float64Array.from({ length: data.rows }, (_, r) => data.data[r * d + j]!);
    const sd = std(column);
    for (const perturbation of perturbations) {
      const changedRows: number[] = [];
      const values: number[] = [];
      for (let i = 0; i < rows; i++) {
        const v = X.data[i * d + j]!;
        const p = perturbation === 'scale-up' ? v * (1 + o.relativeStep) : perturbation === 'scale-down' ? v * (1 - o.relativeStep) : v + normal(rng, 0, o.noiseScale * sd);
        if (p !== v && Number.isFinite(p)) {
          changedRows.push(i);
          values.push(p);
        }
      }
      let changed = 0;
      const examples: PerturbationExample[] = [];
      if (changedRows.length > 0) {
        const P = createMatrix(changedRows.length, d);
        changedRows.forEach((i, k) => {
          P.data.set(X.data.subarray(i * d, (i + 1) * d), k * d);
          P.data[k * d + j] = values[k]!;
        });
        const answer = await meter.run(P.rows, (s) => adapter.predict(P, s));
        if (!answer) throw attackInputError(WHERE, 'the model refused a batch for its query budget');
        changedRows.forEach((i, k) => {
          if (answer.labels[k] === base.labels[i]) return;
          changed++;
          if (examples.length < o.maxExamples) {
            examples.push({ row: indices[i]!, value: X.data[i * d + j]!, perturbed: values[k]!, label: base.labels[i]!, perturbedLabel: answer.labels[k]! });
          }
        });
      }
      const failRate = changedRows.length === 0 ? 0 : changed / changedRows.length;
      results.push({ feature: names[j]!, perturbation, rowsPerturbed: changedRows.length, changed, failRate, issue: failRate > o.threshold, examples });
    }
  }
  results.sort((a, b) => b.failRate - a.failRate || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  const issues = results.filter((r) => r.issue);
  const worst = results[0]!;
  return {
    check: 'numeric-perturbation',
    model: adapter.name,
    issue: issues.length > 0,
    summary:
      issues.length > 0
        ? `${issues.length} of ${results.length} feature perturbations change more than ${pct(o.threshold)} of decisions; worst: ${worst.feature} (${worst.perturbation}) changes ${pct(worst.failRate)} of ${worst.rowsPerturbed} rows.`
        : `No feature perturbation (×${1 + o.relativeStep}, ×${1 - o.relativeStep}, noise of ${o.noiseScale}·std) changes more than ${pct(o.threshold)} of decisions on ${rows} rows; the largest is ${pct(worst.failRate)}.`,
    metric: worst.failRate,
    threshold: { failRate: o.threshold, relativeStep: o.relativeStep, noiseScale: o.noiseScale },
    seed: o.seed,
    queries: meter.used,
    evidence: { rows, features: results },
  };
}

function pct(v: number): string {
  return `${(100 * v).toFixed(1)} %`;
}

/** The columns to perturb: the named features, or every feature with > 2 distinct values that is not declared categorical. */
function numericColumns(data: Matrix, names: readonly string[], features: readonly string[] | undefined, constraints: unknown): number[] {
  const resolved = constraints === undefined ? undefined : resolveConstraints(constraints, names);
  const categorical = (j: number) => resolved !== undefined && (resolved.kind[j] === 'categorical' || resolved.kind[j] === 'one-hot');
  if (features !== undefined) {
    return [...new Set(features)].map((name) => {
      const j = names.indexOf(name);
      if (j < 0) throw attackInputError(WHERE, `features names "${name}", which is not a feature of the model`);
      if (categorical(j)) throw attackInputError(WHERE, `"${name}" is declared categorical; it cannot be perturbed numerically`);
      return j;
    });
  }
  const out: number[] = [];
  for (let j = 0; j < data.cols; j++) {
    if (categorical(j)) continue;
    const distinct = new Set<number>();
    for (let r = 0; r < data.rows && distinct.size <= 2; r++) distinct.add(data.data[r * data.cols + j]!);
    if (distinct.size > 2) out.push(j);
  }
  return out;
}
