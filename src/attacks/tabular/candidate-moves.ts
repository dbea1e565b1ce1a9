/**
 * Candidate changes of one input, always projected onto the constraints and kept within the
 * budget: small steps along one feature (the greedy search) and random sparse changes (the
 * decision-only search).
 */
import { randomInt, type Rng } from '../../stats/index.js';
import type { CostModel } from './attack-budget.js';
import type { ResolvedConstraints } from './feature-constraints.js';
import { allowedInterval, projectToConstraints } from './project-constraints.js';

/** What the moves need: the constraints and the budget. */
export interface MoveContext {
  readonly constraints: ResolvedConstraints;
  readonly cost: CostModel;
  /** Apply the budget (false when probing importance, which only respects the constraints). */
  readonly budgeted: boolean;
}

function differs(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return true;
  return false;
}

/** Indices of the other allowed values of a categorical column, at most `limit`, neighbours first. */
function categoricalChoices(values: Float64Array, current: number, lo: number, hi: number, limit: number, rng: Rng): number[] {
  const inside = Array.from(values).filter((v) => v >= lo && v <= hi && v !== current);
  const above = inside.filter((v) => v > current);
  const below = inside.filter((v) => v < current);
  const picks = new Set<number>();
  if (above.length > 0) picks.add(above[0]!);
  if (below.length > 0) picks.add(below[below.length - 1]!);
  const rest = inside.filter((v) => !picks.has(v));
  while (picks.size < limit && rest.length > 0) picks.add(rest.splice(randomInt(rng, rest.length), 1)[0]!);
  return [...picks].slice(0, limit);
}

/**
 * Moves of unit `u` from `x`: ±`eta` scales for a numeric feature (at least ±1 for an integer),
 * neighbouring and random allowed values for a categorical one, other columns for a one-hot
 * group. Each is projected; moves that change nothing or leave the budget are dropped.
 */
export function stepMoves(x: Float64Array, original: Float64Array, u: number, eta: number, ctx: MoveContext, rng: Rng, choices = 3): Float64Array[] {
  const c = ctx.constraints;
  const unit = c.units[u]!;
  if (unit.immutable) return [];
  const bounds = ctx.budgeted ? ctx.cost.bounds(x, original, u) : undefined;
  const raw: Float64Array[] = [];
  if (unit.kind === 'number' || unit.kind === 'integer') {
    const j = unit.columns[0]!;
    const step = Math.max(eta * ctx.cost.scales[j]!, unit.kind === 'integer' ? 1 : 0);
    for (const sign of [1, -1]) {
      const y = Float64Array.from(x);
      y[j] = x[j]! + sign * step;
      raw.push(y);
    }
  } else if (unit.kind === 'categorical') {
    const j = unit.columns[0]!;
    const [lo, hi] = allowedInterval(c, j, original[j]!);
    for (const v of categoricalChoices(c.values[j]!, x[j]!, lo, hi, choices, rng)) {
      const y = Float64Array.from(x);
      y[j] = v;
      raw.push(y);
    }
  } else {
    const others = unit.columns.filter((j) => x[j] !== 1);
    for (let k = 0; k < choices && others.length > 0; k++) {
      const pick = others.splice(randomInt(rng, others.length), 1)[0]!;
      const y = Float64Array.from(x);
      for (const j of unit.columns) y[j] = j === pick ? 1 : 0;
      raw.push(y);
    }
  }
  const out: Float64Array[] = [];
  for (const y of raw) {
    const p = projectToConstraints(y, original, c, bounds);
    if (!differs(p, x)) continue;
    if (ctx.budgeted && !ctx.cost.within(p, original)) continue;
    out.push(p);
  }
  return out;
}

