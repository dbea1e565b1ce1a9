/**
 * Projection onto the feature constraints: the nearest input (feature by feature) that an
 * attacker could really submit, given where it started. Every candidate an attack sends goes
 * through here, so no attack ever reports an input that breaks a constraint.
 */
import type { Matrix } from '../../ml/models/matrix.js';
import { attackInputError } from './attack-guards.js';
import type { ResolvedConstraints } from './feature-constraints.js';

/** Extra per-column limits (e.g. an attack's budget); each must contain the original value. */
export interface ChangeBounds {
  readonly lo: ArrayLike<number>;
  readonly hi: ArrayLike<number>;
}

/** The interval a column may take given its original value, constraints and extra bounds. */
export function allowedInterval(c: ResolvedConstraints, j: number, original: number, bounds?: ChangeBounds): [number, number] {
  if (c.immutable[j]) return [original, original];
  let lo = c.min[j]!;
  let hi = c.max[j]!;
  if (c.direction[j]! > 0) lo = Math.max(lo, original);
  if (c.direction[j]! < 0) hi = Math.min(hi, original);
  if (bounds) {
    lo = Math.max(lo, bounds.lo[j]!);
    hi = Math.min(hi, bounds.hi[j]!);
  }
  // The original is always allowed, even if the bounds were computed with rounding error.
  return [Math.min(lo, original), Math.max(hi, original)];
}

/** The allowed value of `values` (sorted) nearest to `v` inside [lo, hi]; ties go to `original`. */
function nearestAllowed(values: Float64Array, v: number, lo: number, hi: number, original: number): number {
  let best = original;
  let bestDistance = Math.abs(v - original);
  for (const a of values) {
    if (a < lo || a > hi) continue;
    const distance = Math.abs(v - a);
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Project `x` onto the constraints, relative to the unchanged input `original` (which must
 * itself satisfy them): immutable features keep their value, ranges and directions clamp,
 * integers round, categorical values snap to the nearest allowed value, a one-hot group keeps
 * only its largest column (the original's on a tie), and non-finite values fall back to the
 * original. Optional `bounds` narrow each column further (an attack's budget).
 *
 * @example
 * projectToConstraints([31, 2.6], [30, 2], constraints) // [30, 3] if age is immutable and x1 integer
 */
export function projectToConstraints(x: ArrayLike<number>, original: ArrayLike<number>, c: ResolvedConstraints, bounds?: ChangeBounds): Float64Array {
  const d = c.numFeatures;
  if (x.length !== d || original.length !== d) throw attackInputError('projectToConstraints', `expected ${d} features, got ${x.length} and ${original.length}`);
  const out = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const o = original[j]!;
    const kind = c.kind[j]!;
    if (kind === 'one-hot') continue;
    const v = x[j]!;
    if (c.immutable[j] || !Number.isFinite(v)) {
      out[j] = o;
      continue;
    }
    const [lo, hi] = allowedInterval(c, j, o, bounds);
    const clamped = Math.min(Math.max(v, lo), hi);
    if (kind === 'integer') {
      out[j] = Math.min(Math.max(Math.round(clamped), Math.ceil(lo)), Math.floor(hi));
    } else if (kind === 'categorical') {
      out[j] = nearestAllowed(c.values[j]!, v, lo, hi, o);
    } else {
      out[j] = clamped;
    }
  }
  for (const unit of c.units) {
    if (unit.kind !== 'one-hot') continue;
    let chosen = -1;
    if (!unit.immutable) {
      let best = -Infinity;
      for (const j of unit.columns) {
        const v = Number.isFinite(x[j]!) ? x[j]! : -Infinity;
        if (v > best || (v === best && original[j] === 1)) {
          best = v;
          chosen = j;
        }
      }
    }
    for (const j of unit.columns) out[j] = chosen === -1 ? original[j]! : j === chosen ? 1 : 0;
  }
  return out;
}

/** Which rule a value breaks. */
export type ConstraintRule = 'not-finite' | 'immutable' | 'direction' | 'range' | 'integer' | 'categorical' | 'one-hot';

/** One broken constraint. */
export interface ConstraintViolation {
  readonly feature: string;
  readonly column: number;
  readonly rule: ConstraintRule;
  readonly value: number;
}

/**
 * Every constraint `x` breaks, relative to `original` (pass the same row twice to check that an
 * input is valid on its own: immutability and direction then hold trivially).
 */
export function constraintViolations(x: ArrayLike<number>, original: ArrayLike<number>, c: ResolvedConstraints): ConstraintViolation[] {
  const out: ConstraintViolation[] = [];
  const add = (j: number, rule: ConstraintRule) => out.push({ feature: c.names[j]!, column: j, rule, value: x[j]! });
  for (let j = 0; j < c.numFeatures; j++) {
    const v = x[j]!;
    const o = original[j]!;
    if (!Number.isFinite(v)) add(j, 'not-finite');
    else if (c.immutable[j] && v !== o) add(j, 'immutable');
    else if ((c.direction[j]! > 0 && v < o) || (c.direction[j]! < 0 && v > o)) add(j, 'direction');
    else if (v < c.min[j]! || v > c.max[j]!) add(j, 'range');
    else if (c.kind[j] === 'integer' && !Number.isInteger(v)) add(j, 'integer');
    else if (c.kind[j] === 'categorical' && !c.values[j]!.includes(v)) add(j, 'categorical');
  }
  for (const unit of c.units) {
    if (unit.kind !== 'one-hot') continue;
    const ones = unit.columns.filter((j) => x[j] === 1).length;
    const zeros = unit.columns.filter((j) => x[j] === 0).length;
    if (ones !== 1 || zeros !== unit.columns.length - 1) add(unit.columns[0]!, 'one-hot');
  }
  return out;
}

/**
 * Refuse inputs that already break the constraints (an attack starts from a valid input):
 * ERR_ATTACK_INPUT naming the first bad row and feature.
 */
export function checkInputsSatisfy(X: Matrix, c: ResolvedConstraints, where: string): void {
  if (X.cols !== c.numFeatures) throw attackInputError(where, `the inputs have ${X.cols} features, the constraints describe ${c.numFeatures}`);
  for (let r = 0; r < X.rows; r++) {
    const row = X.data.subarray(r * X.cols, (r + 1) * X.cols);
    const bad = constraintViolations(row, row, c);
    if (bad.length > 0) {
      const v = bad[0]!;
      throw attackInputError(where, `input row ${r} breaks its own constraints: feature "${v.feature}" = ${v.value} (${v.rule}); fix the data or the constraints`, {
        row: r,
        feature: v.feature,
        rule: v.rule,
      });
    }
  }
}
