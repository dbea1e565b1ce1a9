import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeatureRows } from './features.js';

const limits = { dimensions: undefined, maxRows: 10 };

describe('readFeatureRows', () => {
  it('reads one row or a batch', () => {
    expect(readFeatureRows([1, 2.5, -3], '/inputs', limits)).toEqual({ rows: [Float64Array.of(1, 2.5, -3)], batch: false });
    expect(readFeatureRows([[1, 2], [3, 4]], '/inputs', limits)).toEqual({ rows: [Float64Array.of(1, 2), Float64Array.of(3, 4)], batch: true });
  });

  it.each([
    ['a string', 'abc', '/inputs must be an array'],
    ['null', null, '/inputs must be an array'],
    ['an object', { a: 1 }, '/inputs must be an array'],
    ['an empty array', [], '/inputs is empty'],
    ['a string feature', [1, '2'], '/inputs/1 is a string, not a number'],
    ['a null feature', [1, null], '/inputs/1 is null, not a number'],
    ['nested arrays', [[1, [2]]], '/inputs/0/1 is an array, not a number'],
    ['deeper nesting', [[[1]]], '/inputs/0/0 is an array, not a number'],
    ['an infinite number (1e400 in JSON)', [1, Infinity], '/inputs/1 is not a finite number'],
    ['rows of different lengths', [[1, 2], [3]], '/inputs/1 has 1 features; this model takes 2'],
    ['an empty row in a batch', [[1], []], '/inputs/1 is an empty row'],
    ['too many rows', Array.from({ length: 11 }, () => [1]), 'send at most 10 per request'],
    ['a huge row', new Array(5000).fill(0), 'at most 4096 are read'],
  ])('refuses %s, naming the place', (_name, value, message) => {
    const read = readFeatureRows(value, '/inputs', limits);
    expect(typeof read).toBe('string');
    expect(read).toContain(message);
  });

  it('holds rows to the expected dimension', () => {
    expect(readFeatureRows([1, 2, 3], '', { dimensions: 2, maxRows: 10 })).toBe('the body has 3 features; this model takes 2');
  });

  it('never throws on any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const read = readFeatureRows(value, '/x', { dimensions: undefined, maxRows: 50 });
        return typeof read === 'string' || read.rows.every((r) => r.every((v) => Number.isFinite(v)));
      }),
    );
  });
});