/** Draw up to `k` distinct units, each with probability proportional to its weight. */
export function weightedUnits(units: readonly number[], weights: ArrayLike<number>, k: number, rng: Rng): number[] {
  const pool = [...units];
  const w = pool.map((u) => Math.max(weights[u]!, 1e-6));
  const out: number[] = [];
  while (out.length < k && pool.length > 0) {
    const total = w.reduce((s, v) => s + v, 0);
    let t = rng() * total;
    let i = 0;
    while (i < pool.length - 1 && t >= w[i]!) t -= w[i++]!;
    out.push(pool[i]!);
    pool.splice(i, 1);
    w.splice(i, 1);
  }
  return out;
}

/**
 * A random change of the units `picked` of `original`: a uniform value within what the
 * constraints and the budget allow for numeric features, another allowed value for
 * categorical ones, another column for one-hot groups; numeric changes are then shrunk so the
 * whole change fits the budget. Undefined when nothing changed or the change cannot fit.
 */
export function randomMove(original: Float64Array, picked: readonly number[], ctx: MoveContext, rng: Rng): Float64Array | undefined {
  const c = ctx.constraints;
  const cost = ctx.cost;
  const y = Float64Array.from(original);
  const fixed = cost.bounds(original, original);
  const weightedL2 = cost.budget.norm === 'weighted-l2' ? cost.budget : undefined;
  for (const u of picked) {
    const unit = c.units[u]!;
    if (unit.immutable) continue;
    if (unit.kind === 'number' || unit.kind === 'integer') {
      const j = unit.columns[0]!;
      let [lo, hi] = allowedInterval(c, j, original[j]!, weightedL2 ? undefined : fixed);
      if (weightedL2) {
        const room = (weightedL2.epsilon * cost.scales[j]!) / cost.weights[u]!;
        lo = Math.max(lo, original[j]! - room);
        hi = Math.min(hi, original[j]! + room);
      }
      y[j] = lo + rng() * (hi - lo);
    } else if (unit.kind === 'categorical') {
      const j = unit.columns[0]!;
      const [lo, hi] = allowedInterval(c, j, original[j]!);
      const choices = Array.from(c.values[j]!).filter((v) => v >= lo && v <= hi && v !== original[j]);
      if (choices.length > 0) y[j] = choices[randomInt(rng, choices.length)]!;
    } else {
      const others = unit.columns.filter((j) => original[j] !== 1);
      const pick = others[randomInt(rng, others.length)]!;
      for (const j of unit.columns) y[j] = j === pick ? 1 : 0;
    }
  }
  let p = projectToConstraints(y, original, c, weightedL2 ? undefined : fixed);
  if (weightedL2) p = shrinkIntoBudget(p, original, ctx) ?? original;
  return differs(p, original) ? p : undefined;
}

/**
 * Scale the numeric part of a change toward the original until the whole change fits a
 * weighted-L2 budget; undefined when the categorical part alone is too large.
 */
export function shrinkIntoBudget(x: Float64Array, original: Float64Array, ctx: MoveContext): Float64Array | undefined {
  const cost = ctx.cost;
  if (cost.within(x, original)) return x;
  const c = ctx.constraints;
  let numeric = 0;
  let categorical = 0;
  c.units.forEach((unit, u) => {
    const t = cost.weights[u]! * cost.distance(u, x, original);
    if (unit.kind === 'number' || unit.kind === 'integer') numeric += t * t;
    else categorical += t * t;
  });
  const eps = cost.size;
  if (categorical > eps * eps || numeric === 0) return undefined;
  let factor = Math.sqrt(eps * eps - categorical) / Math.sqrt(numeric);
  for (let attempt = 0; attempt < 8; attempt++) {
    const y = Float64Array.from(x);
    c.units.forEach((unit) => {
      if (unit.kind !== 'number' && unit.kind !== 'integer') return;
      const j = unit.columns[0]!;
      const delta = (x[j]! - original[j]!) * factor;
      // Integers shrink toward the original so rounding cannot push them back out.
      y[j] = original[j]! + (unit.kind === 'integer' ? Math.trunc(delta) : delta);
    });
    const p = projectToConstraints(y, original, c);
    if (cost.within(p, original)) return p;
    factor *= 0.9;
  }
  return undefined;
}
