/**
 * What an attacker (or an honest applicant) can actually change about an input: the feature
 * constraints of a tabular model. Written in the system descriptor next to the model, e.g.
 *
 * ```yaml
 * constraints:
 *   features:
 *     - { name: age, immutable: true }
 *     - { name: income, type: number, min: 0, direction: increase }
 *     - { name: open_loans, type: integer, min: 0, max: 20 }
 *     - { name: education, type: categorical, values: [1, 2, 3, 4] }
 *   oneHotGroups:
 *     - { name: housing, features: [housing_own, housing_rent, housing_free] }
 * ```
 *
 * Features not named are free real numbers. The declaration's schema is in ml/ (the descriptor
 * validates it); `resolveConstraints` turns it into per-column arrays in the model's feature order.
 */
import { FeatureConstraintsSchema, type FeatureConstraints } from '../../ml/feature-constraints.js';
import { attackInputError, parseAttackOptions } from './attack-guards.js';

export {
  FeatureConstraintSchema,
  FeatureConstraintsSchema,
  OneHotGroupSchema,
  featureDirections,
  featureTypes,
  type FeatureConstraint,
  type FeatureConstraints,
} from '../../ml/feature-constraints.js';

/** How the projection treats a column. */
export type ColumnKind = 'number' | 'integer' | 'categorical' | 'one-hot';

/** A unit of change: one feature, or one one-hot group (its columns change together). */
export interface ConstraintUnit {
  /** Shown in reports: the feature's or the group's name. */
  readonly name: string;
  /** Column indices (one for a feature, the group's columns for a one-hot group). */
  readonly columns: readonly number[];
  readonly kind: ColumnKind;
  readonly immutable: boolean;
}

/** Constraints in the model's column order. */
export interface ResolvedConstraints {
  readonly numFeatures: number;
  readonly names: readonly string[];
  readonly kind: readonly ColumnKind[];
  readonly immutable: readonly boolean[];
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** +1 may only increase, −1 may only decrease, 0 either way. */
  readonly direction: Int8Array;
  /** Sorted allowed values of categorical columns. */
  readonly values: readonly (Float64Array | undefined)[];
  /** Units of change: every feature not in a group, then every group. */
  readonly units: readonly ConstraintUnit[];
  /** The unit of each column. */
  readonly unitOf: Int32Array;
}

/**
 * Check a declaration against the model's feature names and lay it out per column.
 * Throws ERR_ATTACK_INPUT for an unknown or repeated feature, a feature in two groups, or a
 * declaration that does not parse.
 *
 * @example
 * const c = resolveConstraints({ features: [{ name: 'age', immutable: true }] }, ['age', 'income']);
 */
export function resolveConstraints(declared: FeatureConstraints | unknown, featureNames: readonly string[]): ResolvedConstraints {
  const where = 'feature constraints';
  const spec = parseAttackOptions(FeatureConstraintsSchema, declared, where);
  if (!Array.isArray(featureNames) || featureNames.length === 0) throw attackInputError(where, 'the model has no feature names');
  const d = featureNames.length;
  const index = new Map<string, number>();
  featureNames.forEach((name, i) => {
    if (typeof name !== 'string') throw attackInputError(where, `feature name ${i} is not a string`);
    if (index.has(name)) throw attackInputError(where, `the feature name "${name}" is used by two columns (${index.get(name)} and ${i})`);
    index.set(name, i);
  });
  const columnOf = (name: string, place: string): number => {
    const i = index.get(name);
    if (i === undefined) throw attackInputError(where, `${place} names "${name}", which is not a feature of the model`);
    return i;
  };
  const kind: ColumnKind[] = Array.from({ length: d }, () => 'number');
  const immutable: boolean[] = Array.from({ length: d }, () => false);
  const min = new Float64Array(d).fill(-Infinity);
  const max = new Float64Array(d).fill(Infinity);
  const direction = new Int8Array(d);
  const values: (Float64Array | undefined)[] = Array.from({ length: d }, () => undefined);
  const declaredAt = new Map<number, string>();
  const claim = (i: number, place: string) => {
    const first = declaredAt.get(i);
    if (first !== undefined) throw attackInputError(where, `${place} declares "${featureNames[i]}" again (first in ${first})`);
    declaredAt.set(i, place);
  };
  spec.features.forEach((f, n) => {
    const place = `features[${n}]`;
    const i = columnOf(f.name, place);
    claim(i, place);
    kind[i] = f.type;
    immutable[i] = f.immutable;
    min[i] = f.min ?? -Infinity;
    max[i] = f.max ?? Infinity;
    direction[i] = f.direction === 'increase' ? 1 : f.direction === 'decrease' ? -1 : 0;
    if (f.values) values[i] = Float64Array.from(new Set(f.values)).sort();
  });
  const unitOf = new Int32Array(d).fill(-1);
  const groups: ConstraintUnit[] = spec.oneHotGroups.map((g, n) => {
    const place = `oneHotGroups[${n}]`;
    const columns = g.features.map((name) => columnOf(name, place));
    for (const i of columns) {
      claim(i, place);
      kind[i] = 'one-hot';
      immutable[i] = g.immutable;
      min[i] = 0;
      max[i] = 1;
    }
    return { name: g.name, columns, kind: 'one-hot', immutable: g.immutable };
  });
  const units: ConstraintUnit[] = [];
  for (let i = 0; i < d; i++) {
    if (kind[i] === 'one-hot') continue;
    unitOf[i] = units.length;
    units.push({ name: featureNames[i]!, columns: [i], kind: kind[i]!, immutable: immutable[i]! });
  }
  for (const g of groups) {
    for (const i of g.columns) unitOf[i] = units.length;
    units.push(g);
  }
  return { numFeatures: d, names: [...featureNames], kind, immutable, min, max, direction, values, units, unitOf };
}

/** Default feature names for a model that has none: `x0`, `x1`, … */
export function defaultFeatureNames(numFeatures: number): string[] {
  return Array.from({ length: numFeatures }, (_, i) => `x${i}`);
}
