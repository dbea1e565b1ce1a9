import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isAisecError } from '../../core/errors.js';
import { FeatureConstraintsSchema, resolveConstraints } from './feature-constraints.js';

const names = ['age', 'sex', 'income', 'loans', 'education', 'own', 'rent', 'free'];

function inputError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isAisecError(error, 'ERR_ATTACK_INPUT')) return error.message;
    throw error;
  }
  throw new Error('expected ERR_ATTACK_INPUT');
}

describe('resolveConstraints', () => {
  it('lays a YAML declaration out per column, with one-hot groups as one unit', () => {
    const yaml = `
features:
  - { name: age, immutable: true }
  - { name: sex, type: categorical, values: [0, 1], immutable: true }
  - { name: income, min: 0, direction: increase }
  - { name: loans, type: integer, min: 0, max: 20 }
  - { name: education, type: categorical, values: [4, 1, 2, 3, 2] }
oneHotGroups:
  - { name: housing, features: [own, rent, free] }
`;
    const c = resolveConstraints(parseYaml(yaml), names);
    expect(c.numFeatures).toBe(8);
    expect(c.immutable.slice(0, 4)).toEqual([true, true, false, false]);
    expect(c.kind).toEqual(['number', 'categorical', 'number', 'integer', 'categorical', 'one-hot', 'one-hot', 'one-hot']);
    expect(c.direction[2]).toBe(1);
    expect(c.min[2]).toBe(0);
    expect(c.max[2]).toBe(Infinity);
    expect(Array.from(c.values[4]!)).toEqual([1, 2, 3, 4]);
    expect(c.units.map((u) => u.name)).toEqual(['age', 'sex', 'income', 'loans', 'education', 'housing']);
    expect(c.units[5]!.columns).toEqual([5, 6, 7]);
    expect(Array.from(c.unitOf)).toEqual([0, 1, 2, 3, 4, 5, 5, 5]);
  });

  it('leaves features that are not named free', () => {
    const c = resolveConstraints({}, ['a', 'b']);
    expect(c.kind).toEqual(['number', 'number']);
    expect(c.immutable).toEqual([false, false]);
    expect(c.units).toHaveLength(2);
  });

  it('refuses declarations that cannot hold, naming the place', () => {
    expect(inputError(() => resolveConstraints({ features: [{ name: 'salary' }] }, names))).toMatch(/features\[0\] names "salary"/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age' }, { name: 'age' }] }, names))).toMatch(/declares "age" again/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'own' }], oneHotGroups: [{ name: 'h', features: ['own', 'rent'] }] }, names))).toMatch(/again/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age', min: 5, max: 1 }] }, names))).toMatch(/max \(1\) is below min/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age', type: 'categorical' }] }, names))).toMatch(/needs its allowed values/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age', values: [1] }] }, names))).toMatch(/only for type: categorical/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age', type: 'integer', min: 0.2, max: 0.8 }] }, names))).toMatch(/no whole number/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age', min: Number.NaN }] }, names))).toMatch(/features\.0\.min/);
    expect(inputError(() => resolveConstraints({ features: [{ name: 'age', colour: 'red' }] }, names))).toMatch(/colour/);
    expect(inputError(() => resolveConstraints({ features: 'age' }, names))).toMatch(/features/);
    expect(inputError(() => resolveConstraints([1, 2], names))).toMatch(/invalid settings/);
    expect(inputError(() => resolveConstraints({ oneHotGroups: [{ name: 'h', features: ['own'] }] }, names))).toMatch(/oneHotGroups\.0\.features/);
    expect(inputError(() => resolveConstraints({}, ['a', 'a']))).toMatch(/used by two columns/);
    expect(inputError(() => resolveConstraints({}, []))).toMatch(/no feature names/);
  });

  it('documents every field for the descriptor', () => {
    const schema = FeatureConstraintsSchema.toJSONSchema() as { properties: Record<string, { description?: string }> };
    expect(schema.properties.features?.description).toMatch(/Constrained features/);
    const text = JSON.stringify(schema);
    for (const field of ['immutable', 'direction', 'values', 'min', 'max']) expect(text).toContain(`"${field}"`);
    expect(text).toContain('may only go up');
  });
});
