import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { matrixFromRows } from '../../ml/models/matrix.js';
import { resolveConstraints, type FeatureConstraint } from './feature-constraints.js';
import { checkInputsSatisfy, constraintViolations, projectToConstraints } from './project-constraints.js';

// Eight columns: six single features with random constraints, then a one-hot group of two.
const names = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'g0', 'g1'];
const anyValue = fc.oneof(fc.double({ noNaN: false }), fc.double({ min: -50, max: 50, noNaN: true }), fc.constantFrom(Infinity, -Infinity, Number.NaN));

/** A random constraint for one column, and an original value satisfying it. */
const featureCase = (name: string) =>
  fc
    .record({
      type: fc.constantFrom('number', 'integer', 'categorical'),
      immutable: fc.boolean(),
      direction: fc.constantFrom('any', 'increase', 'decrease'),
      lo: fc.integer({ min: -20, max: 0 }),
      width: fc.integer({ min: 0, max: 30 }),
      values: fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 6 }),
      bounded: fc.boolean(),
      pick: fc.nat(),
    })
    .map((r) => {
      const min = r.lo;
      const max = r.lo + r.width;
      const spec: FeatureConstraint = { name, type: r.type as 'number', immutable: r.immutable, direction: r.direction as 'any' };
      let original: number;
      if (r.type === 'categorical') {
        spec.values = r.values;
        original = r.values[r.pick % r.values.length]!;
      } else {
        if (r.bounded) Object.assign(spec, { min, max });
        original = r.bounded ? min + (r.pick % (r.width + 1)) : (r.pick % 41) - 20;
      }
      return { spec, original };
    });

const setup = fc
  .record({ features: fc.tuple(...names.slice(0, 6).map(featureCase)), groupImmutable: fc.boolean(), active: fc.integer({ min: 0, max: 1 }) })
  .map(({ features, groupImmutable, active }) => ({
    constraints: resolveConstraints({ features: features.map((f) => f.spec), oneHotGroups: [{ name: 'g', features: ['g0', 'g1'], immutable: groupImmutable }] }, names),
    original: [...features.map((f) => f.original), active === 0 ? 1 : 0, active === 1 ? 1 : 0],
  }));

describe('projectToConstraints', () => {
  it('always gives an input that satisfies every constraint, keeps immutables, and is idempotent', () => {
    fc.assert(
      fc.property(setup, fc.array(anyValue, { minLength: 8, maxLength: 8 }), ({ constraints, original }, x) => {
        expect(constraintViolations(original, original, constraints)).toEqual([]);
        const p = projectToConstraints(x, original, constraints);
        expect(constraintViolations(p, original, constraints)).toEqual([]);
        for (let j = 0; j < 8; j++) if (constraints.immutable[j]) expect(p[j]).toBe(original[j]);
        expect(Array.from(projectToConstraints(p, original, constraints))).toEqual(Array.from(p));
        expect(Array.from(projectToConstraints(original, original, constraints))).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });

  it('stays inside extra bounds that contain the original', () => {
    fc.assert(
      fc.property(setup, fc.array(anyValue, { minLength: 8, maxLength: 8 }), fc.double({ min: 0, max: 5, noNaN: true }), ({ constraints, original }, x, room) => {
        const lo = original.map((v) => v - room);
        const hi = original.map((v) => v + room);
        const p = projectToConstraints(x, original, constraints, { lo, hi });
        expect(constraintViolations(p, original, constraints)).toEqual([]);
        for (let j = 0; j < 6; j++) expect(Math.abs(p[j]! - original[j]!)).toBeLessThanOrEqual(room + 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('projectToConstraints by example', () => {
  const c = resolveConstraints(
    {
      features: [
        { name: 'age', immutable: true },
        { name: 'loans', type: 'integer', min: 0, max: 5 },
        { name: 'income', direction: 'increase' },
        { name: 'grade', type: 'categorical', values: [1, 2, 5] },
      ],
      oneHotGroups: [{ name: 'housing', features: ['own', 'rent', 'free'] }],
    },
    ['age', 'loans', 'income', 'grade', 'own', 'rent', 'free'],
  );
  const original = [30, 2, 100, 2, 1, 0, 0];

  it('keeps immutables, rounds integers within range, respects direction, snaps categories and one-hot columns', () => {
    expect(Array.from(projectToConstraints([45, 7.6, 90, 4, 0.2, 0.9, 0.1], original, c))).toEqual([30, 5, 100, 5, 0, 1, 0]);
    expect(Array.from(projectToConstraints([30, -3, 150, 3.4, 0.5, 0.5, 0.5], original, c))).toEqual([30, 0, 150, 2, 1, 0, 0]);
    expect(Array.from(projectToConstraints([Number.NaN, Number.NaN, Infinity, Number.NaN, Number.NaN, Number.NaN, Number.NaN], original, c))).toEqual(original);
  });

  it('names every broken rule', () => {
    const rules = constraintViolations([31, 2.5, 90, 3, 1, 1, 0], original, c).map((v) => `${v.feature}:${v.rule}`);
    expect(rules).toEqual(['age:immutable', 'loans:integer', 'income:direction', 'grade:categorical', 'own:one-hot']);
  });

  it('refuses inputs that already break their constraints, naming the row and the feature', () => {
    const X = matrixFromRows([original, [30, 9, 100, 2, 1, 0, 0]]);
    try {
      checkInputsSatisfy(X, c, 'test');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
      expect((error as Error).message).toMatch(/row 1 .*"loans" = 9 \(range\)/);
    }
  });
});
