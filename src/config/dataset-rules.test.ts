import { describe, expect, it } from 'vitest';
import { DatasetSchema } from './dataset-schema.js';

const base = { name: 'train', path: 'train.csv', role: 'train', source: 'internal', personalData: false, labelColumn: 'y' };

function issues(rules: unknown[], extra: Record<string, unknown> = {}): string[] {
  const parsed = DatasetSchema.safeParse({ ...base, ...extra, rules });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('dataset rules null-rate, row-count and class-balance', () => {
  it('accepts well-formed rules', () => {
    expect(
      issues([
        { check: 'null-rate', column: 'age', max: 0.05 },
        { check: 'row-count', min: 1000, max: 2_000_000 },
        { check: 'class-balance', min: 0.1 },
        { check: 'class-balance', column: 'y', classes: { '1': { min: 0.05, max: 0.5 } } },
      ]),
    ).toEqual([]);
  });

  it.each([
    ['a null-rate above 1', [{ check: 'null-rate', column: 'a', max: 1.5 }], 'rules.0.max'],
    ['a null-rate without max', [{ check: 'null-rate', column: 'a' }], 'rules.0.max'],
    ['a row-count without bounds', [{ check: 'row-count' }], 'rules.0: a row-count rule needs min, max or both'],
    ['a row-count with a column', [{ check: 'row-count', column: 'a', min: 1 }], 'rules.0'],
    ['a row-count with min above max', [{ check: 'row-count', min: 10, max: 5 }], 'rules.0.min: min (10) is greater than max (5)'],
    ['a fractional row-count', [{ check: 'row-count', min: 1.5 }], 'rules.0.min'],
    ['a class-balance without bounds', [{ check: 'class-balance' }], 'rules.0: a class-balance rule needs min, max or classes'],
    ['class bounds reversed', [{ check: 'class-balance', classes: { a: { min: 0.6, max: 0.4 } } }], 'rules.0.classes.a.min'],
  ])('refuses %s', (_name, rules, expected) => {
    expect(issues(rules).join('\n')).toContain(expected);
  });

  it('needs a label column for class-balance when the dataset has none', () => {
    const parsed = DatasetSchema.safeParse({ ...base, labelColumn: undefined, rules: [{ check: 'class-balance', min: 0.1 }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('rules.0.column');
  });
});
