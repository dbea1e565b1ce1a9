/**
 * How far a tabular attack may move an input. Two budgets:
 *
 * - `weighted-l2` (LowProFool): √Σ (wᵤ·dᵤ)² ≤ ε, where dᵤ is a numeric feature's change in units
 *   of its scale (its standard deviation in the data) or 1 for any change of a categorical
 *   feature or one-hot group, and wᵤ is the feature's importance relative to the most important
 *   one (floored at 0.1). Changes to the features the model leans on cost more, so the attack
 *   looks for changes a reviewer who checks the important features would not notice.
 * - `relative`: each numeric feature may move by at most r·max(|original|, scale); categorical
 *   features and one-hot groups may switch to any allowed value.
 */
import { z } from 'zod';
import { std } from '../../stats/index.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { attackInputError } from './attack-guards.js';
import type { ResolvedConstraints } from './feature-constraints.js';
import type { ChangeBounds } from './project-constraints.js';

/** A tabular attack's budget. */
export const TabularBudgetSchema = z.discriminatedUnion('norm', [
  z.strictObject({
    norm: z.literal('weighted-l2'),
    epsilon: z.number().positive().max(1e6).describe('Largest importance-weighted L2 size of a change, in feature standard deviations.'),
    weights: z.enum(['importance', 'uniform']).default('importance').describe('importance: LowProFool weighting; uniform: plain L2 in standard deviations.'),
  }),
  z.strictObject({
    norm: z.literal('relative'),
    maxRelativeChange: z.number().positive().max(1e6).describe('Largest change of a numeric feature, as a share of max(|value|, its standard deviation).'),
  }),
]);
/** A budget as written. */
export type TabularBudget = z.input<typeof TabularBudgetSchema>;
type ParsedBudget = z.output<typeof TabularBudgetSchema>;

/** Smallest weight a feature gets, so an unimportant feature is never free to change. */
const WEIGHT_FLOOR = 0.1;

/**
 * Per-column scales: the standard deviation in `X`, or a quarter of the declared range when the
 * column is constant, or 1. `given` overrides (one positive number per column).
 */
export function featureScales(X: Matrix, c: ResolvedConstraints, given?: readonly number[]): Float64Array {
  const d = c.numFeatures;
  if (given !== undefined) {
    if (given.length !== d || !given.every((s) => Number.isFinite(s) && s > 0)) {
      throw attackInputError('tabular attack', `scales must be ${d} positive finite numbers`);
    }
    return Float64Array.from(given);
  }
  const out = new Float64Array(d);
  const column = new Float64Array(X.rows);
  for (let j = 0; j < d; j++) {
    for (let r = 0; r < X.rows; r++) column[r] = X.data[r * d + j]!;
    const s = X.rows > 1 ? std(column) : Number.NaN;
    const range = c.max[j]! - c.min[j]!;
    out[j] = s > 0 ? s : Number.isFinite(range) && range > 0 ? range / 4 : 1;
  }
  return out;
}

/** Sizes of changes under one budget. */
export class CostModel {
  readonly budget: ParsedBudget;
  /** Weight of each unit of change (1 unless the budget weighs by importance). */
  readonly weights: Float64Array;
  /** Whether the weights come from importance (false: all 1). */
  readonly byImportance: boolean;

  constructor(
    budget: ParsedBudget,
    readonly constraints: ResolvedConstraints,
    readonly scales: Float64Array,
    importance: Float64Array | undefined,
  ) {
    this.budget = budget;
    const units = constraints.units.length;
    this.weights = new Float64Array(units).fill(1);
    let top = 0;
    if (budget.norm === 'weighted-l2' && budget.weights === 'importance' && importance) for (const v of importance) top = Math.max(top, v);
    this.byImportance = top > 0;
    if (top > 0) for (let u = 0; u < units; u++) this.weights[u] = Math.max(importance![u]! / top, WEIGHT_FLOOR);
  }

  /** How far unit `u` of `x` is from the original: scale units, or 1 for a category switch. */
  distance(u: number, x: ArrayLike<number>, original: ArrayLike<number>): number {
    const unit = this.constraints.units[u]!;
    if (unit.kind === 'categorical' || unit.kind === 'one-hot') return unit.columns.some((j) => x[j] !== original[j]) ? 1 : 0;
    const j = unit.columns[0]!;
    return Math.abs(x[j]! - original[j]!) / this.scales[j]!;
  }

  /** The weighted L2 size of the change from `original` to `x`. */
  cost(x: ArrayLike<number>, original: ArrayLike<number>): number {
    let sum = 0;
    for (let u = 0; u < this.constraints.units.length; u++) {
      const t = this.weights[u]! * this.distance(u, x, original);
      sum += t * t;
    }
    return Math.sqrt(sum);
  }

  /** Whether `x` is within the budget (projection already enforces the relative budget). */
  within(x: ArrayLike<number>, original: ArrayLike<number>): boolean {
    return this.budget.norm === 'relative' || this.cost(x, original) <= this.budget.epsilon * (1 + 1e-9);
  }

  /** The budget's size in the same units as `cost`, for weighing cost against margin. */
  get size(): number {
    if (this.budget.norm === 'weighted-l2') return this.budget.epsilon;
    return Math.max(this.budget.maxRelativeChange * Math.sqrt(this.constraints.units.length), 1e-12);
  }

  /**
   * Per-column limits for numeric features given the rest of `x`: under `relative`, the fixed
   * per-feature range; under `weighted-l2`, how far unit `u` alone may still move with every
   * other unit as it is in `x`. Categorical and one-hot columns are left unbounded here.
   */
  bounds(x: ArrayLike<number>, original: ArrayLike<number>, u?: number): ChangeBounds {
    const c = this.constraints;
    const d = c.numFeatures;
    const lo = new Float64Array(d).fill(-Infinity);
    const hi = new Float64Array(d).fill(Infinity);
    const b = this.budget;
    if (b.norm === 'relative') {
      for (let j = 0; j < d; j++) {
        const kind = c.kind[j];
        if (kind !== 'number' && kind !== 'integer') continue;
        const room = b.maxRelativeChange * Math.max(Math.abs(original[j]!), this.scales[j]!);
        lo[j] = original[j]! - room;
        hi[j] = original[j]! + room;
      }
      return { lo, hi };
    }
    const total = this.cost(x, original);
    const units = u === undefined ? c.units.map((_, i) => i) : [u];
    for (const i of units) {
      const unit = c.units[i]!;
      if (unit.kind !== 'number' && unit.kind !== 'integer') continue;
      const own = this.weights[i]! * this.distance(i, x, original);
      const rest = Math.max(0, total * total - own * own);
      const j = unit.columns[0]!;
      const room = (Math.sqrt(Math.max(0, b.epsilon * b.epsilon - rest)) * this.scales[j]!) / this.weights[i]!;
      lo[j] = original[j]! - room;
      hi[j] = original[j]! + room;
    }
    return { lo, hi };
  }
}
