/**
 * The constrained black-box attack on a tabular model: can an input be changed, only in ways
 * the feature constraints allow and within a budget, so that the model decides differently?
 * Score-based (greedy, importance-weighted, LowProFool-style) when the model returns scores,
 * decision-only (random sparse search) when it returns labels. Every input it sends or reports
 * satisfies the constraints.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter, Prediction } from '../../ml/adapters/model-adapter.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import { createRng, sample } from '../../stats/index.js';
import { attackInputError, parseAttackOptions, throwIfCancelled } from './attack-guards.js';
import { CostModel, featureScales, TabularBudgetSchema } from './attack-budget.js';
import { decisionSearch } from './decision-search.js';
import { estimateImportance, type ProbeRow } from './feature-importance.js';
import { defaultFeatureNames, resolveConstraints, type FeatureConstraints, type ResolvedConstraints } from './feature-constraints.js';
import { checkInputsSatisfy, constraintViolations } from './project-constraints.js';
import { QueryMeter } from './query-meter.js';
import { scoreSearch, type RowOutcome } from './score-search.js';
import { unitsChanged, type RowSearch, type SearchGoal } from './search-context.js';
import { mostUsed, spreadOf, unitValue, type TabularAttackResult, type TabularRowResult } from './tabular-report.js';

const WHERE = 'constrained tabular attack';
const Count = (max: number) => z.number().int().min(1).max(max);

/** Settings of {@link constrainedTabularAttack} (all but the budget have defaults). */
export const TabularAttackOptionsSchema = z.strictObject({
  budget: TabularBudgetSchema,
  featureNames: z.array(z.string().min(1).max(200)).max(100_000).optional().describe('The model\'s feature names, in column order (default x0, x1, …).'),
  mode: z.enum(['auto', 'score', 'decision']).default('auto').describe('auto: score-based when the model returns probabilities, else decision-only.'),
  target: z.number().int().min(0).optional().describe('Class to reach; default: any class but the original.'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(0),
  maxQueries: Count(100_000_000).default(50_000).describe('Queries the whole attack may send.'),
  maxQueriesPerRow: Count(1_000_000).default(1_000).describe('Queries the search of one row may send.'),
  maxRows: Count(1_000_000).default(1_000).describe('Rows attacked at most (the first ones).'),
  maxSteps: Count(100_000).default(100).describe('Search steps per row (LowProFool default: 100).'),
  stepSize: z.number().positive().max(100).default(0.25).describe('First step of the greedy search, in feature standard deviations.'),
  candidatesPerStep: Count(10_000).default(16).describe('Features tried per greedy step.'),
  lambda: z.number().min(0).max(1e6).default(0.1).describe('Weight of the change\'s size against progress toward the goal.'),
  maxFeaturesChanged: Count(100_000).optional().describe('Most features one adversarial input may change.'),
  importance: z.record(z.string(), z.number().min(0).max(1e12)).optional().describe('Known feature importance by name; skips the estimate from queries.'),
  importanceRows: z.number().int().min(0).max(10_000).default(8).describe('Rows probed to estimate importance (score mode).'),
  simplify: z.boolean().default(true).describe('Undo changes a success does not need.'),
  decisionBatch: Count(10_000).default(16).describe('Random candidates per query batch in decision mode.'),
  scales: z.array(z.number().positive().max(1e300)).optional().describe('Scale of each feature (default: its standard deviation in the inputs).'),
});

/** Settings as given. */
export type TabularAttackOptions = z.input<typeof TabularAttackOptionsSchema> & {
  /** True labels; rows the model gets wrong are not attacked. */
  readonly labels?: Int32Array;
  readonly signal?: AbortSignal;
};

/**
 * Attack each input row of `inputs` under `constraints`, talking to the model only through
 * `adapter`. Rejects with ERR_ATTACK_INPUT for unusable settings or inputs that already break
 * the constraints, ERR_ABORTED when cancelled; stops cleanly (complete: false) when the query
 * budget runs out.
 *
 * @example
 * const result = await constrainedTabularAttack(adapter, X, { features: [{ name: 'age', immutable: true }] }, {
 *   featureNames: ['age', 'income'], budget: { norm: 'relative', maxRelativeChange: 0.2 }, labels: y,
 * });
 * result.successRate; // share of correctly classified rows whose decision could be flipped
 */
export async function constrainedTabularAttack(adapter: ModelAdapter, inputs: Matrix, constraints: FeatureConstraints, options: TabularAttackOptions): Promise<TabularAttackResult> {
  const { labels, signal, ...settings } = options ?? ({} as TabularAttackOptions);
  const o = parseAttackOptions(TabularAttackOptionsSchema, settings, WHERE);
  checkShapes(adapter, inputs, labels, o.featureNames, o.target);
  const c = resolveConstraints(constraints, o.featureNames ?? defaultFeatureNames(adapter.numFeatures));
  checkInputsSatisfy(inputs, c, WHERE);
  const mutableUnits = c.units.flatMap((unit, u) => (unit.immutable ? [] : [u]));
  if (mutableUnits.length === 0) throw attackInputError(WHERE, 'every feature is immutable: there is nothing an attacker could change');
  const mode = o.mode === 'auto' ? (adapter.output === 'probabilities' ? 'score' : 'decision') : o.mode;
  const meter = new QueryMeter(adapter, o.maxQueries, signal, WHERE);
  const d = c.numFeatures;
  const predict = (X: Matrix) => meter.run(X.rows, (s) => adapter.predict(X, s));

  // 1. The model's answers on the unchanged rows.
  const scales = featureScales(inputs, c, o.scales);
  const rowCount = Math.min(inputs.rows, o.maxRows);
  const first = createMatrix(rowCount, d);
  first.data.set(inputs.data.subarray(0, rowCount * d));
  const base = await predict(first);
  if (!base) throw attackInputError(WHERE, `the query budget does not cover the first look at ${rowCount} rows (${meter.left} queries left)`);
  if (mode === 'score' && !base.probabilities) throw attackInputError(WHERE, `${adapter.name} returned no probabilities; use mode: decision`);
  const initial = meter.used;
  const rowOf = (r: number) => Float64Array.from(inputs.data.subarray(r * d, (r + 1) * d));
  const scoresOf = (p: Prediction, i: number) => p.probabilities!.data.subarray(i * adapter.numClasses, (i + 1) * adapter.numClasses);
  const skipped = { misclassified: 0, alreadyTarget: 0, overRowLimit: inputs.rows - rowCount, outOfQueries: 0 };
  const todo: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    const label = base.labels[r]!;
    if (labels && labels[r] !== label) skipped.misclassified++;
    else if (o.target !== undefined && label === o.target) skipped.alreadyTarget++;
    else todo.push(r);
  }

  // 2. Importance: given, estimated from queries (score mode), or none.
  const rng = createRng(o.seed);
  let importance: Float64Array | undefined;
  if (o.importance) {
    importance = Float64Array.from(c.units, (unit) => o.importance![unit.name] ?? 0);
  } else if (mode === 'score' && o.importanceRows > 0 && todo.length > 0) {
    const probeCost = new CostModel(o.budget, c, scales, undefined);
    const probes: ProbeRow[] = sample(todo, o.importanceRows, rng).map((r) => ({ x: rowOf(r), scores: scoresOf(base, r), label: base.labels[r]! }));
    const estimate = await estimateImportance(probes, mutableUnits, c.units.length, { constraints: c, cost: probeCost, budgeted: false }, rng, async (X) => {
      // Probing may take a fifth of the attack's queries at most.
      if (meter.used - initial + X.rows > o.maxQueries / 5) return undefined;
      return (await predict(X))?.probabilities;
    });
    if (estimate.rowsProbed > 0) importance = estimate.importance;
  }
  const importanceQueries = meter.used - initial;
  const cost = new CostModel(o.budget, c, scales, importance);
  const sampling = importance ? Float64Array.from(importance, (v) => v + 1e-3) : new Float64Array(c.units.length).fill(1);

  // 3. One search per row.
  const settingsForSearch = {
    maxSteps: o.maxSteps,
    stepSize: o.stepSize,
    candidatesPerStep: o.candidatesPerStep,
    lambda: o.lambda,
    maxFeaturesChanged: o.maxFeaturesChanged ?? Infinity,
    decisionBatch: o.decisionBatch,
    simplify: o.simplify,
  };
  const results: TabularRowResult[] = [];
  const queriesPerRow: number[] = [];
  for (const r of todo) {
    throwIfCancelled(signal, WHERE);
    if (meter.left === 0) {
      skipped.outOfQueries++;
      continue;
    }
    const x0 = rowOf(r);
    const goal: SearchGoal = { original: base.labels[r]!, target: o.target };
    const start = meter.used;
    const rowLeft = () => Math.min(meter.left, o.maxQueriesPerRow - (meter.used - start));
    const search: RowSearch = {
      constraints: c,
      cost,
      budgeted: true,
      settings: settingsForSearch,
      rng,
      mutableUnits,
      sampling,
      allowance: rowLeft,
      ask: async (rows) => {
        const n = Math.min(rows.length, rowLeft());
        if (n === 0) return undefined;
        const X = createMatrix(n, d);
        for (let i = 0; i < n; i++) X.data.set(rows[i]!, i * d);
        return predict(X);
      },
    };
    let outcome: RowOutcome = mode === 'score' ? await scoreSearch(x0, scoresOf(base, r), goal, search) : await decisionSearch(x0, goal, search);
    // A greedy search can stall on a plateau or in a local minimum of the scores; the row's
    // remaining queries then go to the random search, which needs no slope.
    if (mode === 'score' && !outcome.success && rowLeft() > 0) outcome = await decisionSearch(x0, goal, search);
    const queries = meter.used - start;
    queriesPerRow.push(queries);
    results.push(rowResult(r, goal, outcome, x0, queries, c, cost));
  }

  const successes = results.filter((r) => r.success);
  return {
    attack: 'constrained-tabular',
    model: adapter.name,
    mode,
    budget: o.budget,
    weights: o.budget.norm === 'relative' ? null : cost.byImportance ? 'importance' : 'uniform',
    target: o.target ?? null,
    seed: o.seed,
    rows: inputs.rows,
    attacked: results.length,
    skipped,
    successes: successes.length,
    successRate: results.length === 0 ? 0 : successes.length / results.length,
    queries: { total: meter.used, initial, importance: importanceQueries, perRow: spreadOf(queriesPerRow) },
    featuresChanged: spreadOf(successes.map((r) => r.featuresChanged)),
    mostUsedFeatures: mostUsed(results),
    importance: importance ? c.units.map((unit, u) => ({ feature: unit.name, value: importance![u]! })).sort((a, b) => b.value - a.value) : null,
    complete: skipped.outOfQueries === 0,
    results,
  };
}

