import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetColumn, DatasetRule } from '../../../config/index.js';
import type { Cell } from '../../../ml/index.js';
import { ColumnObserver } from './column-observer.js';
import { compileChecks, type DatasetRulesSpec } from './compile.js';

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(null, 0, 1, 2, -1, 18, 100, 1.5, -0, Number.NaN, Infinity, 1e21, true, false),
  fc.integer({ min: -5, max: 120 }),
  fc.constantFrom('0', '1', '2', '01', '1.0', '+1', '-0', '18', '5.00E+05', '1e999', 'x', 'yes', 'true', '2024-02-29', '2024-01-01T10:00:00Z', '.5', '7.', 'NaN'),
);
const setValue = fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constantFrom('0', '1', '01', 'x', 'true', 1.5));
const bound = fc.option(fc.constantFrom(-1, 0, 1, 1.5, 18, 100), { nil: undefined });
const columnSpec: fc.Arbitrary<DatasetColumn> = fc.record({
  name: fc.constant('c'),
  type: fc.constantFrom('integer', 'number', 'string', 'boolean', 'date', 'datetime'),
  nullable: fc.boolean(),
  min: bound,
  max: bound,
  values: fc.option(fc.array(setValue, { minLength: 1, maxLength: 4 }), { nil: undefined }),
  description: fc.constant(undefined),
}) as fc.Arbitrary<DatasetColumn>;
const rule: fc.Arbitrary<DatasetRule> = fc.oneof(
  fc.constant({ check: 'not-null', column: 'c' }),
  fc.constant({ check: 'unique', column: 'c' }),
  fc.record({ check: fc.constant('range'), column: fc.constant('c'), min: bound, max: bound }),
  fc.record({ check: fc.constant('in-set'), column: fc.constant('c'), values: fc.array(setValue, { minLength: 1, maxLength: 4 }) }),
  fc.constant({ check: 'regex', column: 'c', pattern: '[0-9]+' }),
  fc.record({ check: fc.constant('null-rate'), column: fc.constant('c'), max: fc.constantFrom(0, 0.5) }),
  fc.record({ check: fc.constant('class-balance'), column: fc.constant('c'), max: fc.constant(0.6) }),
) as fc.Arbitrary<DatasetRule>;

/** Every check's outcome once the cells were fed, one way or the other. */
function outcomes(spec: DatasetRulesSpec, cells: readonly Cell[], fused: boolean) {
  const checks = compileChecks(spec);
  const observer = new ColumnObserver(checks);
  cells.forEach((c, row) => {
    if (fused) observer.observe(c, row, row + 2);
    else for (const check of checks) check.observe(c, row, row + 2);
  });
  return checks.map((check) => check.finish(cells.length));
}

describe('ColumnObserver', () => {
  it('reports exactly what feeding every check every cell reports', () => {
    fc.assert(
      fc.property(fc.option(columnSpec, { nil: undefined }), fc.array(rule, { maxLength: 4 }), fc.array(cell, { maxLength: 40 }), (column, rules, cells) => {
        const spec: DatasetRulesSpec = { ...(column ? { schema: { columns: [column] } } : {}), rules };
        expect(outcomes(spec, cells, true)).toEqual(outcomes(spec, cells, false));
      }),
      { numRuns: 2000 },
    );
  });

  it('still counts and samples the cells that fail, in order', () => {
    const spec: DatasetRulesSpec = { schema: { columns: [{ name: 'c', type: 'integer', nullable: false, min: 18, max: 100 }] }, rules: [{ check: 'unique', column: 'c' }] };
    const [notNull, type, range, unique] = outcomes(spec, [30, 17, '30', 'abc', null, 30, 101], true);
    expect(notNull!.violation).toMatchObject({ count: 1, rows: [4] });
    expect(type!.violation).toMatchObject({ count: 1, rows: [3], samples: ['abc'] });
    expect(range!.violation).toMatchObject({ count: 2, rows: [1, 6], samples: ['17', '101'] });
    expect(unique!.violation).toMatchObject({ count: 1, rows: [5] });
  });
});