function rowResult(row: number, goal: SearchGoal, outcome: RowOutcome, x0: Float64Array, queries: number, c: ResolvedConstraints, cost: CostModel): TabularRowResult {
  if (!outcome.success) return { row, originalLabel: goal.original, success: false, queries, featuresChanged: 0, changes: [] };
  // The searches only send projected inputs; a violation here is a bug, not a finding.
  const broken = constraintViolations(outcome.x, x0, c);
  if (broken.length > 0) throw new AisecError('ERR_INTERNAL', `${WHERE}: row ${row} broke a constraint (${broken[0]!.feature}: ${broken[0]!.rule})`);
  const changed = unitsChanged(outcome.x, x0, { constraints: c });
  return {
    row,
    originalLabel: goal.original,
    success: true,
    adversarialLabel: outcome.label,
    queries,
    cost: cost.cost(outcome.x, x0),
    featuresChanged: changed.length,
    changes: changed.map((u) => ({ feature: c.units[u]!.name, from: unitValue(c, u, x0), to: unitValue(c, u, outcome.x) })),
    adversarial: Array.from(outcome.x),
  };
}

function checkShapes(adapter: ModelAdapter, inputs: Matrix, labels: Int32Array | undefined, featureNames: readonly string[] | undefined, target: number | undefined): void {
  if (!inputs || !Number.isInteger(inputs.rows) || !Number.isInteger(inputs.cols) || !(inputs.data instanceof Float64Array) || inputs.data.length !== inputs.rows * inputs.cols) {
    throw attackInputError(WHERE, 'the inputs are not a matrix (rows, cols and a Float64Array of rows × cols values)');
  }
  if (inputs.rows === 0) throw attackInputError(WHERE, 'there are no input rows to attack');
  if (inputs.cols !== adapter.numFeatures) throw attackInputError(WHERE, `the inputs have ${inputs.cols} features, ${adapter.name} takes ${adapter.numFeatures}`);
  if (adapter.numClasses < 2) throw attackInputError(WHERE, `${adapter.name} has ${adapter.numClasses} class; an attack needs at least 2`);
  if (featureNames && featureNames.length !== adapter.numFeatures) throw attackInputError(WHERE, `${featureNames.length} feature names for ${adapter.numFeatures} features`);
  if (labels !== undefined && (!(labels instanceof Int32Array) || labels.length !== inputs.rows)) throw attackInputError(WHERE, `labels must be an Int32Array with one label per row (${inputs.rows})`);
  if (target !== undefined && target >= adapter.numClasses) throw attackInputError(WHERE, `target class ${target} is outside the model's ${adapter.numClasses} classes`);
}
